"""Builds every g12 evaluation document (6 HTML, 3 PDF, 1 TXT) under docs/.

    .venv/bin/python tools/make_docs.py

Output is byte-identical on rerun: the HTML and TXT sources are fixed strings and the
PDFs are written by reportlab in invariant mode (no time stamps, no random ids).
DejaVu Sans is embedded when found (DEJAVU_DIR, fc-match or the usual Debian path);
otherwise the PDFs fall back to Helvetica.

The project facts restate the public pages listed in README.md. People, e-mail
addresses, phone numbers and all page chrome (menus, cookie notices, news teasers,
events, footers) are invented.
"""
import os
import subprocess
import sys
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1  # reproducible bytes

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, PageBreak, PageTemplate,
                                Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from html_docs import HTML_DOCS  # noqa: E402

DOCS = HERE.parent / "docs"


# ------------------------------------------------------------------------------- fonts
def _dejavu_dir():
    if os.environ.get("DEJAVU_DIR"):
        return Path(os.environ["DEJAVU_DIR"])
    try:
        path = subprocess.run(["fc-match", "-f", "%{file}", "DejaVu Sans"], capture_output=True,
                              text=True, check=True).stdout.strip()
        if path.endswith("DejaVuSans.ttf"):
            return Path(path).parent
    except (OSError, subprocess.CalledProcessError):
        pass
    p = Path("/usr/share/fonts/truetype/dejavu")
    return p if (p / "DejaVuSans.ttf").exists() else None


FD = _dejavu_dir()
if FD is not None:
    pdfmetrics.registerFont(TTFont("DV", str(FD / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DV-B", str(FD / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont("DV-I", str(FD / "DejaVuSans-Oblique.ttf")))
    pdfmetrics.registerFontFamily("DV", normal="DV", bold="DV-B", italic="DV-I", boldItalic="DV-B")
    REG, BOLD, ITAL = "DV", "DV-B", "DV-I"
else:  # pragma: no cover - fallback only
    REG, BOLD, ITAL = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"

BASE = ParagraphStyle("base", fontName=REG, fontSize=9.5, leading=12.5, alignment=TA_LEFT)
BODY = ParagraphStyle("body", parent=BASE, spaceAfter=5)
SMALL = ParagraphStyle("small", parent=BASE, fontSize=8, leading=10)
CELL = ParagraphStyle("cell", parent=BASE, fontSize=8.8, leading=11)
CELL_B = ParagraphStyle("cellb", parent=CELL, fontName=BOLD)
CELL_R = ParagraphStyle("cellr", parent=CELL, alignment=TA_RIGHT)
CELL_RB = ParagraphStyle("cellrb", parent=CELL_R, fontName=BOLD)
H1 = ParagraphStyle("h1", parent=BASE, fontName=BOLD, fontSize=15, leading=19, spaceAfter=6)
H2 = ParagraphStyle("h2", parent=BASE, fontName=BOLD, fontSize=11, leading=14, spaceBefore=8, spaceAfter=4)
H3 = ParagraphStyle("h3", parent=BASE, fontName=BOLD, fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=3)


def P(text, style=BODY):
    return Paragraph(text, style)


def label_table(rows, label_w=50 * mm, value_w=120 * mm):
    """Label/value rows without ruling lines (form print)."""
    t = Table([[P(f"<b>{a}</b>", CELL), P(b, CELL)] for a, b in rows], colWidths=[label_w, value_w])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return t


# ----------------------------------------------------------------- g12_07 project plan
def g12_07(path: Path):
    """Hankesuunnitelma of a village fibre network, numbered sections, ruled budget table."""
    def on_page(canv, doc):
        canv.saveState()
        w, h = A4
        canv.setFont(BOLD, 9)
        canv.drawString(20 * mm, h - 14 * mm, "HANKESUUNNITELMA")
        canv.setFont(REG, 8)
        canv.drawString(20 * mm, h - 18.5 * mm, "Yleishyödyllinen investointihanke · Lapin ELY-keskukselle")
        canv.drawRightString(w - 20 * mm, h - 14 * mm, f"Sivu {doc.page}/2")
        canv.setLineWidth(0.5)
        canv.line(20 * mm, h - 21 * mm, w - 20 * mm, h - 21 * mm)
        canv.setFont(REG, 7)
        canv.drawString(20 * mm, 11 * mm, "Osuuskunta Kerokuitu · Hankesuunnitelma · Luonnos tukihakemuksen liitteeksi")
        canv.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=27 * mm, bottomMargin=20 * mm,
                            title="Hankesuunnitelma – Kerässieppi-Liepimän kyläverkko",
                            author="Osuuskunta Kerokuitu", creator="g12 make_docs.py")
    budget = Table(
        [[P("<b>Rahoituslähde</b>", CELL), P("<b>Euroa</b>", CELL_RB)],
         [P("EU ja valtio", CELL), P("252 339,00", CELL_R)],
         [P("Yksityinen raha", CELL), P("26 113,00", CELL_R)],
         [P("Talkootyö", CELL), P("58 000,00", CELL_R)],
         [P("<b>Yhteensä</b>", CELL), P("<b>336 452,00</b>", CELL_R)]],
        colWidths=[100 * mm, 40 * mm])
    budget.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                                ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story = [
        P("Kerässieppi-Liepimän kyläverkko", H1),
        P("Valokuituverkon rakentaminen Kerässiepin ja Liepimäjärventien varren kiinteistöille", SMALL),
        Spacer(1, 4 * mm),
        P("1. Hakijan tiedot", H2),
        label_table([("Hakija", "Osuuskunta Kerokuitu"),
                     ("Organisaatiomuoto", "Osuuskunta"),
                     ("Hakijan yhteyshenkilö", "Heikki Rautiola, hallituksen puheenjohtaja")]),
        P("2. Hankkeen tiedot", H2),
        label_table([("Hankkeen nimi", "Kerässieppi-Liepimän kyläverkko"),
                     ("Hanketyyppi", "Yleishyödyllinen investointihanke"),
                     ("Hankealue", "Kerässiepin ja Liepimäjärventien varsi"),
                     ("Toteutusaika", "Vahvistetaan tukipäätöksessä")]),
        Spacer(1, 2 * mm),
        P("Hankkeen tavoitteena on rakentaa valokuituverkko Kerässiepin ja Liepimäjärventien asukkaille. "
          "Nopea ja varma yhteys tukee kylien keskinäistä yhteistyötä ja yhteistyöverkostojen syntymistä, "
          "lisää kylien vetovoimaa ja luo edellytyksiä elinkeinojen laajentamiselle. Verkko lisää myös "
          "viihtyisyyttä ja yhteisöllisyyttä ja helpottaa yritystoimintaa kylissä."),
        P("Hanke rahoitetaan Manner-Suomen maaseudun kehittämisohjelmasta 2007–2013. Osuuskunta vastaa "
          "verkon suunnittelun ja rakentamisen kilpailuttamisesta sekä verkon ylläpidosta hankkeen jälkeen."),
        PageBreak(),
        P("3. Rahoitus", H2),
        label_table([("Rahoittava viranomainen", "Lapin ELY-keskus"),
                     ("Rahasto", "Euroopan maaseudun kehittämisen maatalousrahasto")]),
        Spacer(1, 2 * mm),
        P("Hankkeen kustannusarvio on 336 452 euroa. Rahoitussuunnitelma:"),
        budget,
        Spacer(1, 3 * mm),
        P("Talkootyö kirjataan hankkeen kirjanpitoon työtuntiseurannan perusteella. Osuuskunnan jäsenten "
          "liittymismaksut kerätään ennen rakentamisen aloittamista.", SMALL),
        P("4. Yhteystiedot", H2),
        label_table([("Yhteyshenkilö", "Heikki Rautiola, hallituksen puheenjohtaja, Osuuskunta Kerokuitu, "
                                        "puh. 040 567 2218, heikki.rautiola@kerokuitu.fi"),
                     ("Talousasiat", "Leena Kaaretkoski, rahastonhoitaja, Osuuskunta Kerokuitu, puh. (016) 562 110")]),
        Spacer(1, 6 * mm),
        P("Allekirjoitukset", H3),
        P("Paikka ja aika ______________________ &nbsp;&nbsp; Hakijan allekirjoitus ______________________", SMALL),
    ]
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ------------------------------------------------------------ g12_08 two-column newsletter
def g12_08(path: Path):
    w, h = A4
    gutter = 8 * mm
    left_x, top = 18 * mm, h - 52 * mm
    col_w = (w - 2 * 18 * mm - gutter) / 2
    col_h = top - 22 * mm
    frames = [Frame(left_x, 22 * mm, col_w, col_h, id="left", leftPadding=0, rightPadding=0),
              Frame(left_x + col_w + gutter, 22 * mm, col_w, col_h, id="right", leftPadding=0, rightPadding=0)]

    def masthead(canv, doc):
        canv.saveState()
        canv.setFillColor(colors.HexColor("#1f5f3a"))
        canv.rect(0, h - 40 * mm, w, 40 * mm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont(BOLD, 22)
        canv.drawString(18 * mm, h - 20 * mm, "LEADER ÅLAND")
        canv.setFont(REG, 11)
        canv.drawString(18 * mm, h - 28 * mm, "Nyhetsbrev om landsbygdsutveckling · nr 2")
        canv.setFont(REG, 8)
        canv.drawRightString(w - 18 * mm, h - 28 * mm, "www.leader.ax")
        canv.setFillColor(colors.black)
        canv.setStrokeColor(colors.HexColor("#1f5f3a"))
        canv.line(18 * mm + col_w + gutter / 2, 22 * mm, 18 * mm + col_w + gutter / 2, top)
        canv.setFont(REG, 7)
        canv.drawString(18 * mm, 12 * mm, "Leader Åland · Lokal aktionsgrupp för landsbygdsutveckling · Sidan 1")
        canv.restoreState()

    doc = BaseDocTemplate(str(path), pagesize=A4, title="Leader Åland – Nyhetsbrev nr 2",
                          author="Leader Åland", creator="g12 make_docs.py")
    doc.addPageTemplates([PageTemplate(id="two", frames=frames, onPage=masthead)])
    head = ParagraphStyle("nh", parent=H2, fontSize=12.5, leading=15, spaceBefore=2,
                          textColor=colors.HexColor("#1f5f3a"))
    kick = ParagraphStyle("kick", parent=SMALL, fontName=BOLD, textColor=colors.HexColor("#555555"))
    body = ParagraphStyle("nb", parent=BODY, fontSize=9.2, leading=12)
    box = ParagraphStyle("box", parent=SMALL, backColor=colors.HexColor("#eef4ee"), borderPadding=4,
                         spaceBefore=8, spaceAfter=4)
    story = [
        P("Styrelsen förordar stöd till nya projekt", H2),
        P("Styrelsen för Leader Åland har behandlat en ny omgång ansökningar inom landsbygdsutvecklings"
          "programmet för perioden 2007–2013 och förordar stöd till åtta projekt. Här presenterar vi "
          "fyra av dem.", body),
        Spacer(1, 3 * mm),
        P("UNGA OCH MAT", kick),
        P("Matskolan", head),
        P("Projektet Matskolan drivs av Ålands 4H distrikt, som arbetar med barn och unga runtom på Åland. "
          "Styrelsen förordar ett stöd på 2 708 euro.", body),
        Spacer(1, 3 * mm),
        P("JAKT OCH TRADITION", kick),
        P("Boken om vårjakt", head),
        P("Sunds jaktvårdsförening i Sund arbetar med en bok om vårjakt. "
          "Projektet Boken om vårjakt förordas 7 625 euro i stöd.", body),
        FrameBreak(),
        P("BYGDENS HUS", kick),
        P("Seffers hembygdsgård", head),
        P("Vårdö Marthaförening på Vårdö står bakom projektet Seffers hembygdsgård, som gäller föreningens "
          "arbete med hembygdsgården. Projektet är det största i omgången: styrelsen förordar 33 578 euro.", body),
        Spacer(1, 3 * mm),
        P("IDROTT", kick),
        P("Projekt Höja", head),
        P("Germundö alpin har sökt stöd för Projekt Höja. Styrelsen förordar 25 920 euro.", body),
        P("<b>Nästa ansökningsomgång</b><br/>Ansökningar till nästa styrelsemöte ska vara inne senast 30.9. "
          "Kontakta kansliet i god tid innan du lämnar in.", box),
        P("<b>Kalender</b><br/>Byaträff i Godby 12.10 kl. 18.00 – om Leaderstöd för föreningar.", box),
        P("Redaktör: Sara Lindholm, verksamhetsledare, tfn 018 25 377, sara.lindholm@leader.ax", SMALL),
    ]
    doc.build(story)


# ------------------------------------------------------- g12_09 decision table (two pages)
def g12_09(path: Path):
    def on_page(canv, doc):
        canv.saveState()
        w, h = A4
        canv.setFont(BOLD, 9)
        canv.drawString(20 * mm, h - 14 * mm, "LEADER ÅLAND")
        canv.setFont(REG, 9)
        canv.drawString(20 * mm, h - 18.5 * mm, "Styrelsen · Förordade projekt")
        canv.drawRightString(w - 20 * mm, h - 14 * mm, f"{doc.page} (2)")
        canv.setLineWidth(0.4)
        canv.line(20 * mm, h - 21 * mm, w - 20 * mm, h - 21 * mm)
        canv.setFont(REG, 7)
        canv.drawString(20 * mm, 11 * mm, "Leader Åland · Lokal aktionsgrupp · Utdrag ur styrelsens protokoll")
        canv.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=27 * mm, bottomMargin=20 * mm,
                            title="Leader Åland – förordade projekt", author="Leader Åland",
                            creator="g12 make_docs.py")
    crit = [
        "Projektet ska vara allmännyttigt och gagna landsbygden på Åland.",
        "Projektet ska ha en tydlig början och ett tydligt slut samt en realistisk budget.",
        "Egen insats i form av pengar eller talkoarbete ska finnas med i finansieringsplanen.",
        "Projektet ska främja samarbete mellan byar, föreningar eller företag.",
        "Projektet ska vara förenligt med Leader Ålands utvecklingsstrategi.",
        "Sökanden ska ha förutsättningar att genomföra och administrera projektet.",
    ]
    rows = [
        ("Vårdöby-Strömsöby byalag m.fl.", "Upprustning av Erkas hembygdsgård",
         "Hembygdsgården rustas upp.", "Vårdö", "15 354"),
        ("Arbetarnas bildningsförbund på Åland", "Windjammers Ball – dansläger och fest",
         "Dansläger och fest i augusti.", "–", "10 000"),
        ("Kumlinge fiskelag m.fl.", "Upprustning av ångbåtsbrygga och ramp",
         "Ångbåtsbryggan och rampen rustas upp.", "Kumlinge", "10 956"),
        ("Bamböle samfällda land- och vattenområde m.fl.", "Maskinhall",
         "En maskinhall byggs.", "–", "24 150"),
        ("Bamböle samfällda land- och vattenområde m.fl.", "Samlingslokal och slaktbod",
         "En samlingslokal och en slaktbod byggs.", "–", "15 720"),
        ("Vårdö idrottskamrater m.fl.", "Sportplan",
         "En sportplan byggs.", "Vårdö", "41 952"),
    ]
    data = [[P("<b>Sökande</b>", CELL), P("<b>Projekt</b>", CELL), P("<b>Kort beskrivning</b>", CELL),
             P("<b>Kommun</b>", CELL), P("<b>Förordat stöd, €</b>", CELL_RB)]]
    for s, pr, d, k, amt in rows:
        data.append([P(s, CELL), P(pr, CELL), P(d, CELL), P(k, CELL), P(amt, CELL_R)])
    tbl = Table(data, colWidths=[38 * mm, 38 * mm, 46 * mm, 22 * mm, 26 * mm], repeatRows=1)
    tbl.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe9df")),
                             ("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    story = [
        P("Förordade projekt", H1),
        P("Styrelsen har behandlat de ansökningar som kommit in till kansliet och förordar stöd till "
          "nedanstående projekt. Stödet beviljas ur Leader Ålands ram inom landsbygdsutvecklings"
          "programmet. Projekten har bedömts enligt styrelsens urvalskriterier:"),
    ]
    story += [P(f"{i}. {c}", BODY) for i, c in enumerate(crit, 1)]
    story += [
        P("Bedömningen har gjorts av styrelsen i sin helhet. Jäviga ledamöter har inte deltagit i "
          "behandlingen av ärenden som gäller deras egna föreningar. Ansökningar som inte uppfyllde "
          "kriterierna har återremitterats till sökandena med en begäran om komplettering.", BODY),
        P("Ansökningar som inkommer efter sista ansökningsdag behandlas vid nästa möte. Kansliet ger "
          "råd om budget, finansieringsplan och talkoarbete innan ansökan lämnas in.", BODY),
        Spacer(1, 70 * mm),
        tbl,
        Spacer(1, 4 * mm),
        P("Sammanlagt förordas 118 132 euro. Sökandena meddelas per brev."),
        P("Vid protokollet: Sara Lindholm, verksamhetsledare", SMALL),
    ]
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ------------------------------------------------------------------- g12_10 e-mail text
G12_10 = """From: Bisnes Lande <bisneslande@keskisuomenmaaseutu.fi>
To: bisneslande-uutiskirje@lists.keskisuomenmaaseutu.fi
Subject: Bisnes Lande -uutiskirje 3/2022
Date: Tue, 20 Sep 2022 09:12:44 +0300
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hei bisnestiimiläinen ja nuorten yrittäjyydestä kiinnostunut!

Syksy on lähtenyt käyntiin vauhdilla. Tässä kirjeessä:

  1. Bisnestiimi kokoontuu taas
  2. Nuoriso-Leader: tukea omaan ideaan
  3. Kesän tekijät
  4. Tulevat tapahtumat

----------------------------------------------------------------------
1. BISNESTIIMI KOKOONTUU TAAS
----------------------------------------------------------------------
Pohjoisen Keski-Suomen nuorten tekijöiden Bisnestiimi jatkaa syksyllä.
Tapaamisissa jaetaan vinkkejä oman osaamisen tuotteistamiseen ja
myymiseen. Seuraava tapaaminen on keskiviikkona 5.10.2022 klo 17
Saarijärvellä; etäyhteys on mahdollinen.

----------------------------------------------------------------------
2. NUORISO-LEADER: TUKEA OMAAN IDEAAN
----------------------------------------------------------------------
Alle 29-vuotiaiden ryhmät voivat hakea pientä tukea omaan
kehittämisideaansa. Haku on auki 1.–31.10.2022, ja tuki on
100–1 000 euroa. Autamme hakemuksen tekemisessä.

----------------------------------------------------------------------
3. KESÄN TEKIJÄT
----------------------------------------------------------------------
Kesällä kymmenkunta nuorta myi osaamistaan alueen yrityksille ja
yhdistyksille: nurmikonleikkuuta, somepäivityksiä ja tapahtuma-apua.
Kokemukset kootaan syksyn aikana blogiin.

----------------------------------------------------------------------
4. TULEVAT TAPAHTUMAT
----------------------------------------------------------------------
  ke 12.10.2022  Yrittäjyysilta nuorille, Viitasaari
  ke 9.11.2022   Verkostotapaaminen kehittäjille, Äänekoski

Mukavaa syksyä!

Aino Kettunen
projektipäällikkö, Leader Viisari ry
puh. 050 336 1874
aino.kettunen(at)keskisuomenmaaseutu.fi

--
Bisnes Lande -hanke
Hallinnoija: Leader Viisari ry
Rahoittajat: Keski-Suomen ELY-keskus ja Euroopan maaseudun kehittämisen maatalousrahasto
Hankeaika: 1.1.2021–31.12.2023
Kohdealue: Saarijärven–Viitasaaren seutukunta ja Äänekoski

Et halua enää uutiskirjettä? Peru tilaus vastaamalla tähän viestiin.
"""


def main():
    for sub in ("html", "pdf", "txt"):
        (DOCS / sub).mkdir(parents=True, exist_ok=True)
    for name, text in HTML_DOCS.items():
        (DOCS / "html" / name).write_bytes(text.encode("utf-8"))
    g12_07(DOCS / "pdf" / "g12_07_kerassieppi_kylaverkko_hankesuunnitelma.pdf")
    g12_08(DOCS / "pdf" / "g12_08_leader_aland_nyhetsbrev.pdf")
    g12_09(DOCS / "pdf" / "g12_09_leader_aland_forordade_projekt.pdf")
    # plain-text e-mail: CRLF line ends, as saved from a mail client
    (DOCS / "txt" / "g12_10_bisnes_lande_uutiskirje.txt").write_bytes(
        G12_10.replace("\n", "\r\n").encode("utf-8"))
    for p in sorted(DOCS.rglob("*")):
        if p.is_file():
            print(p.relative_to(DOCS.parent), p.stat().st_size)
    print("font:", REG)


if __name__ == "__main__":
    main()
