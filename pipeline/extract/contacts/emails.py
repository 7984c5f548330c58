"""E-mail addresses: found in text, stated address patterns, addresses inferred.

"(at)", "[at]", "(a)" and " at " are repaired. A pattern address
("etunimi.sukunimi (at) esimerkkila.fi") describes a rule, not a mailbox: it is never an
address of its own, but gives the address of a named person (`infer_email`).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from pipeline.extract.contacts.vocab import _norm_spaces, _vocab


def _is_pattern_local(local: str) -> bool:
    """True for "etunimi.sukunimi", "förnamn.efternamn", "firstname.lastname"."""
    v = _vocab()
    parts = [p for p in re.split(r"[._\-\s]+", local.lower()) if p]
    return len(parts) == 2 and parts[0] in v.pattern_first and parts[1] in v.pattern_last


@dataclass(frozen=True)
class _EmailHit:
    start: int
    end: int
    address: str  # lower case, repaired; for a pattern: "etunimi.sukunimi@domain"
    domain: str
    is_pattern: bool


def _email_hits(text: str) -> list[_EmailHit]:
    """Every address or pattern in `text`, with spans, obfuscations repaired."""
    v = _vocab()
    text = _norm_spaces(text)
    hits: list[_EmailHit] = []
    for m in v.email_re.finditer(text):
        local, at, domain = m.group("local"), m.group("at"), m.group("domain")
        if at.strip().lower() == "at" and not re.search(r"[._-]", local):
            continue  # plain " at " only counts for a dotted local part ("aino.virtanen at x.fi")
        for d in v.dot_obfuscations:
            domain = re.sub(rf"\s*{re.escape(d)}\s*", ".", domain, flags=re.I)
        domain = re.sub(r"\s+", "", domain).lower()
        local_l = local.lower().strip(".")
        pattern = _is_pattern_local(local_l)
        if not pattern and not local_l.isascii():
            continue  # a non-ASCII local part is a word before an "@", not a mailbox
        hits.append(_EmailHit(m.start(), m.end(), f"{local_l}@{domain}", domain, pattern))
    return hits


def find_emails(text: str) -> list[str]:
    """Lower-case e-mail addresses in `text`, "(at)"/"[at]"/"(a)"/" at " repaired.

    Pattern addresses ("etunimi.sukunimi@…") are left out: they describe a rule, not
    a mailbox (see `find_email_pattern`).
    """
    out: list[str] = []
    for h in _email_hits(text):
        if not h.is_pattern and h.address not in out:
            out.append(h.address)
    return out


@lru_cache(maxsize=8192)  # asked of every block of the page for each of its projects
def find_email_pattern(text: str) -> str | None:
    """The domain of a stated address pattern ("etunimi.sukunimi (at) esimerkkila.fi" → "esimerkkila.fi")."""
    for h in _email_hits(text):
        if h.is_pattern:
            return h.domain
    return None


def _fold(text: str) -> str:
    """Lower case ASCII for address building: ä→a, ö→o, å→a, other accents stripped."""
    text = text.lower().replace("ä", "a").replace("ö", "o").replace("å", "a")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def infer_email(name: str, domain: str) -> str:
    """The address the pattern "etunimi.sukunimi@domain" gives for `name`.

    First and last token of the name (middle names dropped), Finnish letters
    folded, hyphens kept: "Aino Mäki-Virtanen" → "aino.maki-virtanen@domain".
    """
    tokens = [re.sub(r"[^a-z0-9-]", "", _fold(t)) for t in name.split()]
    tokens = [t.strip("-") for t in tokens if t.strip("-")]
    if not tokens:
        raise ValueError(f"no name to build an address from: {name!r}")
    local = tokens[0] if len(tokens) == 1 else f"{tokens[0]}.{tokens[-1]}"
    return f"{local}@{domain.strip().lower()}"
