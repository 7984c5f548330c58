# -*- coding: utf-8 -*-
"""Builds every document of set 10 into docs/html and docs/pdf.

    .venv/bin/python tools/make_docs.py

HTML pages are written from the strings in html_pages_a.py / html_pages_b.py (UTF-8, LF).
PDFs are drawn with reportlab in invariant mode with DejaVu Sans embedded, so a rerun
gives identical bytes. The font directory is DEJAVU_DIR or /usr/share/fonts/truetype/dejavu.
Facts come from the public pages listed in README.md; people and page chrome are invented.
"""
import os
import sys
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph,
                                SimpleDocTemplate, Spacer, Table, TableStyle)

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import html_pages_a  # noqa: E402
import html_pages_b  # noqa: E402

FONT_DIR = Path(os.environ.get("DEJAVU_DIR", "/usr/share/fonts/truetype/dejavu"))
pdfmetrics.registerFont(TTFont("DV", str(FONT_DIR / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DV-B", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DV-I", str(FONT_DIR / "DejaVuSans-Oblique.ttf")))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DV-B", italic="DV-I", boldItalic="DV-B")

BASE = ParagraphStyle("base", fontName="DV", fontSize=9.5, leading=12.5)
BODY = ParagraphStyle("body", parent=BASE, spaceAfter=5)
SMALL = ParagraphStyle("small", parent=BASE, fontSize=7.5, leading=9.5)
H1 = ParagraphStyle("h1", parent=BASE, fontName="DV-B", fontSize=15, leading=19, spaceAfter=6)
H2 = ParagraphStyle("h2", parent=BASE, fontName="DV-B", fontSize=11, leading=14, spaceBefore=8, spaceAfter=3)
CELL = ParagraphStyle("cell", parent=BASE, fontSize=8, leading=10)
CELL_B = ParagraphStyle("cellb", parent=CELL, fontName="DV-B")
CELL_R = ParagraphStyle("cellr", parent=CELL, alignment=TA_RIGHT)
CELL_RB = ParagraphStyle("cellrb", parent=CELL_R, fontName="DV-B")


def P(text, style=BODY):
    return Paragraph(text, style)


# ---------------------------------------------------------------- 08: decision list, 2 pages
ROWS_08 = [
    # hakija, hanke, kunta, kumppanit, budjetti, osuus, tuki, kausi, kuvaus
    ("Vaasan yliopisto", "Vaikuttavuutta Leader-toimintaan", "–",
     "Poko ry, Pirkan Helmi ry, Rieska-Leader ry", "180 000,00", "45 000,00", "100", "2014–2020",
     "Selvitetään, mitä lisäarvoa Leader-toimintatapa tuottaa maaseudun kehittämisessä. Vaikutuksia "
     "arvioidaan haastatteluin ja taloustieteen menetelmin, ja lisäarvolle kehitetään mittareita."),
    ("Lestijärven kunta (Kaustisen seutukunta)", "Via Keski-Pohjanmaa ja Pohjoinen Keski-Suomi -esiselvitys",
     "Lestijärvi", "Viisari ry", "10 000,00", "7 500,00", "100", "2014–2020",
     "Kartoitetaan alueella hajallaan olevien pienten matkailuhankkeiden tilanne sekä yhteistyön ja "
     "kehittämisen tarpeet."),
    ("Kokkolan kaupunki", "Meidän museo – Keski-Pohjanmaan paikallismuseoiden kehittämishanke", "Kokkola",
     "Rieska-Leader ry", "103 600,00", "88 600,00", "90", "2014–2020",
     "K.H.Renlundin museon koordinoimana kehitetään keskipohjalaisia paikallismuseoita ja lisätään "
     "kuntalaisten osallisuutta kulttuuriperinnön vaalimiseen."),
    ("Keski-Pohjanmaan 4H-piiri ry", "Ajokortti työelämään", "–",
     "Keskipiste-Leader ry, Rieska-Leader ry", "166 700,00", "83 350,00", "80", "2007–2013",
     "Parannetaan yli 14-vuotiaiden nuorten työelämävalmiuksia ja yrittäjyyskasvatusta. Nuori saa "
     "passin, jolla hän voi osoittaa valmiutensa työnantajalle."),
    ("Lestijärven Kunnan Yhteisökehitys", "Peura-Lutunen", "Lestijärvi",
     "Keskipiste-Leader ry, Viisari ry, Rieska-Leader ry", "98 941,00", "42 354,00", "90", "2007–2013",
     "Kerätään kohdetietoa ja tarinoita Metsäpeuranmaan Pohjanmaan puoleiselta alueelta, otetaan käyttöön "
     "sähköinen karttapalvelu ja tehdään matkailu- ja reittikartat."),
    ("Kannuksen kaupunki", "Meijän Lestijokiseutu", "Kannus",
     "Rieska-Leader ry", "38 500,00", "12 833,00", "80", "2007–2013",
     "Kehitetään Lestijokiseudun matkailutoimijoiden osaamista ja yhteisöllisyyttä sekä tuotteistetaan "
     "muinaisasutuskohteisiin liittyviä matkailupaketteja."),
    ("Eskolan Kyläyhdistys ry", "Lossari", "–",
     "Rieska-Leader ry", "37 900,00", "–", "–", "2007–2013",
     "Rahoitusosuus tarkentuu loppumaksatuksen yhteydessä."),
]


def doc08(path):
    def on_page(canv, doc):
        canv.saveState()
        w, h = landscape(A4)
        canv.setFont("DV-B", 9)
        canv.drawString(15 * mm, h - 12 * mm, "Leader Pirityiset ry")
        canv.setFont("DV", 8)
        canv.drawRightString(w - 15 * mm, h - 12 * mm, "Alueiden väliset hankkeet · koonti 15.3.2023")
        canv.drawString(15 * mm, 9 * mm, "Euroopan maaseudun kehittämisen maatalousrahasto: Eurooppa investoi maaseutualueisiin")
        canv.drawRightString(w - 15 * mm, 9 * mm, f"Sivu {doc.page}/2")
        canv.restoreState()

    story = [
        P("Alueiden väliset hankkeet – myönnetty Leader-rahoitus", H1),
        P("Taulukossa ovat hankkeet, joiden rahoitukseen Leader Pirityiset ry on osallistunut yhdessä muiden "
          "Leader-ryhmien kanssa. Budjetti on hankkeen kokonaisbudjetti; Pirityiset ry:n osuus on ryhmän oman "
          "kehyksen kautta myönnetty tuki. Tuki % on julkisen tuen osuus hankkeen kustannuksista. Ohjelmakausi "
          "kertoo, minkä maaseutuohjelman varoista tuki on myönnetty.", BODY),
        Spacer(1, 3 * mm),
    ]
    head = ["Hakija", "Hanke", "Kunta", "Yhteistyökumppanit", "Budjetti €", "Pirityiset ry:n osuus €",
            "Tuki %", "Ohjelmakausi", "Kuvaus"]
    data = [[P(x, CELL_B) for x in head]]
    for r in ROWS_08:
        data.append([P(r[0], CELL), P(r[1], CELL), P(r[2], CELL), P(r[3], CELL), P(r[4], CELL_R),
                     P(r[5], CELL_R), P(r[6], CELL_R), P(r[7], CELL), P(r[8], CELL)])
    data.append([P("Yhteensä", CELL_B), P("", CELL), P("", CELL), P("", CELL), P("635 641,00", CELL_RB),
                 P("279 637,00", CELL_RB), P("", CELL), P("", CELL), P("", CELL)])
    widths = [34, 42, 20, 38, 22, 24, 12, 28, 47]
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#555555")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe8d0")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 9), ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
    ]))
    story.append(t)
    story.append(Spacer(1, 4 * mm))
    story.append(P("Lisätietoja: toiminnanjohtaja, puh. 040 555 0101. Luettelo ei sisällä yritystukia.", SMALL))
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=18 * mm, bottomMargin=16 * mm,
                            title="Alueiden väliset hankkeet", author="Leader Pirityiset ry")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------- 09: one-page fact sheet
def doc09(path):
    W, H = A4
    band = 34 * mm

    def on_page(canv, doc):
        canv.saveState()
        canv.setFillColor(colors.HexColor("#1f6f5c"))
        canv.rect(0, H - band, W, band, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("DV-B", 22)
        canv.drawString(18 * mm, H - 17 * mm, "HANKEKORTTI")
        canv.setFont("DV", 10)
        canv.drawString(18 * mm, H - 25 * mm, "Leader Viisari ry · omat hankkeet")
        canv.setFillColor(colors.black)
        canv.setStrokeColor(colors.HexColor("#1f6f5c"))
        canv.line(18 * mm, 24 * mm, W - 18 * mm, 24 * mm)
        canv.setFont("DV-B", 8)
        canv.drawString(18 * mm, 18 * mm, "Euroopan unionin osarahoittama")
        canv.setFont("DV", 7.5)
        canv.drawString(18 * mm, 13.5 * mm, "Euroopan maaseudun kehittämisen maatalousrahasto: Eurooppa investoi maaseutualueisiin")
        canv.drawRightString(W - 18 * mm, 13.5 * mm, "Päivitetty 2/2022")
        canv.restoreState()

    left_w = 72 * mm
    gap = 8 * mm
    top = H - band - 8 * mm
    bottom = 28 * mm
    f_left = Frame(18 * mm, bottom, left_w, top - bottom, id="left", leftPadding=0, rightPadding=0)
    f_right = Frame(18 * mm + left_w + gap, bottom, W - 36 * mm - left_w - gap, top - bottom, id="right",
                    leftPadding=0, rightPadding=0)
    LBL = ParagraphStyle("lbl", parent=BASE, fontName="DV-B", fontSize=8.5, leading=11, textColor=colors.HexColor("#1f6f5c"))
    VAL = ParagraphStyle("val", parent=BASE, fontSize=8.5, leading=11, spaceAfter=6)
    facts = [
        ("Hanke", "Bisnes Lande"),
        ("Hallinnoija", "Leader Viisari ry"),
        ("Rahoittaja", "Keski-Suomen ELY-keskus, Euroopan maaseuturahasto"),
        ("Kesto", "1/2021–12/2023"),
        ("Kohdealue", "Saarijärven–Viitasaaren seutukunta ja Äänekoski"),
        ("Kohderyhmä", "alle 29-vuotiaat nuoret"),
        ("Yhteyshenkilö", "Noora Lahtela, hankevetäjä<br/>puh. 040 826 4410<br/>noora.lahtela@keskisuomenmaaseutu.fi"),
    ]
    story = []
    for k, v in facts:
        story += [P(k, LBL), P(v, VAL)]
    story.append(FrameBreak())
    story += [
        P("Bisnes Lande", H1),
        P("Nuoret yrittäjyyden ytimeen pohjoisessa Keski-Suomessa", H2),
        P("Miksi hanke tehdään?", H2),
        P("Koronavuodet toivat yrittäjille uusia haasteita, ja jatkuva huolipuhe voi latistaa nuorten intoa "
          "ryhtyä yrittäjiksi. Hanke tarjoaa nuorille rohkeita kokeiluja ja uusia kokemuksia, jotta alue "
          "näyttäytyisi paikkana, jossa on mielekästä asua, tehdä töitä ja yrittää."),
        P("Mitä tehdään?", H2),
        P("Hankkeessa rakennetaan toimintamalli, verkostot ja olosuhteet, joiden avulla nuoret voivat "
          "tuotteistaa ja myydä osaamistaan. Samalla kehitetään alueen yrittäjyyskasvatusta ja kerrotaan "
          "yrityksille ja yhdistyksille, miten nuorten osaamista voi ostaa."),
        P("Nuorille perustetaan Bisnestiimi, jossa yritteliäät nuoret tapaavat toisiaan, saavat vinkkejä "
          "osaamisensa markkinointiin ja pääsevät mukaan myös kansainvälisiin verkostoihin."),
        P("Kenelle?", H2),
        P("Kohderyhmänä ovat alueen nuoret ja nuoret, joilla on siteitä alueeseen. Hyötyjinä ovat myös "
          "kehittämistoimijat, oppilaitokset, yrittäjät, kunnat ja yhdistykset, joiden kanssa hanke tekee "
          "laajaa yhteistyötä."),
    ]
    doc = BaseDocTemplate(str(path), pagesize=A4, title="Hankekortti: Bisnes Lande", author="Leader Viisari ry")
    doc.addPageTemplates([PageTemplate(id="card", frames=[f_left, f_right], onPage=on_page)])
    doc.build(story)


# ---------------------------------------------------------------- 10: board decisions bulletin
def doc10(path):
    def on_page(canv, doc):
        canv.saveState()
        W, H = A4
        canv.setFont("DV-B", 10)
        canv.drawString(20 * mm, H - 14 * mm, "SATAKUNTALIITTO")
        canv.setFont("DV", 8)
        canv.drawRightString(W - 20 * mm, H - 14 * mm, "Päätöstiedote · Maakuntahallitus")
        canv.line(20 * mm, H - 16 * mm, W - 20 * mm, H - 16 * mm)
        canv.drawString(20 * mm, 10 * mm, "Satakuntaliitto · Valtakatu 2, 28100 Pori · Vaihde 044 711 4300 · kirjaamo@satakunta.fi")
        canv.drawRightString(W - 20 * mm, 10 * mm, f"{doc.page}")
        canv.restoreState()

    story = [
        P("Julkaistu 19.4.2021", SMALL),
        P("Maakuntahallituksen päätöksiä 19.4.2021", H1),
        P("Satakuntaliiton maakuntahallitus kokoontui maanantaina etäyhteyksin. Tähän tiedotteeseen on koottu "
          "kokouksen keskeiset asiat."),
        P("1. Kokouksen avaus, laillisuus ja pöytäkirjan tarkastus", H2),
        P("Kokous todettiin lailliseksi ja päätösvaltaiseksi. Pöytäkirja tarkastetaan sähköisesti ja se on "
          "nähtävillä liiton verkkosivuilla 27.4.2021 alkaen."),
        P("2. SataTuuli-hanke käynnistyy", H2),
        P("Satakuntaliitto on käynnistänyt SataTuuli-hankkeen. Hankkeessa arvioidaan, miten Satakunnan "
          "maakuntakaavassa ja vaihemaakuntakaavassa 1 osoitetut maakunnallisesti merkittävät "
          "tuulivoima-alueet ovat toteutuneet ja tarvitsevatko ne päivitystä. Lisäksi tehdään "
          "tuulivoimaselvitys niille Satakunnan merialueen kohteille, jotka nousivat esiin merituulivoimalle "
          "sopivina Saaristomeren ja Selkämeren eteläosan merialuesuunnitelman 2030 valmistelussa."),
        P("Ympäristöministeriö myönsi 4.11.2020 Satakuntaliitolle avustuksen tuulivoimarakentamisen "
          "edistämiseksi. Hankkeen hyväksyttävät kokonaiskustannukset ovat enintään 50 000 euroa, josta "
          "Satakuntaliiton omarahoitusosuus on 15 000 euroa. Ympäristöministeriön avustus on enintään "
          "35 000 euroa eli 70 % hyväksyttävistä kustannuksista. Tuulivoimaselvityksen on määrä valmistua "
          "vuoden 2022 alussa."),
        P("Lisätietoja: suunnittelujohtaja Kari Mäntylä, p. 044 711 4625"),
        P("3. Maakunta-arkkitehdin valinta", H2),
        P("Maakuntahallitus valitsi maakunta-arkkitehdiksi arkkitehti Erik Ståhlbergin. Hän aloittaa "
          "tehtävässään kesäkuun puolivälissä."),
        P("4. Satakunta-strategian ensimmäinen luonnos", H2),
        P("Maakuntahallitus päätti saattaa Satakunta-strategian ensimmäisen luonnoksen maakuntavaltuuston "
          "tiedoksi. Luonnos on tämän jälkeen 30 vuorokauden ajan kaikkien kommentoitavana liiton sähköisellä "
          "ilmoitustaululla. Strategiaan sisältyy maakuntaohjelma vuosille 2022–2025."),
        P("Lisätietoja: aluekehitysjohtaja Paula Lehmusvuori, p. 044 711 4612"),
        P("5. Satasoten asiantuntijaryhmä", H2),
        P("Satakuntaliitto on valmis osallistumaan Satasoten asiantuntijaryhmän toimintaan. Liiton edustajaksi "
          "ja ryhmän puheenjohtajaksi nimettiin maakuntajohtaja ja hänen henkilökohtaiseksi varajäsenekseen "
          "hallintojohtaja."),
        P("6. Vastaukset valtuustoryhmien aloitteisiin", H2),
        P("Maakuntahallitus merkitsi tiedoksi kahden valtuustoryhmän aloitteisiin valmistellut vastaukset ja "
          "päätti viedä ne maakuntavaltuuston käsiteltäviksi 7.6.2021."),
        P("7. Kestävää kasvua ja työtä 2014–2020 -ohjelman varojen kohdentaminen", H2),
        P("Maakuntahallitus päätti rakennerahasto-ohjelman jäljellä olevien EAKR-varojen kohdentamisesta. "
          "Yksittäisistä hankkeista päätetään myöhemmin erikseen."),
        P("Lisätietoja: hallintojohtaja Tuomas Rinne, p. 044 711 4600"),
    ]
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=22 * mm, bottomMargin=18 * mm,
                            title="Maakuntahallituksen päätöksiä 19.4.2021", author="Satakuntaliitto")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def main():
    html_dir = ROOT / "docs" / "html"
    pdf_dir = ROOT / "docs" / "pdf"
    html_dir.mkdir(parents=True, exist_ok=True)
    pdf_dir.mkdir(parents=True, exist_ok=True)
    pages = {}
    pages.update(html_pages_a.PAGES)
    pages.update(html_pages_b.PAGES)
    for name, text in sorted(pages.items()):
        (html_dir / name).write_bytes(text.encode("utf-8"))
    doc08(pdf_dir / "g10_08_pirityiset_alueidenvaliset_rahoitus.pdf")
    doc09(pdf_dir / "g10_09_viisari_bisnes_lande_hankekortti.pdf")
    doc10(pdf_dir / "g10_10_satakuntaliitto_mh_paatostiedote.pdf")
    print(f"wrote {len(pages)} HTML pages and 3 PDFs")


if __name__ == "__main__":
    main()
