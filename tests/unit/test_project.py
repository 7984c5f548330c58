"""Assembling projects from segments: names from the text, shared contact boxes."""
from __future__ import annotations

from pipeline.extract.project import DocContext, attach_labelled_contacts, build_project
from pipeline.parse.blocks import Block
from pipeline.parse.html import parse_html
from pipeline.segment import segment
from pipeline.segment.candidates import Segment

NEWS = """<body><h1>Iisalmeen kaksi uutta hanketta: pyöräilyreitit ja nuorten kesätyöt</h1>
<p>Julkaistu 3.3.2025</p><p>Iisalmen seudulle myönnettiin rahoitus kahdelle hankkeelle.</p>
<h2>Keskustan pyöräreitit kuntoon</h2>
<p>Pyöräillen Iisalmeen -hanke on Iisalmen kaupungin hanke, jossa rakennetaan pyöräkaistoja.</p>
<p>Hanke toteutetaan ajalla 1.4.2025–30.6.2026.</p>
<p>Traficom myönsi hankkeelle 120 000 euron avustuksen.</p>
<h2>Nuorille ensimmäinen kesätyöpaikka</h2>
<p>Ylä-Savon nuorten kesätyöpolku -hankkeessa nuoret saavat valmennusta työnhakuun.</p>
<p>Hankkeen toteutusaika on 1.5.2025–30.4.2027.</p>
<h2>Lisätietoja</h2>
<p><strong>Pyöräillen Iisalmeen:</strong> liikenneinsinööri Sami Korhonen, p. 017 272 3456</p>
<p><strong>Ylä-Savon nuorten kesätyöpolku:</strong> projektipäällikkö Jenni Heikkinen, p. 044 123 7788</p>
</body>"""


def test_news_sections_name_their_projects_and_share_a_contact_box():
    doc = parse_html(NEWS.encode("utf-8"), "sid", "https://example.fi/uutiset/")
    ctx = DocContext(page_blocks=tuple(doc.blocks))
    projects = [build_project(s, ctx) for s in segment(doc)]
    attach_labelled_contacts(projects, doc.blocks, ctx)
    got = [(p.name, p.period.start.isoformat(), [(c.name, c.title, c.phone) for c in p.contacts]) for p in projects]
    assert got == [
        ("Pyöräillen Iisalmeen", "2025-04-01", [("Sami Korhonen", "liikenneinsinööri", "+358172723456")]),
        ("Ylä-Savon nuorten kesätyöpolku", "2025-05-01", [("Jenni Heikkinen", "projektipäällikkö", "+358441237788")]),
    ]
    assert projects[0].owner == "Iisalmen kaupunki"


def test_fund_named_in_a_grant_column_and_partners_listed_under_a_heading():
    html = """<body><h1>Hankkeet</h1><table>
      <tr><th>Hanke</th><th>Hallinnoija</th><th>EAKR-tuki €</th></tr>
      <tr><td>Kaskisten sataman logistiikkaselvitys</td><td>Kaskisten kaupunki</td><td>86 400</td></tr>
      <tr><td>Laihian keskustan elinvoimahanke</td><td>Laihian kunta</td><td>98 750,50</td></tr></table></body>"""
    doc = parse_html(html.encode("utf-8"), "sid", "https://example.fi/")
    ctx = DocContext(page_blocks=tuple(doc.blocks))
    first, second = (build_project(s, ctx) for s in segment(doc))
    assert [(f.funder, f.amount_eur) for f in second.funding] == [("EAKR", 98750.5)]
    assert ("EAKR", "funder") in [(o.name, o.role) for o in first.organisations]
    assert first.owner == "Kaskisten kaupunki"

    page = """<body><h1>ReWear – Textile Circularity for SMEs</h1><p>The project helps small enterprises.</p>
      <h2>Partners</h2><ul><li>Joensuun Tiedepuisto Oy</li><li>Pohjois-Karjalan Yrittäjät ry</li></ul></body>"""
    doc = parse_html(page.encode("utf-8"), "sid", "https://example.fi/")
    (project,) = (build_project(s, DocContext()) for s in segment(doc))
    assert [(o.name, o.role) for o in project.organisations] == [
        ("Joensuun Tiedepuisto Oy", "partner"), ("Pohjois-Karjalan Yrittäjät ry", "partner")]


def test_minutes_page_with_one_project_item_and_a_period_line_without_colon():
    html = """<body><h1>Rautavaaran kunta – Kunnanhallitus</h1>
      <h2>§ 45 Avustus Rautavaaran Urheilijat ry:n Kuntosali kuntoon -hankkeeseen</h2>
      <p><strong>Hakija:</strong> Rautavaaran Urheilijat ry</p>
      <p>Toteutusaika 1.5.2025–30.4.2026</p>
      <p><strong>Lisätietoja:</strong> vapaa-aikasihteeri Tuula Kärkkäinen, p. 044 713 2210</p>
      <h2>§ 46 Edustajan nimeäminen Pohjois-Savon liiton maakuntavaltuustoon</h2>
      <p><strong>Päätösehdotus:</strong> Kunnanhallitus nimeää edustajan.</p>
      <p><strong>Lisätietoja:</strong> kunnanjohtaja Jari Mäkelä, p. 044 713 2201</p></body>"""
    doc = parse_html(html.encode("utf-8"), "sid", "https://example.fi/")
    (project,) = (build_project(s, DocContext()) for s in segment(doc))
    assert (project.name, project.period.start.isoformat(), project.period.end.isoformat()) == (
        "Kuntosali kuntoon", "2025-05-01", "2026-04-30")
    assert [c.name for c in project.contacts] == ["Tuula Kärkkäinen"]


def test_a_grant_list_gives_each_recipient_as_owner_and_the_lead_ins_grantor_as_funder():
    html = """<body><h1>Liikunnallisen elämäntavan hankkeisiin myönnettiin avustuksia</h1>
      <p>Alla olevassa taulukossa ovat alueen avustuksen saajat. Avustusten myöntäjä: Aluehallintovirasto.</p>
      <table><tr><th>Avustuksen saaja</th><th>Hanke</th><th>Avustus</th></tr>
      <tr><td>Joutsan kunta</td><td>Hyvinvointia liikunnasta</td><td>17 500 €</td></tr>
      <tr><td>Kannonkosken kunta</td><td>Voimaa luonnosta</td><td>27 500 €</td></tr></table></body>"""
    doc = parse_html(html.encode("utf-8"), "sid", "https://example.fi/uutiset/")
    projects = [build_project(s, DocContext(page_blocks=tuple(doc.blocks))) for s in segment(doc)]
    assert [(p.name, p.owner, [(f.funder, f.amount_eur) for f in p.funding]) for p in projects] == [
        ("Hyvinvointia liikunnasta", "Joutsan kunta", [("Aluehallintovirasto", 17500.0)]),
        ("Voimaa luonnosta", "Kannonkosken kunta", [("Aluehallintovirasto", 27500.0)]),
    ]


def test_the_structural_funds_application_form_names_project_applicant_and_contact():
    html = """<body><h1>Hankehakemus</h1><dl>
      <dt>Hakijan virallinen nimi</dt><dd>Pohjois-Savon liitto</dd>
      <dt>Hankkeen yhteyshenkilön nimi</dt><dd>Aino Korhonen</dd>
      <dt>Yhteyshenkilön asema hakijaorganisaatiossa</dt><dd>Kehittämispäällikkö</dd>
      <dt>Yhteyshenkilön sähköpostiosoite</dt><dd>aino.korhonen@pohjois-savo.fi</dd>
      <dt>Hankkeen julkinen nimi</dt><dd>Maakunnan kilpailukyvyn parantaminen</dd>
      <dt>Alkamispäivämäärä</dt><dd>1.9.2016</dd><dt>Päättymispäivämäärä</dt><dd>31.12.2018</dd></dl></body>"""
    doc = parse_html(html.encode("utf-8"), "sid", "https://example.fi/eura/")
    [p] = [build_project(s, DocContext(page_blocks=tuple(doc.blocks))) for s in segment(doc)]
    assert (p.name, p.owner, p.period.start.isoformat(), p.period.end.isoformat()) == \
        ("Maakunnan kilpailukyvyn parantaminen", "Pohjois-Savon liitto", "2016-09-01", "2018-12-31")
    assert [(c.name, c.title, c.email) for c in p.contacts] == \
        [("Aino Korhonen", "Kehittämispäällikkö", "aino.korhonen@pohjois-savo.fi")]


def test_grant_list_line_that_opens_with_its_applicant_names_the_owner():
    ctx = DocContext(page_blocks=())
    got = []
    for line in ("Espoon kaupunki: Rantareitin kunnostus", "Kyläkehitys Oy: Etätyöpisteet kyliin",
                 "Kevään haku: rahoitus kymmenelle hankkeelle"):
        p = build_project(Segment(title=line, blocks=[Block(kind="heading", level=6, text=line)], kind="item"), ctx)
        got.append((p.name, p.owner, p.municipality))
    assert got == [("Rantareitin kunnostus", "Espoon kaupunki", "Espoo"),
                   ("Etätyöpisteet kyliin", "Kyläkehitys Oy", None),
                   ("Kevään haku: rahoitus kymmenelle hankkeelle", None, None)]


def test_money_labelled_with_whose_share_it_is_funds_the_project():
    from pipeline.extract.project import _share_of_org

    assert _share_of_org("Esimerkki-Leader ry:n osuus €") == "Esimerkki-Leader ry"
    assert _share_of_org("Esimerkkilän kunnan rahoitusosuus") == "Esimerkkilän kunta"
    assert _share_of_org("Exempelby kommuns andel") == "Exempelby kommun"
    assert _share_of_org("Kaupungin osuus") is None  # no organisation named
    assert _share_of_org("Hakijan omarahoitus") is None
