"""The label registry: real Finnish, Swedish and English labels and the field each names."""
from __future__ import annotations

import pytest

from pipeline.labels import (
    COLUMNS,
    DETAILS,
    Registry,
    field_by_ending,
    field_of,
    is_contact_label,
    is_label,
    is_totals_label,
    labels_for,
)


@pytest.mark.parametrize(
    "label, field",
    [
        ("Hallinnoija", "owner"), ("Hallinnoija:", "owner"), ("HANKKEEN  HALLINNOIJA", "owner"),
        ("Projektägare", "owner"), ("Lead partner", "owner"), ("Hakija", "applicant"),
        ("Osatoteuttajat", "implementer"), ("Samarbetspartners", "partner"), ("Project partners", "partner"),
        ("Rahoittaja", "funder"), ("Finansiär", "funder"), ("Funded by", "funder"), ("Rahoitus", "funder_or_grant"),
        ("Kokonaisbudjetti", "budget"), ("Projektets budget", "budget"), ("Total costs", "budget"),
        ("Julkinen rahoitus yhteensä", "funding_total"), ("Myönnetty tuki", "grant_amount"),
        ("Haettu tuki", "applied_amount"), ("Toteutusaika", "period"), ("Projekttid", "period"),
        ("Startdatum", "start"), ("End date", "end"), ("Hakuaika", "application"),
        ("Hankkeen nimi", "name"), ("Projektets namn", "name"), ("Tila", "status"), ("Teema", "category"),
        ("Beskrivning", "summary"), ("Kotikunta", "municipality"), ("Yhteyshenkilö", "contact"),
        ("Kontaktperson", "contact"), ("Projektledare", "contact_role"), ("Project manager", "contact_role"),
        ("Tuntematon otsikko", None), ("", None),
    ],
)
def test_field_of(label: str, field: str | None) -> None:
    assert field_of(label) == field


def test_groups_are_separate_uses_of_a_word() -> None:
    # "Nimi:" on a project page is its name; a column headed "Nimi" lists people or companies
    assert field_of("Nimi") == "name"
    assert field_of("Nimi", group=COLUMNS) == "item"
    assert field_of("Hanke", group=COLUMNS) == "name"
    assert field_of("Puh.", group=DETAILS) == "phone"
    assert field_of("Puh.") is None and not is_label("Sähköposti")


def test_labels_for_joins_fields() -> None:
    funders = labels_for("funder", "funder_or_grant")
    assert {"rahoittaja", "rahoitus", "finansiär", "funder"} <= funders
    assert "rahoitus" not in labels_for("funder")
    assert "€" in labels_for("amount", group=COLUMNS)


def test_is_label_and_is_contact_label() -> None:
    assert is_label("Hallinnoija:") and is_label("Toteutusaika") and is_label("Lisätietoja")
    assert not is_label("Hämeenlinnan kaupunki")
    assert is_contact_label("Yhteystiedot:") and not is_contact_label("Projektipäällikkö")


def test_field_by_ending() -> None:
    assert field_by_ending("Hankkeen toteutusaika") == "period"
    assert field_by_ending("Projektets slutdatum") == "end"
    assert field_by_ending("Hankkeen aloituspäivä") == "start"
    assert field_by_ending("Tila") is None


@pytest.mark.parametrize(
    "label, expected",
    [
        ("YHTEENSÄ", True), ("Yht.", True), ("Yhteensä", True), ("Julkinen tuki yhteensä", True),
        ("Totalt", True), ("Total", True), ("Summa", True), ("Kustannukset yhteensä", True), ("Yhteensä €", True),
        ("ESR 70%", False), ("OUKA 30%", False), ("Totalbudget", False), ("Kuntaraha", False), ("", False),
        ("ELY-keskus", False),
    ],
)
def test_is_totals_label(label: str, expected: bool) -> None:
    assert is_totals_label(label) is expected


def test_a_label_listed_under_two_fields_is_an_error() -> None:
    with pytest.raises(ValueError, match="hallinnoija"):
        Registry({"fields": {"owner": ["Hallinnoija"], "funder": ["hallinnoija:"]}})


def test_a_label_listed_twice_under_one_field_is_fine() -> None:
    assert Registry({"fields": {"partner": ["partner", "Partner"]}}).field_of("partner") == "partner"


def test_an_ending_must_be_a_label() -> None:
    with pytest.raises(ValueError, match="endings"):
        Registry({"fields": {"period": ["kesto"]}}, endings=["aika"])


def test_the_data_file_loads() -> None:
    # the duplicate check runs on the real file too
    registry = Registry.from_data()
    assert registry.field_of("Vastuuorganisaatio") == "owner"


def test_extra_labels_for_one_source() -> None:
    base = Registry.from_data()
    extra = base.with_extra({"Toimija": "owner", "Kohde": "name"})
    assert extra.field_of("Toimija:") == "owner" and extra.field_of("kohde") == "name"
    assert "toimija" in extra.labels_for("owner")
    assert base.field_of("Toimija") is None and "toimija" not in base.labels_for("owner")
    assert extra.field_of("Rahoittaja") == "funder"


def test_a_label_of_alternatives_names_what_its_first_known_part_names():
    assert field_of("Hallinnoija / Huvudman") == "owner"
    assert field_of("Hakija / hallinnoija:") == "applicant"
    assert field_of("Toteutusaika / Genomförandetid") == "period"
    assert field_of("Muuta / Övrigt") is None


def test_a_label_of_two_known_labels_joined_by_a_conjunction_names_the_first():
    assert field_of("Hallinnoija ja toteuttaja:") == "owner"
    assert field_of("Huvudman och kontaktperson") == "owner"
    assert field_of("Tavoitteet ja tulokset") is None  # neither part is a label
    assert field_of("Hallinnoija ja muut") is None  # one part is not
