"""Organisation lists: duplicates dropped, sources merged, the owner, logo partners."""
from __future__ import annotations

import re
from typing import Iterable

from pipeline.extract.orgs.places import _gazetteer_spelling
from pipeline.extract.orgs.rules import _rules
from pipeline.records import Organisation

# -- results ------------------------------------------------------------------------

def _dedupe(orgs: Iterable[Organisation]) -> list[Organisation]:
    seen: set[tuple[str, str]] = set()
    out: list[Organisation] = []
    for o in orgs:
        key = (o.name.lower(), o.role)
        if o.name and key not in seen:
            seen.add(key)
            out.append(o)
    return out


def merge_orgs(*lists: Iterable[Organisation]) -> list[Organisation]:
    """Several sources of organisations as one list, the earlier (stronger) first.

    A later name that is a shorter form of an earlier one in the same role
    ("Esimerkki" beside "Esimerkki Ammattikorkeakoulu Oy") is dropped.
    """
    out: list[Organisation] = []
    for lst in lists:
        for o in lst:
            if any(p.role == o.role and (p.name.lower() == o.name.lower()
                                         or p.name.lower().startswith(o.name.lower() + " ")) for p in out):
                continue
            out.append(o)
    return out


def owner_of(orgs: list[Organisation]) -> str | None:
    """The first organisation with the role owner, or None."""
    return next((o.name for o in orgs if o.role == "owner"), None)


def orgs_from_logos(alt_texts: list[str]) -> list[Organisation]:
    """Partners from a partner logo row's alt texts ("Helsinki logo" -> Helsinki).

    A name one letter away from a municipality of the gazetteer is taken to be that
    municipality ("Lahtii" -> "Lahti"); names a logo writes without spaces come from
    the small map in orgs.yaml. Fund and EU logos are skipped.
    """
    rules = _rules()
    strip = {w.lower() for w in rules["logo_strip_words"]}
    ignore = [re.compile(p, re.I) for p in rules["logo_ignore"]]
    mapped = {k.lower(): v for k, v in (rules.get("logo_names") or {}).items()}
    out: list[Organisation] = []
    for alt in alt_texts:
        words = [w for w in re.split(r"[\s_]+", (alt or "").strip()) if w and w.lower().strip(".,:-") not in strip]
        name = " ".join(words).strip(" -–,.:")
        if not name or any(p.search(name) for p in ignore):
            continue
        name = mapped.get(name.lower().replace(" ", ""), name)
        name = _gazetteer_spelling(name)
        out.append(Organisation(name, "partner"))
    return _dedupe(out)
