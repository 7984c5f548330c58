"""The organisation rules that are data, loaded and compiled once.

Cue phrases, head words, legal suffixes and word lists live in
`pipeline/data/orgs.yaml`, the municipality gazetteer in
`pipeline/data/municipalities.tsv`. Words are analysed with libvoikko (the
lemmatiser spaCy's Finnish model uses) when it is installed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from pipeline.data import load_tsv, load_yaml

ROLES = ("owner", "implementer", "partner", "funder")
_UPPER = "A-ZÅÄÖÜÉ"
_PROPER_CLASSES = {"nimi", "etunimi", "sukunimi", "paikannimi"}
_PARENS = re.compile(r"\s*\([^()]*\)")
_SPACES = re.compile(r"\s+")
_DASH_SPLIT = re.compile(r"\s+[–—-]\s+")


# -- data -------------------------------------------------------------------------

@cache
def _rules() -> dict[str, Any]:
    return load_yaml("orgs.yaml")


@dataclass(frozen=True)
class _Head:
    nom: str
    compound: bool
    capitalise: bool
    municipal: bool


@cache
def _head_forms() -> tuple[dict[str, _Head], list[tuple[str, _Head]]]:
    """Exact forms -> head, and (suffix, head) pairs for compounds, longest first."""
    exact: dict[str, _Head] = {}
    suffixes: list[tuple[str, _Head]] = []
    for h in _rules()["heads"]:
        head = _Head(h["nom"], bool(h.get("compound")), bool(h.get("capitalise")), bool(h.get("municipal")))
        for form in [h["nom"], *h.get("forms", [])]:
            exact[form] = head
            if head.compound:
                suffixes.append((form, head))
    suffixes.sort(key=lambda p: -len(p[0]))
    return exact, suffixes


@dataclass(frozen=True)
class _Cue:
    role: str
    side: str
    regex: re.Pattern[str]
    gap: int
    genitive: bool
    recipient: bool


@cache
def _cues() -> tuple[_Cue, ...]:
    out = []
    for c in _rules()["cues"]:
        flags = 0 if c["side"] == "group" and "A-Z" in c["pattern"] else re.I
        out.append(_Cue(c["role"], c["side"], re.compile(c["pattern"], flags), int(c.get("gap", 0)),
                        bool(c.get("genitive")), bool(c.get("recipient"))))
    return tuple(out)


@cache
def _any_of(key: str) -> re.Pattern[str]:
    """One pattern matching wherever any of the key's patterns does (one scan, not n)."""
    return re.compile("|".join(f"(?:{p})" for p in _rules()[key]), re.I)


@cache
def _word_set(key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _rules()[key])


@dataclass(frozen=True)
class _Place:
    name: str          # nominative Finnish name of today's municipality
    kind: str          # kaupunki | kunta
    genitive: str      # genitive of the municipality (for "<gen> kaupunki")


@cache
def _gazetteer() -> tuple[dict[str, _Place], dict[str, _Place]]:
    """(form -> municipality) for names, Swedish names, genitives and locative forms;
    and (nominative Finnish name -> municipality) for the municipalities themselves."""
    forms: dict[str, _Place] = {}
    munis: dict[str, _Place] = {}
    villages: list[tuple[str, str, str]] = []
    for row in load_tsv("municipalities.tsv"):
        row = tuple(row) + ("",) * (4 - len(row))
        name, sv, gen, kind = row[:4]
        if name == "name":
            continue
        if kind.startswith("village:"):
            villages.append((name, gen, kind.split(":", 1)[1]))
            continue
        place = _Place(name, kind or "kunta", gen or name + "n")
        munis[name] = place
        for f in (name, sv, gen, *_case_forms(gen)):
            if f:
                forms.setdefault(f.lower(), place)
        if sv and not sv.endswith("s"):
            forms.setdefault((sv + "s").lower(), place)  # Swedish genitive: "Raseborgs stad"
    for name, gen, muni in villages:
        place = munis.get(muni)
        if place is None:
            continue
        for f in (name, gen, *_case_forms(gen)):
            if f:
                forms.setdefault(f.lower(), place)
    return forms, munis


def _case_forms(genitive: str) -> list[str]:
    """Locative forms built on a singular genitive stem ("Oulun" -> "Oulussa").

    Plural-looking genitives ("Paraisten") and irregular stems are left to voikko.
    """
    if not genitive.endswith("n") or genitive.endswith("ten") or " " in genitive:
        return []
    stem = genitive[:-1]
    back = not re.search(r"[äöy]", stem.split("-")[-1].lower()) or re.search(r"[aou]", stem.split("-")[-1].lower())
    a = "a" if back else "ä"
    return [stem + e for e in (f"ss{a}", f"st{a}", f"ll{a}", f"lt{a}", "lle", f"n{a}", "ksi")]


@cache
def _voikko() -> Any:
    """libvoikko's Finnish analyser, or None when it is not installed."""
    try:
        import libvoikko

        return libvoikko.Voikko("fi")
    except Exception:  # pragma: no cover - depends on the install
        return None


@cache
def _analyse(word: str) -> tuple[tuple[str, str, str, str], ...]:
    """(baseform, class, case, number) analyses of one word, proper nouns first."""
    v = _voikko()
    if v is None or not word:
        return ()
    out = []
    for a in v.analyze(word):
        out.append((a.get("BASEFORM") or "", a.get("CLASS") or "", a.get("SIJAMUOTO") or "", a.get("NUMBER") or ""))
    out.sort(key=lambda a: a[1] not in _PROPER_CLASSES)
    return tuple(out)
