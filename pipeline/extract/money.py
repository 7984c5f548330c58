"""Euro amounts: read a table cell, or find every euro amount in running text.

Finnish pages write money in many ways ("220 231" with no-break spaces,
"52 338,00 €", "1,2 milj. €", "kolmen miljoonan euron", "enintään 507 300
eurolla"). Everything that is a word list (scales, number words, "enintään"
words) lives in `pipeline/data/money.yaml`; this module only knows the shape of
a number. Prose amounts count only when marked as euros, so years, dates,
phone numbers, ages ("15-29 -vuotiaat") and paragraph numbers ("§ 226") are
never read as money.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from pipeline.data import load_yaml

__all__ = ["Money", "parse_amount", "find_amounts", "money_rules"]

# Every space a source may put between digit groups (plain, no-break, narrow
# no-break, figure, thin).
_SP = "[ \u00a0\u202f\u2007\u2009\u200a]"
_DASH = "[-\u2010\u2011\u2012\u2013\u2014\u2212]"
_NUMBER = (
    rf"(?<![\w.,])"
    rf"(?:\d{{1,3}}(?:(?:{_SP}|[.,'])\d{{3}})+(?:[.,]\d{{1,2}})?|\d+(?:[.,]\d+)?)"
    rf"(?!\d)"
)


@dataclass(frozen=True)
class Money:
    """A euro amount found in text; `start`/`end` are its character span.

    `is_range` marks one end of a range ("200 – 4 000 euroa"): a cost range is
    neither a grant nor a budget, so callers skip it.
    """

    amount: float
    is_maximum: bool
    start: int
    end: int
    text: str
    is_range: bool = False


@cache
def money_rules() -> dict[str, Any]:
    """The YAML rules, loaded once (shared with the funding package)."""
    return load_yaml("money.yaml")


def _alt(words: list[str]) -> str:
    """A regex alternation of literal words, longest first (so "miljoonaa" wins over "milj")."""
    return "|".join(re.escape(w) for w in sorted({str(w) for w in words}, key=len, reverse=True))


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """Compile the amount patterns from the YAML once."""
    rules = money_rules()
    scales = {str(k).lower(): float(v) for k, v in rules["scales"].items()}
    long_scales = [w for w in scales if len(w) > 1]
    short_scales = [w for w in scales if len(w) == 1]
    scale = rf"(?:(?:{_alt(long_scales)})\b\.?|(?:{_alt(short_scales)})(?=\s?(?:€|eur\b)))"
    numword_forms = [str(f) for forms in rules["number_words"].values() for f in forms]
    numword = rf"\b(?:{_alt(numword_forms)})\b"
    currency = r"(?:€|\beur\b|\beuro\w*)"
    max_words = _alt([str(w) for w in rules["maximum_words"]])
    prefixes = _alt([str(w) for w in rules["value_prefixes"]] + [str(w) for w in rules["maximum_words"]])
    flags = re.IGNORECASE
    return {
        "suffix": re.compile(
            rf"(?P<num>{_NUMBER}|{numword})(?:{_SP}*(?P<scale>{scale}))?{_SP}*{currency}", flags
        ),
        "prefix": re.compile(
            rf"(?:€|\bEUR\b){_SP}*(?P<num>{_NUMBER})(?:{_SP}*(?P<scale>{scale}))?", flags
        ),
        "maximum": re.compile(rf"(?:^|[^\w])(?:{max_words}){_SP}*:?{_SP}*$", flags),
        "range_before": re.compile(
            rf"\d(?:{_SP}*(?:{scale}))?{_SP}*(?:€|euro\w*)?{_SP}*(?:{_DASH}|\.\.\.?|\bto\b|\btill\b){_SP}*$",
            flags,
        ),
        "range_after": re.compile(rf"^{_SP}*(?:{_DASH}|\.\.\.?|\bto\b|\btill\b){_SP}*(?:€{_SP}*)?\d", flags),
        "between": re.compile(r"\b(?:välillä|mellan|between)\b", flags),
        "cell": re.compile(
            rf"^(?:(?:{prefixes}){_SP}*:?{_SP}*)*(?:(?:€|EUR){_SP}*)?"
            rf"(?P<num>{_NUMBER}|{numword})(?:{_SP}*(?P<scale>{scale}))?"
            rf"(?:{_SP}*(?:€|\beur\b|\beuro\w*))?(?:{_SP}*[,:]-)?{_SP}*$",
            flags,
        ),
        "dash_only": re.compile(rf"^(?:{_DASH}|[x/.*]|n/?a|ei|—)*$", flags),
    }


@cache
def _scale_values() -> dict[str, float]:
    return {str(k).lower(): float(v) for k, v in money_rules()["scales"].items()}


@cache
def _number_word_values() -> dict[str, float]:
    out: dict[str, float] = {}
    for value, forms in money_rules()["number_words"].items():
        for form in forms:
            out[str(form).lower()] = float(value)
    return out


def _number_value(raw: str, has_scale: bool) -> float | None:
    """Turn a written number into a float, deciding which separator is the decimal one.

    A single "," or "." followed by exactly three digits is a thousands separator
    ("12.500 €") unless a scale word follows ("7,915 miljoonaa" is 7.915 million).
    """
    word = _number_word_values().get(raw.lower())
    if word is not None:
        return word
    s = re.sub(_SP, "", raw).replace("'", "")
    if "," in s and "." in s:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        other = "." if dec == "," else ","
        s = s.replace(other, "").replace(dec, ".")
    elif "," in s or "." in s:
        sep = "," if "," in s else "."
        parts = s.split(sep)
        if len(parts) > 2:
            last = parts[-1]
            if len(last) == 3:
                s = "".join(parts)
            else:
                s = "".join(parts[:-1]) + "." + last
        elif has_scale or len(parts[1]) != 3:
            s = parts[0] + "." + parts[1]
        else:
            s = parts[0] + parts[1]
    try:
        value = float(s)
    except ValueError:
        return None
    return value


def _scale_of(scale: str | None) -> float:
    if not scale:
        return 1.0
    key = scale.lower().rstrip(".")
    values = _scale_values()
    if key in values:
        return values[key]
    for word, value in values.items():  # "milj" written as "milj." is covered above
        if key.startswith(word) and len(word) > 1:
            return value
    return 1.0


def _valid(value: float | None) -> float | None:
    if value is None or not math.isfinite(value) or value <= 0:
        return None
    return value


def parse_amount(text: str) -> float | None:
    """The euro value of a table cell or field value, or None if it holds no amount.

    Accepts a bare number (a cell under a "€" header), a number with €/euroa/EUR,
    a scale ("1,2 milj. €") and qualifiers ("noin", "enintään", "Cirka"). A dash,
    an empty cell or a percentage gives None, as does any cell with other words.
    """
    if not text:
        return None
    s = " ".join(str(text).split())
    s = re.sub(_SP, " ", s).strip().rstrip(".").strip()
    if not s or "%" in s:
        return None
    pats = _patterns()
    if pats["dash_only"].match(s):
        return None
    m = pats["cell"].match(s)
    if not m:
        return None
    scale = m.group("scale")
    value = _number_value(m.group("num"), bool(scale))
    if value is None:
        return None
    return _valid(round(value * _scale_of(scale), 2))


def find_amounts(text: str) -> list[Money]:
    """Every euro amount in running text, in order, with its span and "enintään" flag.

    Only amounts marked as euros count (€, euro*, EUR, "milj. €"). Number words
    need a currency word after them ("kolmen miljoonan euron"). Each end of a
    range ("100–500 euron") is returned with `is_range` set.
    """
    if not text:
        return []
    pats = _patterns()
    found: list[Money] = []
    taken: list[tuple[int, int]] = []

    def overlaps(a: int, b: int) -> bool:
        return any(a < e and s < b for s, e in taken)

    for kind in ("suffix", "prefix"):
        for m in pats[kind].finditer(text):
            if overlaps(m.start(), m.end()):
                continue
            raw = m.group("num")
            scale = m.group("scale")
            is_word = raw.lower() in _number_word_values()
            value = _number_value(raw, bool(scale) or is_word)
            value = _valid(None if value is None else round(value * _scale_of(scale), 2))
            if value is None:
                continue
            start, end = m.start(), m.end()
            before = text[max(0, start - 40):start]
            after = text[end:end + 12]
            is_max = bool(pats["maximum"].search(before))
            is_range = bool(pats["range_before"].search(before) or pats["range_after"].search(after))
            if not is_range and pats["between"].search(text[max(0, start - 60):start]):
                is_range = bool(re.search(r"\d", text[max(0, start - 40):start]))
            taken.append((start, end))
            found.append(Money(value, is_max, start, end, text[start:end], is_range))
    found.sort(key=lambda mo: mo.start)
    return found
