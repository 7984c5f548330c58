"""Organisations given a role by the cue phrases of one sentence.

A cue phrase ("X:n hallinnoimassa", "yhteistyössä X:n kanssa") fixes the role and
says on which side the organisation stands; the noun phrase there is read with a
word-level analysis (libvoikko, the lemmatiser spaCy's Finnish model uses) rather
than a parse, which is fast and does not need the sentence to be grammatical.
spaCy's NER runs only on sentences that have a cue, to drop people ("toteuttajana
Aino Virtanen"). A grant received ("X sai Y:ltä avustuksen") and an organisation
opening a project text ("Esimerkkilän kaupunki kehittää …") give roles too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.orgs.names import (
    _bridge,
    _entities,
    _finish,
    _head_of,
    _is_finite_verb,
    _is_legal,
    _is_org_name,
    _looks_like_person,
    _nameish,
    _strip_punct,
    split_coordinated,
    to_nominative,
)
from pipeline.extract.orgs.places import _owner_name
from pipeline.extract.orgs.rules import (
    _PARENS,
    _SPACES,
    _UPPER,
    _any_of,
    _Cue,
    _cues,
    _rules,
    _word_set,
)
from pipeline.records import Organisation

_SENT_SPLIT = re.compile(rf"(?<=[.!?])\s+(?=[{_UPPER}0-9\"”])")
_ABBREV_END = re.compile(r"\b(?:ry|r\.y|oy|mm|esim|n|ns|yms|jne|ks|vrt|ts|puh|p|tel|tfn|nro|s)\.$", re.I)


# -- prose --------------------------------------------------------------------------

def _sentences(text: str) -> list[str]:
    """Sentences of a text; abbreviations such as "ry." and "mm." do not end one."""
    text = _SPACES.sub(" ", text or "").strip()
    if not text:
        return []
    out: list[str] = []
    buf = ""
    for piece in _SENT_SPLIT.split(text):
        buf = f"{buf} {piece}".strip() if buf else piece
        if _ABBREV_END.search(buf):
            continue
        out.append(buf)
        buf = ""
    if buf:
        out.append(buf)
    return out


@dataclass
class _Hit:
    role: str
    start: int
    end: int
    cue: _Cue


def _tokens(s: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"\S+", s)]


def _core_backward(sentence: str, end: int, gap: int, genitive: bool) -> tuple[int, int] | None:
    """The organisation noun phrase ending right before `end` (character offsets)."""
    toks = [t for t in _tokens(sentence) if t[1] <= end]
    if not toks:
        return None
    i = len(toks) - 1
    skipped = 0
    while gap and i >= 0 and skipped < gap and not _nameish(toks[i][2], toks[i][0] == 0) \
            and _strip_punct(toks[i][2]).islower() and _strip_punct(toks[i][2]).endswith("n") \
            and not re.search(r"[,.;:]$", toks[i][2]):
        i -= 1
        skipped += 1
    if i < 0:
        return None
    # "Esimerkkilän kaupungin ”Kylä kuntoon …” -hanke": skip a quoted name
    if genitive and re.search(r"[”\"»]$", toks[i][2]):
        j = i
        while j >= 0 and not re.match(r"^[”\"«“]", toks[j][2]):
            j -= 1
        if j < 0:
            return None
        i = j - 1
        if i < 0:
            return None
    last = _strip_punct(toks[i][2])
    if re.search(r"[,;:.!?]$", toks[i][2]) and not _is_legal(toks[i][2]):
        return None
    if not _nameish(toks[i][2], toks[i][0] == 0):
        return None
    if genitive and not (last.endswith("n") or last.endswith(":n")):
        return None
    j = i
    k = i - 1
    while k >= 0:
        tok = toks[k][2]
        if re.search(r"[,;:.!?)]$", tok):
            break
        if _nameish(tok, toks[k][0] == 0):
            j = k
            k -= 1
            continue
        if _bridge(tok) and k - 1 >= 0 and _nameish(toks[k - 1][2], toks[k - 1][0] == 0) \
                and not re.search(r"[,;:.!?)]$", toks[k - 1][2]):
            k -= 1
            continue
        if tok.lower() in ("ja", "sekä", "och", "and", "samt", "&") and k - 1 >= 0 \
                and _nameish(toks[k - 1][2].rstrip(","), toks[k - 1][0] == 0):
            j = k - 1
            k -= 2
            continue
        break
    # a list "A, B ja C" before the cue: extend over comma-separated names
    while j - 1 >= 0 and toks[j - 1][2].endswith(",") and _nameish(toks[j - 1][2], toks[j - 1][0] == 0):
        j -= 1
        while j - 1 >= 0 and not re.search(r"[,;:.!?)]$", toks[j - 1][2]) and _nameish(toks[j - 1][2], toks[j - 1][0] == 0):
            j -= 1
    return toks[j][0], toks[i][1]


def _after_span(sentence: str, start: int, stop: int) -> str:
    """The text after a cue up to the next cue or the end of the clause."""
    s = sentence[start:stop]
    s = re.split(r"\s*(?:;|\.\s|\.$|\bjonka\b|\bjoka\b|\bjota\b|\bjossa\b|\bsom\b|\bwhich\b|\bwho\b|\bmutta\b|\bkun\b|\bkoska\b)", s)[0]
    if ":" in s:
        s = s.split(":", 1)[1]
    return s


def _items_from_after(span: str) -> list[tuple[str, bool]]:
    """Names at the start of each coordinated item after a cue, plus whether it was a list."""
    span = _PARENS.sub("", span)
    items = split_coordinated(span)
    out = []
    for it in items:
        toks = it.split(" ")
        i = 0
        while i < len(toks) and not _nameish(toks[i]):
            if _is_finite_verb(toks[i]):
                return out  # "X ja sitä rahoittaa Y": a new clause, not the list
            i += 1
        if i == len(toks):
            # a lower-case generic item still counts towards "several"
            out.append(("", True))
            continue
        j = i
        k = i + 1
        while k < len(toks):
            if _nameish(toks[k]):
                j = k
                k += 1
            # an "and" still inside one item is inside one name ("… for Health and Welfare"):
            # split_coordinated has already cut the list at the others
            elif (_bridge(toks[k]) or toks[k] == "and") and k + 1 < len(toks) and _nameish(toks[k + 1]):
                k += 1
            else:
                break
        out.append((" ".join(toks[i: j + 1]), True))
    return out


def _excluded(sentence: str, key: str) -> bool:
    return _any_of(key).search(sentence) is not None


def _names(raw: list[str], sentence: str) -> list[str]:
    """Nominative names of raw phrases, without people and generic words."""
    out = []
    persons: list[tuple[int, int]] | None = None  # spaCy runs only when its answer decides
    for r in raw:
        if not r:
            out.append("")
            continue
        in_person = False
        if _looks_like_person(r, False, need_ner=False) and not _looks_like_person(r, False):
            if persons is None:
                persons = [(s, e) for s, e, lab in _entities(sentence) if lab in ("PERSON", "PER")]
            pos = sentence.find(r)
            in_person = pos >= 0 and any(s <= pos and pos + len(r) <= e + 1 for s, e in persons)
        if _looks_like_person(r, in_person):
            out.append("")
            continue
        name = to_nominative(r)
        out.append(name if _is_org_name(name) else "")
    return out


def _recipient_after(sentence: str, start: int) -> list[str]:
    """Allative names right after "myönsi": "myöntänyt Esimerkkilän kaupungille" -> the recipient."""
    toks = [t for t in _tokens(sentence) if t[0] >= start][:8]
    allative = next((t for t in toks if re.search(r"(?:lle|:lle)[,.;]?$", t[2])), None)
    if allative is None:
        return []
    core = _core_backward(sentence, allative[1], 0, False)
    if core is None or core[0] < start:
        return []
    span = sentence[core[0]: core[1]]
    out = []
    for item in split_coordinated(span):
        words = item.split(" ")
        if not words or not _nameish(words[0]) and not _nameish(words[-1]):
            continue
        out.append(item)
    return out


def _grant_received(sentence: str) -> tuple[list[str], list[str]]:
    """ "X sai / on saanut (Y:ltä) ... avustuksen": recipients X and funders Y."""
    m = re.search(_rules()["grant_received_pattern"], sentence, re.I)
    if not m:
        return [], []
    aux = re.search(r"\s+(?:on|ovat|oli|olivat)\s*$", sentence[: m.start()])
    end = aux.start() if aux else m.start()
    recipients: list[str] = []
    span = _core_backward(sentence, end, 0, False)
    if span:
        recipients = split_coordinated(sentence[span[0]: span[1]])
    funders: list[str] = []
    rest = sentence[m.end():]
    fm = re.match(r"\s+((?:\S+\s+){0,2}?\S+?(?:lta|ltä|:lta|:ltä))\b", rest)
    if fm:
        cand = fm.group(1).split(" ")
        k = len(cand) - 1
        j = k
        while j - 1 >= 0 and _nameish(cand[j - 1]):
            j -= 1
        phrase = " ".join(cand[j: k + 1])
        if _nameish(cand[k]):
            funders.append(phrase)
    return recipients, funders


def _lead_owner(sentence: str) -> str | None:
    """ "Esimerkkilän kaupunki kehittää ...": an organisation opening a project text."""
    verbs = _word_set("lead_verbs")
    toks = _tokens(sentence)
    for i, (s, e, w) in enumerate(toks[1:6], start=1):
        if _strip_punct(w).lower() in verbs:
            if not (_head_of(toks[i - 1][2]) or _is_legal(toks[i - 1][2])):
                return None
            span = _core_backward(sentence, toks[i - 1][1], 0, False)
            if not span or span[0] != 0:
                return None
            phrase = sentence[span[0]: span[1]]
            if len(split_coordinated(phrase)) != 1 or to_nominative(phrase, guess=False) != _strip_punct(phrase):
                return None
            return phrase
    return None


def _orgs_in_sentence(sentence: str) -> list[Organisation]:
    if _excluded(sentence, "exclude_sentence"):
        return []
    no_funding = _excluded(sentence, "exclude_funding_sentence")
    hits: list[_Hit] = []
    for cue in _cues():
        for m in cue.regex.finditer(sentence):
            hits.append(_Hit(cue.role, m.start(), m.end(), cue))
    hits.sort(key=lambda h: h.start)
    out: list[Organisation] = []
    claimed: list[tuple[int, int]] = []
    for n, hit in enumerate(hits):
        cue = hit.cue
        if no_funding and hit.role in ("funder", "shared") and cue.side != "group":
            continue
        role = hit.role
        raw: list[str] = []
        if cue.side == "group":
            m = cue.regex.search(sentence, hit.start)
            if not m:
                continue
            if no_funding and role == "funder":
                continue
            raw = [name for name, _ in _items_from_after(m.group("org"))]
            claimed.append((m.start("org"), m.end("org")))
        elif cue.side == "after":
            stop = next((h.start for h in hits[n + 1:] if h.start >= hit.end), len(sentence))
            span = _after_span(sentence, hit.end, stop)
            raw = [name for name, _ in _items_from_after(span)]
            claimed.append((hit.end, hit.end + len(span)))
        else:
            span = _core_backward(sentence, hit.start, cue.gap, cue.genitive)
            if span is None or any(a <= span[0] < b for a, b in claimed):
                span = None
            if span is not None:
                before = sentence[: span[0]]
                if role == "owner" and re.search(r"\bmukana\b", before) and not re.search(r"[.;]", before[before.rfind("mukana"):]):
                    span = None  # "A on mukana X:n hallinnoimassa hankkeessa": X runs another project
            if span is not None:
                raw = split_coordinated(sentence[span[0]: span[1]])
                claimed.append(span)
            if cue.recipient and not no_funding:
                rec = _names(_recipient_after(sentence, hit.end), sentence)
                rec = [r for r in rec if r]
                rec_role = "owner" if len(rec) == 1 else "partner"
                out.extend(Organisation(_finish(_owner_name(r) if rec_role == "owner" else r), rec_role) for r in rec)
        names = _names(raw, sentence)
        several = len([r for r in raw]) > 1
        if role == "shared":
            role = "partner" if several else "owner"
        for name in names:
            if not name:
                continue
            if role == "owner":
                name = _owner_name(name)
            out.append(Organisation(_finish(name), role))
    if not no_funding and re.search(_rules()["funding_words"], sentence, re.I):
        recipients, funders = _grant_received(sentence)
        rec = [r for r in _names(recipients, sentence) if r]
        if rec:
            rec_role = "owner" if len(recipients) == 1 else "partner"
            out.extend(Organisation(_finish(_owner_name(r) if rec_role == "owner" else r), rec_role) for r in rec)
        out.extend(Organisation(_finish(f), "funder") for f in _names(funders, sentence) if f)
    return out
