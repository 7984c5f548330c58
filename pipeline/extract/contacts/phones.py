"""Phone numbers: contact phones found in text, written numbers as E.164.

A Finnish contact number is written from "+", "00" or a trunk "0"; numbers without a
country code are Finnish. Switchboards ("Vaihde"), fax, dates, amounts and the
tails of diary or reference numbers are not contact phones.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers
from phonenumbers import Leniency, PhoneNumberFormat, PhoneNumberMatcher

from pipeline.extract.contacts.vocab import _LO, _UP, _norm_spaces, _vocab

_DATE_RE = re.compile(r"\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{2,4})?")
_YEAR_RANGE_RE = re.compile(r"^\s*(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d\s*$")
_AFTER_AMOUNT_RE = re.compile(r"^\s*(?:€|eur\b|euro|e\b|%|mk\b|kpl\b|m2|m²|km\b|henk|milj|ha\b)", re.I)
_BEFORE_REF_RE = re.compile(r"(?:§|nro\.?|dnro\.?|diaari\w*|nr\.?|no\.?|id)\s*[:.]?\s*$", re.I)


def _phone_shape_ok(raw: str) -> bool:
    """A Finnish contact number is written from "+", "00" or a trunk "0"; dates are not."""
    s = raw.strip()
    if not re.match(r"^(?:\+|00|\(?\s*0)", s):
        return False
    if "/" in s or _DATE_RE.search(s) or _YEAR_RANGE_RE.match(s):
        return False
    return sum(c.isdigit() for c in s) >= 6


def normalise_phone(text: str) -> str | None:
    """E.164 for a written phone number ("(03) 621 2555" → "+35836212555"), else None.

    Prefixes ("p.", "puh.", "tfn", "tel.") and separators are ignored; numbers without
    a country code are Finnish.
    """
    v = _vocab()
    s = _norm_spaces(text).strip()
    s = v.phone_prefix_re.sub("", s).strip().strip(":").strip()
    if not s or not _phone_shape_ok(s) or re.search(rf"[{_LO}{_UP}]", s):
        return None
    try:
        num = phonenumbers.parse(s, "FI")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(num):
        return None
    return phonenumbers.format_number(num, PhoneNumberFormat.E164)


@dataclass(frozen=True)
class _PhoneHit:
    start: int
    end: int
    e164: str


def _phone_hits(text: str) -> list[_PhoneHit]:
    """Contact phones in `text` with spans; switchboards, fax, dates and amounts skipped."""
    v = _vocab()
    norm = _norm_spaces(text)
    hits: list[_PhoneHit] = []
    try:
        matches = list(PhoneNumberMatcher(norm, "FI", leniency=Leniency.VALID))
    except Exception:  # pragma: no cover - the library is defensive, but never let it crash a page
        return []
    for m in matches:
        start, raw = m.start, m.raw_string
        end = start + len(raw)
        # "040 821 6403 1.10.2015": the matcher swallows the day of a following date.
        if end < len(norm) - 1 and norm[end] in ".," and norm[end + 1].isdigit():
            head = raw.rsplit(None, 1)[0] if " " in raw.strip() else ""
            if not head:
                continue
            raw, end = head, start + len(head)
        if start > 0 and (norm[start - 1].isdigit() or norm[start - 1] in "./-" and start > 1 and norm[start - 2].isdigit()):
            continue  # a tail of a diary number or a date
        if not _phone_shape_ok(raw) or _AFTER_AMOUNT_RE.match(norm[end:]):
            continue
        before = norm[max(0, start - 12) : start]
        if _BEFORE_REF_RE.search(before):
            continue
        ctx_start = max(norm.rfind(sep, 0, start) for sep in ("\n", ",", ";", ". ")) + 1
        if v.switchboard_re.search(norm[ctx_start:start]):
            continue
        e164 = normalise_phone(raw)
        if e164 and all(h.e164 != e164 for h in hits):
            hits.append(_PhoneHit(start, end, e164))
    return hits


def find_phones(text: str) -> list[str]:
    """E.164 contact phones in `text`, skipping switchboards ("Vaihde"), fax, dates, amounts."""
    return [h.e164 for h in _phone_hits(text)]
