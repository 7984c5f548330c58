"""Generates the four PDFs of tests/heldout2/docs/pdf with fpdf2 (deterministic output).

Run from the repository root:  .venv/bin/python tests/heldout2/tools/make_docs.py
The HTML documents in docs/html are hand-written files and are not generated here.
"""
import os, random, datetime
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "pdf")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED = datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc)


def new_pdf(orientation="P", title="", author=""):
    pdf = FPDF(orientation=orientation, unit="mm", format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_auto_page_break(auto=True, margin=18)
    return pdf


# ---------------------------------------------------------------- p01 hankekortti
def p01():
    pdf = new_pdf(title="Hankekortti – Kiertotalouden kokeilualusta (KIKO)", author="Savonlinnan kaupunki")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 9)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(95, 5, "SAVONLINNAN KAUPUNKI", new_x="RIGHT", new_y="TOP")
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(95, 5, "Elinvoimapalvelut  |  Hankekortti 3/2025", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(0, 94, 120)
    pdf.set_line_width(0.8)
    pdf.line(10, 17, 200, 17)
    pdf.ln(6)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("DejaVu", "B", 20)
    pdf.cell(0, 10, "Hankekortti", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5, "Kaupungin kehittämishankkeiden perustiedot kootaan hankekortteihin, jotka "
                   "päivitetään puolivuosittain.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    rows = [
        ("Hankkeen nimi", "Kiertotalouden kokeilualusta (KIKO)"),
        ("Hallinnoija", "Savonlinnan kaupunki"),
        ("Osatoteuttaja", "Kaakkois-Suomen ammattikorkeakoulu Oy"),
        ("Toteutusaika", "1.2.2024–31.12.2025"),
        ("Tila", "Käynnissä"),
        ("Ohjelma", "Uudistuva ja osaava Suomi 2021–2027"),
        ("Rahoittava viranomainen", "Etelä-Savon maakuntaliitto"),
        ("Rahoituspäätös", "ESAL/412/2023, päätös 14.12.2023"),
        ("Tavoite", "Hankkeessa rakennetaan Pisteentien teollisuusalueelle kokeilualusta, jolla "
                    "paikalliset yritykset voivat testata rakennus- ja purkujätteen, tekstiilien ja "
                    "muovien uusiokäyttöä. Kokeiluista kootaan avoin materiaalipankki."),
        ("Yhteyshenkilö", "Sanna Kettunen, projektipäällikkö"),
        ("Puhelin", "044 417 4321"),
        ("Sähköposti", "sanna.kettunen@savonlinna.example.fi"),
    ]
    pdf.set_font("DejaVu", "", 10)
    pdf.set_draw_color(170, 170, 170)
    pdf.set_line_width(0.2)
    with pdf.table(col_widths=(55, 135), text_align=("LEFT", "LEFT"), first_row_as_headings=False,
                   borders_layout="HORIZONTAL_LINES", line_height=6) as t:
        for k, v in rows:
            r = t.row()
            pdf.set_font("DejaVu", "B", 10)
            r.cell(k)
            pdf.set_font("DejaVu", "", 10)
            r.cell(v)
    pdf.ln(6)
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 7, "Rahoitus (€)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    fund = [
        ("Rahoituslähde", "2024", "2025", "Yhteensä"),
        ("EAKR", "96 000", "112 000", "208 000"),
        ("Savonlinnan kaupunki", "14 400", "16 800", "31 200"),
        ("Kaakkois-Suomen ammattikorkeakoulu Oy", "9 600", "11 200", "20 800"),
        ("Yhteensä", "120 000", "140 000", "260 000"),
    ]
    pdf.set_draw_color(0, 0, 0)
    with pdf.table(col_widths=(85, 35, 35, 35), text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
                   borders_layout="ALL", line_height=7,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(220, 232, 238))) as t:
        for i, row in enumerate(fund):
            r = t.row()
            bold = i == len(fund) - 1
            for c in row:
                r.cell(c, style=FontFace(emphasis="BOLD") if bold else None)
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 8)
    pdf.multi_cell(0, 4, "EAKR-rahoitus sisältää valtion vastinrahoituksen. Luvut ovat rahoituspäätöksen "
                   "mukaisia; toteutuneet kustannukset raportoidaan maksatushakemuksissa.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_auto_page_break(False)
    pdf.set_y(-22)
    pdf.set_font("DejaVu", "", 8)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(0, 4, "Savonlinnan kaupunki  |  Olavinkatu 27, 57130 Savonlinna  |  Vaihde 015 527 000  |  "
             "kirjaamo@savonlinna.example.fi", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 4, "Päivitetty 12.3.2025", align="C")
    pdf.output(os.path.join(OUT, "p01_savonlinna_hankekortti_kiko.pdf"))


# ---------------------------------------------------------------- p02 loppuraportti
def p02():
    pdf = new_pdf(title="Loppuraportti", author="Porin kaupunki")
    pdf.add_page()
    pdf.set_font("DejaVu", "", 9)
    pdf.set_text_color(80, 80, 80)
    pdf.cell(0, 5, "PORIN KAUPUNKI  ·  Työllisyyspalvelut", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(30)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("DejaVu", "B", 26)
    pdf.multi_cell(0, 12, "Työpolku 2.0 – nuorten\ntyöllistymisen uusi malli", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 16)
    pdf.cell(0, 9, "Loppuraportti", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font("DejaVu", "", 11)
    lines = [
        ("Hankkeen toteutusaika", "1.9.2022–31.8.2024"),
        ("Päätoteuttaja", "Porin kaupunki"),
        ("Osatoteuttajat", "Satakunnan ammattikorkeakoulu Oy, Porin seudun nuorisosäätiö sr"),
        ("Hankekoodi", "S30271"),
    ]
    for k, v in lines:
        pdf.set_font("DejaVu", "B", 11)
        pdf.cell(55, 7, k, new_x="RIGHT", new_y="TOP")
        pdf.set_font("DejaVu", "", 11)
        pdf.multi_cell(0, 7, v, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 7, "Tiivistelmä", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10.5)
    pdf.multi_cell(0, 5.5,
        "Hankkeessa kehitettiin 18–29-vuotiaille porilaisille nuorille työllistymisen malli, jossa "
        "työnhaun valmennus, lyhyet työkokeilut ja yrityksen oma työpaikkaohjaaja yhdistetään yhdeksi "
        "polun mittaiseksi kokonaisuudeksi. Malliin osallistui hankkeen aikana 214 nuorta, joista 61 % "
        "työllistyi tai siirtyi opiskelemaan kuuden kuukauden kuluessa.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.multi_cell(0, 5.5,
        "Satakunnan ELY-keskus rahoitti hanketta 512 000 eurolla (80 %). Porin kaupungin "
        "omarahoitusosuus oli 128 000 euroa (20 %). Hankkeen kokonaisbudjetti oli 640 000 euroa.",
        new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.multi_cell(0, 5.5,
        "”Parasta oli, että työpaikalla oli joku, joka tiesi miksi olin siellä”, kertoo malliin "
        "osallistunut Eetu, 22. Hankkeen ohjausryhmää johti työllisyysjohtaja Jari Nieminen.",
        new_x="LMARGIN", new_y="NEXT")
    pdf.set_auto_page_break(False)
    pdf.set_y(-25)
    pdf.set_font("DejaVu", "", 8)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(0, 4, "Ohjausryhmä hyväksyi raportin 24.9.2024", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 4, "1 / 2", align="R")

    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_text_color(80, 80, 80)
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 5, "Loppuraportti  ·  Porin kaupunki", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "Tulokset ja jatko", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10.5)
    pdf.multi_cell(0, 5.5,
        "Työpaikkaohjaajien koulutus siirtyy kaupungin työllisyyspalvelujen pysyväksi toiminnaksi "
        "vuoden 2025 alusta. Mallin kuvaus ja työkalut on julkaistu kaupungin verkkosivuilla. "
        "Kokemuksia esiteltiin Satakunnan työllisyysfoorumissa 14.5.2024.",
        new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "Yhteystiedot", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10.5)
    for block in [
        ("Liisa Mäkelä, projektipäällikkö", "puh. 044 701 2345", "liisa.makela@pori.example.fi"),
        ("Henna Virtanen, työllisyyskoordinaattori", "p. 040 555 0192", "henna.virtanen@samk.example.fi"),
    ]:
        pdf.ln(2)
        for line in block:
            pdf.cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 5, "Porin kaupunki, PL 121, 28101 Pori  ·  puhelinvaihde (02) 621 1100", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Pori 30.9.2024", new_x="LMARGIN", new_y="NEXT")
    pdf.set_auto_page_break(False)
    pdf.set_y(-21)
    pdf.set_font("DejaVu", "", 8)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(0, 4, "2 / 2", align="R")
    pdf.output(os.path.join(OUT, "p02_pori_loppuraportti_tyopolku.pdf"))


# ---------------------------------------------------------------- p03 landscape list
def p03():
    pdf = new_pdf("L", title="EAKR-rahoitetut hankkeet Pohjanmaalla", author="Pohjanmaan liitto")
    pdf.add_page()
    pdf.set_font("DejaVu", "", 9)
    pdf.set_text_color(80, 80, 80)
    pdf.cell(140, 5, "Pohjanmaan liitto – Österbottens förbund", new_x="RIGHT", new_y="TOP")
    pdf.cell(0, 5, "Tilanne 30.6.2024", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("DejaVu", "B", 16)
    pdf.cell(0, 9, "EAKR-rahoitetut hankkeet Pohjanmaalla", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5, "Luettelossa ovat hankkeet, joiden rahoituspäätökset on tehty ajalla 1.1.–30.6.2024.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    data = [
        ("Hanke", "Hallinnoija", "Toteutusaika", "EAKR-tuki €"),
        ("Vetytalouden kokeiluympäristö Vaskiluodon satama-alueelle", "Vaasan kaupunki",
         "1.3.2024–28.2.2027", "1 240 000"),
        ("Kaskisten sataman logistiikkaselvitys", "Kaskisten kaupunki", "1.5.2024–30.4.2025", "86 400"),
        ("Pk-yritysten digiloikka (DILO)", "Pohjanmaan Yrittäjät ry – Österbottens Företagare rf",
         "1.8.2024–31.7.2026", "312 500"),
        ("Närpiön kasvihuoneklusterin energiatehokkuuden parantaminen", "Närpiön kaupunki",
         "8/2024–12/2025", "154 000"),
        ("Laihian keskustan elinvoimahanke", "Laihian kunta", "2024–2026", "98 750,50"),
    ]
    with pdf.table(col_widths=(110, 75, 50, 35), text_align=("LEFT", "LEFT", "LEFT", "RIGHT"),
                   borders_layout="NONE", line_height=5.5, padding=(1.5, 2, 1.5, 2),
                   headings_style=FontFace(emphasis="BOLD"), width=270, align="LEFT") as t:
        for row in data:
            r = t.row()
            for c in row:
                r.cell(c)
    pdf.ln(6)
    pdf.set_font("DejaVu", "", 8.5)
    pdf.multi_cell(0, 4.5,
        "Lisäksi käsittelyssä on kolme hakemusta, joissa haettu EAKR-tuki on yhteensä 2,1 milj. €. "
        "Seuraava hakuaika päättyy 31.10.2024.", new_x="LMARGIN", new_y="NEXT")
    pdf.set_auto_page_break(False)
    pdf.set_y(-20)
    pdf.set_font("DejaVu", "", 8)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(0, 4, "Pohjanmaan liitto  ·  Sandögatan 6, 65100 Vaasa  ·  vaihde 06 320 6500", align="C")
    pdf.output(os.path.join(OUT, "p03_pohjanmaa_eakr_hankkeet.pdf"))


# ---------------------------------------------------------------- p04 scanned-looking Swedish
def p04():
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    rng = random.Random(4)
    DPI = 130
    mm = lambda v: int(round(v / 25.4 * DPI))
    W, H = mm(210), mm(297)
    # lines: (x_mm, y_mm, size_pt, bold, text)
    lines = [
        (20, 20, 9, False, "KORSHOLMS KOMMUN  ·  Näringslivsenheten"),
        (150, 20, 9, False, "Dnr KORS/118/2024"),
        (20, 38, 18, True, "Projektbeskrivning"),
        (20, 56, 11, True, "Projektnamn"),
        (70, 56, 11, False, "Hållbar turism i Replots skärgård"),
        (20, 66, 11, True, "Projekttid"),
        (70, 66, 11, False, "1 mars 2024 – 28 februari 2026"),
        (20, 76, 11, True, "Projektägare"),
        (70, 76, 11, False, "Korsholms kommun"),
        (20, 86, 11, True, "Samarbetspartner"),
        (70, 86, 11, False, "Yrkesakademin i Österbotten"),
        (20, 96, 11, True, "Budget"),
        (70, 96, 11, False, "totalt 420 000 euro"),
        (20, 106, 11, True, "Finansiering"),
        (70, 106, 11, False, "Österbottens förbund 252 000 € (60 %)"),
        (70, 113, 11, False, "Korsholms kommun 168 000 € (40 %)"),
        (20, 123, 11, True, "Kontaktperson"),
        (70, 123, 11, False, "Emma Sjöholm, projektledare, Korsholms kommun"),
        (70, 130, 11, False, "tfn 050 412 7788, emma.sjoholm(at)korsholm.example.fi"),
        (20, 146, 11, True, "Bakgrund och mål"),
        (20, 155, 10, False, "Replots skärgård i Kvarkens världsarv lockar allt fler besökare. Projektet"),
        (20, 161, 10, False, "tar fram gemensamma leder, skyltning och en bokningskalender för småföretag"),
        (20, 167, 10, False, "inom turismen samt utbildar guider i hållbar besöksnäring."),
        (20, 179, 10, False, "Projektet bygger på en förstudie som genomfördes hösten 2023."),
        (20, 185, 10, False, "Ansökan om stöd lämnades in 15.11.2023 och beslutet fattades 12.2.2024."),
        (20, 260, 8, False, "Korsholms kommun, Skolvägen 1, 65610 Korsholm · växel 06 327 7111"),
        (20, 265, 8, False, "Utskriven 5.4.2024"),
    ]
    img = Image.new("L", (W, H), 246)
    d = ImageDraw.Draw(img)
    fonts = {}
    for x, y, size, bold, text in lines:
        key = (size, bold)
        if key not in fonts:
            fonts[key] = ImageFont.truetype(FONT_B if bold else FONT, int(round(size / 72 * DPI)))
        d.text((mm(x), mm(y)), text, fill=35, font=fonts[key], anchor="ls")
    # scanner noise: speckles, a grey left edge, slight blur and skew
    for _ in range(2500):
        px, py = rng.randrange(W), rng.randrange(H)
        d.point((px, py), fill=rng.choice((120, 160, 200)))
    d.rectangle((0, 0, mm(4), H), fill=200)
    img = img.filter(ImageFilter.GaussianBlur(0.6)).rotate(0.4, fillcolor=246, resample=Image.BICUBIC)
    tmp = os.path.join(OUT, "_p04_scan.png")
    img.save(tmp, optimize=True)

    pdf = new_pdf(title="Scan 2024-04-05", author="")
    pdf.add_page()
    pdf.image(tmp, x=0, y=0, w=210, h=297)
    os.remove(tmp)
    pdf.text_mode = "INVISIBLE"   # OCR-like text layer under the image look
    for x, y, size, bold, text in lines:
        pdf.set_font("DejaVu", "B" if bold else "", size)
        pdf.text(x, y, text)
    pdf.output(os.path.join(OUT, "p04_korsholm_projektbeskrivning_scan.pdf"))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    p01(); p02(); p03(); p04()
    print("wrote", sorted(f for f in os.listdir(OUT) if f.endswith(".pdf")))
