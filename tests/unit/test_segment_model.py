"""The segmentation package's parts on real phrases: title vocabulary, records
written in one cell or list item, the fitted model and its explanations."""
from __future__ import annotations

import json
import time

import pytest

from pipeline.parse.fields import record_text
from pipeline.parse.html import parse_html
from pipeline.segment import explain, page_type, segment
from pipeline.segment.model import MODEL_PATH, Model
from pipeline.segment.vocab import has_plural_type_word, has_type_word, is_error_title, is_facet


@pytest.mark.parametrize("title", ["Yhteystiedot", "Mitä hankkeessa tehdään?", "2. Projektin toteuttaja",
                                   "Työpaketti 1. Sosiaalisen osallisuuden lisääminen", "WP3 Dissemination",
                                   "Päätösehdotus", "Rahoittaja", "Projektet i korthet"])
def test_facets_of_one_project(title):
    assert is_facet(title)


@pytest.mark.parametrize("title", ["Kylä välittää vauhtiin", "Kasvun ekosysteemi – teknologiametallit",
                                   "Romaniportti", "Luovien alojen verkosto"])
def test_project_names_are_not_facets(title):
    assert not is_facet(title)


def test_plural_type_words_name_lists_and_singular_ones_projects():
    assert has_plural_type_word("Käynnissä olevat kehittämishankkeet")
    assert has_plural_type_word("Hankkeita kaupunkilaisten arkeen")
    assert not has_type_word("Kestävän arjen hankkeet kuntien kanssa")
    assert has_type_word("Varsinais-Suomen ruokasektorin koordinaatiohanke")
    assert not has_plural_type_word("Resurssifiksu Henna -hanke")


def test_error_pages():
    assert is_error_title("Sivua ei löytynyt") and is_error_title("404 – Page not found")
    assert not is_error_title("Sivistyspalvelujen hankkeet")


def test_record_in_a_table_cell_names_its_project_over_labelled_lines():
    title, facts, prose = record_text("Meriklusteri- ja logistiikkayritysten osaamisen\nkehittäminen\n"
                                      "Hallinnoija: Turun yliopisto / MKK Rauma\n"
                                      "Meriklusterin ja logistiikka-alan yritysten henkilöstön\nosaamisen vahvistaminen.")
    assert title == "Meriklusteri- ja logistiikkayritysten osaamisen kehittäminen"
    assert facts == [("Hallinnoija", "Turun yliopisto / MKK Rauma")]
    assert prose.startswith("Meriklusterin ja logistiikka-alan")


def test_name_wrapped_over_two_lines_stays_whole():
    assert record_text("Työpaikkojen liikkumisen ohjaus\nHämeenlinnassa") == (
        "Työpaikkojen liikkumisen ohjaus Hämeenlinnassa", [], "")


def test_labels_run_together_in_a_list_item():
    _, facts, _ = record_text("Kylä välittää (hankenumero 6007)\n"
                              "Päätoteuttaja: Koulutuskeskus Salpaus. Osatoteuttajat: Päijät-Hämeen kylät ry, "
                              "Hämeen Kylät ry.")
    assert facts == [("Päätoteuttaja", "Koulutuskeskus Salpaus"),
                     ("Osatoteuttajat", "Päijät-Hämeen kylät ry, Hämeen Kylät ry")]


def test_committed_model_loads_fast_and_names_its_features():
    t0 = time.perf_counter()
    model = Model.from_dict(json.loads(MODEL_PATH.read_text(encoding="utf-8")))
    assert time.perf_counter() - t0 < 0.5
    assert set(model.weights) == set(model.meta["features"])
    assert 0 < model.threshold < 1 and model.meta["fitted_on"]


def _page(body: str):
    return parse_html(f"<html><body>{body}</body></html>".encode("utf-8"), "sid", "https://example.fi/")


def test_single_project_page_keeps_its_facet_sections_inside():
    doc = _page("""<h1>Kylätalo kuntoon -hanke</h1><p>Peltojärven kyläyhdistys ry:n hanke korjaa kylätalon.</p>
      <h2>Toteutusaika</h2><p>1.1.2024–30.6.2025</p><h2>Rahoitus</h2><p>Leader Pohjoisin Lappi myönsi 24 500 euroa.</p>
      <h2>Yhteystiedot</h2><p>Puheenjohtaja Matti Meikäläinen, p. 040 123 4567</p>""")
    scored, chosen = explain(doc)
    assert page_type(chosen) == "single project"
    assert [s.title for s in segment(doc)] == ["Kylätalo kuntoon -hanke"]
    facets = next(s for s in scored if s.reading.name == "h2 sections")
    assert max(facets.probabilities) < chosen.probabilities[0]


def test_listing_gives_one_record_per_project_and_the_explanation_says_why():
    doc = _page("""<h1>Käynnissä olevat hankkeet</h1>
      <h2>Luovien alojen verkosto</h2><p>Hallinnoija: Rauman kaupunki. Toteutusaika 1.1.2023–31.12.2025.
      Maakunnan kehittämisraha 150 000 €.</p>
      <h2>Teollisuusvisio 2026</h2><p>Hallinnoija: Rauman kauppakamari. Toteutusaika 1.3.2024–28.2.2026.
      EU-tuki 49 000 €.</p>""")
    scored, chosen = explain(doc)
    assert page_type(chosen) == "listing"
    assert [s.title for s in segment(doc)] == ["Luovien alojen verkosto", "Teollisuusvisio 2026"]
    page = next(s for s in scored if s.reading.name == "page")
    assert page.probabilities[0] < min(chosen.probabilities)
    assert all(chosen.features[0][k] == 1.0 for k in ("fact: period", "fact: money"))


def test_error_page_has_no_project():
    doc = _page("""<h1>Sivua ei löytynyt</h1><p>Hakemaasi sivua ei löytynyt. Kokeile hakua.</p>
      <ul><li><a href="/hankkeet">Kaupungin hankkeet</a></li><li><a href="/yhteystiedot">Yhteystiedot</a></li></ul>""")
    assert segment(doc) == []
