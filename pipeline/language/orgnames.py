"""Whether a phrase is an organisation's name: it ends in a legal or municipal form
("Esimerkkilän kaupunki", "Rakennus Virta Oy", "Kylätoimikunta ry", "Exempelby kommun").

Segmentation asks it of titles (a cover line naming the publisher is no project)
and extraction of names; the forms are data in `pipeline/data/orgs.yaml`.
"""
from __future__ import annotations

import re
from functools import cache

from pipeline.data import load_yaml

# "ry:n", "Oy:lle": a legal form with its case ending after a colon
_COLON_SUFFIX = re.compile(r"^(?P<stem>.+?):(?:n|lle|lta|ltä|lla|llä|ssa|ssä|sta|stä|ta|tä|a|ä|na|nä|ksi|iin|hin|een|aan|ään|in|ihin|ien|t)$")


@cache
def legal_suffixes() -> dict[str, str]:
    """Legal-form and type suffix (lower-case) -> language ("fi" / "sv")."""
    out: dict[str, str] = {}
    for lang, words in load_yaml("orgs.yaml")["legal_suffixes"].items():
        for w in words:
            out.setdefault(w.lower(), lang)
    return out


def is_legal(word: str) -> bool:
    w = word.lower().rstrip(".,")
    m = _COLON_SUFFIX.match(w)
    if m:
        w = m.group("stem")
    return w in legal_suffixes()


_ACRONYM = re.compile(r"^\(?[A-ZÅÄÖ]{2,6}\)?$")


def is_organisation(name: str) -> bool:
    """A name that ends in a legal or municipal form ("Esimerkkilän kaupunki", "Rakennus Virta Oy",
    "Kylätoimikunta ry"), also with its acronym after it ("Esimerkkiyhdistys ry ESY") or as one
    hyphenated word ("Esimerkki-ammattikorkeakoulu")."""
    words = name.split()
    if len(words) >= 3 and _ACRONYM.match(words[-1]):
        words = words[:-1]
    if len(words) == 1 and "-" in words[0][1:]:
        return words[0][:1].isupper() and is_legal(words[0].rsplit("-", 1)[1])
    return len(words) >= 2 and is_legal(words[-1])


def owner_in_title(title: str) -> tuple[str, str] | None:
    """(the rest, the owner) of a title that names its owner before a colon or after a
    comma ("Esimerkkilän kyläyhdistys ry: Kylätalo kuntoon", "Kylätalo kuntoon, Esimerkkilän
    kunta"), or None."""
    lead, colon, rest = title.partition(": ")
    if colon and rest.strip() and is_organisation(lead.strip()):
        return rest.strip(), lead.strip()
    head, comma, tail = title.rpartition(", ")
    if comma and head.strip() and is_organisation(tail.strip()):
        return head, tail.strip()
    return None
