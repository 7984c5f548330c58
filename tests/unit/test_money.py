"""Euro amounts in cells and prose: the corpus's formats, and the numbers that are not money."""
from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.money import Money, find_amounts, parse_amount

NBSP = "\u00a0"
NNBSP = "\u202f"


@pytest.mark.parametrize(
    "cell, expected",
    [
        ("220 231", 220231.0),
        (f"220{NBSP}231", 220231.0),
        (f"220{NNBSP}231", 220231.0),
        ("52 338,00 €", 52338.0),
        (f"52{NBSP}338,00{NBSP}€", 52338.0),
        ("21 147,45 euroa", 21147.45),
        ("48 001,87 euroa", 48001.87),
        (f"70{NBSP}000{NBSP}€", 70000.0),
        ("1,2 milj. €", 1200000.0),
        ("1,1 miljoner euro", 1100000.0),
        ("Cirka 1,5 miljoner euro", 1500000.0),
        ("1.5 million euros", 1500000.0),
        ("68 850€", 68850.0),
        ("€ 12 000", 12000.0),
        ("EUR 12 000", 12000.0),
        ("12 000 EUR", 12000.0),
        ("enintään 507 300 €", 507300.0),
        ("noin 45 000 €", 45000.0),
        ("7,915 miljoonaa euroa", 7915000.0),
        ("1 140 000", 1140000.0),
        ("12.500 €", 12500.0),
        ("1,200,000", 1200000.0),
        ("10 000,-", 10000.0),
        ("kolme miljoonaa euroa", 3000000.0),
        ("  949 505 ", 949505.0),
    ],
)
def test_parse_amount(cell: str, expected: float) -> None:
    assert parse_amount(cell) == pytest.approx(expected)


@pytest.mark.parametrize(
    "cell",
    ["", "–", "-", "—", "12 %", "80 %", "ESR 70%", "3 vuotta", "1.2.2020", "Oulun Seudun Leader",
     "Kaupunki taskussa: 112 200 €", "0", "0,00 €", "koko toiminta-alue", "040 133 4540 puh"],
)
def test_parse_amount_none(cell: str) -> None:
    assert parse_amount(cell) is None


@pytest.mark.parametrize(
    "text, amount, is_max",
    [
        ("Hämeenlinna on päähallinnoijana hankkeessa (246 500 euroa).", 246500.0, False),
        ("jota Valtiovarainministeriö tukee enintään 507 300 eurolla.", 507300.0, True),
        ("Kurob: enintään 507 300 €", 507300.0, True),
        ("rahoitus korkeintaan 20 000 euroa", 20000.0, True),
        ("stöd maximalt 30 000 euro", 30000.0, True),
        ("a grant of up to EUR 5 000", 5000.0, True),
        ("Opetus- ja kulttuuriministeriö on myöntänyt 1,14 miljoonan euron avustuksen", 1140000.0, False),
        ("varattu yhteensä kolmen miljoonan euron kokonaisrahoitus", 3000000.0, False),
        (f"Ympäristöministeriö rahoittaa hanketta 48{NBSP}760 eurolla.", 48760.0, False),
        ("Totalbudget: Cirka 1,5 miljoner euro", 1500000.0, False),
        ("haetaan tukea yhteensä noin 5,2 miljoonaa euroa.", 5200000.0, False),
        ("varhaiskasvatuksessa 68 850€.", 68850.0, False),
        ("Myönnetty tuki on 48 001,87 euroa.", 48001.87, False),
        ("puolitoista miljoonaa euroa", 1500000.0, False),
        ("budjetti 1,2 M€", 1200000.0, False),
        ("tuki 50 t€", 50000.0, False),
        ("vuonna 2019 50 000 euroa", 50000.0, False),
    ],
)
def test_find_amounts_single(text: str, amount: float, is_max: bool) -> None:
    found = find_amounts(text)
    assert len(found) == 1
    m = found[0]
    assert m.amount == pytest.approx(amount)
    assert m.is_maximum is is_max
    assert text[m.start:m.end] == m.text
    assert not m.is_range


@pytest.mark.parametrize(
    "text",
    [
        "Ensisijaisena kohderyhmänä ovat 15-29 -vuotiaat oululaiset.",
        "Kaupunginhallitus 16.06.2025 § 226 294/02.05.03/2025",
        "Toimivalta Hallintosääntö § 87, kohta 27 (kuntalaki 134 §)",
        "Juha Liinavuori, 040-133 4540, p. 050 346 8537",
        "Mikroföretagen utgör ungefär 80 % av de företag",
        "vähintään kymmenen prosenttia hankkeen kustannuksista",
        "Hanke toteutettiin vuosina 2010-2012, ja sen kesto oli 3 vuotta.",
        "Leader-tuki: enintään 65 %",
        "Hakemuksia saapui 23 ja niistä seitsemän on ylimaakunnallisia.",
        "Kaupunkikulttuurisalkku 2014-2020",
    ],
)
def test_find_amounts_not_money(text: str) -> None:
    assert find_amounts(text) == []


def test_find_amounts_several_in_order() -> None:
    text = ("Hämeenlinna on päähallinnoijana yhteishankkeessa ICT-osaamisen tuen ja kehittämisen ekosysteemi "
            "–hanke (246 500 euroa) ja Kaupunki taskussa hankkeessa (112 200 euroa).")
    assert [m.amount for m in find_amounts(text)] == [246500.0, 112200.0]
    assert not any(m.is_range for m in find_amounts(text))


@pytest.mark.parametrize(
    "text",
    [
        "Toimenpiteen kustannusarvio: 200 – 4 000 euroa",
        "13–25-vuotiaat nuoret voivat hakea 100–500 euron tukea",
        "tuki on välillä 1 000 ja 5 000 euroa",
    ],
)
def test_ranges_are_flagged(text: str) -> None:
    found = find_amounts(text)
    assert found and all(m.is_range for m in found)


def test_money_is_frozen() -> None:
    m = Money(1.0, False, 0, 1, "1 €")
    with pytest.raises(AttributeError):
        m.amount = 2.0  # type: ignore[misc]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_find_amounts_never_raises_and_is_positive(text: str) -> None:
    for m in find_amounts(text):
        assert math.isfinite(m.amount) and m.amount > 0
        assert 0 <= m.start < m.end <= len(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 ,.€%-–euroamiljnEUR\u00a0\u202f"))))
def test_parse_amount_never_raises_on_numberish_text(text: str) -> None:
    value = parse_amount(text)
    assert value is None or (math.isfinite(value) and value > 0)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=999_999_999), st.sampled_from([" ", NBSP, NNBSP]))
def test_thousands_round_trip(n: int, sep: str) -> None:
    written = f"{n:,}".replace(",", sep)
    assert parse_amount(written) == float(n)
    found = find_amounts(f"Tuki on {written} euroa.")
    assert [m.amount for m in found] == [float(n)]


def test_a_budget_broken_down_gives_its_total_and_the_named_share():
    from pipeline.extract import funding as fx

    assert fx.budget_from_text("Budjetti", "103 600 €, josta Esimerkki ry:n osuus 88 600 €") == 103600.0
    assert fx.budget_from_text("Budjetti", "50 000 € ja 60 000 €") is None  # two amounts, no breakdown
    (_, f), = fx.funding_from_text("Kokonaisbudjetti on 40 000 euroa, josta Esimerkki ry:n osuus on 20 000 euroa.")
    assert f.funder == "Esimerkki ry:n" and f.amount_eur == 20000.0
