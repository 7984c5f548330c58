"""Contacts extractor: e-mails, phones, and people read from block shapes of real pages.

The block lists mirror what the parsers emit for the corpus pages (HTML paragraphs
with <br> lines, label/value fields, contact cards, PDF cells with wrapped lines), but
the names and numbers are only test data: nothing in the extractor knows them.
"""
from __future__ import annotations

import re

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.contacts import (
    contacts_from_blocks,
    find_email_pattern,
    find_emails,
    find_phones,
    infer_email,
    normalise_phone,
)
from pipeline.parse.blocks import Block, Link
from pipeline.records import Contact


def P(text: str, **kw) -> Block:
    return Block(kind="paragraph", text=text, **kw)


def H(text: str, level: int = 2, **kw) -> Block:
    return Block(kind="heading", text=text, level=level, **kw)


def F(label: str, text: str, **kw) -> Block:
    return Block(kind="field", label=label, text=text, **kw)


def LI(text: str, **kw) -> Block:
    return Block(kind="list_item", text=text, **kw)


def C(name, title=None, organisation=None, email=None, email_inferred=False, phone=None) -> Contact:
    return Contact(name, title, organisation, email, email_inferred, phone)


# --------------------------------------------------------------------------- e-mails


@pytest.mark.parametrize(
    "text, expected",
    [
        ("jari.harvio(at)hameenlinna.fi", ["jari.harvio@hameenlinna.fi"]),
        ("Sähköposti heidi.saaristo-levin [at] pargas.fi", ["heidi.saaristo-levin@pargas.fi"]),
        ("Sähköposti charlotte.koivisto(a)pargas.fi", ["charlotte.koivisto@pargas.fi"]),
        ("matti.virtanen (ät) oulu.fi", ["matti.virtanen@oulu.fi"]),
        ("matti.virtanen at oulu.fi", ["matti.virtanen@oulu.fi"]),
        ("jaana.virtanen (at) turku (dot) fi", ["jaana.virtanen@turku.fi"]),
        ("Jari.Heikkila@HMLEDU.FI.", ["jari.heikkila@hmledu.fi"]),
        ("a@b.fi, a@b.fi ja c.d@e.fi", ["a@b.fi", "c.d@e.fi"]),
        ("puh. (03) 621 2555, etunimi.sukunimi@hameenlinna.fi", []),
        ("e-post förnamn.efternamn@pargas.fi", []),
        ("Look at example.com for details", []),
        ("a@b", []),
        ("", []),
    ],
)
def test_find_emails(text, expected):
    assert find_emails(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("etunimi.sukunimi@hameenlinna.fi", "hameenlinna.fi"),
        ("sähköpostit muotoa etunimi.sukunimi (at) ouka.fi", "ouka.fi"),
        ("Sähköposti: etunimi.sukunimi (at) ouka.fi.", "ouka.fi"),
        ("e-post förnamn.efternamn@pargas.fi", "pargas.fi"),
        ("Sähköposti muotoa etunimi.sukunimi@pargas.fi", "pargas.fi"),
        ("firstname.lastname@x.fi", "x.fi"),
        ("jari.harvio@hameenlinna.fi", None),
        ("ei mallia", None),
    ],
)
def test_find_email_pattern(text, expected):
    assert find_email_pattern(text) == expected


@pytest.mark.parametrize(
    "name, domain, expected",
    [
        ("Markku Rimpelä", "hameenlinna.fi", "markku.rimpela@hameenlinna.fi"),
        ("Kirsti Mäensivu", "hameenlinna.fi", "kirsti.maensivu@hameenlinna.fi"),
        ("Heidi Saaristo-Levin", "pargas.fi", "heidi.saaristo-levin@pargas.fi"),
        ("Laura Huhtinen-Hildén", "metropolia.fi", "laura.huhtinen-hilden@metropolia.fi"),
        ("Åsa Öhman", "pargas.fi", "asa.ohman@pargas.fi"),
        ("Anna Maija Liisa Virtanen", "OUKA.FI", "anna.virtanen@ouka.fi"),
        ("Jouni Jäkkö", "hameenlinna.fi", "jouni.jakko@hameenlinna.fi"),
    ],
)
def test_infer_email(name, domain, expected):
    assert infer_email(name, domain) == expected


# --------------------------------------------------------------------------- phones


@pytest.mark.parametrize(
    "text, expected",
    [
        ("(03) 621 2555", "+35836212555"),
        ("040-133 4540", "+358401334540"),
        ("0400 877 570", "+358400877570"),
        ("+358 400 628 183", "+358400628183"),
        ("+358405790639", "+358405790639"),
        ("p. 050 346 8537", "+358503468537"),
        ("puh. 044 703 8307", "+358447038307"),
        ("Puh. 040\u00a0821 6403", "+358408216403"),
        ("tfn 040 488 5977", "+358404885977"),
        ("tel. +358 9 310 1691", "+35893101691"),
        ("2020-2022", None),
        ("12.5.2020", None),
        ("68 850", None),
        ("hello", None),
        ("", None),
    ],
)
def test_normalise_phone(text, expected):
    assert normalise_phone(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jari Ylinen, Kehityspolut Oy, puh. 0400 877 570", ["+358400877570"]),
        ("Jari Eskola, LAKES, puh. 040\u00a0821 6403", ["+358408216403"]),
        ("Hanna Jakku, p. 050 346 8537 ja Antti Takalo, p. 044 703 8278.", ["+358503468537", "+358447038278"]),
        ("Yhteyshenkilö: Hankeneuvoja, +358 400 628 183", ["+358400628183"]),
        ("puh. 040 821 6403 1.10.2015", ["+358408216403"]),
        ("puh. 09 123 4567, faksi 09 123 4568", ["+35891234567"]),
        ("Vaihde (03) 6211", []),
        ("Puhelinvaihde 0294 618 991", []),
        ("Telefax 09 123 4567", []),
        ("Hankeaika 1.2.2020-31.1.2022", []),
        ("Hanke (2020-2022)", []),
        ("Myönnetty tuki on 48 001,87 euroa", []),
        ("valtionavustus 68 850 €", []),
        ("294/02.05.03/2025", []),
        ("Itämerenkatu 11–13, PL 160, 00181 Helsinki", []),
        ("ESR 70% 50 722 220 231 220 231 173 470 664 655", []),
    ],
)
def test_find_phones(text, expected):
    assert find_phones(text) == expected


# --------------------------------------------------------------------------- contacts: shapes

HML = "hameenlinna.fi"

# The Oulu record's contacts, read the same from the HTML value and the PDF's wrapped lines.
OULU_CONTACTS = [
    C("Jaakko Jokipii", "projektipäällikkö", "Sivistys- ja kulttuuripalvelut/projektitoimisto",
      "jaakko.jokipii@ouka.fi", True, "+358447038307"),
    C("Jarmo Laitinen", "Vastuullinen johtaja, suunnittelupäällikkö",
      "Sivistys- ja kulttuuripalvelut/projektitoimisto", "jarmo.laitinen@ouka.fi", True, "+358447038263"),
    C("Hanna Jakku", "projektityöntekijä", "Sivistys- ja kulttuuripalvelut/projektitoimisto",
      "hanna.jakku@ouka.fi", True, "+358503468537"),
    C("Antti Takalo", "projektityöntekijä", "Sivistys- ja kulttuuripalvelut/projektitoimisto",
      "antti.takalo@ouka.fi", True, "+358447038278"),
]

CASES = {
    # <p><strong>Yhteyshenkilö:</strong><br>Projektipäällikkö X<br><a href=mailto:…>…</a></p>
    "title-before-name": (
        [P("Hankkeessa kehitetään palveluita."),
         P("Yhteyshenkilö:\nProjektipäällikkö Hilkka Luukkonen\nhilkka.luukkonen@hameenlinna.fi",
           links=(Link("hilkka.luukkonen@hameenlinna.fi", "mailto:hilkka.luukkonen@hameenlinna.fi"),))],
        None,
        [C("Hilkka Luukkonen", "Projektipäällikkö", email="hilkka.luukkonen@hameenlinna.fi")],
    ),
    "title-after-name": (
        [P("Yhteyshenkilö:\nJari Harvio, digikehittämispäällikkö\njari.harvio@hameenlinna.fi")],
        None,
        [C("Jari Harvio", "digikehittämispäällikkö", email="jari.harvio@hameenlinna.fi")],
    ),
    "obfuscated-no-title": (
        [P("Yhteyshenkilö:\nJari Harvio\njari.harvio(at)hameenlinna.fi")],
        HML,
        [C("Jari Harvio", email="jari.harvio@hameenlinna.fi")],
    ),
    "label-with-qualifier": (
        [P("Yhteyshenkilö Hämeenlinnassa:\nJouni Jäkkö, tietohallintojohtaja\njouni.jakko@hameenlinna.fi")],
        None,
        [C("Jouni Jäkkö", "tietohallintojohtaja", email="jouni.jakko@hameenlinna.fi")],
    ),
    "field-label": (
        [F("Yhteyshenkilö", "Jari Heikkilä, luokanopettaja\njari.heikkila@hmledu.fi")],
        HML,
        [C("Jari Heikkilä", "luokanopettaja", email="jari.heikkila@hmledu.fi")],
    ),
    "label-paragraph-then-people": (
        [P("Yhteyshenkilöt"),
         P("strategiapäällikkö Jari Pekuri\njari.pekuri@hameenlinna.fi"),
         P("ilmastokoordinaattori Arttu Hallberg\narttu.hallberg@hameenlinna.fi")],
        None,
        [C("Jari Pekuri", "strategiapäällikkö", email="jari.pekuri@hameenlinna.fi"),
         C("Arttu Hallberg", "ilmastokoordinaattori", email="arttu.hallberg@hameenlinna.fi")],
    ),
    # Sitra: inline pattern per person, organisation parts, a link paragraph ends the list,
    # the "ihmiset" card under "Ota yhteyttä" gives name + title only.
    "sitra-lines-and-card": (
        [P("Lisätietoja:\nHämeenlinnan kaupungin sivuilla Uudistuva kylä kaupungissa -projekti"),
         P("Yhteyshenkilöt:"),
         P("Markku Rimpelä, tilaajajohtaja, Hämeenlinnan kaupunki, puh. (03) 621 2555, etunimi.sukunimi@hameenlinna.fi"),
         P("Kirsti Mäensivu, kehittämisyksikön johtaja, Hyvinvointipalvelujen kehittämisyksikkö, "
           "Hämeenlinnan kaupunki, puh. (03) 621 2213 etunimi.sukunimi@hameenlinna.fi"),
         P("Hämeenlinnan Kylä kaupungissa -projektin väliraportti (15.9.2011)",
           links=(Link("Hämeenlinnan Kylä kaupungissa -projektin väliraportti (15.9.2011)", "https://x.fi/r.pdf"),)),
         H("Ota yhteyttä"),
         F("ihmiset", "Marja Pirttivaara\nJohtava asiantuntija, Reilu datatalous")],
        HML,  # the page-wide pattern is the one written beside these people: not for the card
        [C("Markku Rimpelä", "tilaajajohtaja", "Hämeenlinnan kaupunki", "markku.rimpela@hameenlinna.fi", True,
           "+35836212555"),
         C("Kirsti Mäensivu", "kehittämisyksikön johtaja",
           "Hyvinvointipalvelujen kehittämisyksikkö, Hämeenlinnan kaupunki", "kirsti.maensivu@hameenlinna.fi",
           True, "+35836212213"),
         C("Marja Pirttivaara", "Johtava asiantuntija")],
    ),
    "lisatietoja-two-lines": (
        [P("Hanke toteutetaan yhteistyössä LAKESin ja Kehityspolut Oy:n kanssa."),
         F("Lisätietoja", "Jari Ylinen, Kehityspolut Oy, puh. 0400 877 570\nJari Eskola, LAKES, puh. 040\u00a0821 6403"),
         H("Julkaisut")],
        None,
        [C("Jari Ylinen", organisation="Kehityspolut Oy", phone="+358400877570"),
         C("Jari Eskola", organisation="LAKES", phone="+358408216403")],
    ),
    "card-heading-then-title": (
        [H("Ota yhteyttä"), P("ihmiset"), H("Pia Mero", 3), P("Asiantuntija, Ennakointi ja strategia"),
         H("Mistä on kyse?")],
        None,
        [C("Pia Mero", "Asiantuntija")],
    ),
    # Oulu: one long value: organisation lead, titles before names, plural title, pattern.
    "oulu-one-line": (
        [F("Yhteyshenkilöt",
           "Sivistys- ja kulttuuripalvelut/projektitoimisto: projektipäällikkö Jaakko Jokipii, p. 044 703 8307. "
           "Vastuullinen johtaja, suunnittelupäällikkö Jarmo Laitinen, p. 044 703 8263. Projektityöntekijät: "
           "Hanna Jakku, p. 050 346 8537 ja Antti Takalo, p. 044 703 8278. Sähköposti: etunimi.sukunimi (at) ouka.fi.")],
        None,
        OULU_CONTACTS,
    ),
    # The same value printed in a PDF: a name and a phone wrap over two lines.
    "oulu-pdf-wrapped": (
        [F("Yhteyshenkilöt",
           "Sivistys- ja kulttuuripalvelut/projektitoimisto: projektipäällikkö Jaakko\nJokipii, p. 044 703 8307. "
           "Vastuullinen johtaja, suunnittelupäällikkö\nJarmo Laitinen, p. 044 703 8263. Projektityöntekijät: "
           "Hanna Jakku, p.\n050 346 8537 ja Antti Takalo, p. 044 703 8278. Sähköposti:\netunimi.sukunimi (at) ouka.fi.",
           page=2)],
        None,
        OULU_CONTACTS,
    ),
    "title-heading-over-list": (
        [H("Yhteyshenkilöt"), P("Kulttuuripalvelut"), H("Projektityöntekijät", 3),
         LI("Maija Mallikas, p. 040 111 2233"), LI("Teemu Testaaja, p. 040 111 2244")],
        None,
        [C("Maija Mallikas", "projektityöntekijä", "Kulttuuripalvelut", phone="+358401112233"),
         C("Teemu Testaaja", "projektityöntekijä", "Kulttuuripalvelut", phone="+358401112244")],
    ),
    "swedish-role-field": (
        [F("Projekttid", "1.10.2016 - 29.2.2020"), F("Projektledare i Pargas", "James Simpson, tfn 040 488 5977")],
        "pargas.fi",
        [C("James Simpson", "Projektledare", email="james.simpson@pargas.fi", email_inferred=True,
           phone="+358404885977")],
    ),
    "swedish-facts-paragraph": (
        [P("Projekttid: 1.10.2016 - 29.2.2020\nTotalbudget: Cirka 1,5 miljoner euro\n"
           "Projektledare i Pargas: James Simpson, tfn 040 488 5977")],
        None,
        [C("James Simpson", "Projektledare", phone="+358404885977")],
    ),
    "news-lisatietoja": (
        [P("Teknisen toimen johtaja Markku Järvelä pitää päätöstä odotusten mukaisena."),
         P("Järvelän mukaan rahoituspäätös vahvistaa uskoa hankkeeseen."),
         P("Lisätietoja:\nteknisen toimen johtaja Markku Järvelä, Vaasan kaupunki")],
        None,
        [C("Markku Järvelä", "teknisen toimen johtaja", "Vaasan kaupunki")],
    ),
    "sidebar-fact": (
        [F("Hallinnoija", "Juuan kunta"),
         F("Yhteyshenkilö", "Virpi Kirjavainen, projektisuunnittelija, Juuan kunta", region="aside")],
        None,
        [C("Virpi Kirjavainen", "projektisuunnittelija", "Juuan kunta")],
    ),
    # d05: card rows as separate blocks (the HTML parser's shape) …
    "cards-as-blocks": (
        [H("Yhteyshenkilöt"),
         P("Heidi Saaristo-Levin"), P("kaavoituspäällikkö"), F("Puh.", "040 488 5888"),
         F("Sähköposti", "heidi.saaristo-levin [at] pargas.fi"),
         P("Charlotte Koivisto"), P("kaavoittaja"), F("Puh.", "040 488 5906"),
         F("Sähköposti", "charlotte.koivisto(a)pargas.fi"),
         P("Päivitetty 12.04.2023")],
        "pargas.fi",
        [C("Heidi Saaristo-Levin", "kaavoituspäällikkö", email="heidi.saaristo-levin@pargas.fi",
           phone="+358404885888"),
         C("Charlotte Koivisto", "kaavoittaja", email="charlotte.koivisto@pargas.fi", phone="+358404885906")],
    ),
    # … and as one list item per card.
    "cards-as-list-items": (
        [H("Yhteyshenkilöt"),
         LI("Heidi Saaristo-Levin\nkaavoituspäällikkö\nPuh. 040 488 5888\nSähköposti heidi.saaristo-levin [at] pargas.fi"),
         LI("Charlotte Koivisto\nkaavoittaja\nPuh. 040 488 5906\nSähköposti charlotte.koivisto(a)pargas.fi")],
        None,
        [C("Heidi Saaristo-Levin", "kaavoituspäällikkö", email="heidi.saaristo-levin@pargas.fi",
           phone="+358404885888"),
         C("Charlotte Koivisto", "kaavoittaja", email="charlotte.koivisto@pargas.fi", phone="+358404885906")],
    ),
    # Minutes: "Lisätietoja päätöksestä", title from the "Valmistelija" row, pattern in the row.
    "minutes-fields": (
        [F("Hakija", "Kurun lähiruoka ry – lähiruokaprojekti"),
         F("Valmistelija", "talousjohtaja Juha Liinavuori"),
         F("Lisätietoja päätöksestä", "Juha Liinavuori, 040-133 4540, etunimi.sukunimi@ylojarvi.fi"),
         F("Esittelijä", "Kaupunginjohtaja")],
        None,
        [C("Juha Liinavuori", "talousjohtaja", email="juha.liinavuori@ylojarvi.fi", email_inferred=True,
           phone="+358401334540")],
    ),
    "minutes-pdf-paragraphs": (
        [P("Valmistelija talousjohtaja Juha Liinavuori", page=1),
         P("Lisätietoja Juha Liinavuori, 040-133 4540, etunimi.sukunimi@ylojarvi.fi\npäätöksestä", page=1)],
        None,
        [C("Juha Liinavuori", "talousjohtaja", email="juha.liinavuori@ylojarvi.fi", email_inferred=True,
           phone="+358401334540")],
    ),
    # Brochure column: role lines under a heading, a "Vastuuhenkilö:" lead; prose roles ignored.
    "brochure-role-lines": (
        [P("Projektijohtajana toimii koulutusvastaava, musiikkikasvatuksen lehtori Laura Huhtinen-Hildén. "
           "Vastuullinen johtaja on Kulttuuri ja luova ala -klusterin johtaja Tuire Ranta-Meyer."),
         H("Yhteyshenkilöt", 3),
         P("Projektijohtaja Laura Huhtinen-Hildén\nVastuullinen johtaja Tuire Ranta-Meyer\n"
           "Projektipäällikkö Anna-Maija Iskanius")],
        None,
        [C("Laura Huhtinen-Hildén", "Projektijohtaja"), C("Tuire Ranta-Meyer", "Vastuullinen johtaja"),
         C("Anna-Maija Iskanius", "Projektipäällikkö")],
    ),
    "vastuuhenkilo-lead": (
        [P("Yhteyshenkilöt\nProjektipäällikkö Päivi Fredriksson\nVastuuhenkilö: johtaja Tuire Ranta-Meyer")],
        None,
        [C("Päivi Fredriksson", "Projektipäällikkö"), C("Tuire Ranta-Meyer", "johtaja")],
    ),
    "plan-field-with-org-ry": (
        [F("Hakija", "Tuusulanjärven Matkailu ry (TUMA)"),
         F("Yhteyshenkilö", "Marjo Ranta-Irwin, toiminnanjohtaja, Tuusulanjärven Matkailu ry")],
        None,
        [C("Marjo Ranta-Irwin", "toiminnanjohtaja", "Tuusulanjärven Matkailu ry")],
    ),
    # PDF table column "Yhteyshenkilö": a title wraps over two lines inside the cell.
    "table-column": (
        [Block(kind="table", text="", rows=(
            ("Hanke", "Toteutusaika", "Rahoitus", "Yhteyshenkilö"),
            ("Opitaan luonnossa ja luonnosta", "26.4.2019-31.7.2021", "Opetushallitus, valtionavustus\n68 850 €",
             "Elina Kataja, varhaiskasvatuksen\nsuunnittelija\nelina.kataja@hameenlinna.fi")), page=1)],
        None,
        [C("Elina Kataja", "varhaiskasvatuksen suunnittelija", email="elina.kataja@hameenlinna.fi")],
    ),
    "table-row-as-fields": (
        [F("Toteutusaika", "1.2.2020-31.1.2022"),
         F("Yhteyshenkilö", "Hilkka Luukkonen, projektipäällikkö\nhilkka.luukkonen@hameenlinna.fi")],
        None,
        [C("Hilkka Luukkonen", "projektipäällikkö", email="hilkka.luukkonen@hameenlinna.fi")],
    ),
    "person-twice-merged": (
        [F("Yhteyshenkilö", "Jari Harvio\njari.harvio@hameenlinna.fi"),
         P("Lisätietoja:\nJari Harvio, digikehittämispäällikkö, p. 040 111 2233")],
        None,
        [C("Jari Harvio", "digikehittämispäällikkö", email="jari.harvio@hameenlinna.fi", phone="+358401112233")],
    ),
    "contact-card-without-label": (
        [P("Hanke kehittää palveluita."), LI("Maija Mallikas\nprojektikoordinaattori\nPuh. 040 555 1234")],
        None,
        [C("Maija Mallikas", "projektikoordinaattori", phone="+358405551234")],
    ),
    "english-contact": (
        [H("Contact"), P("Project Manager Laura Lehtonen, tel. +358 40 123 4567, laura.lehtonen@x.fi")],
        None,
        [C("Laura Lehtonen", "Project Manager", email="laura.lehtonen@x.fi", phone="+358401234567")],
    ),
}


@pytest.mark.parametrize("blocks, pattern, expected", CASES.values(), ids=list(CASES))
def test_contacts_from_blocks(blocks, pattern, expected):
    assert contacts_from_blocks(blocks, email_pattern=pattern) == expected


NOT_CONTACTS = {
    "role-only-lines": [F("Yhteyshenkilö", "Toiminnanjohtaja, +358405790639"),
                        F("Yhteyshenkilö", "Hankeneuvoja, +358 400 628 183")],
    "footer-switchboard": [P("Sitra\nItämerenkatu 11–13, PL 160, 00181 Helsinki\nPuhelinvaihde 0294 618 991\n"
                             "kirjaamo@sitra.fi", region="footer")],
    "registry-only": [P("Lisätietoja:\nkirjaamo@hameenlinna.fi\nVaihde (03) 6211")],
    "quoted-in-prose": [P("Teknisen toimen johtaja Markku Järvelä pitää päätöstä odotusten mukaisena.")],
    "steering-group": [P("Ohjausryhmässä osatoteuttajakaupunkeja edustavat kulttuurijohtaja Annukka Larkio "
                         "(Vantaa), osastopäällikkö Marianna Kajantie (Helsinki).")],
    "lisatietoja-links-only": [P("Lisätietoja:\nHämeenlinnan kaupungin sivuilla Uudistuva kylä kaupungissa -projekti\n"
                                 "– Facebookissa Kylä kaupungissa Hämeenlinna -sivut")],
    "lisatietoa-status": [P("Lisätietoa:\nHanke päättynyt")],
    "pattern-line-only": [P("Sähköpostit muotoa etunimi.sukunimi@pargas.fi")],
    "labels-are-not-names": [H("Yhteyshenkilöt"), P("Puh. Sähköposti"), P("Lisätietoja Projektipäällikkö"),
                             P("Ota Yhteyttä")],
    "organisation-is-not-a-person": [F("Yhteyshenkilö", "Tuusulanjärven Matkailu ry, p. 040 111 2233")],
    "aside-card": [P("Siv Holmgren\nprojektikoordinaattori\nPuh. 040 352 3799", region="aside")],
    "prose-role": [P("Projektipäällikkö vastaa hankkeen arjesta ja raportoinnista.")],
}


@pytest.mark.parametrize("blocks", NOT_CONTACTS.values(), ids=list(NOT_CONTACTS))
def test_not_contacts(blocks):
    assert contacts_from_blocks(blocks, email_pattern="x.fi") == []


def test_written_address_wins_over_pattern():
    blocks = [F("Yhteyshenkilö", "Jari Heikkilä, luokanopettaja\njari.heikkila@hmledu.fi")]
    assert contacts_from_blocks(blocks, email_pattern="hameenlinna.fi")[0].email == "jari.heikkila@hmledu.fi"


def test_pattern_not_applied_to_other_organisation():
    blocks = [F("Lisätietoja", "Jari Ylinen, Kehityspolut Oy, puh. 0400 877 570")]
    (c,) = contacts_from_blocks(blocks, email_pattern="hameenlinna.fi")
    assert c.email is None and not c.email_inferred


def test_pattern_in_segment_prose_applies():
    blocks = [P("Henkilökunnan sähköpostit ovat muotoa etunimi.sukunimi@pargas.fi."),
              F("Kontaktperson", "Siv Holmgren, tfn 040 352 3799")]
    (c,) = contacts_from_blocks(blocks)
    assert (c.email, c.email_inferred) == ("siv.holmgren@pargas.fi", True)


def test_page_blocks_give_title_and_pattern():
    page = [
        P("Mera information om stadens projektverksamhet ger projektkoordinator Siv Holmgren, tfn 040 352 3799, "
          "e-post förnamn.efternamn@pargas.fi"),
        H("Arc Gate"),
        P("Projekttid: 1.5.2020–31.12.2022\nKontaktperson i Pargas: Siv Holmgren, tfn 040 352 3799"),
        H("Digikilta"),
        P("Yhteyshenkilö:\nJari Harvio, digikehittämispäällikkö\njari.harvio@pargas.fi"),
        H("Digiagenda"),
        P("Yhteyshenkilö:\nJari Harvio\njari.harvio@pargas.fi"),
    ]
    assert contacts_from_blocks(page[2:3], page_blocks=page) == [
        C("Siv Holmgren", "projektkoordinator", email="siv.holmgren@pargas.fi", email_inferred=True,
          phone="+358403523799")]
    # A title given in another project's contact entry is not borrowed.
    assert contacts_from_blocks(page[6:7], page_blocks=page) == [C("Jari Harvio", email="jari.harvio@pargas.fi")]


# --------------------------------------------------------------------------- sidebars, field rows, patterns


def test_office_staff_in_sidebar_under_main_contact_heading_are_not_contacts():
    # 8.2: a Leader office's staff in a sidebar card beside the project's "Lisätietoja" section.
    blocks = [
        H("Lisätietoja hankkeesta"),
        F("Kyläseura ry", "puheenjohtaja Olli Esimerkki, p. 040 111 2233"),
        H("Hae rahoitusta", level=3, region="aside"),
        P("Seuraava hakukierros päättyy 15.10.2025.", region="aside"),
        H("Toimisto", level=3, region="aside"),
        P("Toiminnanjohtaja Outi Toimistola\np. 050 222 3344\nouti.toimistola@x.fi", region="aside"),
        P("Hankeneuvoja Kalle Neuvola\np. 050 222 3345", region="aside"),
    ]
    assert [c.name for c in contacts_from_blocks(blocks)] == ["Olli Esimerkki"]


def test_paragraph_contact_section_stops_at_sidebar():
    blocks = [P("Lisätietoja: Olli Esimerkki, p. 040 111 2233"),
              P("Hankeneuvoja Kalle Neuvola\np. 050 222 3345", region="aside")]
    assert [c.name for c in contacts_from_blocks(blocks)] == ["Olli Esimerkki"]


def test_labelled_contact_field_in_sidebar_still_counts():
    blocks = [H("Hankkeen perustiedot", region="aside"),
              F("Yhteyshenkilö", "Tiina Testaaja, projektisuunnittelija, Esimerkin kunta", region="aside")]
    assert contacts_from_blocks(blocks) == [C("Tiina Testaaja", "projektisuunnittelija", "Esimerkin kunta")]


def test_pattern_not_applied_across_organisation_headings():
    # 9.4: the pattern is written under the city's heading; the partner's chair gets no address.
    blocks = [
        H("Yhteystiedot"),
        H("Esimerkin kaupunki", level=3),
        F("Projektipäällikkö", "Anna-Maija Malli, p. 050 123 4567"),
        F("Projektiasiantuntija", "Pekka Perus, p. 040 765 1122"),
        P("Kaupungin henkilöstön sähköpostiosoitteet ovat muotoa etunimi.sukunimi(at)esim.example.fi"),
        H("Esimerkin Yrittäjät ry", level=3),
        F("Puheenjohtaja", "Jouni Kumppani, p. 040 104 5566"),
    ]
    assert contacts_from_blocks(blocks) == [
        C("Anna-Maija Malli", "Projektipäällikkö", "Esimerkin kaupunki", "anna-maija.malli@esim.example.fi", True,
          "+358501234567"),
        C("Pekka Perus", "Projektiasiantuntija", "Esimerkin kaupunki", "pekka.perus@esim.example.fi", True,
          "+358407651122"),
        C("Jouni Kumppani", "Puheenjohtaja", "Esimerkin Yrittäjät ry", phone="+358401045566"),
    ]


def test_title_label_alone_on_its_line_before_the_name():
    blocks = [H("Yhteystiedot"), P("Projektipäällikkö:\nLiisa Lähde, p. 040 222 3344")]
    assert contacts_from_blocks(blocks) == [C("Liisa Lähde", "Projektipäällikkö", phone="+358402223344")]


def test_phone_and_email_fields_after_contact_field():
    # A PDF project card: the person's row, then separate "Puhelin" and "Sähköposti" rows.
    blocks = [
        F("Yhteyshenkilö", "Sari Kortti, projektipäällikkö"),
        F("Puhelin", "044 417 4321"),
        F("Sähköposti", "sari.kortti@x.example.fi"),
        Block(kind="heading", text="Rahoitus (€)", level=2),
        P("Kaupunki | Katu 1 | Vaihde 015 527 000 | kirjaamo@x.example.fi"),
    ]
    assert contacts_from_blocks(blocks) == [
        C("Sari Kortti", "projektipäällikkö", email="sari.kortti@x.example.fi", phone="+358444174321")]


def test_continuation_line_after_contact_field():
    blocks = [F("Kontaktperson", "Eva Exempel, projektledare, Korsholms kommun"),
              P("tfn 050 412 7788, eva.exempel(at)kommun.example.fi"),
              P("Projektet bygger på en förstudie.")]
    assert contacts_from_blocks(blocks) == [
        C("Eva Exempel", "projektledare", "Korsholms kommun", "eva.exempel@kommun.example.fi",
          phone="+358504127788")]


def test_other_field_after_contact_field_is_not_a_row():
    blocks = [F("Yhteyshenkilö", "Sari Kortti, projektipäällikkö"), F("Tila", "Käynnissä"),
              F("Puhelin", "044 417 4321")]
    assert contacts_from_blocks(blocks) == [C("Sari Kortti", "projektipäällikkö")]


def test_card_organisation_line_after_title_line():
    blocks = [H("Contact"), P("Laila Lehto"), P("Project Manager"), P("Example University of Applied Sciences"),
              P("laila.lehto@x.example.fi"), P("+358 50 311 4422")]
    assert contacts_from_blocks(blocks) == [
        C("Laila Lehto", "Project Manager", "Example University of Applied Sciences", "laila.lehto@x.example.fi",
          phone="+358503114422")]


def test_organisation_after_title_in_bold_name_list():
    # <li><strong>Name</strong>, title, organisation<br>puh.<br>mail</li>: the parser makes
    # the bold name a field label; the organisation (head word, any case) follows the title.
    blocks = [H("Yhteyshenkilöt"),
              F("Kaisa Koe", ", erityisasiantuntija, esimerkkiministeriö\npuh. 0295 250 111\nkaisa.koe@m.example.fi"),
              F("Pekka Testi", ", johtava asiantuntija, Suomen Esimerkkikeskus\npuh. 050 366 1122\npekka.testi@k.example.fi"),
              LI("Outi Malli, erityisasiantuntija, Esimerkkiliitto, puh. 040 123 4567")]
    assert contacts_from_blocks(blocks) == [
        C("Kaisa Koe", "erityisasiantuntija", "esimerkkiministeriö", "kaisa.koe@m.example.fi", phone="+358295250111"),
        C("Pekka Testi", "johtava asiantuntija", "Suomen Esimerkkikeskus", "pekka.testi@k.example.fi",
          phone="+358503661122"),
        C("Outi Malli", "erityisasiantuntija", "Esimerkkiliitto", phone="+358401234567")]


def test_title_line_without_organisation_word_sets_no_organisation():
    blocks = [H("Yhteyshenkilöt"), F("Kaisa Koe", ", erityisasiantuntija, Reilu datatalous\npuh. 0295 250 111")]
    assert contacts_from_blocks(blocks) == [C("Kaisa Koe", "erityisasiantuntija", phone="+358295250111")]


@pytest.mark.parametrize("org", ["Föreningen Exempel i Ekenäs rf", "Västra Nylands Seniorer i Ekenäs rf", "Exempel Bygg Ab"])
def test_swedish_association_after_name_is_organisation_not_person(org):
    blocks = [P(f"Kontaktperson: projektkoordinator Eva Exempel, {org}, tfn 044 512 0000, "
                "eva.exempel(at)forening.example.fi")]
    assert contacts_from_blocks(blocks) == [
        C("Eva Exempel", "projektkoordinator", org, "eva.exempel@forening.example.fi", phone="+358445120000")]


def test_no_blocks():
    assert contacts_from_blocks([]) == []


# --------------------------------------------------------------------------- properties

_EMAIL_RE = re.compile(r"^[a-z0-9][a-z0-9._%+'-]*@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$")
_alphabet = st.sampled_from(list("abcdefghijklmnopqrstuvwxyzäöåABCÄÖ0123456789 .,:;-–()[]@+/\n\u00a0€%") +
                            ["(at)", " at ", "[at]", "(a)", "puh. ", "Vaihde ", "040 ", "+358 ", ".fi", "etunimi.sukunimi"])
_texts = st.lists(_alphabet, max_size=60).map("".join)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=200), _texts))
def test_finders_never_raise_and_return_valid_values(text):
    for phone in find_phones(text):
        num = phonenumbers.parse(phone, None)
        assert phonenumbers.is_valid_number(num)
        assert phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164) == phone
    for email in find_emails(text):
        assert _EMAIL_RE.match(email), email
    assert normalise_phone(text) is None or normalise_phone(text).startswith("+")
    find_email_pattern(text)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=80), _texts), max_size=4),
       st.sampled_from(["paragraph", "list_item", "field", "heading"]))
def test_contacts_from_arbitrary_blocks_never_raise(texts, kind):
    blocks = [Block(kind=kind, text=t, label="Yhteyshenkilöt" if kind == "field" else None, level=2)
              for t in texts]
    for c in contacts_from_blocks(blocks, email_pattern="x.fi"):
        assert len(c.name.split()) >= 2
        assert c.phone is None or c.phone.startswith("+")


@pytest.mark.parametrize("rows", [
    # a project register's form: one row per attribute of the same person
    [F("Vastuuhenkilön nimi", "Sirpa Lätti-Hyvönen"), F("Asema", "Suunnittelupäällikkö"),
     F("Sähköposti", "sirpa.latti-hyvonen(at)kuopio.fi"), F("Puhelinnumero", "017-182132")],
    # the EU structural-fund register's rows, each naming the contact in the genitive
    [F("Hankkeen yhteyshenkilön nimi", "Sirpa Lätti-Hyvönen"),
     F("Yhteyshenkilön asema hakijaorganisaatiossa", "Suunnittelupäällikkö"),
     F("Yhteyshenkilön sähköpostiosoite", "sirpa.latti-hyvonen(at)kuopio.fi"),
     F("Yhteyshenkilön puhelinnumero", "017-182132")],
])
def test_a_register_form_gives_one_person_from_several_rows(rows):
    assert contacts_from_blocks(rows) == [Contact(name="Sirpa Lätti-Hyvönen", title="Suunnittelupäällikkö",
                                                  email="sirpa.latti-hyvonen@kuopio.fi", phone="+35817182132")]


def test_a_contact_heading_may_say_whose_contacts_they_are():
    blocks = [Block(kind="heading", text="Hankkeen yhteystiedot", level=2),
              P("Saija Niemi, hankepäällikkö\npuh. +358 50 431 2266\nsaija.niemi(at)hdl.fi")]
    assert [(c.name, c.title, c.phone) for c in contacts_from_blocks(blocks)] == \
        [("Saija Niemi", "hankepäällikkö", "+358504312266")]


def test_a_sources_own_contact_label_reaches_the_contact_reader():
    from pipeline.labels import extra_labels

    rows = [F("Vastaava henkilö", "Aino Virtanen, hankevastaava, p. 040 123 4567")]
    assert contacts_from_blocks(rows) == []
    with extra_labels({"Vastaava henkilö": "contact"}):
        assert [(c.name, c.title, c.phone) for c in contacts_from_blocks(rows)] == \
            [("Aino Virtanen", "hankevastaava", "+358401234567")]
    assert contacts_from_blocks(rows) == []  # only while that source is read


def test_a_paragraphs_closing_sentence_may_name_its_contact():
    text = ("Yhdistys siirtyy maalämpöön. Loput katetaan talkootyöllä. Lisätietoja antaa puheenjohtaja "
            "Maija Esimerkki, puh. 040 123 4567.")
    (c,) = contacts_from_blocks([Block(kind="paragraph", text=text, region="main")])
    assert (c.name, c.title, c.phone) == ("Maija Esimerkki", "puheenjohtaja", "+358401234567")
    # a person named in prose, with no contact label and no phone, is no contact
    assert contacts_from_blocks([Block(kind="paragraph", region="main",
                                       text="Hanke alkaa syksyllä. Puheenjohtaja Maija Esimerkki kiitti tukijoita.")]) == []
    # one who tells about several projects speaks for a programme
    assert contacts_from_blocks([Block(kind="paragraph", region="main", text="Hankkeita on kolme. Lisätietoja "
                                       "hankkeista antaa ohjelmapäällikkö Maija Esimerkki, puh. 040 123 4567.")]) == []


def test_an_institute_in_a_card_is_the_persons_organisation_not_a_person():
    text = ("Maija Esimerkki\nprojektipäällikkö\nEsimerkin yliopisto, Esimerkkilän Eteläisen instituutti\n"
            "p. 040 123 4567")
    (c,) = contacts_from_blocks([Block(kind="field", label="Yhteyshenkilö", text=text, region="main")])
    assert (c.name, c.organisation, c.phone) == ("Maija Esimerkki", "Esimerkin yliopisto, Esimerkkilän Eteläisen "
                                                 "instituutti", "+358401234567")
