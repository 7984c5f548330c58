"""Property tests over hostile text: what pages really contain (lone surrogates, control
characters, huge numbers, any Unicode), on top of the per-extractor properties in
tests/unit. Whatever comes in, nothing raises and what comes out is valid."""
from __future__ import annotations

import math
import re
from datetime import date

import phonenumbers
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.contacts import find_emails, find_phones, normalise_phone
from pipeline.language.periods import find_period, parse_period, split_trailing_period
from pipeline.extract.money import find_amounts, parse_amount
from pipeline.records import Period

# Every code point, surrogates and controls included (st.text() leaves surrogates out).
ANY_CHAR = st.characters(codec=None, categories=None)
_noise = st.text(alphabet=ANY_CHAR, max_size=40)
_numbers = st.integers(min_value=0, max_value=10**30).map(str)
_pieces = st.sampled_from(["1.2.2020", "–", "31.12.", "2022", "€", "euroa", "milj.", "M€", "enintään", "puh.",
                           "040", "+358", "(at)", "@", ".fi", "\x00", "\ud800", "\u202f", "\u00a0", "\u200b", "\n",
                           "9" * 25, "1e308", "inf", "nan", ",", "."])
HOSTILE = st.one_of(st.text(alphabet=ANY_CHAR, max_size=120),
                    st.lists(st.one_of(_pieces, _noise, _numbers), max_size=15).map(" ".join),
                    st.lists(st.one_of(_pieces, _numbers), max_size=15).map("".join))
EMAIL = re.compile(r"^[a-z0-9][a-z0-9._%+'-]*@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$")


def valid_period(p: Period | None) -> None:
    if p is None:
        return
    for d in (p.start, p.end):
        assert d is None or (isinstance(d, date) and 1800 <= d.year <= 2200)
    if p.start and p.end:
        assert p.start <= p.end


@settings(max_examples=300, deadline=None)
@given(HOSTILE)
def test_dates_on_hostile_text(text: str) -> None:
    valid_period(find_period(text))
    valid_period(parse_period(text))
    valid_period(parse_period(text, "Hankeaika"))
    name, p = split_trailing_period(text)
    assert isinstance(name, str)
    valid_period(p)


@settings(max_examples=300, deadline=None)
@given(HOSTILE)
def test_money_on_hostile_text(text: str) -> None:
    for m in find_amounts(text):
        assert isinstance(m.amount, float) and math.isfinite(m.amount) and m.amount > 0
    value = parse_amount(text)
    assert value is None or (math.isfinite(value) and value > 0)


@settings(max_examples=300, deadline=None)
@given(HOSTILE)
def test_phones_and_emails_on_hostile_text(text: str) -> None:
    for phone in find_phones(text):
        assert phonenumbers.is_valid_number(phonenumbers.parse(phone, None)), phone
    single = normalise_phone(text)
    assert single is None or phonenumbers.is_valid_number(phonenumbers.parse(single, None))
    for email in find_emails(text):
        assert EMAIL.match(email), email
        email.encode("ascii")


# Finnish mobile and landline numbers as pages write them: the E.164 form is the one
# phonenumbers itself gives.
_subscriber = st.integers(min_value=1_000_000, max_value=9_999_999).map(str)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["40", "50", "44", "45", "9", "3", "8", "17"]), _subscriber,
       st.sampled_from(["0{a} {b}", "0{a}-{b}", "+358 {a} {b}", "(0{a}) {b}", "0{a}{b}"]))
def test_written_finnish_numbers_normalise_to_e164(area: str, sub: str, form: str) -> None:
    raw = form.format(a=area, b=sub)
    parsed = phonenumbers.parse(raw, "FI")
    if not phonenumbers.is_valid_number(parsed):
        assert normalise_phone(raw) is None or phonenumbers.is_valid_number(phonenumbers.parse(normalise_phone(raw)))
        return
    expected = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    assert normalise_phone(raw) == expected
    assert find_phones(f"Yhteystiedot: puh. {raw}, sähköposti x@y.fi") == [expected]


_label = st.from_regex(r"[a-z][a-z0-9]{0,9}", fullmatch=True)
# "etunimi.sukunimi": a plain " at " counts only after a dotted local part, by design
_local = st.from_regex(r"[a-z][a-z0-9]{0,9}\.[a-z][a-z0-9]{0,9}", fullmatch=True)


@settings(max_examples=200, deadline=None)
@given(_local, _label, st.sampled_from(["fi", "com", "org"]), st.sampled_from(["@", "(at)", " at ", "[at]"]))
def test_written_emails_are_repaired_and_lower_cased(local: str, domain: str, tld: str, at: str) -> None:
    written = f"{local.title()}{at}{domain}.{tld}"
    found = find_emails(f"Lisätietoja: {written} tai puhelimitse.")
    assert found == [f"{local}@{domain}.{tld}"]
