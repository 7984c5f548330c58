"""The funder a clause of prose names, by the strongest signal it has.

A receiving verb with an ablative ("sai ELY-keskukselta"), an intro ("rahoittajana
X"), a funding verb ("X rahoittaa", "rahoittaa Euroopan sosiaalirahasto"), a
genitive ("X:n rahoittama"), or a name opening a short value ("ESR 50 000 €").
Funder names are returned as the source writes them (a prose funder may be
inflected: "ELY-keskukselta"); turning them into the nominative is the caller's job.
"""
from __future__ import annotations

import re

from pipeline.extract.funding.rules import _regex, _verb_re, _words
from pipeline.extract.money import money_rules
from pipeline.language.orgnames import is_legal

_TOKEN = re.compile(r"\S+")
_BOUNDARY = re.compile(
    r"[,;()\[\]–—]|:(?=\s|$)|\b(?:jota|joka|jonka|joita|joiden|jolle|jolta|että|kun|mutta|koska|som|which|that)\b",
    re.IGNORECASE,
)
_AUX = {"on", "ovat", "oli", "olivat", "ollut", "olleet", "myös", "jo", "nyt", "har", "hade", "has", "have", "had",
        "also", "toimii", "toimivat", "toimi", "is", "are", "was", "were", "även", "också", "edelleen", "vielä"}
_ORG_SUFFIX = {"ry", "rf", "oy", "oyj", "ab", "r.y.", "ky", "tmi", "ltd", "inc", "säätiö", "sr", "rs"}
_ABLATIVE = re.compile(r"^(?P<stem>\S+?)(?::?lta|:?ltä)$")


def _clean_token(tok: str) -> str:
    return tok.strip(",.;:!?\"'»”“()[]")


def _is_name_token(tok: str) -> bool:
    """A token that can be (part of) an organisation's name."""
    t = _clean_token(tok)
    if not t or t.lower() in _words("non_funder_words") or any(ch.isdigit() for ch in t[:1]):
        return False
    if t[0].isupper() or t.isupper():
        return True
    low = t.lower()
    return low in _ORG_SUFFIX or is_legal(t) or any(stem in low for stem in _words("organisation_stems") if len(stem) > 3)


def _np_left(tokens: list[str]) -> str | None:
    """The organisation name that ends the token list ("… jota Valtiovarainministeriö")."""
    toks = [t for t in tokens if _clean_token(t)]
    while toks and _clean_token(toks[-1]).lower() in _AUX:
        toks.pop()
    if not toks:
        return None
    last = _clean_token(toks[-1])
    if not _is_name_token(toks[-1]):
        return None
    take = [toks[-1]]
    suffix = last.lower() in _ORG_SUFFIX or is_legal(last)  # "Esimerkki ry", "Esimerkki ry:n"
    i = len(toks) - 2
    while i >= 0 and len(take) < 8:
        t = toks[i]
        ct = _clean_token(t)
        if ct.lower() in ("ja", "och", "and") and i > 0 and toks[i - 1].endswith("-"):
            take.insert(0, t)
            i -= 1
            continue
        if t.endswith("-") or _is_name_token(t):
            if ct.lower() in _words("non_funder_words"):
                break
            take.insert(0, t)
            i -= 1
            continue
        if suffix and ct and ct[0].islower() and len(take) < 4:
            take.insert(0, t)
            i -= 1
            continue
        break
    while take and not (_clean_token(take[0])[:1].isupper() or _is_name_token(take[0]) or take[0].endswith("-")):
        take.pop(0)
    name = " ".join(take).strip(",.;:!?\"'»”“[]")
    if not name or name.lower() in _words("non_funder_words"):
        return None
    if suffix and len(take) == 1:
        return None
    return name


def _np_right(tokens: list[str]) -> str | None:
    """The organisation name that opens the token list ("rahoittaa Euroopan sosiaalirahasto …")."""
    toks = list(tokens)
    while toks and (_clean_token(toks[0]).lower() in _AUX or _clean_token(toks[0]).lower() in _words("non_funder_words")):
        toks.pop(0)
    take: list[str] = []
    for i, t in enumerate(toks):
        ct = _clean_token(t)
        if not ct:
            break
        if ct.lower() in ("ja", "och", "and") and take and take[-1].endswith("-"):
            take.append(t)
            continue
        if _is_name_token(t) or (take and ct.lower() in _ORG_SUFFIX):
            take.append(t)
            if t.endswith((",", ".", ";", ":")) and not t.endswith(("-",)):
                break
            continue
        break
    name = " ".join(take).strip(",.;:!?\"'»”“[]")
    return name or None


def _clause_before(text: str, end: int) -> str:
    """The text from the last clause boundary before `end` up to `end`."""
    seg = text[:end]
    last = 0
    for m in _BOUNDARY.finditer(seg):
        last = m.end()
    return seg[last:]


_PRONOUN = re.compile(r"^\s*(?:it|they|se|ne|den|det|de)\s*$", re.I)


def _funder_by_verb(text: str) -> str | None:
    for m in _verb_re("funding_verbs").finditer(text):
        before = _clause_before(text, m.start())
        if _PRONOUN.match(before):
            # "The Council, which …, funds research: it granted X €3.8 million": the
            # pronoun stands for the sentence's subject, and X is the one funded
            stop = text.rfind(". ", 0, m.start())
            return _np_right(_TOKEN.findall(text[stop + 2 if stop >= 0 else 0:m.start()]))
        name = _np_left(_TOKEN.findall(before))
        if name:
            return name
        after = re.split(r"[,;:.()]", text[m.end():], maxsplit=1)[0]
        name = _np_right(_TOKEN.findall(after))
        if name:
            return name
    return None


def _funder_by_intro(text: str) -> str | None:
    for m in _regex("funder_intros").finditer(text):
        name = _np_right(_TOKEN.findall(text[m.end():]))
        if name:
            return name
    return None


def _genitive_org(token: str) -> bool:
    """A genitive that can name an organisation: "ESR:n", "ELY-keskuksen", "Traficomin".

    The head of a hyphen compound decides ("ICT-osaamisen" is no organisation).
    """
    t = _clean_token(token)
    if re.match(r"^[A-ZÅÄÖ0-9-]{2,}:n$", t) or is_legal(t):
        return True  # "ESR:n", "Esimerkki ry:n", "Esimerkki Oy:n"
    head = t.rsplit("-", 1)[-1]
    low = head.lower()
    if any(stem in low for stem in _words("organisation_stems") if len(stem) > 3):
        return True
    return head[:1].isupper() and low not in _words("non_funder_words")


def _funder_by_genitive(text: str) -> str | None:
    nouns = "|".join(f"(?:{p})" for p in money_rules()["genitive_funder_nouns"]["regex"])
    for m in re.finditer(rf"(?<!\S)(\S+?(?::n|n))\s+(?:{nouns})\b", text, re.IGNORECASE):
        if not _genitive_org(m.group(1)):
            continue
        before = _clause_before(text, m.end(1))
        name = _np_left(_TOKEN.findall(before))
        if name and name.lower().rstrip(":n") not in _words("non_funder_words"):
            if _clean_token(name.split()[-1]).lower() in _words("non_funder_words"):
                continue
            return name
    return None


def _funder_by_ablative(text: str) -> str | None:
    toks = _TOKEN.findall(text)
    for i, t in enumerate(toks):
        ct = _clean_token(t)
        if _ABLATIVE.match(ct) and (ct[:1].isupper() or _is_name_token(ct)):
            name = _np_left(toks[: i + 1])
            if name:
                return name
    m = re.search(r"\b(?:från|from)\s+(.*)", text, re.IGNORECASE)
    if m:
        return _np_right(_TOKEN.findall(m.group(1)))
    return None


def _funder_by_lead(text: str) -> str | None:
    """ "Opetushallitus, valtionavustus 48 250 €" / "ESR 50 000 €": a name opening a short value."""
    m = re.match(r"^\s*([^,:;]{2,80}?)\s*(?:,|\s(?=\d|€))", text)
    if not m:
        return None
    lead = m.group(1)
    toks = _TOKEN.findall(lead)
    if not toks or len(toks) > 6 or _verb_re("funding_verbs").search(lead) or _verb_re("receiving_verbs").search(lead):
        return None
    if not all(_is_name_token(t) or t.endswith("-") or _clean_token(t).lower() in ("ja", "och", "and") for t in toks):
        return None
    name = _np_left(toks)
    return name if name == " ".join(toks).strip(",.;:") else None


def _funder_in(text: str) -> str | None:
    """The funder a clause names, by the strongest signal it has."""
    if _verb_re("receiving_verbs").search(text):
        found = _funder_by_ablative(text) or _funder_by_genitive(text) or _funder_by_intro(text)
        if found:
            return found
    return (
        _funder_by_intro(text)
        or _funder_by_verb(text)
        or _funder_by_genitive(text)
        or _funder_by_lead(text)
        or (_funder_by_ablative(text) if _regex("funding_cues").search(text) else None)
    )
