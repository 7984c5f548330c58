"""Builds the ten documents of test set 11 (identical bytes on every run).

    /work/fresh11/.venv/bin/python /work/fresh11/tools/make_docs.py

HTML and TXT are written as UTF-8 text; the three PDFs are built with reportlab in
invariant mode with DejaVu Sans embedded (falls back to Helvetica only if DejaVu is missing,
which would lose nothing but the look: the check script reads the text layer).
Facts come from the public pages listed in /work/fresh11/README.md; the prose is a
restatement; people, e-mail addresses and phone numbers are invented.
"""
import os
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

ROOT = Path(__file__).resolve().parent.parent
HTML = ROOT / "docs" / "html"
PDF = ROOT / "docs" / "pdf"
TXT = ROOT / "docs" / "txt"

# ------------------------------------------------------------------ fonts
FONT_DIR = Path(os.environ.get("DEJAVU_DIR", "/usr/share/fonts/truetype/dejavu"))
if (FONT_DIR / "DejaVuSans.ttf").exists():
    pdfmetrics.registerFont(TTFont("DV", str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DVB", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    FN, FB = "DV", "DVB"
else:  # standard font fallback
    FN, FB = "Helvetica", "Helvetica-Bold"

BODY = ParagraphStyle("body", fontName=FN, fontSize=9.5, leading=12.5, spaceAfter=5)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=7.5, leading=9.5, textColor=colors.HexColor("#444444"))
H1 = ParagraphStyle("h1", parent=BODY, fontName=FB, fontSize=15, leading=19, spaceAfter=8)
H2 = ParagraphStyle("h2", parent=BODY, fontName=FB, fontSize=11.5, leading=14, spaceBefore=8, spaceAfter=4)
H3 = ParagraphStyle("h3", parent=BODY, fontName=FB, fontSize=10, leading=12.5, spaceBefore=6, spaceAfter=2)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=8.5, leading=10.5, spaceAfter=0)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName=FB)
COVER = ParagraphStyle("cover", parent=H1, fontSize=22, leading=28, spaceBefore=60, spaceAfter=20)


def P(t, s=BODY):
    return Paragraph(t, s)


def write(path: Path, text: str):
    path.write_bytes(text.encode("utf-8"))


# ------------------------------------------------------------------ shared HTML chrome
COOKIE_FI = """<div class="cookie-banner" role="dialog" aria-label="Evästeet">
  <p>Käytämme sivustolla evästeitä sivuston toimivuuden varmistamiseen ja kävijämäärien seurantaan.</p>
  <button class="btn accept">Hyväksy kaikki</button> <button class="btn">Vain välttämättömät</button>
  <a href="/evasteet">Evästeasetukset</a>
</div>"""
SHARE_FI = """<div class="share"><span>Jaa:</span>
  <a class="share-fb" href="#">Facebook</a> <a class="share-x" href="#">X</a>
  <a class="share-li" href="#">LinkedIn</a> <a class="share-mail" href="#">Sähköposti</a></div>"""


def page(lang, title, head_extra, body):
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
{head_extra}
</head>
<body>
{body}
</body>
</html>
"""


# ================================================================== 01 Paimio, SiteVision-style fact box
def doc01():
    body = f"""{COOKIE_FI}
<header class="sv-header">
  <a class="logo" href="/"><img src="/images/paimio-logo.svg" alt="Paimion kaupunki"></a>
  <nav class="sv-mainnav" aria-label="Päävalikko"><ul>
    <li><a href="/asuminen-ja-ymparisto">Asuminen ja ympäristö</a></li>
    <li><a href="/kasvatus-ja-opetus">Kasvatus ja opetus</a></li>
    <li class="active"><a href="/kulttuuri-ja-vapaa-aika">Kulttuuri ja vapaa-aika</a></li>
    <li><a href="/hallinto-ja-paatoksenteko">Hallinto ja päätöksenteko</a></li>
    <li><a href="/tyo-ja-yrittaminen">Työ ja yrittäminen</a></li>
  </ul></nav>
  <form class="sv-search" action="/haku"><input type="search" name="q" placeholder="Hae sivustolta"><button>Hae</button></form>
  <a class="lang" href="/sv">På svenska</a>
</header>
<nav class="sv-breadcrumbs" aria-label="Murupolku">
  <a href="/">Etusivu</a> › <a href="/kulttuuri-ja-vapaa-aika">Kulttuuri ja vapaa-aika</a> ›
  <a href="/kulttuuri-ja-vapaa-aika/museot">Museot</a> › <a href="/kulttuuri-ja-vapaa-aika/museot/museoiden-hankkeet">Museoiden hankkeet</a> ›
  <span>Museo mukana – kulttuuri liikuttaa</span>
</nav>
<main class="sv-layout">
<div class="sv-portlet sv-text-portlet">
  <h1>Museo mukana – kulttuuri liikuttaa -hanke</h1>
  <p class="lead">Kotiseutumuseon alueesta ja sen vanhoista rakennuksista haluttiin tehdä tutumpia sekä paimiolaisille että kaupungissa vieraileville.</p>
</div>
<div class="sv-portlet factbox" id="hankkeen-tiedot">
  <h2 class="factbox-title">Hankkeen tiedot</h2>
  <div class="fact"><img src="/sitevision/icons/document.svg" alt="Nimi-ikoni">
    <p><span class="label">Hankkeen virallinen nimi:</span> Museo mukana – kulttuuri liikuttaa. Paimion kotiseutumuseoalueen kehittäminen osaksi paikallista virkistystoimintaa</p></div>
  <div class="fact"><img src="/sitevision/icons/building.svg" alt="Hallinnoija-ikoni">
    <p><span class="label">Hallinnoija:</span> Paimion kaupunki</p></div>
  <div class="fact"><img src="/sitevision/icons/calendar.svg" alt="Kalenteri-ikoni">
    <p><span class="label">Toteutusaika:</span> 31.12.2020–17.8.2023</p></div>
  <div class="fact"><img src="/sitevision/icons/euro.svg" alt="Rahoitus-ikoni">
    <p><span class="label">Rahoittaja:</span> Leader Varsin Hyvä</p></div>
  <div class="fact"><img src="/sitevision/icons/flag.svg" alt="Ohjelma-ikoni">
    <p><span class="label">Rahoitusohjelma:</span> Manner-Suomen maaseudun kehittämisohjelma 2014–2020</p></div>
  <div class="fact"><img src="/sitevision/icons/hash.svg" alt="Numero-ikoni">
    <p><span class="label">Hankenumero:</span> 147661</p></div>
  <div class="fact"><img src="/sitevision/icons/status.svg" alt="Tila-ikoni">
    <p><span class="label">Tila:</span> Päättynyt</p></div>
</div>
<section class="sv-portlet">
  <h2>Mitä hankkeessa tehtiin?</h2>
  <p>Hankkeen tavoitteena oli kehittää Paimion Museonmäkeä ja nostaa esiin alueen kulttuurihistoriaa sekä sen perinnerakennuksia. Museoalueelle tehtiin opastauluja ja mobiiliopasteita, joiden kautta rakennusten tarinat ja paikallinen elämänmeno avautuvat kävijälle omatoimisesti.</p>
  <p>Lisäksi järjestettiin tapahtumia, jotka toivat ulkomuseoalueelle ja sen viereiselle ulkokuntoilualueelle uusia käyttäjiä. Mobiiliopasteet ovat edelleen luettavissa kaupungin julkaisupalvelussa.</p>
</section>
<section class="sv-portlet">
  <h2>Miksi hanke oli tärkeä?</h2>
  <p>Paikallishistorian tunnettuus oli toivottua heikompi, ja museoalue jäi monelle kuntalaiselle vieraaksi. Hanke kasvatti omaehtoista kulttuurin kuluttamista ja lähivirkistysalueiden käyttöä. ”Museonmäestä tuli kävelyreitin luonteva pysähdyspaikka”, kertoo kulttuuripalvelupäällikkö Jari Mäkelä.</p>
  <p>Museon kesäkausi alkaa vuosittain kesäkuun alussa; vuonna 2024 ensimmäinen yleisöpäivä oli 2.6.2024.</p>
</section>
<section class="sv-portlet contact-portlet">
  <h2>Lisätietoja</h2>
  <div class="contact-card">
    <p class="name">Saara Lehtonen</p>
    <p class="title">museoamanuenssi</p>
    <p>puh. 044 738 5121</p>
    <p><a href="mailto:saara.lehtonen@paimio.fi">saara.lehtonen@paimio.fi</a></p>
  </div>
</section>
<aside class="sv-portlet related-projects">
  <h2>Museoiden muut hankkeet</h2>
  <h3>Leikkispitte</h3>
  <p>Sähkömuseosäätiön hallinnoima Leikkispitte-hanke keräsi vuonna 2021 paimiolaisten muistoja lapsuuden leikeistä ja leikkipaikoista, ja keruun pohjalta kuvattiin perinneleikkivideo Museonmäellä. Museovirasto myönsi hankkeelle 4&nbsp;800 euron avustuksen.</p>
</aside>
<aside class="sv-portlet news-list">
  <h2>Ajankohtaista</h2>
  <ul>
    <li><a href="/uutiset/sahkomuseon-koululaisvierailut">Sähkömuseon koululaisvierailut jatkuvat syksyllä</a> <span class="date">18.4.2024</span></li>
    <li><a href="/uutiset/museoiden-aukioloajat-2024">Museoiden aukioloajat kesällä 2024</a> <span class="date">3.4.2024</span></li>
    <li><a href="/uutiset/kulttuuriavustukset-haettavana">Kulttuuriavustukset haettavana 31.3. mennessä</a> <span class="date">1.2.2024</span></li>
  </ul>
</aside>
{SHARE_FI}
<p class="sv-modified">Sivua päivitetty 12.3.2024</p>
</main>
<footer class="sv-footer">
  <p><strong>Paimion kaupunki</strong><br>Vistantie 18, 21530 Paimio<br>Vaihde (02) 474 5400<br>kirjaamo@paimio.fi</p>
  <ul><li><a href="/saavutettavuus">Saavutettavuusseloste</a></li><li><a href="/tietosuoja">Tietosuoja</a></li><li><a href="/palaute">Anna palautetta</a></li></ul>
  <p>© Paimion kaupunki</p>
</footer>"""
    write(HTML / "g11_01_paimio_hankesivu.html", page(
        "fi", "Museo mukana – kulttuuri liikuttaa -hanke | Paimion kaupunki",
        '<meta name="generator" content="SiteVision">\n<link rel="stylesheet" href="/sitevision/system-resource/css/sv.css">', body))


# ================================================================== 02 Research Council of Finland, English press release
def doc02():
    body = """<div class="cookie-consent"><p>We use cookies to improve your experience and to compile visitor statistics.</p>
<button>Accept all cookies</button> <button>Only necessary cookies</button> <a href="/en/cookies">Cookie settings</a></div>
<header class="site-header">
  <a class="logo" href="/en"><img src="/static/img/logo-en.svg" alt="Academy of Finland"></a>
  <nav aria-label="Main"><ul>
    <li><a href="/en/research-funding">Research funding</a></li>
    <li><a href="/en/strategic-research">Strategic research</a></li>
    <li><a href="/en/about-us">About us</a></li>
    <li class="active"><a href="/en/about-us/media">Media</a></li></ul></nav>
  <a href="/fi">Suomeksi</a> | <a href="/sv">På svenska</a>
</header>
<nav class="breadcrumb"><a href="/en">Home</a> / <a href="/en/about-us">About us</a> / <a href="/en/about-us/media">Media</a> / <a href="/en/about-us/media/press-releases">Press releases</a> / <span>2020</span></nav>
<main>
<article class="press-release">
<p class="meta">Press release · 10 Nov 2020</p>
<h1>Strategic Research Council funds nine new consortia in two programmes</h1>
<p class="ingress">The Strategic Research Council (SRC) at the Academy of Finland decided on 9 November 2020 to fund nine consortia in its LITERACY and CLIMATE programmes. Funding totalling EUR 34 million was awarded.</p>
<p>Both programmes are new and will run until 2026. The consortia were selected in a two-stage call in which one panel assessed scientific quality and another panel assessed societal impact. Consortia invited to the second stage are expected to start their work in early 2021.</p>
<h2>Two consortia led from Eastern Finland</h2>
<p>The University of Eastern Finland leads two of the funded consortia and takes part in three more as a partner; altogether the university will receive EUR 3.9 million from this call.</p>
<p>In the LITERACY programme, the consortium <em>Reliable Knowledge for Health Care: Process and Practice of Shared Decision Making (PROSHADE)</em> will study how patients and professionals use and produce information when decisions about care are made together. The SRC grants the University of Eastern Finland EUR 1,337,155 for PROSHADE, which is led by University Lecturer Heli Rautio. The consortium partners are Tampere University, the University of Oulu and the Finnish Medical Society Duodecim.</p>
<p>In the CLIMATE programme, the consortium <em>Leaving No One Lost in Transition: Citizens and the Legitimacy of Finland’s Transition to a Carbon Neutral Welfare State (2035Legitimacy)</em> examines what Finland’s carbon-neutrality target means for citizens and for the legitimacy of the transition. The University of Eastern Finland receives EUR 1,243,087 for 2035Legitimacy. Its partners are the University of Helsinki, the University of Jyväskylä, the Finnish Meteorological Institute, the Finnish Environment Institute and VATT Institute for Economic Research.</p>
<blockquote>“The selected consortia combine high-quality science with genuine interaction with those who use research knowledge,” says the chair of the SRC.</blockquote>
<h2>Further information</h2>
<p><strong>2035Legitimacy:</strong> Professor Leena Korpela, University of Eastern Finland, tel. +358 50 412 3387, leena.korpela@uef.fi</p>
<p><strong>Academy of Finland Communications:</strong> Communications Specialist Mikko Aaltonen, tel. +358 29 533 5000, firstname.lastname@aka.fi</p>
</article>
<div class="share"><span>Share:</span> <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>
<aside class="related">
  <h2>Related news</h2>
  <ul><li><a href="#">Strategic Research Council selects 12 consortia – EUR 44 million awarded (14 Sep 2021)</a></li>
  <li><a href="#">Call for letters of intent in strategic research opens (2 Mar 2020)</a></li></ul>
</aside>
</main>
<footer class="site-footer">
  <p>Academy of Finland · Hakaniemenranta 6, PO Box 131, FI-00531 Helsinki · Switchboard +358 29 533 5000</p>
  <p><a href="#">Accessibility statement</a> · <a href="#">Data protection</a> · <a href="#">Subscribe to our newsletter</a></p>
</footer>"""
    write(HTML / "g11_02_aka_en_tiedote.html", page(
        "en", "Strategic Research Council funds nine new consortia in two programmes | Academy of Finland",
        '<meta name="generator" content="Drupal 8 (https://www.drupal.org)">\n<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Strategic Research Council funds nine new consortia in two programmes","datePublished":"2020-11-10","dateModified":"2020-11-12"}</script>', body))


# ================================================================== 03 Leader Åland, project bank table
def doc03():
    rows = [
        ("Matskolan", "Ålands 4H distrikt", "hela Åland", "2&nbsp;708", "Utvecklingsprojekt"),
        ("Toppa Torps byalag", "Hammarland Torps byalag", "Hammarland", "3&nbsp;250", "Utvecklingsprojekt"),
        ("Seffers hembygdsgård", "Vårdö Marthaförening", "Vårdö", "33&nbsp;578", "Investeringsprojekt"),
        ("Utfasad fasad", "Finströms sjöscouter", "Finström", "1&nbsp;945", "Investeringsprojekt"),
        ("Anskaffning av kylcontainer", "Kökar Fisk &amp; Rök Ab", "Kökar", "6&nbsp;900", "Företagsstöd"),
        ("Minneslunden i Prästö", "Ålands krematorie- och minneslundsförening", "Sund", "14&nbsp;250", "Investeringsprojekt"),
    ]
    trs = "\n".join(
        f"    <tr><td>{a}</td><td>{b}</td><td>{c}</td><td class=\"num\">{d}</td><td>{e}</td></tr>" for a, b, c, d, e in rows)
    body = f"""<div id="cookie-notice"><p>Den här webbplatsen använder kakor (cookies) för statistik.</p><button>OK</button> <a href="/kakor">Läs mer</a></div>
<header class="header">
  <a href="/"><img src="/wp-content/uploads/leader-aland-logo.png" alt="Leader Åland"></a>
  <nav class="menu"><ul><li><a href="/">Hem</a></li><li><a href="/sok-stod">Sök stöd</a></li><li class="current"><a href="/projektbank">Projektbank</a></li><li><a href="/strategi">Strategi</a></li><li><a href="/kontakt">Kontakt</a></li></ul></nav>
</header>
<nav class="breadcrumbs"><a href="/">Hem</a> » <a href="/projektbank">Projektbank</a> » <span>Förordade projekt, hösten 2008</span></nav>
<main>
<h1>Projektbank: förordade projekt, hösten 2008</h1>
<p>Leader Åland förordar att följande projekt får stöd inom landsbygdsutvecklingsprogrammet för Åland 2007–2013. Stödbeloppen nedan är det offentliga stödet som Leader Åland förordar; slutligt beslut fattas av landskapsregeringen.</p>
<p>Ansökningsomgången var öppen 1.9.–15.10.2008 och styrelsen behandlade ansökningarna vid sitt möte 11.11.2008.</p>
<table class="projektbank">
  <thead><tr><th>Projekt</th><th>Sökande</th><th>Kommun</th><th>Stöd (€)</th><th>Typ</th></tr></thead>
  <tbody>
{trs}
  </tbody>
  <tfoot><tr><td colspan="3">Sammanlagt förordat stöd</td><td class="num">62&nbsp;631</td><td></td></tr></tfoot>
</table>
<p class="note">Företagsstöd beviljas enskilda företag för deras egen verksamhet och redovisas här för fullständighetens skull.</p>
<h2>Nästa ansökningsomgång</h2>
<p>Nästa omgång öppnar 2.2.2009. Kontakta kansliet innan du lämnar in en ansökan.</p>
<div class="share">Dela: <a href="#">Facebook</a> <a href="#">E-post</a></div>
</main>
<aside class="sidebar"><h2>Nyheter</h2><ul><li><a href="#">Informationskväll om projektstöd i Godby 21.1.2009</a></li><li><a href="#">Ny strategi för perioden 2007–2013 antagen</a></li></ul></aside>
<footer class="footer">
  <p>Leader Åland r.f. · Elverksgatan 5, AX-22100 Mariehamn</p>
  <p>Verksamhetsledare, tfn 018 25 300 · info@leader.ax</p>
</footer>"""
    write(HTML / "g11_03_leaderaland_projektbank.html", page(
        "sv", "Projektbank – förordade projekt hösten 2008 | Leader Åland",
        '<meta name="generator" content="WordPress 4.9.8">', body))


# ================================================================== 04 Bisnes Lande, WordPress blog front page
def doc04():
    body = """<div id="cookie-law-info-bar"><span>Tämä sivusto käyttää evästeitä. <a role="button" class="cli_settings_button">Asetukset</a> <a role="button" id="cookie_action_close_header" class="cli-plugin-button">HYVÄKSY</a></span></div>
<div id="page" class="site">
<header id="masthead" class="site-header">
  <p class="site-title"><a href="/" rel="home">Bisnes Lande</a></p>
  <p class="site-description">Nuorten yrittäjyyttä pohjoisessa Keski-Suomessa</p>
  <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
    <li class="menu-item current-menu-item"><a href="/">Etusivu</a></li>
    <li class="menu-item"><a href="/bisnestiimi/">Bisnestiimi</a></li>
    <li class="menu-item"><a href="/tyopajat/">Työpajat kouluille</a></li>
    <li class="menu-item"><a href="/innostujat/">Innostujat-kartta</a></li>
    <li class="menu-item"><a href="/yhteystiedot/">Yhteystiedot</a></li></ul></nav>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-412" class="post-412 post type-post status-publish category-uutiset">
  <header class="entry-header"><h2 class="entry-title"><a href="/2023/11/bisnes-lande-aria-kilpailuun/">Bisnes Lande mukaan eurooppalaiseen ARIA-kilpailuun</a></h2>
  <div class="entry-meta"><span class="posted-on">Julkaistu <time datetime="2023-11-06">6.11.2023</time></span> <span class="byline">Kirjoittaja: Bisnes Lande</span></div></header>
  <div class="entry-content"><p>Hankkeemme valittiin yhdeksi kahdeksasta suomalaisesta ehdokkaasta EU:n maaseutuhankkeiden ARIA-kilpailuun. Olemme tavoittaneet yli 730 nuorta koulujen työpajoissa, bisnesleireillä ja yritysvierailuilla. Kilpailun tulokset julkistetaan Brysselissä joulukuussa.</p>
  <p><a class="more-link" href="/2023/11/bisnes-lande-aria-kilpailuun/">Lue lisää</a></p></div>
  <footer class="entry-footer"><span class="cat-links">Kategoria: <a href="/category/uutiset/">Uutiset</a></span> <span class="comments-link"><a href="#">2 kommenttia</a></span></footer>
</article>
<article id="post-398" class="post-398 post type-post status-publish category-tapahtumat">
  <header class="entry-header"><h2 class="entry-title"><a href="/2023/06/bisnesleiri-kivijarvella/">Bisnesleiri Kivijärvellä 12.–13.6.2023</a></h2>
  <div class="entry-meta"><span class="posted-on">Julkaistu <time datetime="2023-05-22">22.5.2023</time></span></div></header>
  <div class="entry-content"><p>Kesäkuun leirillä 15–29-vuotiaat pääsevät testaamaan omaa ideaansa yrittäjämentorien kanssa. Leirin osallistumismaksu on 20 €, ja se sisältää majoituksen ja ruokailut. Ilmoittautuminen päättyy 5.6.2023.</p>
  <p><a class="more-link" href="/2023/06/bisnesleiri-kivijarvella/">Lue lisää</a></p></div>
</article>
<article id="post-371" class="post-371 post type-post status-publish category-tapahtumat">
  <header class="entry-header"><h2 class="entry-title"><a href="/2023/02/bisnestiimin-kevattapaaminen/">Bisnestiimin kevättapaaminen Äänekoskella</a></h2>
  <div class="entry-meta"><span class="posted-on">Julkaistu <time datetime="2023-02-14">14.2.2023</time></span></div></header>
  <div class="entry-content"><p>Nuorten yrittäjien Bisnestiimi kokoontui Äänekoskelle vaihtamaan kokemuksia laskutuksesta ja somemarkkinoinnista. Vieraana oli Pohjoisen Keski-Suomen oppimiskeskuksen opinto-ohjaaja, joka kertoi yrittäjyysopintojen mahdollisuuksista. Seuraava tapaaminen on 18.4.2023.</p>
  <p><a class="more-link" href="/2023/02/bisnestiimin-kevattapaaminen/">Lue lisää</a></p></div>
</article>
<nav class="navigation posts-navigation"><div class="nav-previous"><a href="/page/2/">Vanhemmat artikkelit</a></div></nav>
</main></div>
<aside id="secondary" class="widget-area">
  <section id="search-2" class="widget widget_search"><form role="search" class="search-form"><input type="search" class="search-field" placeholder="Haku …" name="s"><input type="submit" class="search-submit" value="Hae"></form></section>
  <section id="text-3" class="widget widget_text"><h2 class="widget-title">Tietoa hankkeesta</h2>
  <div class="textwidget">
    <p><strong>Bisnes Lande -hanke</strong><br>Hanke on päättynyt.</p>
    <p><strong>Hallinnoija ja toteuttaja:</strong> Leader Viisari ry</p>
    <p><strong>Rahoittaja:</strong> Keski-Suomen ELY-keskus, Euroopan maaseudun kehittämisen maatalousrahastosta</p>
    <p><strong>Kesto:</strong> 1/2021–12/2023</p>
    <p><strong>Budjetti:</strong> 241&nbsp;612,50 €<br>Maaseuturahasto (EU) 101&nbsp;477,25 €<br>Kansallinen julkinen rahoitus 140&nbsp;135,25 €</p>
    <p><strong>Yhteyshenkilö:</strong><br>Hanna Kivelä, projektikoordinaattori<br>Leader Viisari ry<br>p. 040 869 2231<br>hanna.kivela(at)saarijarvi.fi</p>
  </div></section>
  <section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Viimeisimmät artikkelit</h2><ul><li><a href="#">Bisnes Lande mukaan eurooppalaiseen ARIA-kilpailuun</a></li><li><a href="#">Bisnesleiri Kivijärvellä 12.–13.6.2023</a></li><li><a href="#">Bisnestiimin kevättapaaminen Äänekoskella</a></li></ul></section>
  <section id="media_image-2" class="widget widget_media_image"><img src="/wp-content/uploads/2021/02/eu-leader-logot.png" alt="Euroopan unioni – Euroopan maaseudun kehittämisen maatalousrahasto: Eurooppa investoi maaseutualueisiin; Leader-logo"></section>
  <section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Arkistot</h2><ul><li><a href="#">marraskuu 2023</a></li><li><a href="#">toukokuu 2023</a></li><li><a href="#">helmikuu 2023</a></li></ul></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">Leader Viisari ry · Virastotie 2, 43100 Saarijärvi · viisari@saarijarvi.fi<br>
<a href="https://wordpress.org/">Voimanlähteenä WordPress</a> | Teema: Twenty Nineteen</div>
<div class="share">Jaa: <a href="#">Facebook</a> <a href="#">Instagram</a> <a href="#">LinkedIn</a></div></footer>
</div>"""
    write(HTML / "g11_04_bisneslande_wordpress.html", page(
        "fi", "Bisnes Lande – Nuorten yrittäjyyttä pohjoisessa Keski-Suomessa",
        '<meta name="generator" content="WordPress 6.2.2">\n<link rel="stylesheet" id="twentynineteen-style-css" href="/wp-content/themes/twentynineteen/style.css" media="all">', body))


# ================================================================== 05 Kimitoön, Swedish news page
def doc05():
    body = """<div class="cookiebar"><p>Vi använder kakor för att förbättra webbplatsen.</p><button>Godkänn</button> <button>Endast nödvändiga</button></div>
<header>
  <a class="logo" href="/"><img src="/images/kimitoon-logo.svg" alt="Kimitoöns kommun"></a>
  <nav class="main"><ul><li><a href="/boende-och-miljo">Boende och miljö</a></li><li><a href="/utbildning">Utbildning</a></li>
  <li class="active"><a href="/jobb-och-foretagande">Jobb och företagande</a></li><li><a href="/kommun-och-beslutsfattande">Kommun och beslutsfattande</a></li></ul></nav>
  <a href="/fi">Suomeksi</a>
</header>
<nav class="breadcrumb"><a href="/">Startsida</a> › <a href="/nyheter">Nyheter</a> › <span>Kommunen får understöd för en manual om förnybar energi</span></nav>
<main>
<article class="news">
<p class="date">Publicerad 14.9.2023</p>
<h1>Kommunen får understöd för en manual om förnybar energi</h1>
<p class="ingress">Kimitoöns kommun tar fram en lokal manual som ska göra det smidigare att planera och få tillstånd för projekt inom förnybar energi.</p>
<p>Miljöministeriet har beviljat kommunen 10 983 euro för projektet ”Manual för investeringar i förnybar energi på Kimitoön”. Understödet kommer från ministeriets stöd för att främja investeringsprojekt för den gröna omställningen. Projektets totalbudget är 15 690 euro. Huvudman för projektet är Kimitoöns kommun.</p>
<p>Projektet pågår från den 1 augusti 2023 till den 30 juni 2024. Under den tiden kartlägger man de villkor, gränsvärden och riktlinjer som gäller när förnybar energi planeras och tillståndsbehandlas på ön, och samlar dem i en manual. Manualen kompletterar NTM-centralens allmänna ”Manual för sökande” med kommunspecifika bestämmelser.</p>
<p>Målet är att privata aktörer ska kunna planera sina projekt snabbare och att tillståndsprocessen ska gå fortare, så att investeringarna kan förverkligas. Kommunstyrelsen behandlade ärendet vid sitt möte 28.8.2023.</p>
<p>Kommunen betalar dessutom årligen fem euro per invånare till Leaderföreningen I samma båt – Samassa veneessä rf, via vilken lokala aktörer kan söka stöd för mindre projekt.</p>
<h2>Mer information</h2>
<p>Projektkoordinator Jonas Åström, avdelningen för miljö och teknik, tfn 040 148 8312<br>E-post: förnamn.efternamn@kimitoon.fi</p>
</article>
<div class="share">Dela: <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">E-post</a></div>
<aside class="related"><h2>Relaterade nyheter</h2><ul>
  <li><a href="#">Nya rekreationsleder utreds på Kimitoön</a> <span>2.11.2021</span></li>
  <li><a href="#">Kommunen söker sommarjobbare 2024</a> <span>1.9.2023</span></li></ul></aside>
</main>
<footer>
  <p><strong>Kimitoöns kommun – Kemiönsaaren kunta</strong><br>Engelsbyvägen 8, 25700 Kimito<br>Växel 02 426 000 · kommun@kimitoon.fi</p>
  <p><a href="#">Tillgänglighetsutlåtande</a> · <a href="#">Dataskydd</a></p>
</footer>"""
    write(HTML / "g11_05_kimitoon_sv_nyhet.html", page(
        "sv", "Kommunen får understöd för en manual om förnybar energi – Kimitoöns kommun", "", body))


# ================================================================== 06 PROSHADE, university research project page
def doc06():
    body = """<div class="uef-cookie"><p>Sivusto käyttää evästeitä. Voit muuttaa asetuksia milloin tahansa.</p><button>Salli kaikki</button> <button>Vain välttämättömät</button></div>
<header class="uef-header">
  <a href="/fi"><img src="/themes/uef/logo-fi.svg" alt="Itä-Suomen yliopisto"></a>
  <nav><ul><li><a href="/fi/opiskelu">Opiskelu</a></li><li class="active"><a href="/fi/tutkimus">Tutkimus</a></li><li><a href="/fi/yhteistyo">Yhteistyö</a></li><li><a href="/fi/yliopisto">Yliopisto</a></li></ul></nav>
  <a href="/en">In English</a>
</header>
<nav class="breadcrumb"><a href="/fi">Etusivu</a> › <a href="/fi/tutkimus">Tutkimus</a> › <a href="/fi/tutkimus/hankkeet">Tutkimushankkeet</a> › <span>PROSHADE</span></nav>
<main class="project-page">
<h1>PROSHADE – Tietoon pohjautuva jaettu päätöksenteko terveydenhuollossa</h1>
<p class="subtitle" lang="en">Reliable knowledge for health care: the process and practice of shared decision-making</p>
<table class="project-meta">
  <tr><th>Tila</th><td>Käynnissä</td></tr>
  <tr><th>Rahoituskausi</th><td>2021–2026</td></tr>
  <tr><th>Rahoittaja</th><td>Strategisen tutkimuksen neuvosto (STN), Suomen Akatemian yhteydessä</td></tr>
  <tr><th>Ohjelma</th><td>LITERACY – Informaatiolukutaito ja tietoon perustuva päätöksenteko</td></tr>
  <tr><th>Rahoituspäätökset</th><td>335545 (2021–2023) ja 352520 (2024–2026)</td></tr>
  <tr><th>Koordinaattori</th><td>Itä-Suomen yliopisto</td></tr>
  <tr><th>Konsortiokumppanit</th><td>Tampereen yliopisto, Oulun yliopisto, Suomalainen Lääkäriseura Duodecim</td></tr>
</table>
<section><h2>Tutkimuksen tavoitteet</h2>
<p>Hankkeessa kehitetään talous- ja vaikuttavuustiedon sekä potilaiden itse tuottaman tiedon käyttöä hoitopäätöksissä. Jaetun päätöksenteon mallia laajennetaan potilaan ja lääkärin välisestä kohtaamisesta koko terveydenhuollon organisaatioon.</p>
<p>Työ jakautuu neljään osa-alueeseen: taloudellisen tiedon tuominen hoitosuosituksiin, vähähyötyisen hoidon karsiminen, potilaan tuottaman sähköisen tiedon hyödyntäminen sekä päätöksentekoprosessin ja informaatiolukutaidon tutkimus.</p></section>
<section><h2>Rahoitus</h2>
<p>Ensimmäisellä kolmivuotiskaudella Itä-Suomen yliopiston osuus STN:n rahoituksesta oli 1&nbsp;337&nbsp;155 €. Väliarvioinnin jälkeen STN myönsi konsortiolle jatkorahoitusta 2,7 milj. euroa kaudelle 2024–2026.</p></section>
<section><h2>Osahankkeiden johtajat</h2>
<ul><li>Terveystaloustiede: tutkimusjohtaja Heli Rautio, Itä-Suomen yliopisto</li>
<li>Päätöksentekoprosessi ja informaatiolukutaito: professori Outi Lindqvist, Tampereen yliopisto</li>
<li>Hoitosuositukset: dosentti Pekka Aaltola, Duodecim, ja professori Sanna Vehkaoja, Oulun yliopisto</li></ul></section>
<section class="contact"><h2>Yhteystiedot</h2>
<p><strong>Heli Rautio</strong><br>konsortion johtaja, tutkimusjohtaja<br>Itä-Suomen yliopisto<br>heli.rautio@uef.fi<br>puh. 050 431 7720</p></section>
<aside class="news"><h2>Uutisia</h2><ul>
<li><a href="#">PROSHADE-hankkeen väitöskirjatutkija palkittiin posterikilpailussa</a> <span>5.10.2023</span></li>
<li><a href="#">Seminaari jaetusta päätöksenteosta Kuopiossa 16.11.2023</a></li></ul></aside>
<div class="share">Jaa: <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">Sähköposti</a></div>
</main>
<footer class="uef-footer"><p>Itä-Suomen yliopisto · PL 1627, 70211 Kuopio · Vaihde 0294 45 1111</p><p>Sivua muokattu 21.3.2024</p></footer>"""
    write(HTML / "g11_06_uef_tutkimushanke.html", page(
        "fi", "PROSHADE – Tietoon pohjautuva jaettu päätöksenteko terveydenhuollossa | Itä-Suomen yliopisto",
        '<meta name="generator" content="Drupal 9 (https://www.drupal.org)">', body))


# ================================================================== 07 Ii, minutes extract (PDF)
def doc07():
    out = PDF / "g11_07_ii_kh_poytakirjanote.pdf"
    d = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                          topMargin=20 * mm, bottomMargin=20 * mm, title="Pöytäkirjanote KH 19.2.2024 § 38",
                          author="Iin kunta")

    def header(c, doc):
        c.saveState()
        c.setFont(FN, 8)
        c.drawString(22 * mm, 285 * mm, "IIN KUNTA    Pöytäkirjanote")
        c.drawRightString(188 * mm, 285 * mm, f"{doc.page} (2)")
        c.drawString(22 * mm, 12 * mm, "Iin kunta · Jokisuuntie 2, 91100 Ii · Vaihde 08 817 9111 · kirjaamo@ii.fi")
        c.restoreState()

    s = [
        P("Kunnanhallitus 19.02.2024 § 38", H3),
        P("IIDno-2024-112", SMALL),
        P("§ 38 Iin kunnan osallistuminen Raasakan vanhan uoman kehittämishankkeeseen vuosina 2024–2025", H2),
        P("<b>Valmistelija</b>: kunnanjohtaja Markku Peltola, markku.peltola@ii.fi"),
        P("<b>Lisätietoja päätöksestä</b>: elinvoimajohtaja Timo Rauhala, puh. 050 395 0212, etunimi.sukunimi@ii.fi"),
        P("<b>Kuvaus</b>", H3),
        P("Iin kunta solmi ensimmäisen viisivuotisen kehittämissopimuksen Iijoen Raasakan vanhan uoman "
          "kehittämisestä vuosille 2017–2021, ja sopimusta jatkettiin vuosille 2022–2023. Sopimusosapuolet ovat "
          "neuvotelleet uuden kaksivuotisen hankkeen sisällöstä."),
        P("Raasakan vanhan uoman kehittämishanke toteutetaan vuosina 2024–2025. Hankkeen tavoitteena on nostaa "
          "vanhan uoman virkistys- ja käyttöarvoa sekä parantaa vaelluskalojen elinolosuhteita Iijoella. "
          "Hankkeen kokonaiskustannusarvio on 120 000 euroa."),
        P("Iin kunnan rahoitusosuus on yhteensä 30 000 euroa, josta 15 000 euroa kohdistuu vuodelle 2024 ja "
          "15 000 euroa vuodelle 2025. Edellisellä sopimuskaudella 2022–2023 kunnan osuus oli 24 000 euroa. "
          "Vuoden 2024 osuus katetaan elinvoimapalvelujen talousarvion kehittämismäärärahasta."),
        P("<b>Päätösehdotus</b>", H3),
        P("<b>Esittelijä</b>: kunnanjohtaja Markku Peltola"),
        P("Kunnanhallitus päättää, että Iin kunta osallistuu Raasakan vanhan uoman kehittämishankkeeseen "
          "vuosina 2024–2025 yhteensä 30 000 euron rahoitusosuudella ja valtuuttaa kunnanjohtajan allekirjoittamaan "
          "kehittämissopimuksen."),
        P("<b>Päätös</b>", H3),
        P("Hyväksyttiin."),
        Spacer(1, 6 * mm),
        P("Merkittiin, että hallintojohtaja Anne Jokela toimi pöytäkirjanpitäjänä."),
        PageBreak(),
        P("Otteen oikeaksi todistaa", H3),
        P("Ii 20.2.2024"),
        P("Anne Jokela, hallintojohtaja"),
        Spacer(1, 8 * mm),
        P("OIKAISUVAATIMUSOHJE", H3),
        P("Tähän päätökseen tyytymätön voi tehdä kirjallisen oikaisuvaatimuksen kunnanhallitukselle. "
          "Oikaisuvaatimus on tehtävä 14 päivän kuluessa päätöksen tiedoksisaannista. Oikaisuvaatimuksen saa tehdä "
          "asianosainen sekä kunnan jäsen.", SMALL),
        P("Oikaisuvaatimusviranomainen: Iin kunnanhallitus, Jokisuuntie 2, 91100 Ii, kirjaamo@ii.fi.", SMALL),
    ]
    d.build(s, onFirstPage=header, onLaterPages=header)


# ================================================================== 08 Varsin Hyvä, annual report chapter (PDF)
def doc08():
    out = PDF / "g11_08_varsinhyva_vuosikertomus.pdf"
    d = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                          topMargin=20 * mm, bottomMargin=18 * mm, title="Varsin Hyvä ry – Vuosikertomus 2016",
                          author="Varsin Hyvä ry")

    def deco(c, doc):
        c.saveState()
        c.setFont(FN, 7.5)
        c.drawString(20 * mm, 287 * mm, "Varsin Hyvä ry · Vuosikertomus 2016")
        c.drawRightString(190 * mm, 10 * mm, str(doc.page + 6))
        c.restoreState()

    def facts(t):
        return P(t, ParagraphStyle("facts", parent=BODY, fontSize=8.5, leading=11, textColor=colors.HexColor("#1b4d3e")))

    ts = TableStyle([("FONT", (0, 0), (-1, -1), FN, 8.5), ("FONT", (0, 0), (-1, 0), FB, 8.5),
                     ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                     ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde8dd"))])
    t1 = Table([["Puolletut hakemukset 2016", "kpl", "julkinen tuki €"],
                ["Yleishyödylliset kehittämishankkeet", "6", "248 930"],
                ["Yleishyödylliset investointihankkeet", "4", "131 204"],
                ["Yritystuet", "7", "96 400"],
                ["Yhteensä", "17", "476 534"]], colWidths=[85 * mm, 20 * mm, 35 * mm], style=ts)
    t2 = Table([["Kunta", "Hakemuksia", "Puollettu"],
                ["Kaarina", "3", "2"], ["Masku", "4", "4"], ["Naantali", "3", "2"],
                ["Paimio", "5", "5"], ["Sauvo", "2", "1"], ["Muut", "4", "3"]],
               colWidths=[60 * mm, 30 * mm, 30 * mm], style=ts)
    s = [
        P("3 Hanketoiminta", H1),
        P("Vuosi 2016 oli ohjelmakauden 2014–2020 ensimmäinen kokonainen toimintavuosi. Hallitus kokoontui "
          "yhdeksän kertaa ja puolsi yhteensä 17 hakemusta. Alla esitellään esimerkkejä alueen hankkeista; "
          "tilastot ovat luvun lopussa."),
        P("3.1 Päättyneet hankkeet", H2),
        P("Kesäteatterin katsomon katos", H3),
        P("Paimion Museonmäen kiinteän kesäteatterikatsomon päälle rakennettiin katos, joka suojaa yleisöä "
          "sateelta ja pidentää näytäntökautta. Rakennustyöt tehtiin osin talkoilla syksyn 2015 ja kesän 2016 välillä."),
        facts("Hakija: Paimion Kesäteatteri ry · Paimio · Toteutusaika 1.9.2015–31.12.2016 · "
              "Tuki 64 776 € (75 %) · Kokonaiskustannukset 86 368 €"),
        P("100-vuotisjulkaisu", H3),
        P("Askaisten marttojen juhlavuoden kirjaan koottiin paikallishistoriaa, perinnetietoa ja kuvia "
          "marttatoiminnasta Askaisissa sadan vuoden ajalta."),
        facts("Hakija: Askaisten Marttayhdistys ry · Masku/Askainen · Toteutusaika 14.5.2015–31.12.2016 · "
              "Tuki 12 600 euroa (83 %)"),
        P("3.2 Käynnissä olevat hankkeet", H2),
        P("Yhdistysklinikka – osallisuutta, yhteistyötä ja osaamista 2015–2018", H3),
        P("Alueiden välinen hanke tarjoaa yhdistyksille neuvontaa toiminnan haasteisiin: klinikalla yhdistyksen "
          "toimintaa arvioidaan kokonaisuutena ja osaamista vahvistetaan työpajoissa muun muassa viestinnästä, "
          "tapahtumien järjestämisestä ja sukupolvenvaihdoksesta. Hanke kattaa Varsin Hyvän ja Ravakan koko alueet."),
        facts("Hakija: Maaseudun kehittämisyhdistys Ravakka ry · Toteutusaika 1.7.2015–30.6.2018 · "
              "Varsin Hyvän osuus 135 826 € (100 %)"),
        P("3.3 Edellisen ohjelmakauden perintöä", H2),
        P("Kuusiston Piispanpäivät", H3),
        P("Varsin Hyvä ry rahoitti ohjelmakaudella 2007–2013 Kuusiston Piispanpäivät -hanketta, jossa tapahtuma "
          "ja yrittäjien yhteistyö kytkettiin toisiinsa. Piispanpäivistä muodostui Kuusiston saarelle vuosittain "
          "toistuva kulttuuritapahtuma, jota järjestetään edelleen."),
        facts("Hakija: Suomen Liikemiesten Lähetysliitto ry · Kaarina / Kuusiston saari · "
              "Yleishyödyllinen kehittämishanke"),
        P("3.4 Tilastot", H2),
        P("Taulukko 1. Hallituksen puoltamat hakemukset tukimuodoittain 2016", SMALL), t1, Spacer(1, 4 * mm),
        P("Taulukko 2. Hakemukset kunnittain 2016", SMALL), t2, Spacer(1, 4 * mm),
        P("Yritystukien joukossa oli muun muassa ensimmäisen työntekijän palkkaamiseen myönnettyjä "
          "käynnistystukia sekä pienyritysten kone- ja laiteinvestointeja. Toimintarahaa käytettiin vuonna 2016 "
          "yhteensä 182 000 euroa.", BODY),
    ]
    d.build(s, onFirstPage=deco, onLaterPages=deco)


# ================================================================== 09 Virkistäytymään Paimionjoelle, final report (PDF)
def doc09():
    out = PDF / "g11_09_paimionjoki_loppuraportti.pdf"
    d = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                          topMargin=22 * mm, bottomMargin=20 * mm, title="Virkistäytymään Paimionjoelle – loppuraportti",
                          author="Paimionjoki-yhdistys ry")

    def foot(c, doc):
        c.saveState()
        c.setFont(FN, 7.5)
        if doc.page > 1:
            c.drawString(22 * mm, 12 * mm, "Paimionjoki-yhdistys ry · Loppuraportti")
            c.drawRightString(188 * mm, 12 * mm, f"{doc.page - 1}/2")
        c.restoreState()

    ft = Table([
        [P("Rahoittaja", CELLB), P("€", CELLB), P("Osuus", CELLB)],
        [P("EU (Euroopan maaseudun kehittämisen maatalousrahasto)", CELL), "11 999,88", "45 %"],
        [P("Valtio", CELL), "9 333,24", "35 %"],
        [P("Kunnat", CELL), "5 333,28", "20 %"],
        [P("Julkinen rahoitus yhteensä", CELLB), "26 666,40", "80 %"],
        [P("Yksityinen rahoitus ja talkootyö", CELL), "6 666,60", "20 %"],
        [P("YHTEENSÄ", CELLB), "33 333,00", "100 %"],
    ], colWidths=[95 * mm, 35 * mm, 25 * mm], style=TableStyle([
        ("FONT", (0, 0), (-1, -1), FN, 8.5), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    s = [
        Spacer(1, 30 * mm),
        P("VIRKISTÄYTYMÄÄN PAIMIONJOELLE", COVER),
        P("Kehittämishankkeen loppuraportti", H2),
        Spacer(1, 10 * mm),
        P("Hallinnoija: Paimionjoki-yhdistys ry"),
        P("Rahoittajat: Leader-ryhmät Varsinais-Suomen Jokivarsikumppanit ry ja Varsin Hyvä ry"),
        P("Manner-Suomen maaseudun kehittämisohjelma 2007–2013"),
        Spacer(1, 60 * mm),
        P("Raportti hyväksytty yhdistyksen hallituksessa 11.3.2014", SMALL),
        PageBreak(),
        P("1. Tausta", H2),
        P("Paimionjoki-yhdistys perustettiin vuonna 2010 Paimionjoen valuma-alueen kuntien yhteistyöelimeksi. "
          "Virkistäytymään Paimionjoelle -kehittämishanke perustui yhdistyksen toimenpideohjelmaan, jossa "
          "virkistyskäytön kehittäminen on yksi painopisteistä. Hanke oli kahden Leader-toimintaryhmän välinen."),
        P("2. Tavoitteet", H2),
        P("Tavoitteena oli koota joen varren toimijoista yhteistyöverkosto virkistyskäytön kehittämiseen, "
          "löytää retkeilyyn soveltuvia ranta-alueita ja pohjustaa niiden kunnostus- ja hoitosuunnitelmia."),
        P("3. Toteutus", H2),
        P("Hanke toteutettiin ajalla 3/2012–12/2013. Toimenpiteet painottuivat Someroon, Koski Tl:ään, Marttilaan, "
          "Pöytyälle, Tarvasjoelle, Paimioon ja Sauvoon. Yleisötilaisuuksia järjestettiin kaikkiaan yksitoista, ja "
          "keväästä 2013 alkaen joen luonnosta kerrottiin hankkeen verkkopäiväkirjassa."),
        P("4. Tulokset", H2),
        P("Hankkeessa kartoitettiin 24 virkistyskäyttöön soveltuvaa kohdetta, ja viidelle laadittiin alustava hoitosuunnitelma. "
          "Jatkoksi käynnistettiin vuodelle 2014 purojen kunnostukseen keskittyvä hanke."),
        PageBreak(),
        P("5. Rahoitus", H2),
        P("Hankkeen hyväksytyt kustannukset ja rahoitus on esitetty taulukossa. Julkisen rahoituksen osuudet on "
          "laskettu julkisesta rahoituksesta, yksityisen rahoituksen osuus kokonaisuudesta."),
        ft,
        Spacer(1, 6 * mm),
        P("<b>Yhteyshenkilö</b>: projektikoordinaattori Minna Salonen, Paimionjoki-yhdistys ry, "
          "minna.salonen@paimionjoki.fi, puh. 040 771 2093"),
        P("Yhdistyksen puheenjohtaja: Kari Ylinen", SMALL),
    ]
    d.build(s, onFirstPage=foot, onLaterPages=foot)


# ================================================================== 10 Tunturi-Lapin Kehitys, plain-text newsletter
def doc10():
    text = """TUNTURI-LAPIN KEHITYS RY – UUTISKIRJE 3/2024
Julkaistu 4.4.2024 | Selaa verkossa: https://www.tunturi-lappi.fi/uutiskirje
=====================================================================

Hei lukija!

Kevät on tuonut alueelle useita uusia rajat ylittäviä hankkeita. Interreg
Aurora -ohjelman ohjauskomiteat hyväksyivät maaliskuussa 2024 yhteensä
11 uutta pienhanketta, ja kolmessa niistä on mukana tunturilappilaisia tai
lappilaisia toimijoita. Alla lyhyesti.

-----

1) "Borderless, secure and vibrant North" käynnistyy

Tornionlaakson ja Tunturi-Lapin yhteistyötä turvallisuuden ja
elinvoiman teemoissa syventävä pienhanke sai Interreg Aurora -rahoitusta.
Hankkeen kumppanit ovat Tornedalsrådet ja Tunturi-Lapin Kehitys ry.
Ensimmäinen työpaja järjestetään Pellossa toukokuussa.

Lisätietoja: kehittämispäällikkö Juho Niemelä, Tunturi-Lapin Kehitys ry,
p. 040 615 8827, juho.niemela@tunturi-lappi.fi

-----

2) Tiny homes -pienhanke etsii pohjoisen pientaloratkaisuja

Tiny homes -hankkeessa selvitetään pienten, energiatehokkaiden kotien
rakentamista pohjoisiin oloihin. Hankkeen kumppanit ovat Lapin
ammattikorkeakoulu Oy, LTU Business AB ja Pohjois-Suomen rakennusklusteri ry.
Rahoitus tulee Interreg Aurora -ohjelmasta.

-----

3) Sähkölinjojen valvontaan uutta teknologiaa

Power line monitoring for increased resilience -pienhankkeessa testataan,
miten sähkölinjojen kuntoa voidaan seurata etänä, jotta myrskyjen ja
lumikuormien aiheuttamat katkot vähenisivät. Kumppaneina ovat
Luleå tekniska universitet, Åsele Kraftaktiebolag, Länsstyrelsen i
Västerbottens län, Region Västerbotten, i.b. vogt AB ja Lapin
ammattikorkeakoulu Oy. Hanketta rahoittaa Interreg Aurora.

-----

TAPAHTUMAT

* Yrittäjäilta Kittilässä to 25.4.2024 klo 17–19, Kittilän kunnantalo.
  Aiheena omistajanvaihdokset. Maksuton, ilmoittaudu 22.4. mennessä.
* Hankeinfo: Leader-rahoituksen haku 2024, ti 7.5.2024 klo 13–15 (Teams).
  Kerromme hakukierroksesta, jossa alueelle on jaettavana noin 450 t€.
* Kesän markkinat Muoniossa la 6.7.2024 – myyntipaikat 25 €,
  varaukset toimistolta.

-----

Tunturi-Lapin Kehitys ry | Ounasjoentie 14, 99130 Sirkka
Toimisto p. 016 641 031 | toimisto@tunturi-lappi.fi
Et halua enää uutiskirjettä? Peru tilaus: https://www.tunturi-lappi.fi/peru
"""
    write(TXT / "g11_10_tunturilappi_uutiskirje.txt", text)


if __name__ == "__main__":
    for p in (HTML, PDF, TXT):
        p.mkdir(parents=True, exist_ok=True)
    for f in (doc01, doc02, doc03, doc04, doc05, doc06, doc07, doc08, doc09, doc10):
        f()
    for p in sorted(list(HTML.iterdir()) + list(PDF.iterdir()) + list(TXT.iterdir())):
        print(p.relative_to(ROOT), p.stat().st_size)
