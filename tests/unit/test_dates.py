"""Date-range extractor: the phrases of the corpus and of CONVENTIONS section 3."""
from __future__ import annotations

import logging
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.language.periods import find_period, parse_period, period_label_kind, split_trailing_period
from pipeline.records import Period

D = date


def _tuple(p: Period | None) -> tuple | None:
    if p is None:
        return None
    return (p.start, p.end, p.start_precision, p.end_precision)


DAY = ("day", "day")
YEAR = ("year", "year")
MONTH = ("month", "month")

# --------------------------------------------------------------------------- parse_period

PARSE_CASES = [
    # corpus period strings (hyphen, en dash, spaced dash, zero padding)
    ("1.2.2020-31.1.2022", None, (D(2020, 2, 1), D(2022, 1, 31), *DAY)),
    ("1.1.2021 – 31.10.2022", None, (D(2021, 1, 1), D(2022, 10, 31), *DAY)),
    ("1.10.2016 - 29.2.2020", None, (D(2016, 10, 1), D(2020, 2, 29), *DAY)),
    ("28.11.2022 – 31.12.2024", None, (D(2022, 11, 28), D(2024, 12, 31), *DAY)),
    ("1.5.2020–31.12.2022", "Projekttid", (D(2020, 5, 1), D(2022, 12, 31), *DAY)),
    ("1.12.2022–30.6.2024", "Hankeaika", (D(2022, 12, 1), D(2024, 6, 30), *DAY)),
    ("26.4.2019-31.7.2021", "Toteutusaika", (D(2019, 4, 26), D(2021, 7, 31), *DAY)),
    ("1.9.2020—30.8.2023", None, (D(2020, 9, 1), D(2023, 8, 30), *DAY)),
    ("01.08.2019–31.08.2019", None, (D(2019, 8, 1), D(2019, 8, 31), *DAY)),
    ("1.1.2021\u00a0–\u00a031.10.2022", None, (D(2021, 1, 1), D(2022, 10, 31), *DAY)),
    # year written once, day range inside a month, year boundary
    ("21.2.–30.7.2014", "Toteutusaika", (D(2014, 2, 21), D(2014, 7, 30), *DAY)),
    ("1.–15.3.2021", None, (D(2021, 3, 1), D(2021, 3, 15), *DAY)),
    ("1.12.–28.2.2021", None, (D(2020, 12, 1), D(2021, 2, 28), *DAY)),
    # year precision
    ("2020-2022", None, (D(2020, 1, 1), D(2022, 12, 31), *YEAR)),
    ("2013–2016", None, (D(2013, 1, 1), D(2016, 12, 31), *YEAR)),
    ("2020–21", None, (D(2020, 1, 1), D(2021, 12, 31), *YEAR)),
    ("2021", None, (D(2021, 1, 1), D(2021, 12, 31), *YEAR)),
    ("vuosina 2010-2012", None, (D(2010, 1, 1), D(2012, 12, 31), *YEAR)),
    ("vuoden 2022 aikana", "Toteutusaika", (D(2022, 1, 1), D(2022, 12, 31), *YEAR)),
    # month precision
    ("3/2019–11/2020", None, (D(2019, 3, 1), D(2020, 11, 30), *MONTH)),
    ("tammikuusta 2020 joulukuuhun 2021", None, (D(2020, 1, 1), D(2021, 12, 31), *MONTH)),
    ("maaliskuusta 2019", None, (D(2019, 3, 1), None, "month", None)),
    ("joulukuuhun 2021", None, (None, D(2021, 12, 31), None, "month")),
    ("huhtikuun 2020", None, (D(2020, 4, 1), D(2020, 4, 30), *MONTH)),
    ("huhtikuun 2020 loppuun", None, (None, D(2020, 4, 30), None, "month")),
    ("tammi–maaliskuussa 2020", None, (D(2020, 1, 1), D(2020, 3, 31), *MONTH)),
    ("januari 2020 – mars 2021", "Projektperiod", (D(2020, 1, 1), D(2021, 3, 31), *MONTH)),
    ("May 2019 – April 2021", "Project period", (D(2019, 5, 1), D(2021, 4, 30), *MONTH)),
    ("syksyllä 2017", None, (D(2017, 9, 1), D(2017, 11, 30), *MONTH)),
    ("syksystä 2017 kevääseen 2019", None, (D(2017, 9, 1), D(2019, 5, 31), *MONTH)),
    # day dates with month names
    ("15. maaliskuuta – 30. huhtikuuta 2021", None, (D(2021, 3, 15), D(2021, 4, 30), *DAY)),
    ("1 May 2019 to 30 April 2021", None, (D(2019, 5, 1), D(2021, 4, 30), *DAY)),
    ("15. maaliskuuta 2021", "Alkamispäivä", (D(2021, 3, 15), None, "day", None)),
    # one-sided
    ("1.1.2021 alkaen", None, (D(2021, 1, 1), None, "day", None)),
    ("alkaen 1.3.2021", None, (D(2021, 3, 1), None, "day", None)),
    ("31.08.2019 saakka", None, (None, D(2019, 8, 31), None, "day")),
    ("31.12.2017 mennessä", "Toimenpiteiden toteutusaika", (None, D(2017, 12, 31), None, "day")),
    ("päättyy 28.11.2027", None, (None, D(2027, 11, 28), None, "day")),
    ("t.o.m. 31.12.2022", None, (None, D(2022, 12, 31), None, "day")),
    ("fram till 30.6.2023", None, (None, D(2023, 6, 30), None, "day")),
    ("från 1.3.2021", None, (D(2021, 3, 1), None, "day", None)),
    ("alkaa 1.1.2021, päättyy 31.12.2022", None, (D(2021, 1, 1), D(2022, 12, 31), *DAY)),
    # single dates under start / end labels
    ("1.10.2015", "Aloittamispvm", (D(2015, 10, 1), None, "day", None)),
    ("30.9.2018", "Päättymispvm", (None, D(2018, 9, 30), None, "day")),
    ("2021", "Alkaa", (D(2021, 1, 1), None, "year", None)),
    ("14.03.2023", "Slutdatum", (None, D(2023, 3, 14), None, "day")),
    # impossible days are clamped, precision stays day
    ("1.2.2020-31.11.2021", None, (D(2020, 2, 1), D(2021, 11, 30), *DAY)),
    ("30.2.2020–1.3.2021", None, (D(2020, 2, 29), D(2021, 3, 1), *DAY)),
    ("31.11.2021", "Päättymispvm", (None, D(2021, 11, 30), None, "day")),
    # no period
    ("31.08.2019", None, None),  # a lone day without a label says neither end
    ("1.10.2015", "Toteutusaika", None),
    ("31.12.2022–1.1.2021", None, None),  # start after end
    ("3 vuotta", "Aika", None),
    ("15-29 -vuotiaat", None, None),
    ("Rahoitus 2015 2016 2017 2018 Yht.", None, None),
    ("200 – 4 000 euroa", None, None),
    ("", None, None),
]


@pytest.mark.parametrize("text,label,expected", PARSE_CASES)
def test_parse_period(text: str, label: str | None, expected: tuple | None) -> None:
    assert _tuple(parse_period(text, label)) == expected


def test_parse_period_text_and_warning(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="pipeline.language.periods"):
        p = parse_period("Toteutusaika 1.2.2020-31.11.2021")
    assert p is not None and p.text == "1.2.2020-31.11.2021"
    assert p.warnings and "31.11.2021" in p.warnings[0]
    assert any("clamped" in r.getMessage() for r in caplog.records)


# --------------------------------------------------------------------------- period_label_kind

LABEL_CASES = [
    ("Toteutusaika", "period"), ("Hankeaika:", "period"), ("Hankkeen kesto", "period"), ("Kesto", "period"),
    ("Aikataulu", "period"), ("Projektiaika", "period"), ("Ajankohta", "period"), ("Toteutusajankohta", "period"),
    ("Toimenpiteiden toteutusaika", "period"), ("Hankkeen toteutusaika", "period"), ("Projekttid", "period"),
    ("Projektperiod", "period"), ("Genomförandetid", "period"), ("Project period", "period"), ("Duration", "period"),
    ("Aloittamispvm", "start"), ("Alkamispvm", "start"), ("Aloituspäivä", "start"), ("Alkaa", "start"),
    ("Startdatum", "start"), ("Start date:", "start"), ("Päättymispvm", "end"), ("Loppumispvm", "end"),
    ("Päättyy", "end"), ("Slutdatum", "end"), ("End date", "end"), ("TOTEUTUSAIKA:", "period"),
    ("Hakuaika", None), ("Hallinnoija", None), ("Rahoittaja", None), ("Julkaistu", None), ("", None),
]


@pytest.mark.parametrize("label,kind", LABEL_CASES)
def test_period_label_kind(label: str, kind: str | None) -> None:
    assert period_label_kind(label) == kind


# --------------------------------------------------------------------------- find_period

FIND_POSITIVE = [
    ("Hämeenlinnan kaupungin ”Uudistuva kylä kaupungissa” -hanke toteutettiin vuosina 2010-2012. "
     "Hankkeessa rakennettiin konkreettisia tapoja.", (D(2010, 1, 1), D(2012, 12, 31), *YEAR)),
    ("Ihmislähtöiset palveluverkot – DigiPAVe 2.0 -kehittämishanke toteutettiin laajassa "
     "sidosryhmäyhteistyössä vuosina 2020-2022.", (D(2020, 1, 1), D(2022, 12, 31), *YEAR)),
    ("Myönnetty tuki on 48 001,87 euroa. Projektin toteutusaika päättyy 28.11.2027. ELY-keskus voi maksaa "
     "tuen useassa erässä.", (None, D(2027, 11, 28), None, "day")),
    ("Työ jatkuu Liikkuvaa arjen design – Pyöräkeskuksesta 2.0 pyöräilykaupunkiin -projektissa 2013–2016.",
     (D(2013, 1, 1), D(2016, 12, 31), *YEAR)),
    ("Tutkimushanke (2013–2016) selvitti asiaa.", (D(2013, 1, 1), D(2016, 12, 31), *YEAR)),
    ("Hanke kestää 1.1.2021–31.12.2022.", (D(2021, 1, 1), D(2022, 12, 31), *DAY)),
    ("Hanketta toteutetaan ajalla 1.5.2020–31.12.2022.", (D(2020, 5, 1), D(2022, 12, 31), *DAY)),
    ("Projekttid: 1.10.2016 - 29.2.2020", (D(2016, 10, 1), D(2020, 2, 29), *DAY)),
    ("Hanke on käynnissä 1.3.2021 alkaen.", (D(2021, 3, 1), None, "day", None)),
    ("Hanke jatkuu 31.08.2019 saakka.", (None, D(2019, 8, 31), None, "day")),
    ("Hanke alkaa 1.1.2021 ja päättyy 31.12.2022.", (D(2021, 1, 1), D(2022, 12, 31), *DAY)),
    ("Projektet pågår från januari 2020 till mars 2021.", (D(2020, 1, 1), D(2021, 3, 31), *MONTH)),
    ("The project runs from May 2019 to April 2021.", (D(2019, 5, 1), D(2021, 4, 30), *MONTH)),
    ("Hanke toteutetaan vuoden 2022 aikana.", (D(2022, 1, 1), D(2022, 12, 31), *YEAR)),
]


@pytest.mark.parametrize("text,expected", FIND_POSITIVE)
def test_find_period(text: str, expected: tuple) -> None:
    assert _tuple(find_period(text)) == expected


FIND_NEGATIVE = [
    "Rahoituspäätös ELY-keskuksen päätös 19.12.2019",
    "Hallituksen kokous 31.8.2015, Utajärvi",
    "Kaupunginhallitus 16.06.2025 § 226",
    "Hallituksen seuraava kokous pidetään 15.10.2015.",
    "Kehittämishankkeiden luettelo 26.10.2021",
    "Hämeenlinnan Kylä kaupungissa -projektin väliraportti (15.9.2011)",
    "Väliraportti 1 Mitä tiedetään asiakkaiden tarpeista (2011)",
    "Julkaistu 2.9.2014",
    "Päivitetty 20.1.2015",
    "Senast uppdaterad 14.03.2023",
    "Raportti luotu: 5.3.2024 klo 10.12",
    "Pohjois-Pohjanmaan liitto on ottanut käsittelyyn ajalla 1.9.–30.11.2023 saapuneet JTF-hankehakemukset.",
    "Hankkeen haku päättyy 30.11.2023.",
    "Salkku Kaupunkikulttuurisalkku 2014-2020",
    "Hanke alkoi osana Julkishallinnon johtamisohjelmaa (2010-2011), jonka yhtenä osa-alueena on palvelu.",
    "Uudistuva ja osaava Suomi 2021–2027 -ohjelma: saapuneet JTF-hankehakemukset",
    "Juuassa rakennettiin tammikuussa 2014 jäästä ja pykriitistä kupoli.",
    "Vuodelle 2015 suunnitellaan uutta jääprojektia.",
    "Avustus on myönnetty vuodelle 2020.",
    "Kohderyhmänä ovat 15-29 -vuotiaat oululaiset.",
    "Hanke liittyi World Design Capital Helsinki 2012 -vuoden viralliseen ohjelmaan.",
    "Kanta-Hämeen Oikeus Oppia -hankkeessa on vuonna 2021 mukana seitsemän kaupunkia.",
    "pienelintarvikeyritykset (Äkta Smak 2020)",
    "Hanke kestää kolme vuotta.",
    "kesto 3 vuotta",
    "Hanke saadaan käyntiin vielä tämän vuoden aikana.",
    "Kuusi kasvukaupunkia jakaa vuosina 2016–2018 yhteensä 15 miljoonaa euroa valtion kehittämisrahaa.",
    "Tavoitteena on talouden tasapaino vuoden 2021 loppuun mennessä.",
    "Toimenpiteen kustannukset ovat 200 – 4 000 euroa.",
    "",
]


@pytest.mark.parametrize("text", FIND_NEGATIVE)
def test_find_period_rejects(text: str) -> None:
    assert find_period(text) is None


# --------------------------------------------------------------------------- split_trailing_period

SPLIT_CASES = [
    ("Teemme yhdessä! (2020-2022)", "Teemme yhdessä!", (D(2020, 1, 1), D(2022, 12, 31), *YEAR)),
    ("Valinnanvapauskokeilu Hämeenlinnassa (31.08.2019 saakka)", "Valinnanvapauskokeilu Hämeenlinnassa",
     (None, D(2019, 8, 31), None, "day")),
    ("Ihmislähtöiset palveluverkot -hanke 2020-2022", "Ihmislähtöiset palveluverkot -hanke",
     (D(2020, 1, 1), D(2022, 12, 31), *YEAR)),
    ("Digiagendan toteuttaminen (1.2.2020-31.11.2021)", "Digiagendan toteuttaminen",
     (D(2020, 2, 1), D(2021, 11, 30), *DAY)),
    ("Avoin kunta – asukas keskiössä (1.1.2021 – 31.10.2022)", "Avoin kunta – asukas keskiössä",
     (D(2021, 1, 1), D(2022, 10, 31), *DAY)),
    ("Kerhoiloa 2021! (1.1.2021–31.12.2021)", "Kerhoiloa 2021!", (D(2021, 1, 1), D(2021, 12, 31), *DAY)),
    ("Digikilta 3 – innovatiivisten oppimisympäristöjen edistäminen esi- ja perusopetuksessa (1.1.2021–31.7.2023)",
     "Digikilta 3 – innovatiivisten oppimisympäristöjen edistäminen esi- ja perusopetuksessa",
     (D(2021, 1, 1), D(2023, 7, 31), *DAY)),
    ("Kerhoiloa 2021!", "Kerhoiloa 2021!", None),
    ("Centrian testaustoiminnan kehittäminen 2.0", "Centrian testaustoiminnan kehittäminen 2.0", None),
    ("Suomi-neidon Tunturi-Lappi100", "Suomi-neidon Tunturi-Lappi100", None),
    ("Digikilta 3 – innovatiivisten oppimisympäristöjen edistäminen",
     "Digikilta 3 – innovatiivisten oppimisympäristöjen edistäminen", None),
    ("International talents in Kanta-Häme (HAMK)", "International talents in Kanta-Häme (HAMK)", None),
    ("Hämeenlinnan Kylä kaupungissa -projektin väliraportti (15.9.2011)",
     "Hämeenlinnan Kylä kaupungissa -projektin väliraportti (15.9.2011)", None),
    ("Ihmislähtöiset palveluverkot -hanke 2020-2022 – DigiPAVe 2.0",
     "Ihmislähtöiset palveluverkot -hanke 2020-2022 – DigiPAVe 2.0", None),
]


@pytest.mark.parametrize("title,name,expected", SPLIT_CASES)
def test_split_trailing_period(title: str, name: str, expected: tuple | None) -> None:
    got_name, period = split_trailing_period(title)
    assert got_name == name
    assert _tuple(period) == expected


# --------------------------------------------------------------------------- properties


def _sound(p: Period | None) -> None:
    if p is None:
        return
    assert isinstance(p, Period)
    assert p.start is not None or p.end is not None
    for d, prec in ((p.start, p.start_precision), (p.end, p.end_precision)):
        if d is not None:
            assert isinstance(d, date) and 1800 <= d.year <= 2200
            assert prec in ("day", "month", "year")
        else:
            assert prec is None
    if p.start and p.end:
        assert p.start <= p.end


_pieces = st.sampled_from(
    ["1.2.2020", "31.11.2021", "21.2.", "–", "-", " - ", "2020", "2022", "3/2019", "alkaen", "saakka", "päättyy",
     "maaliskuusta", "joulukuuhun", "syksyllä", "May", "mars", "(", ")", "hanke", "vuosina", " ", "ja", "0.0.2020",
     "99.99.9999", "30.2.", "2019-02-30", "1.–", "tammi–", "kuu", "\u00a0", "\n"]
)
_texts = st.one_of(st.text(max_size=80), st.lists(_pieces, max_size=12).map(" ".join),
                   st.lists(_pieces, max_size=12).map("".join))


@settings(max_examples=300, deadline=None)
@given(_texts, st.sampled_from([None, "Toteutusaika", "Alkamispvm", "Päättymispvm", "Hallinnoija"]))
def test_parse_period_never_raises(text: str, label: str | None) -> None:
    _sound(parse_period(text, label))


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_find_and_split_never_raise(text: str) -> None:
    _sound(find_period(text))
    name, p = split_trailing_period(text)
    assert isinstance(name, str)
    _sound(p)


def test_a_swedish_date_with_its_article():
    p = find_period("Projektet pågår från den 1 augusti 2023 till den 30 juni 2024.")
    assert (p.start, p.end) == (date(2023, 8, 1), date(2024, 6, 30))
    assert find_period("Projektet startar den 1.3.2025.").start == date(2025, 3, 1)
