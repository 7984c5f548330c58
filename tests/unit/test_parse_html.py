"""HTML to blocks: encodings, furniture removal, label/value structures."""
from __future__ import annotations

import pytest

from pipeline.parse.errors import ParseError
from pipeline.parse.html import parse_html


def parse(html: str | bytes, **kw):
    data = html.encode("utf-8") if isinstance(html, str) else html
    return parse_html(data, "sid", "https://example.fi/hankkeet/", **kw)


def kinds(doc):
    return [(b.kind, b.label, b.text) for b in doc.blocks]


def test_navigation_cookie_footer_and_news_box_dropped():
    doc = parse("""<html><body>
      <div id="cookie-banner"><p>Tämä sivusto käyttää evästeitä</p></div>
      <header class="site-header"><nav><a href="/">Etusivu</a></nav></header>
      <main><h1>Kerhoiloa 2021!</h1><p>Hankkeen tavoitteena on, että kaikilla lapsilla on harrastus.</p>
      <aside><h2>Ajankohtaista</h2><ul><li><a href="/u/1">Kaupunki tiedottaa 22.10.2021</a></li></ul></aside></main>
      <footer><p>Vaihde (03) 6211</p></footer></body></html>""")
    texts = [b.text for b in doc.blocks]
    assert texts == ["Kerhoiloa 2021!", "Hankkeen tavoitteena on, että kaikilla lapsilla on harrastus."]
    assert doc.title == "Kerhoiloa 2021!"


def test_strong_labels_with_br_become_fields():
    doc = parse("""<body><p class="facts"><strong>Projekttid:</strong> 1.5.2020–31.12.2022<br>
      <strong>Totalbudget:</strong> Cirka 1,1&nbsp;miljoner euro<br>
      <strong>Kontaktperson i Pargas:</strong> Siv Holmgren, tfn 040 352 3799</p></body>""")
    assert kinds(doc) == [
        ("field", "Projekttid", "1.5.2020–31.12.2022"),
        ("field", "Totalbudget", "Cirka 1,1 miljoner euro"),
        ("field", "Kontaktperson i Pargas", "Siv Holmgren, tfn 040 352 3799"),
    ]


def test_label_line_takes_following_lines():
    doc = parse("""<body><p><strong>Yhteyshenkilö:</strong><br>Projektipäällikkö Hilkka Luukkonen<br>
      <a href="mailto:hilkka.luukkonen@hameenlinna.fi">hilkka.luukkonen@hameenlinna.fi</a></p></body>""")
    (b,) = doc.blocks
    assert (b.kind, b.label) == ("field", "Yhteyshenkilö")
    assert b.text == "Projektipäällikkö Hilkka Luukkonen\nhilkka.luukkonen@hameenlinna.fi"
    assert b.links[0].href == "mailto:hilkka.luukkonen@hameenlinna.fi"


def test_two_column_label_table_and_nested_funding_table():
    doc = parse("""<body><table class="hanketiedot">
      <tr><td><b>Hankkeen nimi</b></td><td>&nbsp; Kuntalaislähtöinen kaupunkikehittäminen</td></tr>
      <tr><td><b>Tiivistelmä</b></td><td><div><p>Tavoitteena on osallisuus.</p>
        <table border="1"><tr><td><b>Rahoitus</b></td><td>2015</td><td>Yht.</td></tr>
        <tr><td>ESR 70%</td><td>50 722</td><td>50 722</td></tr></table></div></td></tr>
      <tr><td><b>Aloittamispvm</b></td><td>1.10.2015</td></tr></table></body>""")
    assert kinds(doc)[0] == ("field", "Hankkeen nimi", "Kuntalaislähtöinen kaupunkikehittäminen")
    assert kinds(doc)[1] == ("field", "Tiivistelmä", "Tavoitteena on osallisuus.")
    table = doc.blocks[2]
    assert table.kind == "table"
    assert table.rows == (("Rahoitus", "2015", "Yht."), ("ESR 70%", "50 722", "50 722"))
    assert kinds(doc)[3] == ("field", "Aloittamispvm", "1.10.2015")


def test_span_label_list_items_are_fields_and_aside_is_marked():
    doc = parse("""<body><aside><section><h2>Hankkeen perustiedot</h2><ul>
      <li><span class="facts__label">Toteutusaika</span> <span class="facts__value">21.2.–30.7.2014</span></li>
      <li><span class="facts__label">Hallinnoija</span> <span>Juuan kunta</span></li></ul></section></aside></body>""")
    assert [(b.kind, b.label, b.text, b.region) for b in doc.blocks[1:]] == [
        ("field", "Toteutusaika", "21.2.–30.7.2014", "aside"),
        ("field", "Hallinnoija", "Juuan kunta", "aside"),
    ]


def test_th_header_table_is_data_not_fields():
    doc = parse("""<body><table><thead><tr><th>Hanke</th><th>Hakija</th><th>Tuki €</th></tr></thead>
      <tbody><tr><td>Röytän saaren sähköistys</td><td>Iin Röytän toimijat ry</td><td>41&nbsp;750&nbsp;€</td></tr>
      <tr><td>Piippurock-tapahtuman laajentaminen</td><td>Osuuskunta Toripata</td><td>6 164 €</td></tr></tbody></table></body>""")
    (t,) = doc.blocks
    assert t.kind == "table"
    assert t.rows[1] == ("Röytän saaren sähköistys", "Iin Röytän toimijat ry", "41 750 €")


@pytest.mark.parametrize("encoding", ["iso-8859-1", "windows-1252"])
def test_meta_declared_legacy_encodings(encoding):
    html = f'<html><head><meta charset="{encoding}"></head><body><h1>Hämeenlinnan kaupungin hanke – Äänekoski</h1></body></html>'
    doc = parse(html.encode(encoding, errors="replace") if encoding == "iso-8859-1" else html.encode(encoding))
    assert doc.blocks[0].text.startswith("Hämeenlinnan kaupungin hanke")


def test_http_header_charset_wins_over_meta():
    html = '<html><head><meta charset="utf-8"></head><body><p>Päättynyt hanke Ylöjärvellä</p></body></html>'
    doc = parse(html.encode("cp1252"), http_content_type="text/html; charset=windows-1252")
    assert doc.blocks[0].text == "Päättynyt hanke Ylöjärvellä"


def test_undeclared_encoding_with_finnish_letters_is_detected():
    html = "<html><body><p>" + "Hämeenlinnan kaupungin hallinnoimassa hankkeessa kehitetään työllisyyttä. " * 5 + "</p></body></html>"
    doc = parse(html.encode("cp1252"))
    assert "Hämeenlinnan kaupungin hallinnoimassa" in doc.blocks[0].text


@pytest.mark.parametrize("data,message", [
    (b"\x00\x01\x02\x03binary" * 100, "binary content, not HTML"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "file is a PDF, not HTML"),
])
def test_unreadable_html_raises_one_line_error(data, message):
    with pytest.raises(ParseError, match=message):
        parse(data)


def test_links_are_absolute():
    doc = parse('<body><p><a href="/wp-content/uploads/2019/10/raportti.pdf">Loppuraportti (pdf)</a></p></body>')
    assert doc.blocks[0].links[0].href == "https://example.fi/wp-content/uploads/2019/10/raportti.pdf"


def test_details_accordions_are_headed_cards():
    doc = parse("""<body><h1>Käynnissä olevat hankkeet</h1>
      <details><summary>Kirkkojärven kosteikko</summary><h3>Kirkkojärven kosteikon rakentaminen</h3><p>Teksti.</p></details>
      <details><summary>Ruutanan uimarannan peruskorjaus</summary><p>Toinen.</p></details></body>""")
    assert [(b.kind, b.level, b.text) for b in doc.blocks if b.kind == "heading"] == [
        ("heading", 1, "Käynnissä olevat hankkeet"), ("heading", 2, "Kirkkojärven kosteikko"),
        ("heading", 3, "Kirkkojärven kosteikon rakentaminen"), ("heading", 2, "Ruutanan uimarannan peruskorjaus")]
    assert sum(b.kind == "break" for b in doc.blocks) == 4


def test_label_table_with_plain_cells_when_labels_are_known():
    doc = parse("""<body><table class="hanketiedot"><tr><td>Hallinnoija</td><td>Nurmeksen kaupunki</td></tr>
      <tr><td>Hankeaika</td><td>1.8.2024–31.7.2026</td></tr><tr><td>Hankkeen budjetti</td><td>148 000 €</td></tr></table></body>""")
    assert [(b.kind, b.label, b.text) for b in doc.blocks] == [
        ("field", "Hallinnoija", "Nurmeksen kaupunki"), ("field", "Hankeaika", "1.8.2024–31.7.2026"),
        ("field", "Hankkeen budjetti", "148 000 €")]


def test_closed_accordion_panels_and_inactive_tabs_are_content_but_hidden_menus_are_not():
    doc = parse("""<html><body><main><h1>Keskustan kehittämishanke</h1>
      <h2><button aria-controls="p1" aria-expanded="false">Yhteystiedot</button></h2>
      <div id="p1" role="region" aria-labelledby="b1" hidden><p>hankejohtaja Aino Virtanen, p. 044 123 4567</p></div>
      <section role="tabpanel" id="t2" hidden><p>Hanke päättyi 31.12.2025.</p></section>
      <div hidden><p>Valikko: Etusivu</p></div>
      <p style="display: none">Piilotettu ilmoitus</p></main></body></html>""")
    texts = [b.text for b in doc.blocks]
    assert "hankejohtaja Aino Virtanen, p. 044 123 4567" in texts
    assert "Hanke päättyi 31.12.2025." in texts
    assert not any("Valikko" in t or "Piilotettu" in t for t in texts)


def test_a_page_templates_body_class_does_not_make_the_page_furniture():
    doc = parse("""<html><body class="page-template-elementor_header_footer">
      <div class="site-header"><nav><a href="/">Home</a></nav></div>
      <div class="page-header"><h1>Projects of the programming period 2014–2020</h1></div>
      <h2>BRIDGES</h2><p>Duration: 1 April 2016 – 31 March 2021</p></body></html>""")
    assert [b.text for b in doc.blocks] == ["Projects of the programming period 2014–2020", "BRIDGES",
                                             "1 April 2016 – 31 March 2021"]


def test_a_label_and_its_value_in_two_divs_are_a_field():
    doc = parse("""<html><body><main><h1>Paikkatietoprojekti</h1>
      <div class="field field--label-inline"><div class="field__label">Toteutusaika</div>
        <div class="field__item">1/2004–5/2006</div></div>
      <div class="rivi"><div class="selite">Kustannukset yht.</div><div class="tieto">84 000 €</div></div>
      <div class="henkilo"><div>Sari Lehtimäki</div><div>paikkatietoasiantuntija</div></div></main></body></html>""")
    assert kinds(doc)[1:3] == [("field", "Toteutusaika", "1/2004–5/2006"), ("field", "Kustannukset yht.", "84 000 €")]
    assert ("field", "Sari Lehtimäki", "paikkatietoasiantuntija") not in kinds(doc)


def test_bold_lead_of_a_paragraph_titles_the_record_it_writes():
    doc = parse("""<html><body><main><h1>Rahoitetut hankkeet</h1>
      <p><strong>Kylätalo kuntoon</strong><br>Hallinnoija: Esimerkkilän kyläyhdistys ry<br>
      Toteutusaika: 1.3.2024–31.12.2025</p>
      <p><strong>Rantareitin kunnostus</strong> Esimerkkilän kunta kunnostaa järven rantareitin ja rakentaa
      sen varrelle kaksi laavua. Leader-ryhmä myönsi hankkeelle 18 000 euroa.</p>
      <p><strong>Esimerkkilän kunta</strong><br>Kunnantie 1, 99999 Esimerkkilä</p></main></body></html>""")
    assert kinds(doc)[:4] == [
        ("heading", None, "Rahoitetut hankkeet"),
        ("heading", None, "Kylätalo kuntoon"),
        ("field", "Hallinnoija", "Esimerkkilän kyläyhdistys ry"),
        ("field", "Toteutusaika", "1.3.2024–31.12.2025"),
    ]
    assert [b.level for b in doc.blocks if b.kind == "heading"] == [1, 2, 2]
    assert doc.blocks[4].text == "Rantareitin kunnostus"
    assert doc.blocks[5].kind == "paragraph" and doc.blocks[5].text.startswith("Esimerkkilän kunta kunnostaa")
    # an address card's bold name over its street is no record
    assert doc.blocks[-1].kind != "heading" and "Kunnantie 1" in doc.blocks[-1].text


def test_list_item_over_a_nested_list_of_facts_is_a_titled_record():
    doc = parse("""<html><body><main><h2>Päättyneet hankkeet</h2><ol>
      <li>Kalaa lähivesistä<ul><li>Vastuutaho: Esimerkkilän kalastusseura ry</li>
      <li>Hankeaika: 1.4.2019–31.3.2021</li></ul></li>
      <li>Kesäkahvilat<ul><li>Lisätietoja kahviloista</li></ul></li></ol></main></body></html>""")
    assert kinds(doc)[:4] == [
        ("heading", None, "Päättyneet hankkeet"),
        ("heading", None, "Kalaa lähivesistä"),
        ("field", "Vastuutaho", "Esimerkkilän kalastusseura ry"),
        ("field", "Hankeaika", "1.4.2019–31.3.2021"),
    ]
    assert doc.blocks[3].level == 0 and doc.blocks[1].level == 3
    assert "Kesäkahvilat" not in [b.text for b in doc.blocks if b.kind == "heading"]


def test_other_news_box_is_dropped_with_its_teasers():
    doc = parse("""<html><body><main><article><h1>Kylätalolle rahoitus</h1>
      <p>Kylätalo kuntoon -hanke alkaa keväällä.</p></article>
      <section class="related"><h2>Muita uutisia</h2><div><h3>Kaavaluonnos nähtäville 15.5.–13.6.2025</h3>
      <p>Luonnoksesta voi antaa mielipiteen.</p></div></section></main></body></html>""")
    assert [b.text for b in doc.blocks if b.kind != "break"] == ["Kylätalolle rahoitus",
                                                               "Kylätalo kuntoon -hanke alkaa keväällä."]


def test_a_project_sites_footer_keeps_its_statement_of_the_project_and_its_funding():
    doc = parse("""<html><body><main><h1>Kyläilta kokosi väkeä</h1><p>Kylätalolle tuli kuusikymmentä kyläläistä.</p></main>
      <footer><p>Kylät kuntoon -hanke toteutetaan ajalla 1.1.2024–31.12.2025, ja sitä rahoittaa Leader Esimerkki ry.</p>
      <p>© Kylät kuntoon · Kunnantie 1, Esimerkkilä</p><p>Hankkeessa mukana: Esimerkkilän kunta</p></footer></body></html>""")
    assert [b.text for b in doc.blocks if b.kind != "break"] == [
        "Kyläilta kokosi väkeä", "Kylätalolle tuli kuusikymmentä kyläläistä.",
        "Kylät kuntoon -hanke toteutetaan ajalla 1.1.2024–31.12.2025, ja sitä rahoittaa Leader Esimerkki ry."]


def test_minutes_items_laid_out_as_table_rows_become_headed_items():
    doc = parse("""<body><h1>Kunnanhallitus</h1>
<table class="pykala"><tr><td><b>§ 41</b></td><td><b>Kuntarahoitus Kylätalo kuntoon -hankkeelle</b><br>
<small>Esittelijä: kunnanjohtaja Maija Esimerkki</small><p>Esimerkkilän kyläyhdistys ry hakee kuntarahoitusta
hankkeeseen, jonka kokonaiskustannusarvio on 40 000 euroa.</p><p><strong>Päätös:</strong> Hyväksyttiin.</p></td></tr></table>
<table class="pykala"><tr><td><b>§ 42</b></td><td><b>Edustajan nimeäminen vanhusneuvostoon</b>
<p>Edustajaksi nimetään Matti Meikäläinen ja varalle Liisa Esimerkki, kumpikin kaudeksi 2025–2027.</p></td></tr></table>
</body>""")
    headings = [(b.level, b.text) for b in doc.blocks if b.kind == "heading"]
    assert headings == [(1, "Kunnanhallitus"), (2, "§ 41 Kuntarahoitus Kylätalo kuntoon -hankkeelle"),
                        (2, "§ 42 Edustajan nimeäminen vanhusneuvostoon")]
    assert not any(b.kind == "table" for b in doc.blocks)
    assert ("field", "Päätös", "Hyväksyttiin.") in kinds(doc)


def test_a_list_line_led_by_an_applicant_stays_a_list_item():
    doc = parse("""<body><h2>Rahoitetut hankkeet</h2><ul>
<li>Esimerkkilän Nuorisoseura: Kesäteatterin katsomo, 12 400 euroa</li>
<li>Toteutusaika: 2024–2025</li></ul></body>""")
    assert ("list_item", None, "Esimerkkilän Nuorisoseura: Kesäteatterin katsomo, 12 400 euroa") in kinds(doc)
    assert ("field", "Toteutusaika", "2024–2025") in kinds(doc)


def test_the_document_title_survives_and_an_articles_header_keeps_its_title():
    doc = parse("""<html><head><title>Kylätalo kuntoon – Esimerkkilän kyläyhdistys</title></head><body>
<header class="site-header"><p class="site-title">Kylätalo kuntoon</p><nav><a href="/">Etusivu</a></nav></header>
<main><article><header class="entry-header"><h2 class="entry-title"><a href="/a">Talkoot pidettiin lauantaina</a></h2>
</header><p>Kylätalon katto korjattiin talkoilla, ja paikalla oli kolmekymmentä kyläläistä.</p></article></main></body></html>""")
    assert doc.title == "Kylätalo kuntoon – Esimerkkilän kyläyhdistys"
    assert ("heading", None, "Talkoot pidettiin lauantaina") in kinds(doc)
    assert not any("Etusivu" in b.text for b in doc.blocks)  # the page's own banner is still furniture


def test_a_card_made_clickable_whole_keeps_its_heading_and_paragraphs_apart():
    doc = parse("<main><ul><li class='card'><a href='/kylatalo/'><div><span>Hanke</span>"
                "<h2>Kylätalo kuntoon</h2><p>Yhdistys korjaa kylätalon.</p><p>Hankeaika 1.1.2024–31.12.2025</p>"
                "</div></a></li></ul></main>")
    kinds = [(b.kind, b.text) for b in doc.blocks if b.kind != "break"]
    assert ("heading", "Kylätalo kuntoon") in kinds
    assert ("paragraph", "Hankeaika 1.1.2024–31.12.2025") in kinds
    # a link inside running text stays in its sentence
    doc = parse("<main><p>Lue lisää <a href='/x/'>hankkeesta</a> sivuiltamme.</p></main>")
    assert [b.text for b in doc.blocks if b.kind == "paragraph"] == ["Lue lisää hankkeesta sivuiltamme."]
