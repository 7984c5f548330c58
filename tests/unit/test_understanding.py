"""Confidence and weak readings on real Finnish pages: a page loses confidence when
its facts or its structure are taken away (the project's and the document's
confidence both fall), and a page that looks like a project page but yields none
says so."""
from __future__ import annotations

from pipeline.extract.project import build_projects, document_context
from pipeline.parse.html import parse_html
from pipeline.segment import explain, records
from pipeline.understanding import assess

FULL = """<h1>Kylätalo kuntoon -hanke</h1>
<p>Peltojärven kyläyhdistys ry:n hanke korjaa kylätalon katon ja keittiön.</p>
<p><strong>Hallinnoija:</strong> Peltojärven kyläyhdistys ry</p>
<p><strong>Toteutusaika:</strong> 1.1.2024–30.6.2025</p>
<p><strong>Tila:</strong> Käynnissä</p>
<p>Leader Pohjoisin Lappi myönsi hankkeelle 24 500 euroa.</p>
<h2>Yhteystiedot</h2><p>Puheenjohtaja Matti Meikäläinen, p. 040 123 4567, matti.meikalainen@kyla.example.fi</p>"""


def _read(body: str):
    doc = parse_html(f"<html><body><main>{body}</main></body></html>".encode("utf-8"), "sid", "https://example.fi/")
    scored, chosen = explain(doc)
    projects = build_projects(records(chosen), document_context(doc))
    return doc, scored, chosen, projects


def _confidence(body: str) -> tuple[float, float]:
    """(the highest project confidence, the document's confidence)."""
    a = assess(*_read(body))
    return max(a.projects, default=0.0), a.document


FEWER = FULL.replace("<p><strong>Toteutusaika:</strong> 1.1.2024–30.6.2025</p>", "") \
            .replace("<p><strong>Tila:</strong> Käynnissä</p>", "")


def test_confidence_falls_when_facts_are_removed():
    full, fewer = _confidence(FULL), _confidence(FEWER)
    bare = _confidence("<h1>Kylätalo kuntoon -hanke</h1><p>Kylätalo korjataan.</p>")
    assert full[0] > fewer[0] > bare[0]
    assert full[1] > fewer[1] > bare[1]


def test_confidence_falls_when_the_title_no_longer_names_a_project():
    full = _confidence(FULL)
    renamed = _confidence(FULL.replace("<h1>Kylätalo kuntoon -hanke</h1>", "<h1>Ajankohtaista</h1>"))
    assert renamed[0] < full[0] and renamed[1] < full[1]


def test_a_page_that_looks_like_a_project_page_but_gives_none_says_so():
    body = ("<h1>Yhteystiedot</h1><p>Hankkeen toteutusaika on 1.1.2024–31.12.2025 ja hanketta rahoittaa "
            "ELY-keskus 50 000 eurolla.</p>")
    doc, scored, chosen, projects = _read(body)
    assert projects == []
    assert assess(doc, scored, chosen, projects).understanding(chosen) == \
        "no project; weak: no project found in a page that looks like one"


def test_a_project_page_read_well_is_not_weak():
    doc, scored, chosen, projects = _read(FULL)
    assert [p.name for p in projects] == ["Kylätalo kuntoon"]
    assert assess(doc, scored, chosen, projects).understanding(chosen) == "single project"


def test_a_page_with_nothing_left_to_read_is_not_understood_but_an_error_page_is():
    doc, scored, chosen, projects = _read("<div class='cookie-banner'><p>Hyväksy evästeet</p></div>")
    a = assess(doc, scored, chosen, projects)
    assert (a.document, a.weak) == (0.0, True)
    assert a.understanding(chosen) == "no project; weak: nothing to read: no title, no project"
    error = assess(*_read("<h1>Sivua ei löytynyt</h1><p>Etsimääsi sivua ei löytynyt.</p>"))
    assert error.reasons == ["error page: it describes no project"] and error.document > 0.0


def test_money_and_addresses_a_project_took_are_the_facts_read():
    from pipeline.understanding import facts_read

    doc, _, _, projects = _read(FULL)
    assert facts_read(doc, projects) == 1.0  # the grant and the address were both read
    doc, _, _, projects = _read(FULL + "<p>Kylätalon ostoon tarvitaan vielä 80 000 euroa.</p>"
                                       "<p>Osoitteet ovat muotoa etunimi.sukunimi@kyla.example.fi.</p>")
    assert facts_read(doc, projects) == 2 / 3  # 80 000 € unread; the address form is no address
    assert facts_read(doc, []) == 0.0


def test_one_project_with_two_periods_under_their_labels_is_two_projects_read_as_one():
    two = FULL + ("<p>Nuorten kesätyöt</p><p>Toteutusaika 1.5.2025–31.8.2026. "
                  "Hallinnoija: Esimerkkilän nuoret ry.</p>")
    doc, scored, chosen, projects = _read(two)
    assert len(projects) == 1
    a = assess(doc, scored, chosen, projects)
    assert a.weak and any(r.startswith("several projects read as one: 2 periods") for r in a.reasons)
    # a call's dates in the text are no second period of the project
    doc, scored, chosen, projects = _read(FULL + "<p>Seuraava haku on auki 1.8.–30.9.2025.</p>")
    assert not any(r.startswith("several") for r in assess(doc, scored, chosen, projects).reasons)
