"""Project names as an analyst writes them (CONVENTIONS section 2)."""
from __future__ import annotations

import pytest

from pipeline.language.names import clean_name, is_sentence, name_in_sentence, name_quoted, told_name


@pytest.mark.parametrize("title,name", [
    ("Ihmislähtöiset palveluverkot -hanke 2020-2022", "Ihmislähtöiset palveluverkot"),
    ("Teemme yhdessä! (2020-2022)", "Teemme yhdessä!"),
    ("Koti meän perältä -esiselvityshanke", "Koti meän perältä"),
    ("Oikeus oppia -hanke Kanta-Hämeessä (1.1.2021–31.12.2021)", "Oikeus oppia -hanke Kanta-Hämeessä"),
    ("Kaupunkiviljelyhanke (1.1.2020–31.12.2021)", "Kaupunkiviljelyhanke"),
    ("Varsinais-Suomen Ruokasektorin koordinaatiohanke", "Varsinais-Suomen Ruokasektorin koordinaatiohanke"),
    ("Kerhoiloa 2021! (1.1.2021–31.12.2021)", "Kerhoiloa 2021!"),
    ("Centrian testaustoiminnan kehittäminen 2.0", "Centrian testaustoiminnan kehittäminen 2.0"),
    ("Suomi-neidon Tunturi-Lappi100", "Suomi-neidon Tunturi-Lappi100"),
    ("Hulevesikäsittelyn hyvät käytännön ratkaisut, Isoniitty II", "Hulevesikäsittelyn hyvät käytännön ratkaisut, Isoniitty II"),
    ("Valinnanvapauskokeilu Hämeenlinnassa (31.08.2019 saakka)", "Valinnanvapauskokeilu Hämeenlinnassa"),
    ("”Uudistuva kylä kaupungissa” -hanke", "Uudistuva kylä kaupungissa"),
])
def test_clean_name(title, name):
    assert clean_name(title)[0] == name


def test_clean_name_returns_the_heading_period():
    name, period = clean_name("Digiagendan toteuttaminen (1.2.2020-31.11.2021)")
    assert name == "Digiagendan toteuttaminen"
    assert (period.start.isoformat(), period.end.isoformat()) == ("2020-02-01", "2021-11-30")


@pytest.mark.parametrize("headline,name", [
    ("Vaasan kaupunki sai 1,14 miljoonan euron avustuksen Wasa Station -hankkeeseen", "Wasa Station"),
    ("Opetushallitus myönsi rahoitusta Opitaan luonnossa -hankkeelle", "Opitaan luonnossa"),
])
def test_name_in_headline(headline, name):
    assert is_sentence(headline)
    assert name_in_sentence(headline) == name


def test_a_name_is_not_a_sentence():
    assert not is_sentence("Digikilta 3 – innovatiivisten oppimisympäristöjen edistäminen esi- ja perusopetuksessa")


def test_follow_up_project_named_in_prose():
    text = "Työ jatkuu Liikkuvaa arjen design – Pyöräkeskuksesta 2.0 pyöräilykaupunkiin -projektissa 2013–2016."
    assert name_in_sentence(text) == "Liikkuvaa arjen design – Pyöräkeskuksesta 2.0 pyöräilykaupunkiin"


def test_minutes_item_title_names_the_project():
    from pipeline.language.names import name_from_item_title
    assert name_from_item_title("§ 38 Kuntarahoitus IndusTryWINS -hankkeelle") == "IndusTryWINS"
    assert name_from_item_title("Kuntarahoitus IndusTryWINS -hankkeelle") is None


def test_acronym_headline_and_its_fuller_name_in_the_body():
    from pipeline.language.names import fuller_name
    headline = "Centria sai Kokkolan kaupungilta 50 000 euron rahoituksen DUDE-hankkeelle"
    assert name_in_sentence(headline) == "DUDE"
    body = ["Kokkolan kaupunki rahoittaa Centria-ammattikorkeakoulun hallinnoimaa DUDE – Do yoUr own DiligencE -hanketta 50 000 eurolla."]
    assert fuller_name("DUDE", body) == "DUDE – Do yoUr own DiligencE"


def test_name_after_an_opening_type_word():
    from pipeline.language.names import name_after_type_word
    assert name_after_type_word("Projektet Levande hamnar i Ekenäs genomförs av Raseborgs stad.") == \
        "Levande hamnar i Ekenäs"
    assert name_after_type_word("Hanke toteutetaan ajalla 1.4.2025–30.6.2026.") is None


def test_minutes_item_title_without_the_applicants_genitive():
    from pipeline.language.names import name_from_item_title
    assert name_from_item_title("§ 45 Avustus Rautavaaran Urheilijat ry:n Kuntosali kuntoon -hankkeeseen") == \
        "Kuntosali kuntoon"


@pytest.mark.parametrize("title, name", [
    ("Sokliin valmistautumishanke käynnistyy", "Sokliin valmistautumishanke"),
    ("MakeCT-hanke käynnistyy (2020–2023)", "MakeCT-hanke"),
    ("Työ jatkuu", "Työ jatkuu"),  # no word for a project: a headline, not a name
])
def test_a_headline_of_a_projects_course_names_it_without_the_verb(title, name):
    assert clean_name(title)[0] == name


def test_a_sentence_names_the_project_after_its_owner_and_the_participle():
    assert name_in_sentence("Liitto myönsi jäljelle jääneet 4 200 euroa Esimerkin Kuoro ry:n Laulupolku-hankkeelle.") \
        == "Laulupolku"
    assert name_in_sentence("Maakunnan liitto myönsi Esimerkin ammattikorkeakoulu Oy:n hallinnoimalle Uudet "
                            "vientimallit pienyrityksille -hankkeelle 21 300 euroa.") \
        == "Uudet vientimallit pienyrityksille"


def test_an_item_of_minutes_names_its_project_with_its_number_before_or_after_it():
    from pipeline.language.names import name_from_item_title

    assert name_from_item_title("Kuntarahoitus Kylätalo kuntoon -hankkeelle 146 §") == "Kylätalo kuntoon"
    assert name_from_item_title("§ 204 Kuntarahoitus: kylätalon korjaus") == "kylätalon korjaus"
    assert name_from_item_title("Edustajan nimeäminen nuorisovaltuustoon 148 §") is None


def test_a_naming_word_introduces_a_project_name():
    from pipeline.language.names import name_called

    assert name_called("Yhdistyksen hakema hanke on nimeltään Esimerkkilän kylätalon kunnostushanke.") \
        == "Esimerkkilän kylätalon kunnostushanke"
    assert name_called("Projektet heter Grön omställning i Exempelby och pågår till 2026.") \
        == "Grön omställning i Exempelby"
    assert name_called("The project, called Green Harbour, runs until 2026.") == "Green Harbour"
    assert name_called("Uusi kyläkoordinaattori on nimeltään Maija Esimerkki.") is None  # no project word before it


def test_a_news_post_headed_by_its_news_takes_the_project_named_in_its_text():
    from pipeline.extract.project import DocContext, build_project
    from pipeline.parse.html import parse_html
    from pipeline.segment import segment

    html = """<body><h1>Kyläyhdistys kunnostaa kylätalonsa</h1>
<p>Esimerkkilän kylätalo saa uuden ilmeen. Leader-ryhmän hallitus on puoltanut yhdistyksen hakemusta.</p>
<p>Yhdistyksen hanke on nimeltään Esimerkkilän kylätalon kunnostushanke, ja sen kokonaisbudjetti on 40 000 euroa.</p>
<p>Hanke toteutetaan ajalla 1.5.2024–30.4.2026.</p></body>"""
    doc = parse_html(html.encode(), "sid", "https://example.fi/uutiset/")
    projects = [build_project(s, DocContext(page_blocks=tuple(doc.blocks))) for s in segment(doc)]
    assert [p.name for p in projects] == ["Esimerkkilän kylätalon kunnostushanke"]
    assert "Kyläyhdistys kunnostaa kylätalonsa" in projects[0].aliases


def test_a_minutes_item_names_a_compound_project_after_its_decision_word():
    from pipeline.language.names import name_from_item_title

    assert name_from_item_title("§ 38 Esimerkkilän kunnan osallistuminen Kylätien kunnostushankkeeseen") \
        == "Kylätien kunnostushanke"
    assert name_from_item_title("§ 9 Kuntarahoitus Esimerkkiprojektille") == "Esimerkkiprojekti"
    assert name_from_item_title("§ 4 Kunnan osallistuminen Kylätien kunnostushankkeeseen vuosina 2024–2025") \
        == "Kylätien kunnostushanke"
    assert name_from_item_title("§ 7 Lausunto maakuntaohjelmasta") is None


def test_a_consortium_or_project_named_with_its_acronym_in_prose():
    assert name_in_sentence("In the LIFE programme, the consortium Better Care for Esimerkkilä (BECARE), "
                            "led by Professor Maija Esimerkki, received EUR 1.2 million.") \
        == "Better Care for Esimerkkilä (BECARE)"
    assert name_in_sentence("Rahoitusta sai konsortio Kylien tulevaisuus (KYTU).") == "Kylien tulevaisuus (KYTU)"
    assert name_in_sentence("The project started in 2024 (see the report).") is None


def test_a_name_in_quotes_after_a_word_for_a_project():
    assert name_quoted("Ministeriö myönsi hankkeelle ”Kylätalo kuntoon” 12 000 euroa.") == "Kylätalo kuntoon"
    assert name_quoted("Miljöministeriet har beviljat kommunen 9 800 euro för projektet "
                       "”Manual för solenergi i Exempelby”.") == "Manual för solenergi i Exempelby"
    assert name_quoted('The council funds the project "Green Harbour 2030".') == "Green Harbour 2030"
    assert name_quoted("Hankkeen ”pilotti” alkaa syksyllä.") is None  # a quoted common word names nothing
    assert name_quoted("Kunta sai ”merkittävän” tuen.") is None  # no word for a project before it
    assert told_name(["Kunnanhallitus käsitteli asian.",
                      "Kunta sai 9 800 euroa projektille ”Kylän energiaopas”."]) == "Kylän energiaopas"
