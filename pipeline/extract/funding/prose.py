"""Funding stated in a sentence, a paragraph or a field value.

The text is cut into structured lines ("Rahoittaja:", "X: 50 000 €") and prose
sentences; each amount gets the funder its clause names, the sentence's, or one
named just before. Amounts applied for, budgets, bridge financing, loans and the
other exclusions of `pipeline/data/money.yaml` give no rows.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.funding.funders import (
    _TOKEN,
    _funder_by_lead,
    _funder_in,
    _np_left,
)
from pipeline.extract.funding.rules import (
    _is_budget_label,
    _is_funder_label,
    _norm,
    _regex,
)
from pipeline.extract.funding.tables import _split_share
from pipeline.extract.money import Money, find_amounts
from pipeline.records import Funding

_YEAR_FOR = re.compile(
    r"\b(?:vuodelle|vuodeksi|vuoden|för\s+år|för|for\s+the\s+year|for|in)\s+((?:19|20)\d\d)\b(?!\s*[-–])",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'»”]?[A-ZÅÄÖ])")
_ABBREV_END = re.compile(r"\b(?:milj|n|noin|esim|mm|ml|ns|ks|vrt|yht|klo|puh|p|tel|tfn|ca|t|k|s|v|nro|no|jne|mrd|tms|ym|eli)\.$",
                         re.IGNORECASE)
_LABEL_LINE = re.compile(r"^(?P<label>[^:]{1,80}?)\s*:(?:\s+(?P<value>.*))?$")


def _sentences(text: str) -> list[str]:
    """Split prose into sentences without breaking "milj. €" or "n. 500"."""
    parts: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        piece = text[start:m.start()]
        if _ABBREV_END.search(piece):
            continue
        parts.append(piece.strip())
        start = m.end()
    parts.append(text[start:].strip())
    return [p for p in parts if p]


@dataclass
class _Unit:
    """A sentence or a structured line of the input, with what decides its rows."""

    text: str
    kind: str  # prose | heading | item | label
    label: str = ""
    value: str = ""


def _units(text: str) -> list[_Unit | None]:
    """Cut the text into structured lines ("X:", "X: 50 000 €") and prose sentences.

    PDF text wraps sentences over lines, so plain lines are joined before
    splitting into sentences; a blank line (None) ends the context.
    """
    lines = [ln.strip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    out: list[_Unit | None] = []
    prose: list[str] = []

    def flush() -> None:
        if prose:
            for s in _sentences(" ".join(prose)):
                out.append(_Unit(s, "prose"))
            prose.clear()

    for ln in lines:
        if not ln:
            flush()
            out.append(None)
            continue
        m = _LABEL_LINE.match(ln)
        label = m.group("label").strip() if m else ""
        value = (m.group("value") or "").strip() if m else ""
        short_label = bool(m) and len(label.split()) <= 8 and not re.search(r"\d\s*$", label)
        if prose and ln[:1].isupper() and len(prose[-1].split()) <= 6 and not prose[-1].endswith((",", "-")):
            flush()  # a short line before a capitalised one is a heading or a label, not wrapped prose
        if m and short_label and not value:
            flush()
            out.append(_Unit(ln, "heading", label=label))
        elif m and short_label and (find_amounts(value) or _is_funder_label(_norm(label))
                                    or _is_budget_label(_norm(label))):
            flush()
            out.append(_Unit(ln, "label", label=label, value=value))
        else:
            prose.append(ln)
    flush()
    return out


def _excluded(text: str) -> bool:
    return bool(_regex("exclusion_cues").search(text))


def _single_org(value: str) -> bool:
    """True when a funder value names one organisation (not "X, Y" or "X ja Y")."""
    v = value.strip()
    if "," in v or ";" in v or "/" in v:
        return False
    return not re.search(r"(?<!-)\s(?:ja|och|and)\s", v)


# "84 350 euroa (70 %)": a share written right after an amount belongs to it.
_SHARE_AFTER = re.compile(r"^\s*\(\s*(\d{1,3}(?:[,.]\d+)?)\s*(?:%|prosenttia|procent|percent)\s*\)")


def _share_after(text: str, end: int) -> tuple[float | None, int]:
    """The share in brackets after an amount ending at `end`, and where it ends."""
    m = _SHARE_AFTER.match(text[end:])
    if not m:
        return None, end
    value = float(m.group(1).replace(",", "."))
    return (value if 0 < value <= 100 else None), end + m.end()


def _rows_for_amounts(text: str, amounts: list[Money], context_funder: str | None,
                      sentence_funder: str | None) -> list[tuple[str | None, Funding]]:
    rows: list[tuple[str | None, Funding]] = []
    prev_end = 0
    for mo in amounts:
        left = text[prev_end:mo.start]
        share, prev_end = _share_after(text, mo.end)
        if _regex("budget_cues").search(left):
            continue
        # the clause before the amount, with the amount, so "X 36 000 euro" reads as X's
        left = left.strip(" ;,\n")  # "X 120 000 €; Y 125 000 €": the list's separator is not part of Y
        clause = f"{left} {text[mo.start:mo.end]}" if left else ""
        funder = (_funder_in(clause) if clause else None) or sentence_funder or context_funder
        rows.append((funder, Funding(funder=funder or "", amount_eur=mo.amount, is_maximum=mo.is_maximum,
                                     share_pct=share)))
    return rows


def _year_of(text: str) -> int | None:
    years = {int(m.group(1)) for m in _YEAR_FOR.finditer(text)}
    return years.pop() if len(years) == 1 else None


_BRACKETED_GRANT = re.compile(r"\s*\(\s*((?:valtion)?(?:avustus|tuki|rahoitus|grant)\b[^()]*\d[^()]*)\)", re.I)


def funding_from_text(text: str) -> list[tuple[str | None, Funding]]:
    """Funding stated in a sentence, a paragraph or a field value.

    Returns (funder phrase as written or None, Funding with `funder` set to the
    same phrase or ""). Reads "X rahoittaa … N eurolla", "X on myöntänyt …",
    "X:n rahoittama", "rahoittajana X", "X, valtionavustus N €", a "Funder:"
    line followed by "item: amount" lines, and a funder named in the sentence
    before a bare "Myönnetty tuki on N euroa". "vuodelle 2020" sets the year.
    Amounts applied for, wished for, reserved in a budget, bridge financing,
    loans, guarantees, totals of a meeting or call and cost ranges give nothing.
    """
    if not text or not text.strip():
        return []
    # "Opetushallitus (avustus 95 000 €)": the grant in brackets after its funder
    text = _BRACKETED_GRANT.sub(r", \1", text)
    rows: list[tuple[str | None, Funding]] = []
    carry: str | None = None  # funder named just before, without an amount
    carry_left = 0
    heading: str | None = None  # "Valtiovarainministeriö:" over item lines
    items_are_funders = False
    last_rows: list[Funding] = []
    for unit in _units(text):
        if unit is None:
            carry, heading, items_are_funders, carry_left = None, None, False, 0
            continue
        if unit.kind == "heading":
            lab = _norm(unit.label)
            if _is_funder_label(lab):
                heading, items_are_funders = None, True
            elif _np_left(_TOKEN.findall(unit.label)) == unit.label.strip():
                heading, items_are_funders = unit.label.strip(), False
            else:
                heading, items_are_funders = None, False
            continue
        body = unit.value if unit.kind == "label" else unit.text
        if _excluded(unit.text):
            carry, carry_left, last_rows = None, 0, []
            continue
        year = _year_of(unit.text)
        amounts = [m for m in find_amounts(body) if not m.is_range]
        if not amounts:
            if year is not None and last_rows:
                for f in last_rows:
                    if f.year is None:
                        f.year = year
            last_rows = []
            if unit.kind == "label" and _is_funder_label(_norm(unit.label)):
                value = unit.value.strip()
                carry = value if value and _single_org(value) else None
                carry_left = 3
            elif _regex("funding_cues").search(unit.text):
                found = _funder_in(unit.text)
                if found:
                    carry, carry_left = found, 2
            else:
                carry_left -= 1
                if carry_left <= 0:
                    carry = None
            continue
        new: list[tuple[str | None, Funding]] = []
        if unit.kind == "label":
            lab = _norm(unit.label)
            if _regex("budget_cues").search(lab) or (_is_budget_label(lab) and not (
                    carry and _regex("funding_cues").search(lab))):
                last_rows = []
                continue  # a budget; a stated total funding counts only for the one funder named
            if _is_funder_label(lab):
                funder = _funder_in(body) or _funder_by_lead(body)
                new = _rows_for_amounts(body, amounts, None, funder)
            else:
                label_org = _np_left(_TOKEN.findall(unit.label)) == unit.label.strip() and (
                    items_are_funders or not heading)
                if heading and not items_are_funders:
                    funder = heading
                elif label_org or items_are_funders:
                    funder = unit.label.strip()
                elif _regex("funding_cues").search(unit.label) or carry:
                    funder = carry
                else:
                    last_rows = []
                    continue
                if funder and funder == unit.label.strip():
                    funder = _split_share(funder)[0]
                new = [(funder, Funding(funder=funder or "", amount_eur=m.amount, is_maximum=m.is_maximum,
                                        share_pct=_share_after(body, m.end)[0]))
                       for m in amounts]
        else:
            sentence_funder = _funder_in(body)
            context = carry if carry_left > 0 else None
            has_cue = bool(_regex("funding_cues").search(body))
            if not (sentence_funder or context or has_cue):
                last_rows = []
                continue
            new = _rows_for_amounts(body, amounts, context, sentence_funder)
        for _, f in new:
            f.year = year
        rows.extend(new)
        last_rows = [f for _, f in new]
        carry_left -= 1
    return _dedupe(rows)


def _dedupe(rows: list[tuple[str | None, Funding]]) -> list[tuple[str | None, Funding]]:
    """Drop repeats of one grant (a headline and its article; a funder-less copy of a named row)."""
    named = {(round(f.amount_eur, 2)) for p, f in rows if p}
    with_year = {(p, round(f.amount_eur, 2)) for p, f in rows if f.year is not None}
    out: list[tuple[str | None, Funding]] = []
    seen: set[tuple[str | None, float, int | None, bool]] = set()
    for phrase, f in rows:
        amount = round(f.amount_eur, 2)
        if phrase is None and amount in named:
            continue
        if f.year is None and (phrase, amount) in with_year:
            continue
        key = (phrase, amount, f.year, f.is_maximum)
        if key in seen:
            continue
        seen.add(key)
        out.append((phrase, f))
    return out
