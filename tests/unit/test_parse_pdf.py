"""PDF parser on the corpus PDFs and on layouts built in the test: reading order, tables, fields, forms, minutes,
furniture, errors."""
from __future__ import annotations

import time
from datetime import datetime, timezone
from pathlib import Path

import pytest

from pipeline.parse.blocks import Block, Document, one_line
from pipeline.parse.errors import ParseError
from pipeline.parse.pdf import parse_pdf

PDF_DIR = Path(__file__).parents[2] / "raw" / "pdf"
NAMES = {
    "oulu": "oulu_kuntalaislahtoinen_kaupunkikehittaminen.pdf",
    "hml": "hameenlinna_kehittamishankkeet_2021.pdf",
    "d07": "d07_ylojarvi_kh_poytakirjanote_226.pdf",
    "d08": "d08_metropolia_hanke_esite.pdf",
    "d09": "d09_tuusula_ruokamatkailu_hankesuunnitelma.pdf",
    "d10": "d10_pohjois_pohjanmaa_jtf_hakemukset.pdf",
}
TIMINGS: dict[str, tuple[float, int]] = {}


@pytest.fixture(scope="module")
def docs() -> dict[str, Document]:
    out = {}
    for key, name in NAMES.items():
        path = PDF_DIR / name
        if not path.exists():
            pytest.skip(f"corpus PDF missing: {path}")
        t = time.perf_counter()
        doc = parse_pdf(path.read_bytes(), key, f"file://{name}")
        TIMINGS[key] = (time.perf_counter() - t, int(doc.meta["pages"]))
        out[key] = doc
    return out


def tables(doc: Document) -> list[Block]:
    return [b for b in doc.blocks if b.kind == "table"]


def fields(doc: Document) -> dict[str, str]:
    return {b.label: b.text for b in doc.blocks if b.kind == "field" and b.label}


def index_of(doc: Document, needle: str) -> int:
    for i, b in enumerate(doc.blocks):
        if needle in b.line or any(needle in one_line(c) for r in b.rows for c in r):
            return i
    raise AssertionError(f"{needle!r} not found")


# -- basics -----------------------------------------------------------------------

def test_document_basics(docs: dict[str, Document]) -> None:
    for key, doc in docs.items():
        assert doc.content_type == "pdf"
        assert doc.source_id == key
        assert doc.blocks
        assert all(b.page is not None and b.page >= 1 for b in doc.blocks)


def test_titles(docs: dict[str, Document]) -> None:
    assert docs["oulu"].title == "Kuntalaislähtöinen kaupunkikehittäminen"
    assert docs["hml"].title == "Kehittämishankkeet 2021"
    assert docs["d07"].title == "§ 226 Väliaikaisrahoitus yhdistysten hankkeisiin"
    assert docs["d09"].title == "Ruokamatkailu ja paikalliset tuotteet"
    assert docs["d08"].title == "Metropolia Ammattikorkeakoulu"


def test_heading_levels(docs: dict[str, Document]) -> None:
    heads = {b.text: b.level for b in docs["d09"].blocks if b.kind == "heading"}
    assert heads["Ruokamatkailu ja paikalliset tuotteet"] == 1
    assert heads["1 Tausta ja tavoitteet"] == 2
    assert heads["Rahoitustaulukko"] == 3  # bold at body size, standing alone
    d08 = {b.text: b.level for b in docs["d08"].blocks if b.kind == "heading"}
    assert d08["Liikkuvan Arjen Design"] == 2 and d08["Kulttuurisilta"] == 2
    assert d08["Kehittämiskohteet"] == 3


# -- ruled tables ---------------------------------------------------------------------

def test_oulu_grid_table(docs: dict[str, Document]) -> None:
    (t,) = tables(docs["oulu"])
    assert t.rows == (
        ("Rahoitus", "2015", "2016", "2017", "2018", "Yht."),
        ("ESR 70%", "50 722", "220 231", "220 231", "173 470", "664 655"),
        ("OUKA 30%", "21 738", "94 384", "94 384", "74 345", "284 850"),
        ("YHTEENSÄ", "72 460", "314 615", "314 615", "247 815", "949 505"),
    )
    assert t.page == 1
    assert t.text.splitlines()[1] == "ESR 70% | 50 722 | 220 231 | 220 231 | 173 470 | 664 655"
    # table text is not repeated as paragraphs
    assert not any("949 505" in b.text for b in docs["oulu"].blocks if b.kind != "table")


def test_hameenlinna_list_table(docs: dict[str, Document]) -> None:
    (t,) = tables(docs["hml"])
    assert t.rows[0] == ("Hanke", "Toteutusaika", "Rahoitus", "Yhteyshenkilö")
    assert len(t.rows) == 13
    assert all(len(r) == 4 for r in t.rows)
    assert one_line(t.rows[1][0]) == "Teemme yhdessä! Työllisyyden palveluiden ja hankintojen kehittämishanke"
    assert t.rows[1][3] == "Hilkka Luukkonen, projektipäällikkö\nhilkka.luukkonen@hameenlinna.fi"
    assert t.rows[6] == ("Opitaan luonnossa ja luonnosta", "26.4.2019-31.7.2021",
                         "Opetushallitus, valtionavustus\n68 850 €",
                         "Elina Kataja, varhaiskasvatuksen\nsuunnittelija\nelina.kataja@hameenlinna.fi")
    digi = next(r for r in t.rows if r[0] == "Digiagendan toteuttaminen")
    assert digi[1] == "1.2.2020-31.11.2021"
    assert digi[2].split("\n") == ["Valtiovarainministeriö:", "ICT-osaamisen tuen ja kehittämisen ekosysteemi: 246 500 €",
                                   "Kaupunki taskussa: 112 200 €", "Kurob: enintään 507 300 €"]
    assert t.rows[5] == ("Kestävän elämäntavan opinpolku", "1.8.2020–31.12.2021", "", "")
    assert not any("jenni.huttunen" in b.text for b in docs["hml"].blocks if b.kind != "table")


def test_d09_table_stitched_over_page_break(docs: dict[str, Document]) -> None:
    ts = tables(docs["d09"])
    assert len(ts) == 2
    measures, funding = ts
    assert measures.rows[0] == ("Toimenpide", "Kuvaus")
    assert one_line(measures.rows[1][0]) == "Ruoka- ja kulttuuritapahtuma"
    assert len(measures.rows) == 5
    assert funding.rows == (
        ("Rahoittaja", "€", "Osuus julkisesta tuesta"),
        ("ELY-keskus", "36 000", "80 %"),
        ("Kuntaraha", "9 000", "20 %"),
        ("Julkinen tuki yhteensä", "45 000", "100 %"),
    )
    assert funding.page == 1


# -- table without rules ----------------------------------------------------------

def test_d10_whitespace_table(docs: dict[str, Document]) -> None:
    (t,) = tables(docs["d10"])
    assert t.rows == (
        ("Hankkeen nimi", "Hakija", "Haettu tuki €"),
        ("Dr Livingstone – New business in turbulent world – NIHAK", "NIHAK ry", "469 022"),
        ("Centrian testaustoiminnan kehittäminen 2.0", "Centria-ammattikorkeakoulu Oy", "277 804"),
        ("Tupla Kit Raahen seutukunnassa", "Raahen kaupunki", "192 024"),
        ("Uusi aikaisen vaiheen pääomarahasto", "Oulun kaupunki", "297 066"),
        ("Tupla KIT Kalajoen seudulla", "Kalajoen kaupunki", "192 024"),
        ("Pohjois-Suomen rakennusklusteri ry:n kansainvälistyminen ja Ukrainan jälleenrakennus",
         "Pohjois-Suomen rakennusklusteri ry, Norra Finlands byggkluster rf", "90 284"),
        ("Selvitys pk-yritysten innovaatiotoiminnan edistämiseksi Pohjois-Pohjanmaalla",
         "Osuuskunta A. Vipunen", "65 141"),
    )
    text = docs["d10"].text()
    assert "Hakemukset ovat käsittelyssä." in text  # the line after the table is prose again
    assert not any("Raahen kaupunki" in b.text for b in docs["d10"].blocks if b.kind != "table")


def test_p03_whitespace_table_with_vertically_centred_rows() -> None:
    """Rows centred vertically: a wrapped cell has lines above and below the row's main line."""
    path = Path(__file__).parents[1] / "heldout2" / "docs" / "pdf" / "p03_pohjanmaa_eakr_hankkeet.pdf"
    if not path.exists():
        pytest.skip(f"PDF missing: {path}")
    doc = parse_pdf(path.read_bytes(), "p03", f"file://{path.name}")
    (t,) = tables(doc)
    assert t.rows == (
        ("Hanke", "Hallinnoija", "Toteutusaika", "EAKR-tuki €"),
        ("Vetytalouden kokeiluympäristö Vaskiluodon satama-alueelle", "Vaasan kaupunki", "1.3.2024–28.2.2027",
         "1 240 000"),
        ("Kaskisten sataman logistiikkaselvitys", "Kaskisten kaupunki", "1.5.2024–30.4.2025", "86 400"),
        ("Pk-yritysten digiloikka (DILO)", "Pohjanmaan Yrittäjät ry – Österbottens Företagare rf",
         "1.8.2024–31.7.2026", "312 500"),
        ("Närpiön kasvihuoneklusterin energiatehokkuuden parantaminen", "Närpiön kaupunki", "8/2024–12/2025",
         "154 000"),
        ("Laihian keskustan elinvoimahanke", "Laihian kunta", "2024–2026", "98 750,50"),
    )
    assert not any(b.kind == "field" and b.label == "Hanke" for b in doc.blocks)  # the header is no field
    after = doc.blocks[doc.blocks.index(t) + 1]
    assert after.kind == "paragraph" and after.text.startswith("Lisäksi käsittelyssä")


# -- reading order of columns ---------------------------------------------------------

LEFT = ["Hanke on päättynyt.", "Hankkeen lähtökohtana oli tarve tuoda muotoiluosaamista", "Kehittämiskohteet",
        "Hankkeessa syntyi 31 tuote- ja palvelukonseptia", "EAKR, Uudenmaan liitto", "Päivi Fredriksson"]
RIGHT = ["Kulttuurisilta on Metropolian hallinnoima hanke", "Organisointi", "Ohjausryhmässä osatoteuttajakaupunkeja",
         "Osatoteuttajat", "Anna-Maija Iskanius"]


def test_d08_columns_in_order(docs: dict[str, Document]) -> None:
    doc = docs["d08"]
    left = [index_of(doc, s) for s in LEFT]
    right = [index_of(doc, s) for s in RIGHT]
    assert left == sorted(left) and right == sorted(right)
    assert max(left) < min(right)
    assert index_of(doc, "Liikkuvan Arjen Design") < index_of(doc, "Kulttuurisilta")


def test_d08_no_block_mixes_columns(docs: dict[str, Document]) -> None:
    left_words = {"lähtökohtana", "pyöräilijäystävälliset", "työskentelymalli,", "Kivistö-projekti,", "Fredriksson"}
    right_words = {"osatoteuttajina", "Organisointi", "Ohjausryhmässä", "Musiikkioppilaitosten", "Iskanius"}
    for b in docs["d08"].blocks:
        words = set(b.line.split())
        assert not (words & left_words and words & right_words), b.line


def test_d08_wrapped_sentences_and_bullets(docs: dict[str, Document]) -> None:
    doc = docs["d08"]
    paras = [b.line for b in doc.blocks if b.kind == "paragraph"]
    assert ("Hankkeen lähtökohtana oli tarve tuoda muotoiluosaamista ja ympäristömyönteistä suunnittelua "
            "joukkoliikenteen, asemaympäristöjen, pyöräilyn ja jalankulun ratkaisuihin.") in paras
    items = [b.text for b in doc.blocks if b.kind == "list_item"]
    assert items == [
        "pyöräilijäystävälliset palvelut ja ratkaisut uudelle Kivistön alueelle",
        "pyöräkeskuskonseptin kehittäminen ja pilotointi Helsingissä",
        "pääradan asemaympäristöjen parantaminen yhdessä asukkaiden ja muiden toimijoiden kanssa",
    ]
    f = fields(doc)
    assert f["Vastuuhenkilö"] == "johtaja Tuire Ranta-Meyer"
    assert f["Rahoittaja"] == "Helsingin kaupungin innovaatiorahasto."
    contacts = next(b for b in doc.blocks if "Anna-Maija Iskanius" in b.text)
    assert contacts.text.split("\n") == ["Projektijohtaja Laura Huhtinen-Hildén", "Vastuullinen johtaja Tuire Ranta-Meyer",
                                         "Projektipäällikkö Anna-Maija Iskanius"]


# -- fields ------------------------------------------------------------------------

def test_d07_fields(docs: dict[str, Document]) -> None:
    f = fields(docs["d07"])
    for label in ("Hakija", "Valmistelija", "Toimivalta", "Lisätietoja päätöksestä", "Liite", "Oheismateriaali",
                  "Esittelijä", "Päätösehdotus", "Päätös"):
        assert label in f, label
    assert f["Hakija"] == "Kurun lähiruoka ry – lähiruokaprojekti paikallisen kalankäytön lisäämiseksi"
    assert f["Valmistelija"] == "talousjohtaja Juha Liinavuori"
    assert f["Lisätietoja päätöksestä"] == "Juha Liinavuori, 040-133 4540, etunimi.sukunimi@ylojarvi.fi"
    assert f["Oheismateriaali"].split("\n") == ["Kurun lähiruoka ry:n hakemus", "ELY:n päätös hankkeen rahoittamisesta",
                                                 "Hankkeen budjetti ja kassavirtalaskelma"]
    assert f["Päätösehdotus"] == ("Kaupunginhallitus päättää myöntää Kurun lähiruoka ry:lle 15 000 euron "
                                  "väliaikaisrahoituksen lähiruokaprojektiin paikallisen kalankäytön lisäämiseksi.")
    assert f["Päätös"] == "Hyväksyttiin."


def test_oulu_fields_and_wrapped_names(docs: dict[str, Document]) -> None:
    f = fields(docs["oulu"])
    assert f["Hankkeen nimi"] == "Kuntalaislähtöinen kaupunkikehittäminen"
    assert f["Käsittelyvaihe"] == "Päättynyt"
    assert f["Aloittamispvm"] == "1.10.2015" and f["Päättymispvm"] == "30.9.2018"
    assert f["Rahoittajat"].split("\n") == ["Pohjois-Pohjanmaan ELY-keskus", "Oulun kaupunki"]
    contacts = f["Yhteyshenkilöt"]
    assert "projektipäällikkö Jaakko Jokipii, p. 044 703 8307" in contacts
    assert "Hanna Jakku, p. 050 346 8537" in contacts
    assert "suunnittelupäällikkö Jarmo Laitinen" in contacts
    assert f["Logot"] == "ESR, ELY-keskus"
    assert "Tiivistelmä" not in f  # a heading, not an empty field
    link_block = next(b for b in docs["oulu"].blocks if b.label == "Kaaos-toiminta")
    assert link_block.text == "Linkki: https://www.ouka.fi/oulu/kaaos"
    assert [lk.href for lk in link_block.links] == ["https://www.ouka.fi/oulu/kaaos"]


def test_d09_fields(docs: dict[str, Document]) -> None:
    f = fields(docs["d09"])
    assert f["Hakija"] == "Tuusulanjärven Matkailu ry (TUMA)"
    assert f["Yhteyshenkilö"] == "Marjo Ranta-Irwin, toiminnanjohtaja, Tuusulanjärven Matkailu ry"
    assert f["Rahoituspäätös"] == "ELY-keskuksen päätös 19.12.2019"


# -- running headers and footers ------------------------------------------------------

def test_running_headers_and_footers_dropped(docs: dict[str, Document]) -> None:
    d07 = docs["d07"].text()
    assert "PÖYTÄKIRJANOTE" not in d07 and "(2)" not in d07 and "Pöytäkirjanote" not in d07
    assert {b.page for b in docs["d07"].blocks} == {1, 2}
    d09 = docs["d09"].text()
    assert "Sivu 1/2" not in d09 and "Sivu 2/2" not in d09 and "· Hankesuunnitelma" not in d09
    oulu = docs["oulu"].text()
    assert "Hankeraportti" not in oulu and "palaute@ouka.fi" not in oulu
    # the same words as content on page 1 (not in the header band) stay
    assert "Oulun kaupungin kehittämissalkut - hanketietokanta" in oulu
    assert "Esite 1/1" not in docs["d08"].text()
    assert "liite 1 (1)" not in docs["d10"].text()


# -- errors ------------------------------------------------------------------------

def _make_pdf(content: bytes, encrypt: bool = False) -> bytes:
    """A minimal one-page PDF written by hand (no PDF library needed)."""
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    if encrypt:  # standard handler whose user password is not empty
        objs.append(b"<< /Filter /Standard /V 1 /R 2 /O <" + b"41" * 32 + b"> /U <" + b"42" * 32 + b"> /P -4 >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    trailer = b"<< /Size %d /Root 1 0 R" % (len(objs) + 1)
    if encrypt:
        trailer += b" /Encrypt %d 0 R /ID [<%s> <%s>]" % (len(objs), b"00" * 16, b"00" * 16)
    out += b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def _raises(data: bytes) -> str:
    with pytest.raises(ParseError) as exc:
        parse_pdf(data, "x", "file://x.pdf")
    msg = str(exc.value)
    assert msg and "\n" not in msg
    return msg


def test_truncated_pdf_raises() -> None:
    data = (PDF_DIR / NAMES["d09"]).read_bytes()
    assert _raises(data[: len(data) // 2]).startswith("damaged PDF")


def test_empty_and_non_pdf_raise() -> None:
    _raises(b"")
    assert "not a PDF" in _raises(b"<!doctype html><html><body>Hankkeet</body></html>")
    _raises(b"%PDF-1.4\n garbage garbage\n%%EOF\n")


def test_encrypted_and_textless_pdfs() -> None:
    assert _raises(_make_pdf(b"BT /F1 12 Tf 20 150 Td (Hello) Tj ET", encrypt=True)) == "encrypted PDF"
    assert _raises(_make_pdf(b"0 0 1 rg 10 10 100 100 re f")) == "no text layer: needs OCR"
    doc = parse_pdf(_make_pdf(b"BT /F1 12 Tf 20 150 Td (Hello world) Tj ET"), "x", "u")
    assert [(b.kind, b.text, b.page) for b in doc.blocks] == [("paragraph", "Hello world", 1)]


def test_speed(docs: dict[str, Document]) -> None:
    total = sum(t for t, _ in TIMINGS.values())
    pages = sum(n for _, n in TIMINGS.values())
    per_page_ms = 1000 * total / pages
    print(f"\nparse_pdf: {per_page_ms:.0f} ms/page over {pages} pages "
          + ", ".join(f"{k} {1000 * t / n:.0f}" for k, (t, n) in TIMINGS.items()))
    assert per_page_ms < 2000


# -- layouts built in the test (fpdf2) ------------------------------------------------

def _fpdf():
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(datetime(2024, 1, 1, tzinfo=timezone.utc))
    pdf.add_page()
    return pdf


def _parse(pdf) -> Document:
    return parse_pdf(bytes(pdf.output()), "x", "file://x.pdf")


LEFT_BODY = ("Kylätalon lämmitys vaihdettiin maalämpöön ja ikkunat uusittiin. Talkoisiin osallistui kolmekymmentä "
             "kyläläistä kahden kesän aikana, ja työn tulokset näkyvät jo sähkölaskussa.")
RIGHT_BODY = ("Kyläyhdistys kokosi nuoret suunnittelemaan uutta lähiliikuntapaikkaa. Työpajoissa syntyi kolme "
              "ehdotusta, joista äänestettiin kylän yhteisessä illassa syksyllä.")


def test_two_column_newsletter_read_column_by_column() -> None:
    """A full-width masthead, then two columns of items: left column first, headlines as headings."""
    pdf = _fpdf()
    pdf.set_font("Helvetica", "B", 26)
    pdf.set_xy(15, 12)
    pdf.cell(0, 10, "Kylien uutiskirje 2024")  # ends inside the gutter below
    pdf.set_font("Helvetica", "", 11)
    pdf.set_xy(15, 24)
    pdf.cell(0, 6, "UUTISKIRJE - kevät 2024 - Leader Pohjoiset kylät ry - jäsenille ja yhteistyökumppaneille")
    for x, items in ((15, [("Kylätalo lämpenee maalämmöllä", LEFT_BODY), ("Kesäteatteri etsii tekijöitä", RIGHT_BODY)]),
                     (110, [("Nuoret suunnittelivat liikuntapaikan", RIGHT_BODY), ("Kyläkauppa jatkaa", LEFT_BODY)])):
        pdf.set_y(40)
        for head, body in items:
            pdf.set_x(x)
            pdf.set_font("Helvetica", "B", 14)
            pdf.multi_cell(85, 7, head, new_x="LEFT", new_y="NEXT")
            pdf.set_font("Helvetica", "", 9)
            pdf.multi_cell(85, 4.5, body, new_x="LEFT", new_y="NEXT")
            pdf.ln(6)
    doc = _parse(pdf)
    heads = [b.text for b in doc.blocks if b.kind == "heading"]
    assert heads[-4:] == ["Kylätalo lämpenee maalämmöllä", "Kesäteatteri etsii tekijöitä",
                          "Nuoret suunnittelivat liikuntapaikan", "Kyläkauppa jatkaa"]
    paras = [b.text for b in doc.blocks if b.kind == "paragraph"]
    assert paras.count(LEFT_BODY) == 2 and paras.count(RIGHT_BODY) == 2  # no line of one column in the other
    order = [b.text for b in doc.blocks]
    assert order.index("Kesäteatteri etsii tekijöitä") < order.index("Nuoret suunnittelivat liikuntapaikan")
    assert order[0] == "Kylien uutiskirje 2024"  # the masthead comes first, whole


def _box(pdf, x: float, y: float, w: float, label: str, value: str, h: float = 11, lines: int = 1) -> None:
    pdf.rect(x, y, w, h * lines if lines > 1 else h)
    pdf.set_font("Helvetica", "", 6.8)
    pdf.set_xy(x + 1.5, y + 1)
    pdf.cell(w - 3, 3, label)
    pdf.set_font("Helvetica", "", 9)
    pdf.set_xy(x + 1.5, y + 4.5)
    pdf.multi_cell(w - 3, 4.2, value, new_x="LEFT", new_y="NEXT")


def test_form_boxes_label_above_value_are_fields() -> None:
    """Ruled boxes, each a small label above its value, some side by side: one field per box, no table."""
    pdf = _fpdf()
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.set_xy(18, 15)
    pdf.cell(0, 5, "2 Hakijan perustiedot")
    _box(pdf, 18, 22, 90, "Hakijan virallinen nimi", "Äänekosken kaupunki")
    _box(pdf, 108, 22, 45, "Organisaatiotyyppi", "Kunta")
    _box(pdf, 153, 22, 42, "Y-tunnus", "0123456-7")
    _box(pdf, 18, 33, 90, "Toimintalinja", "2. Uusimman tiedon ja osaamisen tuottaminen ja hyödyntäminen",
         lines=2)
    _box(pdf, 108, 33, 87, "Erityistavoite", "4.1. Tutkimus-, osaamis- ja innovaatiokeskittymien kehittäminen",
         lines=2)
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.set_xy(18, 60)
    pdf.cell(0, 5, "4 Toteutusaika")
    _box(pdf, 18, 67, 88, "Alkamispäivämäärä", "1.3.2021")
    _box(pdf, 106, 67, 89, "Päättymispäivämäärä", "31.12.2022")
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.set_xy(18, 85)
    pdf.cell(0, 5, "5 Osatoteuttajat")
    for n, (name, code) in enumerate([("Jyväskylän yliopisto,\nKoulutuksen tutkimuslaitos", "0245894-7"),
                                      ("Keski-Suomen liitto", "0208213-1")]):
        _box(pdf, 18, 92 + 15 * n, 130, "Osatoteuttajan nimi", name, h=15)
        _box(pdf, 148, 92 + 15 * n, 47, "Y-tunnus", code, h=15)
    doc = _parse(pdf)
    assert not tables(doc)
    got = [(b.label, one_line(b.text)) for b in doc.blocks if b.kind == "field"]
    assert got == [
        ("Hakijan virallinen nimi", "Äänekosken kaupunki"), ("Organisaatiotyyppi", "Kunta"), ("Y-tunnus", "0123456-7"),
        ("Toimintalinja", "2. Uusimman tiedon ja osaamisen tuottaminen ja hyödyntäminen"),
        ("Erityistavoite", "4.1. Tutkimus-, osaamis- ja innovaatiokeskittymien kehittäminen"),
        ("Alkamispäivämäärä", "1.3.2021"), ("Päättymispäivämäärä", "31.12.2022"),
        ("Osatoteuttajan nimi", "Jyväskylän yliopisto, Koulutuksen tutkimuslaitos"), ("Y-tunnus", "0245894-7"),
        ("Osatoteuttajan nimi", "Keski-Suomen liitto"), ("Y-tunnus", "0208213-1"),
    ]
    heads = [b.text for b in doc.blocks if b.kind == "heading"]
    assert heads == ["2 Hakijan perustiedot", "4 Toteutusaika", "5 Osatoteuttajat"]


def test_form_labels_in_lighter_type_without_rules() -> None:
    """Grey labels over black values of the same size, no boxes: paired by x."""
    pdf = _fpdf()
    for y, row in ((20, [("Hanke", "Kylätalon energiaremontti"), ("Hankenumero", "123456")]),
                   (34, [("Hallinnoija", "Äänekosken kaupunki"), ("Hankeaika", "1.3.2021-31.12.2022")])):
        for x, (label, value) in zip((20, 110), row):
            pdf.set_font("Helvetica", "", 10)
            pdf.set_text_color(130, 130, 130)
            pdf.set_xy(x, y)
            pdf.cell(80, 5, label)
            pdf.set_text_color(0, 0, 0)
            pdf.set_xy(x, y + 5)
            pdf.cell(80, 5, value)
    pdf.set_xy(20, 60)
    pdf.multi_cell(170, 5, "Hankkeessa kunnostetaan kylätalo ja vähennetään sen lämmitysenergian kulutusta.")
    doc = _parse(pdf)
    assert [(b.kind, b.label, b.text) for b in doc.blocks] == [
        ("field", "Hanke", "Kylätalon energiaremontti"), ("field", "Hankenumero", "123456"),
        ("field", "Hallinnoija", "Äänekosken kaupunki"), ("field", "Hankeaika", "1.3.2021-31.12.2022"),
        ("paragraph", None, "Hankkeessa kunnostetaan kylätalo ja vähennetään sen lämmitysenergian kulutusta."),
    ]


def test_minutes_item_number_and_references_in_the_label_column() -> None:
    """"§ 14" beside a wrapped bold title is one heading; a diary number and "Kh … § 14" label nothing."""
    pdf = _fpdf()
    pdf.set_font("Helvetica", "B", 13)
    pdf.set_xy(15, 15)
    pdf.cell(0, 6, "Kunnanhallituksen kokous")

    def row(y: float, label: str, text: str, bold: bool = False) -> float:
        size, pitch = (10.5, 6) if bold else (9, 4.8)
        pdf.set_font("Helvetica", "B" if bold else "", size)
        pdf.set_xy(15, y)
        pdf.cell(40, pitch, label)
        pdf.set_xy(58, y)
        pdf.multi_cell(95 if bold else 137, pitch, text, new_x="LMARGIN", new_y="NEXT")
        return pdf.get_y() + 2

    y = row(30, "Kokous", "Kunnanhallitus 2/2026")
    y = row(y, "Aika", "Tiistai 14.3.2026 klo 18.00-20.10")
    y = row(y + 6, "§ 14", "Kylätalon kunnostustyöt ja Leader-rahoituksen hakeminen kyläyhdistykselle", bold=True)
    y = row(y, "123/02.05.00/2026", "")
    y = row(y, "Kh 14.3.2026 § 14", "Kunta omistaa kylätalon, jonka kiinteistö on kunnostettava, jotta toiminta "
            "voi jatkua. Kunnostukseen haetaan tukea Leader-ryhmältä.")
    y = row(y, "Lisätietoja", "kehitysjohtaja Maija Esimerkki")
    row(y, "Päätös", "Ehdotus hyväksyttiin yksimielisesti.")
    doc = _parse(pdf)
    got = [(b.kind, b.level, b.label, b.text) for b in doc.blocks]
    assert got[1:4] == [("field", 0, "Kokous", "Kunnanhallitus 2/2026"),
                        ("field", 0, "Aika", "Tiistai 14.3.2026 klo 18.00-20.10"),
                        ("heading", 2, None, "§ 14 Kylätalon kunnostustyöt ja Leader-rahoituksen hakeminen "
                                            "kyläyhdistykselle")]
    assert got[4:] == [
        ("paragraph", 0, None, "123/02.05.00/2026"),
        ("paragraph", 0, None, "Kh 14.3.2026 § 14"),
        ("paragraph", 0, None, "Kunta omistaa kylätalon, jonka kiinteistö on kunnostettava, jotta toiminta voi "
                               "jatkua. Kunnostukseen haetaan tukea Leader-ryhmältä."),
        ("field", 0, "Lisätietoja", "kehitysjohtaja Maija Esimerkki"),
        ("field", 0, "Päätös", "Ehdotus hyväksyttiin yksimielisesti."),
    ]
