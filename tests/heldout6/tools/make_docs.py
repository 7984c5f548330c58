"""Builds the ten documents of evaluation set 6 (f6_01 ... f6_10).

    python3 -m venv /work/fresh/set6/.venv
    /work/fresh/set6/.venv/bin/pip install reportlab fpdf2 pdfplumber pypdf
    /work/fresh/set6/.venv/bin/python /work/fresh/set6/tools/make_docs.py

Writes docs/pdf/*.pdf (six PDFs: four with reportlab, two with fpdf2),
docs/txt/*.txt (two plain-text files) and docs/html/*.html (one page).

The project facts are real and were taken from public pages (see README.md);
the prose is restated, and page furniture (mastheads, footers, events, filler
paragraphs, page numbers, appeal instructions) is invented chrome.

Output is byte-stable: reportlab runs in invariant mode and the fpdf2 files get a
fixed creation date and file id. DejaVu Sans is embedded (ä, ö, å, –, €, § extract
correctly); the font directory comes from DEJAVU_DIR or fc-match.
"""
import datetime
import os
import subprocess
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PDF_DIR = ROOT / "docs" / "pdf"
TXT_DIR = ROOT / "docs" / "txt"
HTML_DIR = ROOT / "docs" / "html"


def font_dir() -> Path:
    if os.environ.get("DEJAVU_DIR"):
        return Path(os.environ["DEJAVU_DIR"])
    path = subprocess.run(["fc-match", "-f", "%{file}", "DejaVu Sans"], capture_output=True,
                          text=True, check=True).stdout.strip()
    if not path.endswith("DejaVuSans.ttf"):
        raise SystemExit(f"fc-match gave {path!r}, not DejaVuSans.ttf: set DEJAVU_DIR")
    return Path(path).parent


FD = font_dir()
pdfmetrics.registerFont(TTFont("DV", str(FD / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", str(FD / "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVI", str(FD / "DejaVuSans-Oblique.ttf")))
pdfmetrics.registerFont(TTFont("DVS", str(FD / "DejaVuSerif.ttf")))
pdfmetrics.registerFont(TTFont("DVSB", str(FD / "DejaVuSerif-Bold.ttf")))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVB")
pdfmetrics.registerFontFamily("DVS", normal="DVS", bold="DVSB", italic="DVS", boldItalic="DVSB")

FIXED_DATE = datetime.datetime(2024, 1, 1, 12, 0, 0, tzinfo=datetime.timezone.utc)


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def S(name, **kw):
    base = dict(fontName="DV", fontSize=9.5, leading=12.5, alignment=TA_LEFT)
    base.update(kw)
    return ParagraphStyle(name, **base)


# =====================================================================================
# f6_01  EURA 2014 application print: field boxes drawn on a canvas (label above value)
# =====================================================================================
def f6_01():
    out = PDF_DIR / "f6_01_oulu_eura_hakemustuloste.pdf"
    c = rl_canvas.Canvas(str(out), pagesize=A4)
    W, H = A4
    L, R = 18 * mm, W - 18 * mm
    state = {"y": H - 20 * mm, "page": 1}

    def header():
        c.setFont("DVB", 12)
        c.drawString(L, H - 14 * mm, "Hankehakemus")
        c.setFont("DV", 8)
        c.drawString(L, H - 18.5 * mm, "Kestävää kasvua ja työtä 2014–2020 – Suomen rakennerahasto-ohjelma")
        c.drawRightString(R, H - 14 * mm, f"{state['page']} (2)")
        c.drawRightString(R, H - 18.5 * mm, "EURA 2014")
        c.setLineWidth(0.6)
        c.line(L, H - 20.5 * mm, R, H - 20.5 * mm)
        state["y"] = H - 25 * mm

    def footer():
        c.setFont("DV", 7)
        c.drawString(L, 10 * mm, "Tuloste on muodostettu EURA 2014 -järjestelmästä 9.10.2018 klo 10.42. "
                                 "Tuloste ei ole virallinen päätösasiakirja.")

    def newpage():
        footer()
        c.showPage()
        state["page"] += 1
        header()

    def section(title):
        if state["y"] < 40 * mm:
            newpage()
        y = state["y"]
        c.setFillColor(colors.HexColor("#dfe6ee"))
        c.rect(L, y - 6 * mm, R - L, 6 * mm, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("DVB", 9.5)
        c.drawString(L + 2 * mm, y - 4.3 * mm, title)
        state["y"] = y - 7.5 * mm

    def boxes(fields, widths=None):
        """fields: list of (label, value-lines) laid out in one row of boxes."""
        n = len(fields)
        widths = widths or [1.0 / n] * n
        lines_max = max(len(v) for _, v in fields)
        h = (7 + 4.2 * lines_max) * mm
        if state["y"] - h < 16 * mm:
            newpage()
        y = state["y"]
        x = L
        c.setLineWidth(0.4)
        for (label, vals), w in zip(fields, widths):
            bw = (R - L) * w
            c.rect(x, y - h, bw, h, stroke=1, fill=0)
            c.setFont("DV", 6.8)
            c.drawString(x + 1.5 * mm, y - 3 * mm, label)
            c.setFont("DV", 9)
            for i, v in enumerate(vals):
                c.drawString(x + 1.5 * mm, y - (7.2 + 4.2 * i) * mm, v)
            x += bw
        state["y"] = y - h

    header()
    # authority box
    boxes([("Viranomaisen merkintöjä – Hankekoodi", ["A70202"]),
           ("Hakemustyyppi", ["Uusi"]),
           ("Hankkeen tila", ["Toiminta päättynyt"]),
           ("Käsittelijä", [""])], [0.3, 0.2, 0.3, 0.2])
    state["y"] -= 3 * mm
    section("1  Viranomainen, jolle hakemus osoitetaan")
    boxes([("Viranomainen (vastuuviranomainen)", ["Uudenmaan liitto"]),
           ("Rahasto", ["Euroopan aluekehitysrahasto (EAKR)"])], [0.5, 0.5])
    state["y"] -= 3 * mm
    section("2  Hakijan perustiedot")
    boxes([("Hakijan virallinen nimi", ["Oulun kaupunki"]),
           ("Organisaatiotyyppi", ["Kunta"]),
           ("Y-tunnus", ["0187690-1"])], [0.5, 0.25, 0.25])
    boxes([("Jakeluosoite", ["PL 54"]),
           ("Postinumero", ["90015"]),
           ("Postitoimipaikka", ["Oulun kaupunki"]),
           ("Puhelinnumero", ["046 922 7227"])], [0.3, 0.15, 0.3, 0.25])
    boxes([("WWW-osoite", ["http://www.ouka.fi"]),
           ("Hakijoiden lukumäärä tai tuen siirto -menettely",
            ["Hakijoita on useampi kuin yksi (yhteishanke)"])], [0.35, 0.65])
    state["y"] -= 3 * mm
    section("3  Hankkeen perustiedot")
    boxes([("Hankkeen julkinen nimi", ["Kuutoskaupunkien avoimet innovaatioalustat kärkihanke"])], [1.0])
    boxes([("Toimintalinja", ["2. Uusimman tiedon ja osaamisen tuottaminen", "ja hyödyntäminen"]),
           ("Erityistavoite", ["4.1. Tutkimus-, osaamis- ja innovaatiokeskittymien",
                               "kehittäminen alueellisten vahvuuksien pohjalta"])], [0.45, 0.55])
    state["y"] -= 3 * mm
    section("4  Toteutusaika")
    boxes([("Alkamispäivämäärä", ["1.2.2015"]), ("Päättymispäivämäärä", ["31.7.2018"])], [0.5, 0.5])
    state["y"] -= 3 * mm
    section("5  Osatoteuttajat")
    partners = [
        ("Forum Virium Helsinki Oy", "2170029-2"),
        ("Business Tampere", "2252888-5"),
        ("Turku Science Park Oy Ab", "2322323-1"),
        ("Espoon kaupunki", "0101263-6"),
        ("Tampereen kaupunki", "0211675-2"),
        ("Turun kaupunki", "0204819-8"),
        ("Tampereen yliopisto, Tiedon, Tieteen, Teknologian ja Innovaatioiden tutkimuskeskus (TaSTI)",
         "0155668-4"),
        ("Oulun yliopisto", "0245895-5"),
        ("Vantaan kaupunki", "0124610-9"),
        ("Pirkanmaan liitto", "0828308-4"),
        ("Helsingin kaupunki", "0201256-6"),
    ]
    for name, yt in partners:
        if len(name) > 70:
            first, rest = name.split(", ", 1)
            boxes([("Osatoteuttajan nimi", [first + ",", rest]), ("Y-tunnus", [yt])], [0.78, 0.22])
        else:
            boxes([("Osatoteuttajan nimi", [name]), ("Y-tunnus", [yt])], [0.78, 0.22])
    state["y"] -= 3 * mm
    section("6  Hankkeen yhteyshenkilö")
    boxes([("Hankkeen yhteyshenkilön nimi", ["Jari Jokisalo"]),
           ("Yhteyshenkilön asema hakijaorganisaatiossa", ["Hankepäällikkö"])], [0.45, 0.55])
    boxes([("Yhteyshenkilön sähköpostiosoite", ["jari.jokisalo(at)businessoulu.com"]),
           ("Yhteyshenkilön puhelinnumero", ["046 9231397"])], [0.6, 0.4])
    state["y"] -= 3 * mm
    section("7  Tiivistelmä (julkaistaan internetin tietopalvelussa)")
    summary = (
        "Suomen kuusi suurinta kaupunkia – Helsinki, Espoo, Vantaa, Tampere, Turku ja Oulu – toteuttavat "
        "yhteistä kestävän kaupunkikehityksen strategiaa 6Aika – Avoimet ja älykkäät palvelut. Strategialla on "
        "kolme yhteistyöakselia: avoin data, avoin osallisuus ja avoimet innovaatioalustat. Tämä kärkihanke "
        "kuuluu viimeksi mainittuun. Innovaatioalustoilla tarkoitetaan toiminnallisia kokonaisuuksia, joissa "
        "kaupunkiyhteisö synnyttää yhdessä uusia ratkaisuja."
    )
    st = S("sum", fontSize=9, leading=12)
    p = Paragraph(esc(summary), st)
    w, h = p.wrap(R - L - 4 * mm, 200 * mm)
    if state["y"] - h < 20 * mm:
        newpage()
    p.drawOn(c, L + 2 * mm, state["y"] - h - 1 * mm)
    state["y"] -= h + 5 * mm
    section("8  Kustannusarvio ja rahoitussuunnitelma")
    p = Paragraph(esc("Kustannusarvio ja rahoitussuunnitelma on esitetty hakemuksen liitteessä 2. "
                      "Liite ei sisälly tähän julkiseen tulosteeseen."), st)
    w, h = p.wrap(R - L - 4 * mm, 50 * mm)
    p.drawOn(c, L + 2 * mm, state["y"] - h - 1 * mm)
    footer()
    c.showPage()
    c.save()


# =====================================================================================
# f6_02  Swedish two-column newsletter of a Leader group (reportlab frames)
# =====================================================================================
def f6_02():
    out = PDF_DIR / "f6_02_aktion_nyhetsbrev.pdf"
    W, H = A4
    M = 15 * mm
    band_h = 30 * mm
    gap = 8 * mm
    colw = (W - 2 * M - gap) / 2
    top = H - M - band_h - 6 * mm

    def on_page(c, doc):
        c.saveState()
        c.setFillColor(colors.HexColor("#1f5f4a"))
        c.rect(0, H - M - band_h, W, band_h + M, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DVB", 24)
        c.drawString(M, H - M - 13 * mm, "Aktion Österbotten")
        c.setFont("DV", 11)
        c.drawString(M, H - M - 20 * mm, "NYHETSBREV · mars 2023 · Leader i Kust-Österbotten")
        c.setFont("DV", 8)
        c.drawRightString(W - M, H - M - 20 * mm, "Nr 1/2023")
        c.setFillColor(colors.black)
        c.setStrokeColor(colors.HexColor("#1f5f4a"))
        c.setLineWidth(0.5)
        c.line(M + colw + gap / 2, 18 * mm, M + colw + gap / 2, top)
        c.setFont("DV", 7.5)
        c.drawString(M, 10 * mm, "Aktion Österbotten r.f. · www.aktion.fi · Du får det här nyhetsbrevet eftersom du "
                                 "är medlem i föreningen.")
        c.drawRightString(W - M, 10 * mm, f"Sida {doc.page}")
        c.restoreState()

    frames = [Frame(M, 18 * mm, colw, top - 18 * mm, id="left", leftPadding=0, rightPadding=0),
              Frame(M + colw + gap, 18 * mm, colw, top - 18 * mm, id="right", leftPadding=0, rightPadding=0)]
    doc = BaseDocTemplate(str(out), pagesize=A4, leftMargin=M, rightMargin=M, topMargin=M, bottomMargin=M,
                          title="Aktion Österbotten – Nyhetsbrev 1/2023", author="Aktion Österbotten r.f.")
    doc.addPageTemplates([PageTemplate(id="two", frames=frames, onPage=on_page)])

    kicker = S("kick", fontName="DVB", fontSize=7.5, textColor=colors.HexColor("#1f5f4a"), spaceBefore=8)
    h2 = S("h2", fontName="DVSB", fontSize=13.5, leading=16.5, spaceAfter=4)
    body = S("body", fontName="DVS", fontSize=9.2, leading=12.6, spaceAfter=5)
    fact = S("fact", fontName="DV", fontSize=8.4, leading=11, leftIndent=6, spaceAfter=1)
    small = S("small", fontName="DVI", fontSize=8, leading=10.5, spaceAfter=4)

    flow = [
        Paragraph("PROJEKTNYTT", kicker),
        Paragraph("Innospiration Österbotten – en nyskapande kreativ kraft", h2),
        Paragraph(esc(
            "Många goda idéer på landsbygden blir aldrig av, eftersom man inte vet var pengarna finns eller hur "
            "man kommer i gång. Det ville vi ändra på. Under projektet ordnade vi sex workshoppar runt om i "
            "Österbotten där föreningar, företag och byaaktiva fick träffa finansiärer ansikte mot ansikte. "
            "Samtidigt byggde vi upp ett nätverk av finansiärer och prövade modeller för att mäta vilken nytta "
            "utvecklingsprojekt gör, också när nyttan inte syns i kronor och ören."), body),
        Paragraph(esc("Resultaten finns samlade i rapporter och i en artikel som kan beställas från kansliet."), body),
        Paragraph("<b>Projektägare:</b> Aktion Österbotten rf", fact),
        Paragraph("<b>Projekttid:</b> 1.7.2016–24.11.2021", fact),
        Paragraph("<b>Projektnummer:</b> 31238 (Leaderprojekt)", fact),
        Paragraph("<b>Status:</b> Avslutat", fact),
        Spacer(1, 6),
        Paragraph("EVENEMANG", kicker),
        Paragraph("Leaderkväll i Närpes", h2),
        Paragraph(esc(
            "Funderar din förening på ett projekt? Kom och diskutera idén med oss tisdagen den 18 april kl. 18 "
            "i Närpes. Vi bjuder på kaffe och berättar hur ansökan går till i Hyrrä. Anmälan senast 12.4."), body),
        Paragraph("Evenemanget ordnas i samarbete med kommunens näringslivsenhet.", small),
        FrameBreak(),
        Paragraph("PROJEKTNYTT", kicker),
        Paragraph("Inspirera och Inspireras", h2),
        Paragraph(esc(
            "Aktion Österbottens internationella temaprojekt gav lokala aktörer möjlighet att åka på studiebesök "
            "och hämta hem nya sätt att ordna sin egen verksamhet. Temaprojektet var öppet för alla "
            "organisationer i regionen, och tanken var att idéerna från resorna skulle komma hela regionen till "
            "godo. Samtidigt knöts nya kontakter mellan lokala aktörer tack vare det internationella samarbetet."),
            body),
        Paragraph("<b>Offentligt stöd:</b> 41 199,44 €", fact),
        Spacer(1, 6),
        Paragraph("AKTUELLT", kicker),
        Paragraph("En ny programperiod har börjat", h2),
        Paragraph(esc(
            "Programperioden 2023–2027 är i gång. I Finland finns nu 52 Leadergrupper, och vår egen strategi "
            "Vårt Österbotten 2030 styr vilka projekt vi kan stöda. Stödet består av EU-medel, statliga och "
            "kommunala medel samt privat finansiering, som också kan vara talkoarbete."), body),
        Paragraph(esc(
            "Ansökningstiden för småprojekt är 1.3–31.5.2023. Kontakta kansliet innan du lämnar in din "
            "ansökan, så hjälper vi dig att hitta rätt åtgärd."), body),
        Paragraph("Nästa nyhetsbrev utkommer i juni.", small),
    ]
    doc.build(flow)


# =====================================================================================
# f6_04  Municipal board minutes (fpdf2): labels in a left column, body text to the right
# =====================================================================================
class Minutes(FPDF):
    def header(self):
        self.set_font("DV", "", 8)
        self.set_xy(15, 10)
        self.cell(90, 4, "PYHÄJOEN KUNTA", new_x="RIGHT", new_y="TOP")
        self.cell(50, 4, "PÖYTÄKIRJA 2/2026", new_x="RIGHT", new_y="TOP")
        self.cell(40, 4, f"{self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_x(15)
        self.cell(90, 4, "Kunnanhallitus", new_x="RIGHT", new_y="TOP")
        self.cell(50, 4, "02.02.2026", new_x="LMARGIN", new_y="NEXT")
        self.line(15, 19.5, 195, 19.5)
        self.set_y(24)

    def footer(self):
        self.set_y(-14)
        self.set_font("DV", "", 7)
        self.cell(0, 4, "Pöytäkirjantarkastajien nimikirjaimet ______  ______          Otteen oikeaksi todistaa ________",
                  align="L")


def f6_04():
    out = PDF_DIR / "f6_04_pyhajoki_kunnanhallitus_poytakirja.pdf"
    pdf = Minutes(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.file_id = lambda: "<0123456789ABCDEF0123456789ABCDEF><0123456789ABCDEF0123456789ABCDEF>"
    pdf.set_title("Pyhäjoen kunta, kunnanhallitus 02.02.2026, pöytäkirja")
    pdf.set_author("Pyhäjoen kunta")
    pdf.add_font("DV", "", str(FD / "DejaVuSans.ttf"))
    pdf.add_font("DV", "B", str(FD / "DejaVuSans-Bold.ttf"))
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_margins(15, 24, 15)
    pdf.add_page()

    LX, BX, BW = 15, 58, 137

    def row(label, text, bold=False, gap=1.5):
        pdf.set_font("DV", "", 9)
        need = max(len(pdf.multi_cell(BW, 4.8, text or " ", dry_run=True, output="LINES")),
                   len(pdf.multi_cell(BX - LX - 3, 4.8, label or " ", dry_run=True, output="LINES"))) * 4.8
        if pdf.get_y() + need > 297 - 22:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_font("DV", "B" if bold else "", 9)
        pdf.set_xy(LX, y)
        pdf.multi_cell(BX - LX - 3, 4.8, label, align="L")
        yl = pdf.get_y()
        pdf.set_xy(BX, y)
        pdf.set_font("DV", "", 9)
        pdf.multi_cell(BW, 4.8, text, align="L")
        pdf.set_y(max(yl, pdf.get_y()) + gap)

    pdf.set_font("DV", "B", 13)
    pdf.cell(0, 7, "Kunnanhallituksen kokous", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    row("Kokous", "Kunnanhallitus 2/2026")
    row("Aika", "Maanantai 02.02.2026 klo 17.00–19.05")
    row("Paikka", "Kunnantalo, kunnanhallituksen kokoushuone")
    row("Läsnä", "Kunnanhallituksen jäsenet ja muut läsnäolijat on merkitty liitteenä olevaan "
                 "osallistujaluetteloon.")
    row("Käsitellyt asiat", "§ 12 Kokouksen laillisuus ja päätösvaltaisuus\n"
                            "§ 13 Pöytäkirjan tarkastajien valinta\n"
                            "§ 14 Pyhäjoen kalahautomon kunnostustyöt ja Kalaleader-rahoituksen hakeminen\n"
                            "§ 15 Viranhaltijapäätökset\n"
                            "§ 16 Ilmoitusasiat")
    row("Pöytäkirjan nähtävilläolo", "Pöytäkirja on yleisesti nähtävänä kunnan verkkosivuilla 05.02.2026 alkaen.")
    pdf.ln(3)
    pdf.line(15, pdf.get_y(), 195, pdf.get_y())
    pdf.ln(4)

    def para(title, no):
        if pdf.get_y() > 297 - 50:
            pdf.add_page()
        pdf.set_font("DV", "B", 10.5)
        pdf.set_x(LX)
        pdf.cell(BX - LX, 6, f"§ {no}")
        pdf.set_x(BX)
        pdf.multi_cell(BW, 6, title, align="L")
        pdf.ln(1)

    para("Kokouksen laillisuus ja päätösvaltaisuus", 12)
    row("Khall 02.02.2026 § 12", "Kokouskutsu on lähetetty hallintosäännön mukaisesti. Kunnanhallitus on "
                                 "päätösvaltainen, kun enemmän kuin puolet jäsenistä on läsnä.")
    row("Päätös", "Kokous todettiin laillisesti koolle kutsutuksi ja päätösvaltaiseksi.", gap=4)

    para("Pöytäkirjan tarkastajien valinta", 13)
    row("Khall 02.02.2026 § 13", "Pöytäkirjan tarkastajiksi valitaan kaksi jäsentä vuorolistan mukaisesti. "
                                 "Pöytäkirja tarkastetaan sähköisesti 04.02.2026 mennessä.")
    row("Päätös", "Hyväksyttiin.", gap=4)

    para("Pyhäjoen kalahautomon kunnostustyöt ja Kalaleader-rahoituksen hakeminen", 14)
    row("22/10.03.02.00/2026", "")
    row("Khall 02.02.2026 § 14",
        "Kunta omistaa jäähallin vieressä sijaitsevan kalahautomon, jonka kiinteistö on kunnostettava, jotta "
        "toiminta voi jatkua. Hautomossa tuotetaan vaellussiian mätiä merialueelle, joka ulottuu Perhojoelta "
        "Siikajoelle, joten sillä on merkitystä koko Perämeren kalataloudelle.")
    row("", "Kunnostustöistä järjestetään tarjouskilpailu. Korjauskustannuksiin haetaan tukea Perämeren "
            "rannikon Kalaleaderilta, jonka osuus olisi 80 % kustannuksista. Kunnan 20 %:n "
            "omarahoitusosuus, kuitenkin enintään 4 000 euroa, on varattu vuoden 2026 talousarvioon.")
    row("Lisätietoja", "elinvoimajohtaja Tapani Tuominen")
    row("Ehdotus", "Kunnanhallitus hyväksyy liitteenä olevan Pyhäjoen kalahautomon korjaushankkeen "
                   "hankesuunnitelman ja siihen liittyvän Kalaleader-tukihakemuksen sekä kunnan "
                   "omarahoitusosuuden, enintään 4 000 euroa, käytön hankkeeseen.\n"
                   "Kunnanhallitus valtuuttaa elinvoimajohtaja Tapani Tuomisen jättämään hankehakemuksen, "
                   "kilpailuttamaan urakan ja toteuttamaan hankkeen.")
    row("Päätös", "Ehdotus hyväksyttiin yksimielisesti.")
    row("Liite", "Hankesuunnitelma, kalahautomon korjaushanke", gap=4)

    para("Viranhaltijapäätökset", 15)
    row("Khall 02.02.2026 § 15", "Merkitään tiedoksi kunnanjohtajan ja elinvoimajohtajan viranhaltijapäätökset "
                                 "ajalta 1.1.–26.1.2026. Kunnanhallitus ei käyttänyt otto-oikeutta.")
    row("Päätös", "Merkittiin tiedoksi.", gap=4)

    para("Ilmoitusasiat", 16)
    row("Khall 02.02.2026 § 16", "1. Pohjois-Pohjanmaan liitto: maakuntahallituksen kokoustiedote 26.1.2026\n"
                                 "2. Tarkastuslautakunnan pöytäkirja 21.1.2026\n"
                                 "3. Perusturvan yhteistoiminta-alueen kuntakokous 15.1.2026")
    row("Päätös", "Merkittiin tiedoksi.", gap=5)

    pdf.set_font("DV", "B", 9)
    pdf.cell(0, 5, "OIKAISUVAATIMUSOHJE", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 8)
    pdf.multi_cell(0, 4.2, "Tähän päätökseen tyytymätön voi tehdä kirjallisen oikaisuvaatimuksen "
                           "kunnanhallitukselle. Oikaisuvaatimus on tehtävä 14 päivän kuluessa päätöksen "
                           "tiedoksisaannista. Valmistelua tai täytäntöönpanoa koskeviin päätöksiin (§:t 12, "
                           "13, 15 ja 16) ei saa hakea muutosta kuntalain 136 §:n perusteella.")
    pdf.output(str(out))


# =====================================================================================
# f6_05  English project fact sheet (fpdf2): coloured title band and a key-facts box
# =====================================================================================
def f6_05():
    out = PDF_DIR / "f6_05_varkaus_library_factsheet_en.pdf"
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.file_id = lambda: "<FEDCBA9876543210FEDCBA9876543210><FEDCBA9876543210FEDCBA9876543210>"
    pdf.set_title("Project fact sheet – Mobiililla tulevaisuuteen")
    pdf.set_author("Varkauden kaupunginkirjasto")
    pdf.add_font("DV", "", str(FD / "DejaVuSans.ttf"))
    pdf.add_font("DV", "B", str(FD / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DV", "I", str(FD / "DejaVuSans-Oblique.ttf"))
    pdf.set_auto_page_break(False)
    pdf.add_page()
    # title band
    pdf.set_fill_color(176, 48, 96)
    pdf.rect(0, 0, 210, 52, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(15, 9)
    pdf.set_font("DV", "", 9)
    pdf.cell(0, 5, "PROJECT FACT SHEET · PUBLIC LIBRARY DEVELOPMENT")
    pdf.set_xy(15, 17)
    pdf.set_font("DV", "B", 15)
    pdf.multi_cell(180, 7.2, "Mobiililla tulevaisuuteen : sähköiset aineistot, laitteet ja asiointi verkossa "
                             "tutummaksi", align="L")
    pdf.set_x(15)
    pdf.set_font("DV", "I", 10)
    pdf.multi_cell(180, 5.2, "Going mobile into the future – e-materials, devices and online services made familiar", align="L")
    pdf.set_text_color(0, 0, 0)

    # key facts box (right)
    bx, by, bw, bh = 128, 62, 67, 96
    pdf.set_fill_color(246, 232, 238)
    pdf.rect(bx, by, bw, bh, style="F")
    pdf.set_xy(bx + 4, by + 4)
    pdf.set_font("DV", "B", 10)
    pdf.cell(bw - 8, 6, "KEY FACTS", new_x="LEFT", new_y="NEXT")
    facts = [
        ("Applicant and implementer", "Varkauden kaupunginkirjasto (Varkaus City Library)"),
        ("Funder", "Aluehallintovirasto (AVI), Regional State Administrative Agency"),
        ("Funding round", "AVI library development grants, 2014 round – funding granted"),
        ("Contact", "Pauliina Arresalo, Library Director\nTel. 040-5940459\npauliina.arresalo@varkaus.fi"),
    ]
    for lab, val in facts:
        pdf.set_x(bx + 4)
        pdf.set_font("DV", "B", 8)
        pdf.cell(bw - 8, 5, lab.upper(), new_x="LEFT", new_y="NEXT")
        pdf.set_x(bx + 4)
        pdf.set_font("DV", "", 8.8)
        pdf.multi_cell(bw - 8, 4.4, val, align="L")
        pdf.ln(2.5)

    # body (left)
    x0, w0 = 15, 105
    pdf.set_xy(x0, 62)

    def h(t):
        pdf.set_x(x0)
        pdf.set_font("DV", "B", 11)
        pdf.set_text_color(176, 48, 96)
        pdf.cell(w0, 7, t, new_x="LEFT", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)

    def p(t):
        pdf.set_x(x0)
        pdf.set_font("DV", "", 9.2)
        pdf.multi_cell(w0, 4.9, t, align="L")
        pdf.ln(2)

    h("Why this project?")
    p("Few things have changed everyday life in Finland as deeply over the past half-century as modern "
      "communication and information technology, as Osmo A. Wiio and Kaarle Nordenstreng point out in their "
      "study of the Finnish media landscape. Digital media are slowly overtaking print, fewer printed books "
      "and papers appear, and reading the news online has become common.")
    p("E-books are still a small market, but it is growing. The member publishers of the Finnish Publishers' "
      "Association brought out 238 digital titles in 2000 and 1,230 ten years later, and in the 2010s the "
      "number of e-book titles has almost doubled every year. Ways of reading and searching for information "
      "are changing, and more and more people use mobile data.")
    h("What is the aim?")
    p("As the project name says, the aim is to make e-materials, mobile devices and online transactions "
      "more familiar to the library's customers, so that the changes in reading do not leave anyone behind.")
    h("Who runs it?")
    p("Varkaus City Library both applied for the grant and carries out the project. The library director "
      "is the person responsible for the project and also its contact person.")

    # footer
    pdf.set_draw_color(176, 48, 96)
    pdf.line(15, 280, 195, 280)
    pdf.set_xy(15, 282)
    pdf.set_font("DV", "", 7.5)
    pdf.cell(0, 4, "Varkaus City Library · Osmajoentie 1, 78200 Varkaus · Library desk 044-7519255 · "
                   "kirjasto@varkaus.fi")
    pdf.output(str(out))


# =====================================================================================
# f6_06  ELY centre's list of funded projects: paragraph blocks (reportlab, 2 pages)
# =====================================================================================
def f6_06():
    out = PDF_DIR / "f6_06_kainuu_ely_rahoitetut_hankkeet.pdf"
    W, H = A4

    def on_page(c, doc):
        c.saveState()
        c.setFont("DV", 7.5)
        c.drawString(20 * mm, H - 12 * mm, "Kainuun ELY-keskus · Rahoituskatsaus 1.1.–30.6.2024")
        c.drawRightString(W - 20 * mm, H - 12 * mm, f"Sivu {doc.page}")
        c.setLineWidth(0.4)
        c.line(20 * mm, H - 14 * mm, W - 20 * mm, H - 14 * mm)
        c.drawString(20 * mm, 12 * mm, "Julkaistu 15.8.2024 · Elinkeino-, liikenne- ja ympäristökeskus")
        c.restoreState()

    doc = BaseDocTemplate(str(out), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                          topMargin=20 * mm, bottomMargin=20 * mm,
                          title="Kainuun ELY-keskus – rahoitetut hankkeet 1.1.–30.6.2024",
                          author="Kainuun ELY-keskus")
    doc.addPageTemplates([PageTemplate(id="p", frames=[Frame(20 * mm, 20 * mm, W - 40 * mm, H - 40 * mm,
                                                             leftPadding=0, rightPadding=0)],
                                       onPage=on_page)])
    title = S("t", fontName="DVB", fontSize=15, leading=19, spaceAfter=4)
    intro = S("i", fontSize=9.5, leading=13, spaceAfter=6)
    sec = S("sec", fontName="DVB", fontSize=11, leading=14, spaceBefore=10, spaceAfter=4,
            textColor=colors.HexColor("#004a80"))
    name = S("n", fontName="DVB", fontSize=10, leading=13, spaceBefore=7, spaceAfter=1)
    line = S("l", fontSize=9.2, leading=12, leftIndent=10)
    desc = S("d", fontSize=9, leading=12, leftIndent=10, spaceAfter=2, textColor=colors.HexColor("#333333"))

    def block(title_txt, lines, description):
        items = [Paragraph(esc(title_txt), name)]
        for lab, val in lines:
            items.append(Paragraph(f"{esc(lab)}: {esc(val)}", line))
        if description:
            items.append(Paragraph(esc(description), desc))
        return KeepTogether(items)

    flow = [
        Paragraph("ELY-keskuksen rahoittamat hankkeet Kainuussa 1.1.–30.6.2024", title),
        Paragraph(esc(
            "Ensimmäisellä vuosipuoliskolla yrityksen kehittämisavustusta myönnettiin 13 kainuulaiselle "
            "yritykselle yhteensä noin 2,3 miljoonaa euroa. EU:n alue- ja rakennepolitiikan rahastoista (ESR+, "
            "EAKR ja JTF) myönnettiin 5,4 miljoonaa euroa 18 yleishyödylliselle kehittämishankkeelle, ja "
            "Euroopan maaseuturahastosta rahoitusta myönnettiin yhteensä lähes 2,7 miljoonaa euroa. Alla on "
            "poimittu katsauksen suurimmat ja esimerkinomaiset hankkeet."), intro),
        Paragraph("Alue- ja rakennepolitiikan rahoitus", sec),
        block("Kainuu GEMS (Game Entrepreneurship Mentoring to Success)",
              [("Hakija", "Kajaanin ammattikorkeakoulu Oy"),
               ("Rahoittaja", "Kainuun ELY-keskus"),
               ("Myönnetty tuki", "987 889 €")],
              "Peliyrittäjyyttä tukeva mentorointihanke."),
        block("Tulevaisuuden yrittäjiä Kainuusta 2024–2027",
              [("Toteuttajat", "Kajaanin ammattikorkeakoulu Oy, Kajaanin kaupungin koulutusliikelaitos ja "
                               "Kainuun Yrittäjät ry"),
               ("Rahoittaja", "Kainuun ELY-keskus"),
               ("Myönnetty tuki", "639 792 €")],
              "Kolmen toteuttajan yhteishanke."),
        block("Suomussalmen Taitotehdas",
              [("Toteuttajat", "Suomussalmen kunta ja Kajaanin kaupungin koulutusliikelaitos"),
               ("Rahoittaja", "Kainuun ELY-keskus"),
               ("Myönnetty tuki", "429 263 €")],
              None),
        Paragraph("Maaseuturahoitus", sec),
        Paragraph(esc("Maaseuturahaston hankkeista tässä katsauksessa ei ilmoiteta tukisummia."), intro),
        block("Maastopyöräilyreitti",
              [("Hakija", "Kuhmon kaupunki"),
               ("Hankemuoto", "investointihanke"),
               ("Rahoittaja", "Kainuun ELY-keskus (Euroopan maaseuturahasto)")],
              None),
        block("Ilmastokestävää metsänhoitoa Kainuuseen",
              [("Hakija", "Suomen metsäkeskus"),
               ("Hankemuoto", "tiedonvälityshanke"),
               ("Rahoittaja", "Kainuun ELY-keskus (Euroopan maaseuturahasto)")],
              "Hanke vie kainuulaisille metsänomistajille uusinta tietoa ilmastokestävistä "
              "metsänkäsittelymenetelmistä."),
        Paragraph("Yritysrahoitus", sec),
        block("Tuotantolinjan modernisointi",
              [("Tuensaaja", "Katera Steel Oy, Kajaani"),
               ("Tukimuoto", "yrityksen kehittämisavustus"),
               ("Myönnetty tuki", "1 075 900 €")],
              "Katsauskauden suurin yksittäinen rahoitus. Yritys valmistaa tuotteita muun muassa pakkaus-, "
              "kaivos-, kone- ja puunjalostusteollisuudelle."),
        Spacer(1, 8),
        Paragraph(esc("Lisätietoja rahoituksesta: Kainuun ELY-keskuksen rahoitusasiantuntijat, "
                      "kirjaamo.kainuu@ely-keskus.fi"), intro),
    ]
    doc.build(flow)


# =====================================================================================
# f6_07  Final report: cover, table of contents, "Hankkeen perustiedot" table (reportlab)
# =====================================================================================
def f6_07():
    out = PDF_DIR / "f6_07_loppi_toimeliaat_kylat_loppuraportti.pdf"
    W, H = A4

    def cover(c, doc):
        c.saveState()
        c.setStrokeColor(colors.HexColor("#6b8e23"))
        c.setLineWidth(2)
        c.rect(18 * mm, 18 * mm, W - 36 * mm, H - 36 * mm)
        c.restoreState()

    def later(c, doc):
        c.saveState()
        c.setFont("DV", 7.5)
        c.drawString(20 * mm, 12 * mm, "Toimeliaat kylät – loppuraportti")
        c.drawRightString(W - 20 * mm, 12 * mm, f"{doc.page}")
        c.restoreState()

    doc = BaseDocTemplate(str(out), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                          topMargin=22 * mm, bottomMargin=22 * mm,
                          title="Toimeliaat kylät – loppuraportti", author="Lopen kunta")
    fr = Frame(22 * mm, 22 * mm, W - 44 * mm, H - 44 * mm, leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate(id="cover", frames=[fr], onPage=cover),
                          PageTemplate(id="body", frames=[fr], onPage=later)])
    ctitle = S("ct", fontName="DVB", fontSize=28, leading=34, alignment=TA_CENTER, spaceAfter=10)
    csub = S("cs", fontSize=15, leading=20, alignment=TA_CENTER, spaceAfter=6)
    ccap = S("cc", fontName="DVI", fontSize=8.5, leading=11, alignment=TA_CENTER)
    h1 = S("h1", fontName="DVB", fontSize=13, leading=17, spaceBefore=10, spaceAfter=6)
    h2 = S("h2", fontName="DVB", fontSize=10.5, leading=14, spaceBefore=8, spaceAfter=3)
    body = S("b", fontSize=9.6, leading=13.4, spaceAfter=6)
    toc = S("toc", fontSize=10, leading=16)
    cell = S("cell", fontSize=9, leading=11.5)
    cellb = S("cellb", fontName="DVB", fontSize=9, leading=11.5)

    flow = [
        Spacer(1, 55 * mm),
        Paragraph("TOIMELIAAT KYLÄT", ctitle),
        Paragraph("LOPPURAPORTTI", csub),
        Paragraph("9.11.2009–28.2.2012", csub),
        Spacer(1, 30 * mm),
        Paragraph("[kuva]", ccap),
        Paragraph("Monnin Muskarin lapsia esiintymässä opettajansa Salla Marttilan kanssa.", ccap),
        Spacer(1, 30 * mm),
        Paragraph("Lopen kunta", csub),
        Paragraph("Raportin laatija: Anneli Vähätalo, kyläkoordinaattori", S("cx", fontSize=10, alignment=TA_CENTER)),
        NextPageTemplate("body"),
        PageBreak(),
        Paragraph("Sisällys", h1),
    ]
    entries = [("1", "Hankkeen toteuttaja ja perustiedot", "3"), ("2", "Kuvaus", "3"),
               ("3", "Hankkeen tavoitteet", "3"), ("4", "Hankkeen toteutus", "3"),
               ("4.1", "Toimenpiteet", "3"), ("4.2", "Tilaisuudet ja tapaamiset", "3"),
               ("5", "Tulokset ja vaikutukset", "3"), ("6", "Kustannukset ja rahoitus", "3"),
               ("7", "Mikä oli hankalaa ja suositukset jatkosta", "3"), ("8", "Ohjausryhmän arvio", "4"),
               ("9", "Allekirjoittajat ja päiväys", "4")]
    for no, t, pg in entries:
        dots = "." * max(4, 70 - len(no) - len(t))
        flow.append(Paragraph(f"{no}&nbsp;&nbsp;{esc(t)} {dots} {pg}", toc))
    flow += [
        PageBreak(),
        Paragraph("1 Hankkeen toteuttaja ja perustiedot", h1),
    ]
    rows = [
        ("Hallinnoija", "Lopen kunta, Yhdystie 5, Loppi"),
        ("Hankkeen nimi", "Toimeliaat kylät"),
        ("Hankkeen numero", "7003"),
        ("Ohjelma", "Manner-Suomen maaseudun kehittämisohjelma 2007–2013"),
        ("Toimintalinja", "Leader"),
        ("Toimenpide", "Leader-toimenpiteet linjalla 3: kylien kunnostus ja kehittäminen (322)"),
        ("Toimintaryhmä (rahoittaja)", "Eteläisen maaseudun osaajat, EMO ry"),
        ("Toteutusaika", "9.11.2009–28.2.2012"),
        ("Kyläkoordinaattori", "Anneli Vähätalo"),
        ("Raportointijakso", "koko hankeaika"),
    ]
    t = Table([[Paragraph(esc(a), cellb), Paragraph(esc(b), cell)] for a, b in rows],
              colWidths=[52 * mm, W - 44 * mm - 52 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef3e6")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    flow += [
        Paragraph("Hankkeen perustiedot", h2), t, Spacer(1, 8),
        Paragraph("2 Kuvaus", h1),
        Paragraph(esc(
            "Toimeliaat kylät oli Lopen kunnan kylien kehittämishanke. Asukkaat pitivät tärkeimpinä "
            "kysymyksinä lähidemokratiaa, kylien vaikutusmahdollisuuksia ja paikallisuuden vahvistamista sekä "
            "sitä, millainen rooli yhdistyksillä on tulevaisuudessa. Samoihin aikoihin Kanta-Hämeessä oli "
            "käynnissä myös Pitäjärinki sekä Toimivat kylät, menestyvä kunta."), body),
        Paragraph("3 Hankkeen tavoitteet", h1),
        Paragraph(esc(
            "Tavoitteena oli rohkaista kyliä viemään kehittämisideoitaan eteenpäin muun muassa omien "
            "hankkeiden avulla, saada aikaan uusia toimintatapoja ja rakentaa yhteistyöverkostoja. "
            "Tavoitteet saavutettiin pääosin hyvin."), body),
        Paragraph("4 Hankkeen toteutus", h1),
        Paragraph("4.1 Toimenpiteet", h2),
        Paragraph(esc(
            "Tärkeintä työtä oli yhdistysten neuvonta: kyläkoordinaattori auttoi muotoilemaan ideat "
            "hankkeiksi ja kulki yhdistysten rinnalla koko hakemus- ja maksatusprosessin ajan. Lisäksi "
            "tiedonkulkua kylien, yhdistysten ja kunnan välillä parannettiin, ja useassa kylässä päivitettiin "
            "kyläsuunnitelma tai aloitettiin uusi."), body),
        Paragraph("4.2 Tilaisuudet ja tapaamiset", h2),
        Paragraph(esc(
            "Hanke järjesti kylien ja kunnan yhteisiä tilaisuuksia. Useimmat niistä kiinnostivat "
            "asukkaita."), body),
        Paragraph("5 Tulokset ja vaikutukset", h1),
        Paragraph(esc(
            "Kylien välinen ja kylien sisäinen yhteistyö sekä kunnan ja kylien välinen viestintä saatiin "
            "hyvään alkuun. Tiedonkulku eri osapuolten välillä parani ja aktiivinen ote kehittämistoimintaan "
            "lisääntyi."), body),
        Paragraph("6 Kustannukset ja rahoitus", h1),
        Paragraph(esc(
            "Kustannusten ja rahoituksen toteuma on esitetty loppumaksatushakemuksen liitteissä, eikä niitä "
            "toisteta tässä raportissa."), body),
        Paragraph("7 Mikä oli hankalaa ja suositukset jatkosta", h1),
        Paragraph(esc(
            "Tämän luvun yksityiskohdat on käsitelty ohjausryhmän kokouksissa."), body),
        Paragraph("8 Ohjausryhmän arvio", h1),
        Paragraph(esc("Ohjausryhmä piti hanketta onnistuneena ja hyväksyi loppuraportin kokouksessaan."), body),
        Paragraph("9 Allekirjoittajat ja päiväys", h1),
        Paragraph(esc("Lopella 30.4.2012"), body),
        Paragraph(esc("Lopen kunta"), body),
    ]
    doc.build(flow)


# =====================================================================================
# f6_09  Annual plan of a water-protection association (fpdf2), projects in one section
# =====================================================================================
class Plan(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DV", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Pyhäjoen vesistö ry – Toimintasuunnitelma 2024", align="L")
        self.ln(8)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("DV", "", 7.5)
        self.cell(0, 5, f"{self.page_no()}", align="C")


def f6_09():
    out = PDF_DIR / "f6_09_pyhajoen_vesisto_toimintasuunnitelma_2024.pdf"
    pdf = Plan(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.file_id = lambda: "<00112233445566778899AABBCCDDEEFF><00112233445566778899AABBCCDDEEFF>"
    pdf.set_title("Pyhäjoen vesistö ry – Toimintasuunnitelma 2024")
    pdf.set_author("Pyhäjoen vesistö ry")
    pdf.add_font("DV", "", str(FD / "DejaVuSans.ttf"))
    pdf.add_font("DV", "B", str(FD / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_margins(22, 18, 22)
    pdf.add_page()
    pdf.set_y(60)
    pdf.set_font("DV", "B", 24)
    pdf.cell(0, 12, "Pyhäjoen vesistö ry", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 16)
    pdf.cell(0, 10, "Toimintasuunnitelma 2024", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("DV", "", 10)
    pdf.cell(0, 6, "Hallitus hyväksynyt 12.12.2023 · Esitetään kevätkokouksen vahvistettavaksi", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()

    def h1(t):
        pdf.ln(2)
        pdf.set_font("DV", "B", 12.5)
        pdf.cell(0, 8, t, new_x="LMARGIN", new_y="NEXT")

    def h2(t):
        pdf.ln(1)
        pdf.set_font("DV", "B", 10.5)
        pdf.multi_cell(0, 5.6, t, align="L")
        pdf.ln(0.5)

    def p(t):
        pdf.set_font("DV", "", 9.6)
        pdf.multi_cell(0, 5.1, t, align="L")
        pdf.ln(2)

    h1("1 Yleistä")
    p("Pyhäjoen vesistö ry edistää Pyhäjoen vesistöalueen vesien hyvää tilaa ja vesistön monipuolista käyttöä. "
      "Yhdistyksen jäseniä ovat vesistöalueen kunnat sekä alueella toimivat yhteisöt. Toimintaa rahoitetaan "
      "jäsenmaksuilla ja hankerahoituksella. Vuonna 2024 painopisteinä ovat valuma-alueelta tulevan "
      "kuormituksen vähentäminen, järvikunnostukset ja kalojen kulun parantaminen.")
    h1("2 Hallinto ja jäsenistö")
    p("Yhdistyksen kevätkokous pidetään toukokuussa ja syyskokous marraskuussa. Hallitus kokoontuu "
      "tarvittaessa, arviolta 4–6 kertaa vuodessa. Jäsenmaksut pidetään vuoden 2023 tasolla.")
    h1("3 Vuoden 2024 hankkeet")
    p("Yhdistys hallinnoi vuonna 2024 seuraavia hankkeita.")
    h2("3.1 Suunnitteluhanke koskien maa- ja metsätaloudesta vesistöihin tulevan kuormituksen vähentämistä")
    p("Hanke jatkuu muutoshankkeena hankepäätöksen POPELY/2897/2022 nojalla. Vuonna 2023 suunnittelu "
      "kohdistui Pyhäjoen ja Merijärven alueelle, vuonna 2024 vuorossa ovat Oulainen ja Haapavesi. Hankkeen "
      "kokonaiskustannukset ovat yhteensä 84 000 € (sis. alv). Avustusosuudet: POPELY-keskus 69 % ja kunnat 31 %. "
      "Kuntien osuus katetaan yhdistyksen hallinnon kuluista eli jäsenmaksuista. Vuoden 2023 kustannukset "
      "olivat arviolta 20 000 €, joten jatkohankkeeseen jää käytettäväksi noin 64 000 €.")
    h2("3.2 Komujärven järvikunnostus")
    p("Komujärvellä jatketaan poistokalastusta ja vesikasvien niittoa, ja laskeutusaltaiden huoltotarve "
      "tarkastetaan. Kustannusarvio on yhteensä 60 000 €. Rahoitusosuudet: Vattenfall Oy 20 %, Pyhäjärven kunta "
      "15 %, Pyhäjärven kalatalousalue ja osakaskunnat 15 % sekä POPELY-keskus 50 %.")
    h2("3.3 Alpuan Lumijärven kalatien kunnostus ja ojansuun ruoppaus")
    p("Lumijärven pohjakynnyksen kalatie on hajoamassa ja estää kalojen nousun. Kalatie rakennetaan uudelleen "
      "ja maisemoidaan luonnonmukaiseksi, ja umpeen kasvava ojansuu ruopataan. Työ tehdään yhteistyössä "
      "Alpuan kalavesien osakaskunnan kanssa. Rahoitus on saatu Nouseva Rannikkoseutu ry:ltä.")
    pdf.set_font("DV", "B", 9.2)
    pdf.cell(95, 5.5, "Rahoitus", new_x="RIGHT", new_y="TOP")
    pdf.cell(35, 5.5, "€", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9.2)
    for a, b in [("Nouseva Rannikkoseutu ry", "19 058"), ("LAPELY-keskus", "6 000"),
                 ("Alpuan kalavesien osakaskunta (talkootyö)", "5 240")]:
        pdf.cell(95, 5.5, a, new_x="RIGHT", new_y="TOP")
        pdf.cell(35, 5.5, b, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "B", 9.2)
    pdf.cell(95, 5.5, "Kustannusarvio yhteensä", new_x="RIGHT", new_y="TOP")
    pdf.cell(35, 5.5, "30 298", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    h1("4 Talous")
    p("Yhdistyksen perustoiminta rahoitetaan jäsenkuntien jäsenmaksuilla. Hankkeiden omarahoitusosuudet "
      "katetaan hallinnon kuluista, ja hankkeiden ulkopuolinen rahoitus haetaan vuosittain erikseen.")
    h1("5 Tiedotus")
    p("Hankkeiden etenemisestä kerrotaan yhdistyksen verkkosivuilla ja jäsenkuntien tiedotteissa. "
      "Kunnostuskohteisiin järjestetään tarvittaessa maastokäyntejä.")
    pdf.output(str(out))


# =====================================================================================
# text and HTML documents
# =====================================================================================
F6_03 = """\
Aihe: Kirjastojen hankeuutiset 2/2023
Lähettäjä: Kirjastot.fi – hankeuutiset <uutiskirje@kirjastot.fi>
Päiväys: 31.3.2023

Jos viesti ei näy oikein, lue se selaimessa:
https://www.kirjastot.fi/uutiskirje/2023-2

==============================================================
 KIRJASTOJEN HANKEUUTISET 2/2023
==============================================================

Tässä numerossa:
  * Aluehallintovirastojen kehittämisavustukset 2023
  * Hankepankista poimittua: kaksi päättynyttä hanketta
  * Tapahtumat ja webinaarit

==============================================================
1. AVUSTUKSIA KIRJASTOJEN KEHITTÄMISEEN
==============================================================

Aluehallintovirastot ovat myöntäneet kirjastojen alueelliseen ja
paikalliseen kehittämiseen yhteensä 1,9 miljoonaa euroa 94 hankkeelle.
Hakemuksia tuli 111, eli enemmän kuin edellisenä vuonna, mutta ei vielä
koronaa edeltäneen ajan tasolla. Poimimme listalta kaksi hanketta:

- Kirjoitetaan koiralle Kustavissa
  Lounais-Suomen aluehallintovirasto myönsi Kustavin kunnalle
  7 000 euroa. Kustavin kirjastossa paikallisen alakoulun oppilaat ja
  kesäkustavilaiset lapset kirjoittavat koira-aiheisia tarinoita.
  Menetelmän ovat kehittäneet eläinavusteisen terapian ammattilainen
  Maarit Haapasaari ja lastenkirjailija Veera Vähämaa. Hanke tukee
  lasten luku-, tunne- ja vuorovaikutustaitoja.

- Polkaise ulos kirjastosta
  Maskun kunta sai samalta aluehallintovirastolta 5 000 euroa.
  Kirjasto lähtee sähkötavarapyörällä lähiympäristöön ja tuo
  lukemisen sinne, missä ihmiset muutenkin liikkuvat.

Koko listaus: https://www.avi.fi/ajankohtaista/kirjastoavustukset-2023

==============================================================
2. HANKEPANKISTA POIMITTUA
==============================================================

Hankepankkiin (hankkeet.kirjastot.fi) kirjataan kirjastojen
rahoitusta saaneet hankkeet. Tällä kertaa nostamme esiin kaksi
vuoden 2015 hanketta, joiden opit ovat edelleen käyttökelpoisia.

>> Iloa tarinasta
   Hakija: Tervolan kunnankirjasto
   Rahoitus: ELY-keskus, vuoden 2015 hankehaku (rahoitettu)
   Tervolan, Simon ja Keminmaan lapsia ja nuoria innostettiin
   lukemaan kirjavinkkausten, kirjailijavierailujen ja
   nukketeatterin avulla.
   Yhteyshenkilö: Kati Oinas, puh. 040 486 6994,
   kati.oinas@tervola.fi
   https://hankkeet.kirjastot.fi/hanke/iloa-tarinasta

>> Parempi pyy: uusia lukemisen ja tarinan kertomisen tapoja
   Hakija: Turun kaupunginkirjasto
   Rahoitus: aluehallintovirasto, vuoden 2015 hankehaku (rahoitettu)
   Lukemisen ja tarinankerronnan tapoja kehitettiin ryhmille, joilla
   on lukemisen vaikeuksia tai joiden on vaarana jäädä syrjään.
   Mukana oli yhteisöpedagogi.
   Yhteyshenkilö: Susanna Kolehmainen, puh. 040 3513 040,
   susanna.kolehmainen@turku.fi
   (Kirjaston neuvonta: 02 2620 681, kaupunginkirjasto@turku.fi)
   https://hankkeet.kirjastot.fi/hanke/parempi-pyy

==============================================================
3. TAPAHTUMAT
==============================================================

* 19.4.2023 klo 13–14.30  Webinaari: hankkeen viestintä somessa
* 10.5.2023               Hankehakemusten työpaja, Tampere
* 24.5.2023               Hankeklinikka verkossa

--------------------------------------------------------------
Kirjastot.fi | Hankeuutiset ilmestyy neljä kertaa vuodessa.
Peru tilaus: https://www.kirjastot.fi/uutiskirje/peru
"""

F6_08_ROWS = [
    "Maaseutuverkosto – hankerekisterin poiminta",
    "Haku: Leader-hankkeet, investoinnit (alatoimenpiteet 7.2 ja 7.4); poimittu 14.10.2022 klo 09.12",
    "Erotin ; · Päivämäärät pp.kk.vvvv · Rahamäärät euroina",
    "",
    "Hankenumero;Hankkeen nimi;Tuensaaja;Toimenpide;Alatoimenpide;Alkamispäivä;Päättymispäivä;Tila;Kunta;"
    "Kustannusarvio (€)",
    "133380;Suinutupa-kioskin laajennushanke;Suinulan kyläyhdistys r.y.;Yleishyödyllinen investointi;"
    "7.4 Maaseudun palvelut;29.06.2020;29.06.2022;Käynnissä;;",
    "200073;Laitasaaren Mombasa;Laitasaaren kyläyhdistys ry;Yleishyödyllinen investointi;"
    "7.4 Maaseudun palvelut;30.04.2022;30.08.2023;Käynnissä;Muhos;",
    "103704;Virkku;Pirityiset ry;Investointi;"
    "7.2 Pieninfrastruktuurin luominen, parantaminen ja laajentaminen;08.10.2019;11.05.2021;Päättynyt;;",
    "80902;Kokoontumistilat kuntoon – KoKu-teemahanke;Kehittämisyhdistys Ylä-Savon Veturi ry;Investointi;"
    "7.4 Maaseudun palvelut;03.09.2018;29.09.2022;Päättynyt;;",
    "201133;Toimivuutta yhdistyksiin -teemahanke;Koillismaan Leader ry;Investointi;"
    "7.4 Maaseudun palvelut;31.03.2022;30.12.2022;Käynnissä;;60 000",
    "",
    "5 riviä. Lähde: maaseutuverkosto.fi/hankkeet. Tilatieto on rekisteriin viimeksi kirjattu tila.",
]

F6_10 = """<!DOCTYPE html>
<html lang="fi">
<head>
<meta charset="utf-8">
<title>Bisnes Lande ARIA-kilpailuun | Leader Viisari</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font-family:Arial,sans-serif;margin:0;color:#222}
header{background:#2b5d34;color:#fff;padding:12px 24px}
header a{color:#fff;margin-right:14px;text-decoration:none}
main{max-width:760px;margin:20px auto;padding:0 16px}
.meta{color:#666;font-size:.85em}
aside.fakta{background:#eef4ea;border-left:4px solid #2b5d34;padding:10px 16px;margin:18px 0}
footer{background:#f2f2f2;padding:14px 24px;font-size:.85em;margin-top:30px}
</style>
</head>
<body>
<header>
  <strong>Leader Viisari</strong>
  <nav><a href="/viisari/">Etusivu</a><a href="/viisari/yritykset/">Yrityksille</a><a href="/viisari/yhdistykset/">Yhdistyksille</a><a href="/viisari/tietoa-meista/omat-hankkeet/">Omat hankkeet</a><a href="/viisari/ajankohtaista/">Ajankohtaista</a></nav>
</header>
<main>
<p class="meta"><a href="/viisari/ajankohtaista/">Ajankohtaista</a> › Uutiset · Julkaistu 14.11.2023</p>
<article>
<h1>Nuorten yrittäjyyshanke Bisnes Lande tavoittelee EU:n parhaan hankkeen titteliä</h1>
<p><strong>Bisnes Lande on yksi kahdeksasta suomalaisesta hankkeesta, jotka on valittu EU:n ARIA-kilpailuun (Agricultural &amp; Rural Inspiration Awards). Pohjoisessa Keski-Suomessa toteutettu hanke on kannustanut maaseudun nuoria yrittäjyyteen heidän omien taitojensa pohjalta.</strong></p>
<p>Hanke on tavoittanut yli 730 nuorta. Hanketyöntekijät ovat käyneet kouluissa pitämässä yrittäjyystyöpajoja ja järjestäneet nuorille bisnesleirejä ja yritysvierailuja. Kynnystä yrittäjäksi on madallettu myös ostamalla nuorilta palveluja, kuten videoita, tilaisuuksien juontamista ja kokouskakkuja. Nuorille yrittäjille perustettiin lisäksi vertaistukea tarjoava Bisnestiimi.</p>
<p>– On hienoa, että koko alueen yhteinen työ huomataan myös Euroopassa, iloitsee hankkeen projektikoordinaattori Päivi Hakkarainen.</p>
<p>Äänekoskelta kotoisin oleva Laura Kortelainen osallistui hankkeeseen nuorena yrittäjänä ja työskentelee nykyään Leader Viisarin tiedottajana. Hänen mielestään parasta on ollut verkostoituminen muiden nuorten yrittäjien ja yritysneuvojien kanssa.</p>
<p>Hankkeessa koottiin myös Innostujat-kartta, jolle on merkitty jokaisesta Viisarin kunnasta ihmisiä, jotka lupaavat edistää asioita silloinkin, kun se ei kuulu heidän työtehtäviinsä.</p>
<p>Bisnes Lande edustaa Suomea myös European Enterprise Promotion Awards -kilpailussa.</p>
<aside class="fakta">
<h2>Hanke lyhyesti</h2>
<ul>
<li>Hanke: Bisnes Lande</li>
<li>Hallinnoija: Leader Viisari ry</li>
<li>Rahoittaja: Keski-Suomen ELY-keskus, Euroopan maaseuturahasto</li>
<li>Hankeaika: 1.1.2021–31.12.2023</li>
<li>Kohderyhmä: pohjoisen Keski-Suomen alle 29-vuotiaat nuoret</li>
</ul>
<p>Lisätietoja: projektikoordinaattori Päivi Hakkarainen, Leader Viisari ry</p>
</aside>
</article>
<section>
<h2>Muita uutisia</h2>
<ul>
<li><a href="/viisari/ajankohtaista/hakuaika/">Yritystukien haku jatkuu – seuraava hallituksen kokous 12.12.2023</a></li>
<li><a href="/viisari/ajankohtaista/strategia/">Viisarin strategia 2023–2027 hyväksytty</a></li>
</ul>
</section>
</main>
<footer>
Leader Viisari ry · Virastotie 2, 43100 Saarijärvi · viisari@saarijarvi.fi
</footer>
</body>
</html>
"""


def write_text():
    TXT_DIR.mkdir(parents=True, exist_ok=True)
    HTML_DIR.mkdir(parents=True, exist_ok=True)
    (TXT_DIR / "f6_03_kirjastot_hankeuutiset_2023.txt").write_bytes(F6_03.encode("utf-8"))
    # register export: UTF-8 with BOM and CRLF line ends, as spreadsheet exports are written
    data = "\r\n".join(F6_08_ROWS) + "\r\n"
    (TXT_DIR / "f6_08_maaseutuverkosto_hankerekisteri.txt").write_bytes(b"\xef\xbb\xbf" + data.encode("utf-8"))
    (HTML_DIR / "f6_10_viisari_bisnes_lande.html").write_bytes(F6_10.encode("utf-8"))


def main():
    PDF_DIR.mkdir(parents=True, exist_ok=True)
    f6_01()
    f6_02()
    f6_04()
    f6_05()
    f6_06()
    f6_07()
    f6_09()
    write_text()
    for d in (PDF_DIR, TXT_DIR, HTML_DIR):
        for f in sorted(d.iterdir()):
            print(f.relative_to(ROOT), f.stat().st_size)


if __name__ == "__main__":
    main()
