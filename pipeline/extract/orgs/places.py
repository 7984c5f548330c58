"""Municipalities: the one a name refers to, the one an organisation belongs to.

The gazetteer gives the names, Swedish names, genitives and locative forms of
today's municipalities and of their villages; voikko's proper-noun analysis covers
other inflected forms. A bare municipality as an owner is its organisation, and a
logo's one-letter typo of a municipality's name is corrected.
"""
from __future__ import annotations

import re

from pipeline.extract.orgs.names import (
    _head_of,
    _is_capitalised,
    _strip_punct,
    to_nominative,
)
from pipeline.extract.orgs.rules import (
    _DASH_SPLIT,
    _PROPER_CLASSES,
    _SPACES,
    _analyse,
    _gazetteer,
    _Place,
    _rules,
)

# -- municipalities ------------------------------------------------------------------

def _titlecase(word: str) -> str:
    if word.isupper() and len(word) > 2:
        return "-".join(p[:1] + p[1:].lower() for p in word.split("-"))
    return word


def _municipality_word(word: str) -> _Place | None:
    w = _strip_punct(_titlecase(word))
    if not w:
        return None
    if not w[:1].isupper():
        return None  # "lahden" is a bay, "Lahden" the town
    forms, munis = _gazetteer()
    place = forms.get(w.lower())
    if place is not None:
        return place
    for base, cls, case, number in _analyse(w):
        if cls in _PROPER_CLASSES:
            p = forms.get(base.lower())
            if p is not None:
                return p
    return None


def municipality_of(name: str) -> str | None:
    """The nominative Finnish municipality a name in any form refers to.

    "Hämeenlinnan" / "Hämeenlinnassa" -> "Hämeenlinna", "Pargas" -> "Parainen",
    "Kuivaniemi" -> "Ii" (a village of Ii). A text of several words gives the one
    municipality it names, or None when it names none or several.
    """
    text = _SPACES.sub(" ", name or "").strip(" \t.,;:")
    if not text:
        return None
    forms, _ = _gazetteer()
    whole = forms.get(_titlecase(text).lower()) if _titlecase(text)[:1].isupper() else None
    if whole is not None:
        return whole.name
    words = text.split(" ")
    if len(words) == 1:
        p = _municipality_word(words[0])
        return p.name if p else None
    found = {p.name for w in re.split(r"[\s,;/]+", text) if _is_capitalised(w) and (p := _municipality_word(w))}
    return found.pop() if len(found) == 1 else None


def municipality_from_org(org: str) -> str | None:
    """The municipality whose own organisation this is ("Raahen kaupunki" -> "Raahe").

    Only a municipality's own name with a municipal head (kaupunki, kunta, stad,
    kommun) counts: "Hämeen ammattikorkeakoulu" or a hospital district gives None.
    """
    text = _SPACES.sub(" ", org or "").strip()
    if not text:
        return None
    text = _DASH_SPLIT.split(text)[0]
    text = to_nominative(_titlecase_words(text), guess=False)
    words = text.split(" ")
    if len(words) != 2:
        return None
    modifier, head = words
    sv_heads = {w.lower() for w in _rules()["municipal_heads_sv"]}
    h = _head_of(head)
    if h is not None and h[0].municipal and h[1].lower() == h[0].nom:
        p = _municipality_word(modifier)
        if p is not None and modifier.lower() != p.name.lower():  # a genitive, not "Oulu kaupunki"
            return p.name
        return None
    if head.lower() in sv_heads:
        p = _municipality_word(modifier)
        if p is None and modifier.endswith("s"):
            p = _municipality_word(modifier[:-1])
        return p.name if p else None
    return None


def _titlecase_words(text: str) -> str:
    if text.isupper():
        words = text.split(" ")
        return " ".join([_titlecase(words[0])] + [w.lower() if _head_of(w.lower()) else _titlecase(w) for w in words[1:]])
    return text


def _owner_name(name: str) -> str:
    """A bare municipality as owner is its organisation: "Hämeenlinna" -> "Hämeenlinnan kaupunki"."""
    forms, munis = _gazetteer()
    p = munis.get(name)
    if p is None:
        return name
    return f"{p.genitive} {p.kind}"


def _gazetteer_spelling(name: str) -> str:
    """A one-edit typo of a municipality's name, corrected; anything else as written."""
    if " " in name or len(name) < 5 or municipality_of(name):
        return name
    _, munis = _gazetteer()
    close = [m for m in munis if len(m) >= 5 and _one_edit(name.lower(), m.lower())]
    return close[0] if len(close) == 1 else name


def _one_edit(a: str, b: str) -> bool:
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    if len(a) > len(b):
        a, b = b, a
    return any(b[:i] + b[i + 1:] == a for i in range(len(b)))
