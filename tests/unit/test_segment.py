"""Finding the projects in a document: tables of projects, records, sections, pages."""
from __future__ import annotations

from pipeline.parse.blocks import Block, Document
from pipeline.parse.html import parse_html
from pipeline.parse.text import parse_text
from pipeline.segment import explain, segment, status_of
from pipeline.segment.vocab import is_not_project_title


def doc_of(html: str) -> Document:
    return parse_html(html.encode("utf-8"), "sid", "https://example.fi/")


def test_list_page_gives_one_project_per_heading_with_theme_and_status():
    doc = doc_of("""<body><main><h1>Hankkeet</h1>
      <h2>Resurssiviisaus</h2>
      <h3>Kaupunkiviljelyhanke (1.1.2020–31.12.2021)</h3><p>Hämeen ammattikorkeakoulun hankkeessa kehitetään viljelyä.</p>
      <h3>Avoin kunta – asukas keskiössä (1.1.2021 – 31.10.2022)</h3><p>Kunnat ovat saaneet rahoituksen.</p>
      <h3>Hiilineutraali Hämeenlinna -ohjelma</h3><p><strong>Yhteyshenkilöt</strong></p>
      <h2>Päättyneet hankkeet</h2>
      <h3>Valinnanvapauskokeilu Hämeenlinnassa (31.08.2019 saakka)</h3><p>Kokeilu on päättynyt.</p>
      </main></body>""")
    segs = segment(doc)
    assert [(s.title, s.category, s.status) for s in segs] == [
        ("Kaupunkiviljelyhanke (1.1.2020–31.12.2021)", "Resurssiviisaus", None),
        ("Avoin kunta – asukas keskiössä (1.1.2021 – 31.10.2022)", "Resurssiviisaus", None),
        ("Valinnanvapauskokeilu Hämeenlinnassa (31.08.2019 saakka)", None, "ended"),
    ]


def test_table_of_projects_gives_rows_with_header_fields():
    doc = doc_of("""<body><h1>Rahoitetut hankkeet</h1><table>
      <tr><th>Hanke</th><th>Hakija</th><th>Kunta</th><th>Tuki €</th></tr>
      <tr><td>Röytän saaren sähköistys</td><td>Iin Röytän toimijat ry</td><td>Ii</td><td>41 750 €</td></tr>
      <tr><td>Piippurock-tapahtuman laajentaminen</td><td>Osuuskunta Toripata</td><td>Ii</td><td>–</td></tr>
      </table>
      <table><tr><th>Yritys</th><th>Kohde</th><th>Tuki €</th></tr><tr><td>Snowsus Oy</td><td>Koneet</td><td>8 750 €</td></tr></table>
      </body>""")
    segs = segment(doc)
    assert [s.title for s in segs] == ["Röytän saaren sähköistys", "Piippurock-tapahtuman laajentaminen"]
    assert [(b.label, b.text) for b in segs[0].blocks if b.kind == "field"] == [
        ("Hakija", "Iin Röytän toimijat ry"), ("Kunta", "Ii"), ("Tuki €", "41 750 €")]
    assert [b.label for b in segs[1].blocks if b.kind == "field"] == ["Hakija", "Kunta"]  # "–" is no value


def test_register_export_records():
    text = ("Hankkeen nimi: Koti meän perältä -esiselvityshanke\r\nHankeaika: 28.11.2022 – 31.12.2024\r\n"
            "-----------------------------\r\n"
            "Hankkeen nimi: Suomi-neidon Tunturi-Lappi100\r\nOhjelma: Suomi100\r\n")
    segs = segment(parse_text(text.encode("utf-8"), "sid", "raw/x.txt"))
    assert [s.title for s in segs] == ["Koti meän perältä -esiselvityshanke", "Suomi-neidon Tunturi-Lappi100"]
    assert all(s.kind == "record" for s in segs)


def test_single_project_page_and_badge_status():
    doc = doc_of("""<body><p class="badge">Käynnissä</p><h1>Hulevesikäsittelyn hyvät käytännön ratkaisut, Isoniitty II</h1>
      <p>Paraisten kaupunki kehittää hulevesien käsittelyä.</p><p><strong>Hankeaika:</strong> 1.12.2022–30.6.2024</p></body>""")
    (seg,) = segment(doc)
    assert seg.title == "Hulevesikäsittelyn hyvät käytännön ratkaisut, Isoniitty II"
    assert seg.status == "ongoing"


def test_minutes_item_takes_the_project_from_the_applicant_field():
    doc = Document("sid", "x", "pdf", [
        Block("heading", "§ 226 Väliaikaisrahoitus yhdistysten hankkeisiin", level=1),
        Block("field", "Kurun lähiruoka ry – lähiruokaprojekti paikallisen kalankäytön lisäämiseksi", label="Hakija"),
        Block("paragraph", "Projektin toteutusaika päättyy 28.11.2027."),
    ])
    # the page's reading is titled by the project; whether it is kept is the fitted model's call
    page = next(s for s in explain(doc)[0] if s.reading.name == "page")
    assert page.reading.records[0].title == "lähiruokaprojekti paikallisen kalankäytön lisäämiseksi"


def test_follow_up_project_with_its_own_period_is_split_off():
    doc = Document("sid", "x", "pdf", [
        Block("heading", "Liikkuvan Arjen Design", level=1),
        Block("paragraph", "Hanke on päättynyt. Hankkeessa kehitettiin pyöräilyn palveluja."),
        Block("field", "Työ jatkuu Liikkuvaa arjen design – Pyöräkeskuksesta 2.0 pyöräilykaupunkiin -projektissa 2013–2016.",
              label="Jatko"),
        Block("field", "Helsingin kaupungin innovaatiorahasto.", label="Rahoittaja"),
        Block("field", "Projektipäällikkö Päivi Fredriksson", label="Yhteyshenkilöt"),
    ])
    parent, follow = segment(doc)
    assert follow.title == "Liikkuvaa arjen design – Pyöräkeskuksesta 2.0 pyöräilykaupunkiin (2013–2016)"
    assert [b.label for b in follow.blocks if b.kind == "field"] == ["Jatko", "Rahoittaja"]
    assert [b.label for b in parent.blocks if b.kind == "field"] == ["Yhteyshenkilöt"]


def test_label_heading_over_a_paragraph_is_a_field():
    doc = Document("sid", "x", "pdf", [
        Block("heading", "Kulttuurisilta", level=2),
        Block("paragraph", "Kulttuurisilta on hanke."),
        Block("heading", "Hallinnoija", level=3),
        Block("paragraph", "Metropolia Ammattikorkeakoulu Oy"),
        Block("heading", "Osatoteuttajat", level=3),
        Block("paragraph", "Vantaan, Helsingin, Kauniaisten ja Espoon kaupungit"),
    ])
    (seg,) = segment(doc)
    assert [(b.label, b.text) for b in seg.blocks if b.kind == "field"] == [
        ("Hallinnoija", "Metropolia Ammattikorkeakoulu Oy"),
        ("Osatoteuttajat", "Vantaan, Helsingin, Kauniaisten ja Espoon kaupungit")]


def test_a_page_without_a_project_gives_nothing():
    doc = doc_of("<body><h1>Sivua ei löytynyt</h1><p>Hakemaasi sivua ei löytynyt.</p></body>")
    assert segment(doc) == []


def test_status_words_and_programme_titles():
    assert status_of("Päättyneet hankkeet") == "ended"
    assert status_of("Avslutade projekt") == "ended"
    assert status_of("Pågående projekt") == "ongoing"
    assert status_of("Projekt i ansökningsskede") == "planned"
    # the items every meeting's minutes open with, numbered or not, are no projects
    from pipeline.segment.vocab import is_facet
    assert is_facet("§ 12 Kokouksen laillisuus ja päätösvaltaisuus") and is_facet("13 § Pöytäkirjan tarkastajien valinta")
    assert is_facet("Edustajan nimeäminen vanhusneuvostoon 148 §")
    assert not is_facet("§ 14 Kylätalon korjaus ja Leader-rahoituksen hakeminen")
    assert status_of("Hakuvaiheessa olevat hankkeet") == "planned"
    assert status_of("Hanke päättynyt") == "ended"
    assert status_of("Hankkeen tavoitteet") is None
    assert is_not_project_title("Hiilineutraali Hämeenlinna -ohjelma")
    assert not is_not_project_title("Kaupunkiviljelyhanke")


def test_list_items_that_each_name_a_project_with_its_period():
    doc = doc_of("""<body><h1>Kehittämishankkeet</h1><h2>Ilmasto ja ympäristö</h2><ul>
      <li><a href="/a">Kaupunkipuut kuntoon -hanke</a> (2023–2025) – katupuiden inventointi, rahoittaja ympäristöministeriö</li>
      <li><a href="/b">Kokkolan satamalogistiikan digitalisointi (SADI)</a> (2022–2024) – tietovirtojen yhdistäminen,
          hallinnoija Centria-ammattikorkeakoulu</li></ul></body>""")
    segs = segment(doc)
    assert [(s.title, s.category) for s in segs] == [
        ("Kaupunkipuut kuntoon -hanke (2023–2025)", "Ilmasto ja ympäristö"),
        ("Kokkolan satamalogistiikan digitalisointi (SADI) (2022–2024)", "Ilmasto ja ympäristö")]
    assert [(b.label, b.text) for b in segs[1].blocks if b.kind == "field"] == [
        ("hallinnoija", "Centria-ammattikorkeakoulu")]


def test_a_badge_inside_a_heading_is_a_status_not_part_of_the_name():
    doc = doc_of("""<body><h1>Liiton hankkeet</h1>
      <h3>Kainuun vetytalouden esiselvitys <span class="badge">Valmisteilla</span></h3>
      <p>Hankkeessa kartoitetaan vedyn tuotannon edellytyksiä.</p>
      <p><strong>Lisätietoja:</strong> aluekehitysjohtaja Pekka Moilanen, p. 044 797 0456</p>
      <h3>Kuhmon kulttuurireitit</h3><p>Hanke on päättynyt</p>
      <p><strong>Lisätietoja:</strong> suunnittelija Timo Kyllönen, p. 044 797 0123</p></body>""")
    segs = segment(doc)
    assert [(s.title) for s in segs][0] == "Kainuun vetytalouden esiselvitys"
    assert any(b.kind == "paragraph" and b.text == "Valmisteilla" for b in segs[0].blocks)


def test_two_block_columns_without_headings_are_boxes_of_a_listing():
    # a block editor's columns: each project is a group inside a column, its name a bold line
    column = """<div class="wp-block-column"><div class="wp-block-group">
      <p><strong>{name}</strong></p><p>Toteutus: {years}</p><p>Hankkeen omistaja: Suomen Kuntaliitto</p>
      <p>Hankkeessa kehitettiin kuntien yhteisiä tietojärjestelmiä.</p></div></div>"""
    doc = doc_of(f"""<body><main><h1>Päättyneet hankkeet</h1><div class="wp-block-columns">
      {column.format(name="Kuntien virkatunniste (VirtuK)", years="2007–2009")}
      {column.format(name="Johtamisen tietotarpeet (TotIT)", years="2008–2010")}</div></main></body>""")
    assert [s.title for s in segment(doc)] == ["Kuntien virkatunniste (VirtuK)", "Johtamisen tietotarpeet (TotIT)"]


def test_contact_cards_without_headings_stay_in_the_section_around_them():
    card = """<div class="contact-card"><p><strong>{name}</strong></p><p>{title}</p><p>puh. {phone}</p></div>"""
    doc = doc_of(f"""<body><main><h1>Kylätalo kuntoon -hanke</h1>
      <p>Toteutusaika 1.1.2024–31.12.2025. Hallinnoija: Peltojärven kyläyhdistys ry.</p>
      <h2>Yhteystiedot</h2>{card.format(name="Aino Virtanen", title="hankevetäjä", phone="040 123 4567")}
      {card.format(name="Pekka Laine", title="puheenjohtaja", phone="040 765 4321")}</main></body>""")
    [seg] = segment(doc)
    assert "Pekka Laine" in " ".join(b.text for b in seg.blocks)


def test_a_call_for_applications_is_not_a_project_even_when_it_names_projects():
    assert is_not_project_title("Haku on auki: AKKE-määrärahaa maakunnan kehittämiseen vuonna 2023")
    assert is_not_project_title("HAKU ON AUKI TKI-PAINOTTEISILLE AKKE-HANKKEILLE")
    assert not is_not_project_title("Kylätalo kuntoon -hanke")


def test_teaser_items_split_at_bars_into_name_period_and_facts():
    doc = doc_of("""<body><main><h1>Hankeluettelo</h1><ul>
      <li><a href="/h/1">Vesistöt virkistykseen</a> | Esimerkkilän ammattikorkeakoulu | 1/2023–12/2025 | Rahoitus: Kainuun ELY-keskus</li>
      <li><a href="/h/2">Rantareitin kunnostus</a> | Esimerkkilän kaupunki | 2024 – 2025</li></ul></main></body>""")
    segs = segment(doc)
    assert [s.title for s in segs] == ["Vesistöt virkistykseen (1/2023–12/2025)", "Rantareitin kunnostus (2024 – 2025)"]
    assert [(b.label, b.text) for b in segs[0].blocks if b.kind == "field"] == [("Rahoitus", "Kainuun ELY-keskus")]


def test_an_error_page_offers_no_reading():
    doc = doc_of("""<html><head><title>Sivua ei löytynyt | Esimerkkilän kaupunki</title></head><body><main>
      <h1>Sivua ei löytynyt</h1><p>Etsimääsi sivua ei löytynyt. Ehkä etsit näitä:</p>
      <ul><li><a href="/hankkeet">Kaupungin hankkeet 2021–2027</a></li><li><a href="/paatokset">Päätöksenteko</a></li></ul>
      </main></body></html>""")
    assert segment(doc) == []


def test_press_release_naming_two_projects_in_its_prose_offers_a_record_for_each():
    from pipeline.segment.candidates import readings

    doc = doc_of("""<body><main><h1>Maakunnan liitto rahoittaa kahta kokeilua</h1>
      <p>Julkaistu 21.3.2025</p>
      <p>Liitto myönsi Esimerkkilän ammattikorkeakoulu Oy:n hallinnoimalle Kalaa lähivesistä -hankkeelle 18 000 euroa.
      Hanke toteutetaan vuosina 2025–2026.</p>
      <p>Hankkeessa kokeillaan uusia pyydyksiä.</p>
      <p>Lisäksi liitto myönsi 4 800 euroa Esimerkin Kylät ry:n Kylätalo kuntoon -hankkeelle.</p>
      <h2>Lisätietoja</h2><p>rahoituspäällikkö Maija Meikäläinen, puh. 040 123 4567</p></main></body>""")
    found = {r.name: r for r in readings(doc)[1]}
    mentions = found["projects named in the text"].records
    assert [(r.title, r.kind, len(r.blocks)) for r in mentions] == [
        ("Kalaa lähivesistä", "mention", 3), ("Kylätalo kuntoon", "mention", 2)]
    assert "Lisätietoja" not in [b.text for r in mentions for b in r.blocks]


def test_a_page_that_names_only_its_own_project_offers_no_reading_of_mentions():
    from pipeline.segment.candidates import readings

    doc = doc_of("""<body><main><h1>Kylätalo kuntoon – yhdessä tehden</h1>
      <p>Kylätalo kuntoon -hanke korjaa kylätalon. Hanke toteutetaan vuosina 2025–2026.</p>
      <p>Esimerkin Kylät ry:n Yhdessä tehden -hankkeelle myönnettiin 5 000 euroa.</p></main></body>""")
    assert "projects named in the text" not in [r.name for r in readings(doc)[1]]


def test_aid_to_one_company_is_told_by_its_words_its_theme_or_a_company_and_its_purchase():
    from pipeline.segment.vocab import is_company_aid

    assert is_company_aid("Esimerkin Leipomo Oy, leivinuunin hankinta", "Tukea myönnettiin 12 400 euroa.", None)
    assert is_company_aid("Pakkauslinjan uusiminen", "240 000 €", "Yritysrahoitus")
    assert is_company_aid("Leivinuunin hankinta", "Yritystuki, investointi", None)
    assert not is_company_aid("Kylätalo kuntoon, Esimerkkilän kyläyhdistys ry", "Leader myönsi 5 000 euroa.", None)
    assert not is_company_aid("Kylätalo kuntoon", "Hankkeen kokonaisbudjetti on 91 000 euroa.", "Investoinnit")


def test_a_decision_body_and_an_organisation_with_its_acronym_are_no_project_titles():
    from pipeline.language.orgnames import is_organisation
    from pipeline.segment.vocab import is_decision_body

    assert is_decision_body("Kaupunginhallitus") and is_decision_body("Tekninen lautakunta")
    assert is_decision_body("Kommunstyrelsen") and is_decision_body("City Board")
    assert not is_decision_body("Kylätalo kuntoon") and not is_decision_body("Hallituksen esitys kuntalain muuttamisesta")
    assert is_organisation("Esimerkkilän nuorisoyhdistys ry ENY") and is_organisation("Esimerkki-ammattikorkeakoulu")
    assert not is_organisation("Kylätalo-hanke") and not is_organisation("Kylätalo kuntoon ABC")


def test_a_list_whose_lead_puts_the_applicant_first_gives_the_project_after_the_colon():
    from pipeline.extract.project import DocContext, build_project

    html = """<body><h1>Rahoitusta viidelle hankkeelle</h1>
<p>Esimerkkimaan liitto myönsi EAKR-rahoitusta. Alla on lueteltu hakija, hanke ja myönnetty tuki:</p>
<h3>Innovaatio</h3><ul>
<li>Esimerkin ammattikorkeakoulu: Kylien energiaremontti, 120 000 euroa</li>
<li>Exempelby kommun: Grön hamn, 85 500 euroa</li></ul>
<h3>Liikenne</h3><ul><li>Esimerkkiseudun kuntayhtymä: Pyöräreitit kuntoon, 40 000 euroa</li></ul></body>"""
    doc = parse_html(html.encode("utf-8"), "sid", "https://example.fi/uutiset/")
    segs = segment(doc)
    ctx = DocContext(page_blocks=tuple(doc.blocks))
    got = [(p.name, p.owner, [f.amount_eur for f in p.funding]) for p in (build_project(s, ctx) for s in segs)]
    assert got == [("Kylien energiaremontti", "Esimerkin ammattikorkeakoulu", [120000.0]),
                   ("Grön hamn", "Exempelby kommun", [85500.0]),
                   ("Pyöräreitit kuntoon", "Esimerkkiseudun kuntayhtymä", [40000.0])]


def test_a_teaser_cards_kicker_names_its_content_type():
    from pipeline.segment.vocab import content_type

    def blocks(*texts):
        return [Block(kind="heading", level=2, text="Kylätalo kuntoon")] + [Block(kind="paragraph", text=t) for t in texts]

    assert content_type(blocks("Hanke Päättynyt", "Yhdistys korjasi kylätalon.")) == "project"
    assert content_type(blocks("Uutinen 12.4.2024", "Kylätalo avattiin.")) == "other"
    assert content_type(blocks("Tapahtuma")) == "other"
    assert content_type(blocks("Hanke toteutettiin vuosina 2021–2022.")) is None  # a sentence, no kicker
    assert content_type(blocks("Yhdistys korjasi kylätalon.")) is None


def test_the_one_project_of_a_page_takes_its_project_managers_card_from_another_section():
    def parse(body):
        return parse_html(f"<html><body><main>{body}</main></body></html>".encode(), "sid", "https://example.fi/")

    news = "<h2>Tulevat tapahtumat</h2><p>Kyläilta 12.10.2024 kylätalolla.</p>"
    card = "<p>Maija Esimerkki, projektipäällikkö, Esimerkin kyläyhdistys ry, puh. 040 123 4567</p>"
    project = ("<h2>Kylätalo kuntoon -hanke</h2><p><b>Hallinnoija:</b> Esimerkin kyläyhdistys ry</p>"
               "<p><b>Hankeaika:</b> 1.1.2024–31.12.2025</p>")
    recs = segment(parse("<h1>Uutiskirje 2/2024</h1><h2>Talkoot</h2><p>Talkoot alkavat.</p>" + news + card + project))
    assert [r.title for r in recs] == ["Kylätalo kuntoon -hanke"]
    assert any("projektipäällikkö" in b.text for b in recs[0].blocks)
    # a card of someone not working for a project stays where it is
    other = card.replace("projektipäällikkö", "puheenjohtaja")
    recs = segment(parse("<h1>Uutiskirje 2/2024</h1><h2>Talkoot</h2><p>Talkoot alkavat.</p>" + news + other + project))
    assert not any("puheenjohtaja" in b.text for b in recs[0].blocks)
