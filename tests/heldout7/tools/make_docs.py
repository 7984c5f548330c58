"""Builds every document of evaluation set 7 (byte-stable).

    /work/fresh/set7/.venv/bin/python /work/fresh/set7/tools/make_docs.py

HTML pages are written from the templates below (UTF-8, LF). PDFs are drawn with reportlab in
invariant mode (no timestamp, fixed document id) with DejaVu Sans embedded, so two runs give
identical bytes. People, e-mail addresses and phone numbers are invented; project facts come
from the public pages listed in README.md.
"""
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle, ListFlowable, ListItem)

ROOT = Path(__file__).resolve().parent.parent
HTML = ROOT / "docs" / "html"
PDF = ROOT / "docs" / "pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT_DIR / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DejaVuSans-Oblique", str(FONT_DIR / "DejaVuSans-Oblique.ttf")))
pdfmetrics.registerFontFamily("DejaVuSans", normal="DejaVuSans", bold="DejaVuSans-Bold",
                              italic="DejaVuSans-Oblique", boldItalic="DejaVuSans-Bold")

DOCS = {}

# ---------------------------------------------------------------------------------------------
# g7_01: AMK project page with tab buttons + tab panels (all in the HTML) and a side facts box
DOCS["g7_01_lapinamk_osaamisstrategiat_valilehdet.html"] = """<!DOCTYPE html>
<html lang="fi">
<head>
<meta charset="utf-8">
<title>Seutukuntien osaamisstrategiat 2020 -hanke | Lapin ammattikorkeakoulu</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/css/lapinamk.min.css">
<script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body class="page-project">
<div id="cookie-consent" role="dialog" aria-label="Evästeasetukset">
  <p>Käytämme sivustollamme evästeitä. Välttämättömät evästeet ovat aina käytössä; analytiikka- ja markkinointievästeet vain suostumuksellasi.</p>
  <button type="button" class="btn-accept">Hyväksy kaikki</button>
  <button type="button" class="btn-necessary">Vain välttämättömät</button>
</div>
<header class="site-header">
  <a class="logo" href="/fi"><img src="/static/img/lapinamk-logo.svg" alt="Lapin ammattikorkeakoulu"></a>
  <nav class="main-nav" aria-label="Päävalikko">
    <ul>
      <li><a href="/fi/hakijalle">Hakijalle</a></li>
      <li><a href="/fi/opiskelijalle">Opiskelijalle</a></li>
      <li><a href="/fi/tki">Tutkimus ja kehitys</a></li>
      <li><a href="/fi/tki/hankkeet">Hankkeet</a></li>
      <li><a href="/fi/yhteystiedot">Yhteystiedot</a></li>
    </ul>
  </nav>
  <a class="lang" href="/en">In English</a>
</header>
<nav class="breadcrumb" aria-label="Murupolku">
  <ol>
    <li><a href="/fi">Etusivu</a></li>
    <li><a href="/fi/tki">Tutkimus ja kehitys</a></li>
    <li><a href="/fi/tki/hankkeet">Hankkeet</a></li>
    <li aria-current="page">Seutukuntien osaamisstrategiat 2020 -hanke</li>
  </ol>
</nav>
<main id="content" class="project-layout">
  <article class="project-main">
    <span class="status-badge status-ended">Päättynyt</span>
    <h1>Seutukuntien osaamisstrategiat 2020 -hanke</h1>
    <p class="lead">Hankkeessa päivitettiin Lapin seutukuntien ja kuntien osaamis-, kehittämis- ja tutkimustarpeet ja koottiin niistä seutukuntakohtaiset osaamisstrategiat.</p>
    <div class="tabs" data-tabs>
      <div class="tab-list" role="tablist" aria-label="Hankkeen sisältö">
        <button type="button" role="tab" id="tab-kuvaus" aria-controls="panel-kuvaus" aria-selected="true">Kuvaus</button>
        <button type="button" role="tab" id="tab-tulokset" aria-controls="panel-tulokset" aria-selected="false" tabindex="-1">Tulokset</button>
        <button type="button" role="tab" id="tab-yhteys" aria-controls="panel-yhteys" aria-selected="false" tabindex="-1">Yhteystiedot</button>
      </div>
      <section role="tabpanel" id="panel-kuvaus" aria-labelledby="tab-kuvaus">
        <h2>Tausta ja tavoitteet</h2>
        <p>Lapin maakuntakorkeakoulu on korkeakoulujen ja seutukuntien toimijoiden yhteistyöverkosto, joka järjestää alueen tarpeisiin koulutusta sekä tutkimus- ja kehittämistoimintaa. Verkoston toimintaympäristö ja jäsenorganisaatiot ovat muuttuneet, joten sen sisältöjä ja toimintatapoja oli aika tarkastella uudelleen.</p>
        <p>Hanke kokosi seutukunnista ajantasaisen kuvan siitä, millaista osaamista alueen työpaikat ja kunnat tarvitsevat seuraavina vuosina. Työ tehtiin haastatteluin ja seutukuntakohtaisissa työpajoissa.</p>
        <p>Hanketta hallinnoi Lapin ammattikorkeakoulu, ja Lapin yliopisto oli mukana osatoteuttajana.</p>
      </section>
      <section role="tabpanel" id="panel-tulokset" aria-labelledby="tab-tulokset" hidden>
        <h2>Mitä saatiin aikaan</h2>
        <p>Jokaiselle seutukunnalle laadittiin päivitetty osaamisstrategia, ja strategioiden painopisteet siirrettiin maakuntakorkeakoulun seuraavan kauden toimintasuunnitelmaan.</p>
        <blockquote>
          <p>”Työpajoissa yrittäjät ja kuntien väki istuivat samassa pöydässä. Se oli hankkeen arvokkain anti.”</p>
          <footer>— lehtori Jouni Kangasniemi, Lapin ammattikorkeakoulu</footer>
        </blockquote>
        <p>Loppuraportti julkaistiin Lapin ammattikorkeakoulun julkaisusarjassa keväällä 2016.</p>
      </section>
      <section role="tabpanel" id="panel-yhteys" aria-labelledby="tab-yhteys" hidden>
        <h2>Ota yhteyttä</h2>
        <div class="person">
          <p class="person-name">Riikka Vuontisjärvi</p>
          <p class="person-title">projektipäällikkö, Lapin ammattikorkeakoulu</p>
          <p><a href="tel:+358405562871">040 556 2871</a></p>
          <p><a href="mailto:riikka.vuontisjarvi@lapinamk.fi">riikka.vuontisjarvi@lapinamk.fi</a></p>
        </div>
        <div class="person">
          <p class="person-name">Outi Kallioniemi</p>
          <p class="person-title">suunnittelija, Lapin yliopisto</p>
          <p><a href="tel:+358404844321">040 484 4321</a></p>
          <p><a href="mailto:outi.kallioniemi@ulapland.fi">outi.kallioniemi@ulapland.fi</a></p>
        </div>
      </section>
    </div>
  </article>
  <aside class="project-facts" aria-label="Hankkeen tiedot">
    <h2>Hankkeen tiedot</h2>
    <ul class="facts">
      <li><span class="label">Toteutusaika</span> <span class="value">1.10.2014 – 29.2.2016</span></li>
      <li><span class="label">Hallinnoija</span> <span class="value">Lapin ammattikorkeakoulu Oy</span></li>
      <li><span class="label">Osatoteuttaja</span> <span class="value">Lapin yliopisto</span></li>
      <li><span class="label">Rahoittaja</span> <span class="value">ESR</span></li>
      <li><span class="label">Vastuuviranomainen</span> <span class="value">Pohjois-Pohjanmaan ELY-keskus</span></li>
      <li><span class="label">Tukiprosentti</span> <span class="value">ESR-tuki 80 % hyväksytyistä kustannuksista</span></li>
      <li><span class="label">Hankekoodi</span> <span class="value">S20062</span></li>
    </ul>
    <div class="logos"><img src="/static/img/eu-esr.png" alt="Euroopan unioni, Euroopan sosiaalirahasto"><img src="/static/img/vipuvoimaa.png" alt="Vipuvoimaa EU:lta 2014–2020"></div>
  </aside>
</main>
<section class="related-news">
  <h2>Ajankohtaista</h2>
  <ul>
    <li><time datetime="2024-05-14">14.5.2024</time> <a href="/fi/uutiset/kesakoulu">Arktinen kesäkoulu kokosi opiskelijat Rovaniemelle</a></li>
    <li><time datetime="2024-04-30">30.4.2024</time> <a href="/fi/uutiset/tki-palkinto">TKI-palkinto jaettiin vappuaattona</a></li>
  </ul>
</section>
<footer class="site-footer">
  <p>Lapin ammattikorkeakoulu Oy · Jokiväylä 11 C, 96300 Rovaniemi · Vaihde 020 798 6000 · kirjaamo@lapinamk.fi</p>
  <p>Sivu päivitetty 3.3.2016 · <a href="/fi/saavutettavuus">Saavutettavuusseloste</a> · <a href="/fi/tietosuoja">Tietosuoja</a></p>
</footer>
<script src="/static/js/tabs.js" defer></script>
</body>
</html>
"""

# ---------------------------------------------------------------------------------------------
# g7_02: ministry "hankeikkuna"-style record, label/value pairs in a two-column grid of divs
DOCS["g7_02_stm_pora_hankeikkuna.html"] = """<!DOCTYPE html>
<html lang="fi">
<head>
<meta charset="utf-8">
<title>Hanke STM057:00/2016 – Valtioneuvoston hankeikkuna</title>
<style>
.record-grid{display:grid;grid-template-columns:14rem 1fr;gap:.4rem 1.2rem}
.record-grid .k{font-weight:600}
</style>
</head>
<body>
<div class="vn-topbar"><a href="https://valtioneuvosto.fi">Valtioneuvosto</a> | <a href="/sv">På svenska</a> | <a href="/en">In English</a></div>
<header>
  <p class="site-name">Hankeikkuna – valtionhallinnon hankkeet ja säädösvalmistelu</p>
  <form role="search" action="/haku"><label for="q">Hae hankkeita</label> <input id="q" name="q"> <button>Hae</button></form>
</header>
<nav class="breadcrumb"><a href="/">Etusivu</a> › <a href="/haku?asettaja=STM">Sosiaali- ja terveysministeriö</a> › STM057:00/2016</nav>
<main>
  <h1>Poikkihallinnolliset rakenteet (PORA)</h1>
  <div class="record-grid">
    <div class="k">Hanketunnus</div><div class="v">STM057:00/2016</div>
    <div class="k">Hankkeen nimi</div><div class="v">Poikkihallinnolliset rakenteet (PORA)</div>
    <div class="k">Hankkeen tyyppi</div><div class="v">Projekti</div>
    <div class="k">Asettaja</div><div class="v">Sosiaali- ja terveysministeriö</div>
    <div class="k">Asettamispäivä</div><div class="v">14.3.2016</div>
    <div class="k">Toimikausi</div><div class="v">2016 – 2018</div>
    <div class="k">Tila</div><div class="v">Päättynyt</div>
    <div class="k">Ohjelma</div><div class="v">Edistetään terveyttä ja hyvinvointia sekä vähennetään eriarvoisuutta</div>
    <div class="k">Ohjausryhmän puheenjohtaja</div><div class="v">ylijohtaja Pekka Rautakoski</div>
    <div class="k">Yhteyshenkilö</div>
    <div class="v"><span>Sanna Pelkonen</span>, <span>neuvotteleva virkamies</span><br><span>puh. 0295 163 418</span><br><span>sanna.pelkonen@stm.fi</span></div>
  </div>
  <h2>Tiivistelmä</h2>
  <p>Projektissa rakennettiin pysyviä hallinnonalojen rajat ylittäviä rakenteita terveyden ja hyvinvoinnin edistämiseen. Työ eteni kolmessa vaiheessa: pilotit ja mallintaminen, säädösvalmistelun vaikutusarvioinnin parantaminen sekä arviointi- ja seurantasuunnitelma.</p>
  <p>Projekti on yksi kolmesta kärkihankkeen projektista. Kärkihanke itse on hallitusohjelman laaja kokonaisuus, jonka muut projektit ovat Hyvät käytännöt pysyvään käyttöön ja Terveellisten talojen Suomi.</p>
  <h2>Asiakirjat</h2>
  <ul>
    <li><a href="/asiakirjat/STM057-00-2016/asettamispaatos.pdf">Asettamispäätös 14.3.2016 (pdf)</a></li>
    <li><a href="/asiakirjat/STM057-00-2016/projektisuunnitelma.pdf">Projektisuunnitelma 2016–2018 (pdf)</a></li>
    <li><a href="/asiakirjat/STM057-00-2016/loppuraportti.pdf">Loppuraportti, julkaistu 28.2.2019 (pdf)</a></li>
  </ul>
</main>
<footer>
  <p>Valtioneuvosto · Snellmaninkatu 1 A, Helsinki · PL 23, 00023 Valtioneuvosto · Vaihde 0295 16001</p>
  <p>Tiedot päivitetty 4.3.2019</p>
</footer>
</body>
</html>
"""

# ---------------------------------------------------------------------------------------------
# g7_03: Drupal municipal project page; contacts in a sidebar "Yhteystiedot" block, h-card markup
DOCS["g7_03_uusikaupunki_paikkatieto_drupal.html"] = """<!DOCTYPE html>
<html lang="fi" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<title>Vakka-Suomen kuntien paikkatieto -projekti | Uudenkaupungin kaupunki</title>
<link rel="canonical" href="https://www.uusikaupunki.fi/fi/paattyneet-hankkeet/vakka-suomen-kuntien-paikkatieto-projekti">
</head>
<body class="path-node page-node-type-hanke">
<a href="#main-content" class="visually-hidden focusable">Siirry pääsisältöön</a>
<div class="eu-cookie-compliance-banner" role="alertdialog">
  <div class="eu-cookie-compliance-message"><p>Sivusto käyttää evästeitä käyttökokemuksen parantamiseen.</p></div>
  <button type="button" class="agree-button">OK</button> <button type="button" class="decline-button">Ei kiitos</button>
</div>
<header role="banner">
  <div class="region region-header">
    <a href="/fi" rel="home"><img src="/themes/custom/uki/logo.svg" alt="Uudenkaupungin kaupunki"></a>
    <nav role="navigation" aria-labelledby="block-paavalikko-menu" id="block-paavalikko">
      <h2 class="visually-hidden" id="block-paavalikko-menu">Päävalikko</h2>
      <ul class="menu">
        <li class="menu-item"><a href="/fi/asuminen">Asuminen ja ympäristö</a></li>
        <li class="menu-item"><a href="/fi/kasvatus">Kasvatus ja opetus</a></li>
        <li class="menu-item"><a href="/fi/elinkeinot">Työ ja yrittäminen</a></li>
        <li class="menu-item menu-item--active-trail"><a href="/fi/kaupunki">Kaupunki ja hallinto</a></li>
      </ul>
    </nav>
  </div>
</header>
<div class="region region-breadcrumb">
  <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
    <h2 id="system-breadcrumb" class="visually-hidden">Murupolku</h2>
    <ol>
      <li><a href="/fi">Etusivu</a></li>
      <li><a href="/fi/kaupunki">Kaupunki ja hallinto</a></li>
      <li><a href="/fi/hankkeet">Hankkeet</a></li>
      <li><a href="/fi/paattyneet-hankkeet">Päättyneet hankkeet</a></li>
    </ol>
  </nav>
</div>
<main role="main">
  <a id="main-content" tabindex="-1"></a>
  <div class="layout-content">
    <article role="article" class="node node--type-hanke node--view-mode-full">
      <h1 class="page-title"><span class="field field--name-title">Vakka-Suomen kuntien paikkatieto -projekti</span></h1>
      <div class="field field--name-field-tila field--label-inline">
        <div class="field__label">Tila</div>
        <div class="field__item">Päättynyt</div>
      </div>
      <div class="field field--name-field-kesto field--label-inline">
        <div class="field__label">Toteutusaika</div>
        <div class="field__item">1/2004–5/2006</div>
      </div>
      <div class="clearfix text-formatted field field--name-body field__item">
        <p>Uudenkaupungin kaupunki haki keväällä 2003 seutukunnan tukemana Varsinais-Suomen liitolta avustusta projektiin, jonka tarkoituksena oli palkata Vakka-Suomen kunnille yhteinen paikkatietoasiantuntija. Projekti kuului EU:n Tavoite 2 -ohjelmaan, ja sitä hallinnoi Uudenkaupungin kaupunki.</p>
        <p>Tavoitteena oli nopeuttaa rekisteri- ja paikkatietojen kulkua kuntien ja muiden toimijoiden välillä sekä saada paikkatieto-ohjelmat kunnissa tehokkaampaan käyttöön.</p>
        <p>Uudenkaupungin lisäksi projektissa olivat mukana Pyhärannan, Vehmaan, Mietoisten, Taivassalon ja Kustavin kunnat vuoden 2004 alusta. Laitilan kaupunki liittyi mukaan huhtikuussa 2004.</p>
        <h2>Ohjausryhmä</h2>
        <p>Ohjausryhmään kuuluivat muun muassa tekninen johtaja Leena Arvo-Hellsten ja kaupungingeodeetti Matti Ylikorpi Uudestakaupungista sekä kuntien rakennustarkastajat. Rahoittajaa edusti ohjausryhmässä Janne Virtamo. Ohjausryhmä kokoontui vuonna 2004 seitsemän kertaa.</p>
        <h2>Rahoitus</h2>
        <p>Rahoittaja: Varsinais-Suomen liitto. Kuntien osuudet jaettiin asukasluvun mukaan.</p>
        <p><a href="/sites/default/files/2006-05/paikkatieto-loppuraportti.pdf">Projektin loppuraportti 18.5.2006 (pdf, 412 kt)</a></p>
      </div>
      <div class="field field--name-field-paivitetty"><span class="label">Päivitetty</span> <time datetime="2021-09-02T10:14:00+03:00">2.9.2021</time></div>
    </article>
  </div>
  <aside class="layout-sidebar-second" role="complementary">
    <div class="block block-views block-hanke-yhteystiedot">
      <h2 class="block-title">Yhteystiedot</h2>
      <div class="h-card vcard">
        <div class="p-name fn">Sari Lehtimäki</div>
        <div class="p-job-title title">paikkatietoasiantuntija</div>
        <div class="p-org org">Tekninen ja ympäristökeskus</div>
        <div class="p-tel tel"><span class="type">puh.</span> <span class="value">044 351 5120</span></div>
        <div class="u-email email"><a href="mailto:sari.lehtimaki@uusikaupunki.fi">sari.lehtimaki@uusikaupunki.fi</a></div>
      </div>
    </div>
    <div class="block block-block-content block-hankekoordinaatio">
      <h2 class="block-title">Kaupungin hankekoordinaatio</h2>
      <p>Kaupungin kaikkia hankkeita koskevissa kysymyksissä voit olla yhteydessä hankekoordinaattoriin.</p>
      <div class="h-card vcard">
        <div class="p-name fn">Jukka Aaltokari</div>
        <div class="p-job-title title">kehittämispäällikkö</div>
        <div class="p-tel tel"><span class="value">044 351 5007</span></div>
        <div class="u-email email"><a href="mailto:jukka.aaltokari@uusikaupunki.fi">jukka.aaltokari@uusikaupunki.fi</a></div>
      </div>
    </div>
  </aside>
</main>
<footer role="contentinfo">
  <p>Uudenkaupungin kaupunki · Alinenkatu 34, 23500 Uusikaupunki · Vaihde 02 8451 51 · kirjaamo@uusikaupunki.fi</p>
</footer>
</body>
</html>
"""

# ---------------------------------------------------------------------------------------------
# g7_04: WordPress Gutenberg blocks; each project is a wp-block-column with a bold name paragraph
DOCS["g7_04_kuntait_paattyneet_gutenberg.html"] = """<!DOCTYPE html>
<html lang="fi-FI">
<head>
<meta charset="UTF-8">
<title>Yhteiset tietojärjestelmähankkeet – KuntaIT-arkisto</title>
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css?ver=6.5.3" media="all">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Yhteiset tietojärjestelmähankkeet","datePublished":"2013-11-20T09:00:00+02:00","dateModified":"2014-01-08T13:22:00+02:00"}</script>
</head>
<body class="page-template-default page wp-embed-responsive">
<div class="cmplz-cookiebanner" role="dialog"><div class="cmplz-message">Tämä sivusto käyttää evästeitä tilastointiin.</div><button class="cmplz-btn cmplz-accept">Hyväksy</button><button class="cmplz-btn cmplz-deny">Kieltäydy</button></div>
<header class="wp-block-template-part site-header">
  <p class="wp-block-site-title"><a href="/">KuntaIT-arkisto</a></p>
  <nav class="wp-block-navigation"><ul class="wp-block-navigation__container">
    <li class="wp-block-navigation-item"><a href="/">Etusivu</a></li>
    <li class="wp-block-navigation-item"><a href="/hankkeet/">Hankkeet</a></li>
    <li class="wp-block-navigation-item"><a href="/julkaisut/">Julkaisut</a></li>
    <li class="wp-block-navigation-item"><a href="/yhteystiedot/">Yhteystiedot</a></li>
  </ul></nav>
</header>
<main class="wp-block-group">
  <h1 class="wp-block-post-title">Valtion ja kuntien yhteiset tietojärjestelmähankkeet</h1>
  <div class="entry-content wp-block-post-content">
    <p>Kehittäjäverkostojen työn ja kuntien omien esitysten pohjalta on toteutettu JUHTA:n puoltamina useita yhteisiä kehityshankkeita. Hankkeet rahoitetaan puoliksi valtion talousarviomäärärahasta ja puoliksi kuntien yleisestä valtionosuudesta vähennetystä määrärahasta.</p>
    <p>Tälle sivulle on koottu ohjelmakaudella 2007–2013 päättyneet hankkeet. Käynnissä olevat hankkeet ovat <a href="/hankkeet/kaynnissa/">omalla sivullaan</a>.</p>
    <h2 class="wp-block-heading">Päättyneet hankkeet</h2>
    <div class="wp-block-columns is-layout-flex wp-block-columns-is-layout-flex">
      <div class="wp-block-column is-layout-flow">
        <div class="wp-block-group has-pale-cyan-blue-background-color has-background">
          <p><strong>VirtuK</strong></p>
          <p class="has-small-font-size">Kuntien virkamiehen tunnistaminen ja käyttövaltuushallinta (VirtuK)</p>
          <p>Toteutus: 2007–2009</p>
          <p>Hankkeessa määriteltiin kuntien yhteinen virkatunnisteratkaisu, laadittiin suositus käyttövaltuushallinnan prosesseista ja järjestettiin kunnille käyttövaltuuskoulu, johon osallistui 14 kuntaa tai kuntayhtymää.</p>
          <p>Hankkeen omistajat: KuntaIT ja Suomen Kuntaliitto</p>
          <p>Toteutunut rahankäyttö: 148 000 €</p>
        </div>
      </div>
      <div class="wp-block-column is-layout-flow">
        <div class="wp-block-group has-pale-cyan-blue-background-color has-background">
          <p><strong>TotIT</strong></p>
          <p class="has-small-font-size">Kuntien ja kaupunkien toiminnan- ja taloudenohjauksen virkamies- ja luottamushenkilöjohdon operatiivisen ja strategisen johtamisen tukeminen (TotIT)</p>
          <p>Toteutus: 2007–2009</p>
          <p>Tuloksina syntyivät kunnan johtamisen tietotarvemääritys, yhteiset henkilöstö- ja taloushallinnon sanastot sekä toiminnan- ja taloudenohjauksen arkkitehtuurisuunnitelma.</p>
          <p>Hankkeen omistaja: KuntaIT</p>
          <p>Toteutunut rahankäyttö: 960 000 €</p>
        </div>
      </div>
    </div>
    <div class="wp-block-group is-style-border">
      <p><strong>Määrärahan käyttö</strong></p>
      <p>Yhteisiin hankkeisiin on sidottu vuosina 2007–2013 yhteensä noin 14 miljoonaa euroa. Tarkempi erittely on <a href="/julkaisut/tilannekatsaus-2013.pdf">tilannekatsauksessa (pdf)</a>.</p>
    </div>
    <p class="has-small-font-size">Sivun ylläpito: verkkotoimittaja Minna Salovaara, minna.salovaara@kuntait.fi</p>
  </div>
</main>
<footer class="wp-block-template-part site-footer">
  <p>KuntaIT-yksikkö (arkisto) · Valtiovarainministeriö · PL 28, 00023 Valtioneuvosto · Vaihde 0295 16001</p>
</footer>
</body>
</html>
"""

# ---------------------------------------------------------------------------------------------
# g7_05: municipal bulletin (kuntatiedote) with mixed notices, one of which is a project
DOCS["g7_05_savukoski_kuntatiedote.html"] = """<!DOCTYPE html>
<html lang="fi">
<head>
<meta charset="utf-8">
<title>Kuntatiedote kesäkuu 2008 – Savukosken kunta</title>
</head>
<body>
<div id="top"><a href="/"><img src="/kuvat/savukoski_vaakuna.png" alt="Savukosken kunnan vaakuna"></a>
<ul class="topmenu"><li><a href="/palvelut">Palvelut</a></li><li><a href="/paatoksenteko">Päätöksenteko</a></li><li><a href="/matkailu">Matkailu</a></li><li><a href="/tiedotteet">Tiedotteet</a></li></ul></div>
<p class="polku">Etusivu &gt; Tiedotteet &gt; Kuntatiedote kesäkuu 2008</p>
<div id="sisalto">
<h1>Kuntatiedote kesäkuu 2008</h1>
<p class="pvm">Julkaistu 12.6.2008</p>

<h2>Kunnanviraston aukioloajat juhannuksena</h2>
<p>Kunnanvirasto on suljettuna juhannusaattona 20.6.2008. Kirjasto palvelee lyhennetyin aukioloajoin 16.–19.6.2008.</p>

<h2>Sokliin valmistautumishanke käynnistyy</h2>
<p>Savukosken kunta käynnistää Sokliin valmistautumishankkeen. Kunnanhallitus päätti hankkeen käynnistämisestä kokouksessaan 26.5.2008. Hanke toteutetaan kesäkuusta 2008 toukokuuhun 2010.</p>
<p>Sokli on tällä hetkellä Suomen suurin valmisteilla oleva kaivoshanke, ja kaivoksen avaaminen olisi usean sadan miljoonan euron investointi. Jos kaivos avataan, kunnan on varauduttava muutoksiin palveluissa, asumisessa, liikenteessä ja koulutuksessa. Hankkeen tavoitteena on, että mahdollisimman moni kaivoksen suorista ja välillisistä työpaikoista syntyisi Savukoskelle ja lähikuntiin.</p>
<p>Hanke tehdään läheisessä yhteistyössä kaivosyhtiö Kemira GrowHow Oyj:n ja ympäristövaikutusten arviointia tekevän Pöyry Environment Oy:n kanssa. Jos Soklin asiat etenevät, kunta varautuu hakemaan myöhemmin jatkohanketta.</p>
<p>Hankkeen projektipäällikkönä aloittaa Tapani Sarajärvi, puh. 040 723 1456, tapani.sarajarvi@savukoski.fi.</p>

<h2>Jätehuollon kesäkeräys</h2>
<p>Metalliromun ja vaarallisten jätteiden keräysauto kiertää kylissä 7.–9.7.2008. Aikataulu on kirjaston ilmoitustaululla.</p>

<h2>Kesätyöpaikat nuorille</h2>
<p>Kunta tukee 15–17-vuotiaiden nuorten kesätyöllistämistä 300 eurolla nuorta kohden. Hakemukset kunnanvirastoon 30.6.2008 mennessä.</p>
</div>
<div id="alatunniste">
<p>Savukosken kunta · Savukoskentie 2, 98800 Savukoski · Vaihde (016) 8240 020 · kunta@savukoski.fi</p>
</div>
</body>
</html>
"""

# ---------------------------------------------------------------------------------------------
# g7_06: job advertisement for a project manager of a named project
DOCS["g7_06_posintra_tyopaikka_projektipaallikko.html"] = """<!DOCTYPE html>
<html lang="fi">
<head>
<meta charset="utf-8">
<title>Avoin työpaikka: projektipäällikkö – Posintra</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Projektipäällikkö","datePosted":"2024-06-03","validThrough":"2024-06-24T16:00","hiringOrganization":{"@type":"Organization","name":"Posintra Oy"},"jobLocation":{"@type":"Place","address":{"addressLocality":"Porvoo"}}}</script>
</head>
<body class="single-job">
<div class="cookie-notice">Käytämme evästeitä. <a href="/tietosuoja/">Lue lisää</a> <button>Selvä</button></div>
<header class="site-header">
  <a href="/" class="brand"><img src="/wp-content/uploads/posintra-logo.svg" alt="Posintra"></a>
  <nav><ul><li><a href="/palvelut/">Palvelut</a></li><li><a href="/hankkeet/">Hankkeet</a></li><li><a href="/meista/">Meistä</a></li><li><a href="/meista/tyopaikat/">Työpaikat</a></li></ul></nav>
</header>
<div class="breadcrumbs"><a href="/">Etusivu</a> / <a href="/meista/">Meistä</a> / <a href="/meista/tyopaikat/">Työpaikat</a> / Projektipäällikkö</div>
<main class="job">
  <h1>Haemme projektipäällikköä</h1>
  <p class="job-meta">Julkaistu 3.6.2024 · Hakuaika päättyy 24.6.2024 klo 16.00 · Sijainti: Porvoo</p>
  <p>Posintra Oy on itäuusimaalainen kehitysyhtiö. Haemme määräaikaiseen työsuhteeseen projektipäällikköä Vauhtia vihreän siirtymän public-private projektiyhteistyöhön – Green Speed 3P -hankkeeseen.</p>
  <h2>Hanke lyhyesti</h2>
  <p>Green Speed 3P on Posintran hallinnoima selvityshanke, jonka Uudenmaan liitto on rahoittanut AKKE-määrärahasta. Hankkeessa selvitetään, miten kunnat ja yritykset voisivat toteuttaa vihreän siirtymän hankkeita yhdessä. Hanke päättyy 31.12.2024.</p>
  <h2>Tehtävä</h2>
  <ul>
    <li>hankkeen käytännön toteutus ja raportointi rahoittajalle</li>
    <li>yritys- ja kuntahaastattelut sekä työpajojen järjestäminen</li>
    <li>viestintä yhdessä Posintran viestintätiimin kanssa</li>
  </ul>
  <h2>Tarjoamme</h2>
  <p>Työsuhde alkaa 1.8.2024 tai sopimuksen mukaan, ja se on määräaikainen. Palkka on 3 600–3 900 €/kk kokemuksen mukaan. Koeaika on neljä kuukautta.</p>
  <h2>Hakeminen</h2>
  <p>Lähetä hakemus ja CV viimeistään 24.6.2024 klo 16.00 mennessä osoitteeseen rekry@posintra.fi.</p>
  <p>Lisätietoja tehtävästä ja hakuprosessista antaa henkilöstöasiantuntija Laura Nyholm, puh. 040 190 4410 (tavoitettavissa ti ja to klo 9–11).</p>
  <p>Hankkeen sisällöstä kertoo lisää kehityspäällikkö Hanna Vilkman, puh. 040 190 4455, hanna.vilkman@posintra.fi.</p>
</main>
<aside class="other-jobs">
  <h2>Muut avoimet työpaikat</h2>
  <p>Ei muita avoimia paikkoja tällä hetkellä.</p>
</aside>
<footer class="site-footer">
  <p>Posintra Oy · Teknologiakatu 1, 06150 Porvoo · Vaihde 019 520 2600 · info@posintra.fi</p>
</footer>
</body>
</html>
"""

# ---------------------------------------------------------------------------------------------
# g7_07: funding call ("haku on auki") with project vocabulary, but no project
DOCS["g7_07_keski_pohjanmaa_akke_haku.html"] = """<!DOCTYPE html>
<html lang="fi">
<head>
<meta charset="utf-8">
<title>AKKE-määrärahaa haettavana maakunnan omaehtoiseen kehittämiseen 2023 – Keski-Pohjanmaan liitto</title>
</head>
<body>
<div class="cookie">Sivusto käyttää evästeitä. <a href="/evasteet">Evästeasetukset</a></div>
<header><a href="/"><img src="/gfx/kpliitto.png" alt="Keski-Pohjanmaan liitto"></a>
<nav><a href="/aluekehitys">Aluekehitys</a> <a href="/rahoitus">Rahoitus</a> <a href="/maakuntakaavoitus">Maakuntakaavoitus</a> <a href="/ilmoitukset">Viralliset ilmoitukset</a></nav></header>
<p class="crumbs">Etusivu / Viralliset ilmoitukset / AKKE-haku 2023</p>
<main>
<p class="date">Viralliset ilmoitukset · 6.6.2023</p>
<h1>Haku on auki: AKKE-määrärahaa maakunnan omaehtoiseen kehittämiseen vuonna 2023</h1>
<h2>Hankehaun kuvaus</h2>
<p>Keski-Pohjanmaan liitosta voi hakea alueiden kestävän kasvun ja elinvoiman tukemisen (AKKE) rahoitusta hankkeisiin, jotka edistävät hallituksen aluekehittämispäätöksen ja maakuntaohjelman toteutumista. Määräraha sopii erityisesti selvityksiin ja ketteriin kokeiluhankkeisiin, joissa etsitään uusia ratkaisuja tai valmistellaan isompia hankekokonaisuuksia.</p>
<ul>
  <li>Tuki on enintään 50 000 euroa hanketta kohden ja korkeintaan 80 % hankkeen kokonaiskustannuksista.</li>
  <li>Hankkeen kesto on enintään puolitoista vuotta.</li>
  <li>Hankkeiden on päätyttävä 31.12.2024 mennessä.</li>
  <li>Liitto ei myönnä tukea yksittäiselle yritykselle sen oman liiketoiminnan kehittämiseen.</li>
</ul>
<h2>Valintakriteerit</h2>
<p>Hankkeen on perustuttava Keski-Pohjanmaan maakuntaohjelmaan 2022–2025 ja valtioneuvoston aluekehittämispäätökseen 2020–2023. Lisäksi hankkeen tulee vahvistaa pk-yritysten tutkimus-, kehittämis- ja innovaatiotoimintaa, alueen innovaatioekosysteemiä tai laajentaa TKI-toimintaan osallistuvien joukkoa.</p>
<h2>Hakeminen</h2>
<p>Hakemukset jätetään sähköisesti 31.8.2023 mennessä. Hakemuksen liitteeksi tarvitaan rahoitussuunnitelma ja kuntien rahoitusosuuksia koskevat sitoumukset.</p>
<h2>Lisätietoja hausta</h2>
<p>rahoitusasiantuntija Henrik Storbacka, puh. 040 684 2213, henrik.storbacka@keski-pohjanmaa.fi<br>
aluekehitysjohtaja Marja-Liisa Hietaoja, puh. 040 684 2200, marja-liisa.hietaoja@keski-pohjanmaa.fi</p>
</main>
<aside>
<h2>Ajankohtaista</h2>
<ul>
<li>15.3.2023 – Kolme kokeiluhanketta sai AKKE-rahoitusta</li>
<li>2.2.2023 – Maakuntaohjelman toteuttamissuunnitelma hyväksyttiin</li>
</ul>
</aside>
<footer><p>Keski-Pohjanmaan liitto · Tehtaankatu 16 A, 67100 Kokkola · Vaihde 06 860 4800 · kirjaamo@keski-pohjanmaa.fi</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# g7_10: fixed-width plain-text table (columns aligned with spaces), printed from a city system
TXT10 = """KOKKOLAN KAUPUNKI                                                   Tuloste 14.11.2025
Kaupunginhallitus / Elinvoimapalvelut
KAUPUNGIN RAHOITUSOSUUDET ULKOISESTI RAHOITETTUIHIN HANKKEISIIN

Hanke                              Hakija / hallinnoija            Toteutusaika              Kaupungin osuus  Hakijan omarahoitus
---------------------------------  ------------------------------  ------------------------  ---------------  -------------------
DUDE - Do yoUr own DiligencE       Centria-ammattikorkeakoulu Oy   -                         50 000 EUR       47 000 EUR
IndusTryWINS                       -                               1.3.2026-31.12.2027       -                -

Huomautukset
DUDE: valtion ja EU:n rahoitusosuus noin 75 % hyvaksytyista kustannuksista. Kaupunginhallitus
      paatti kaupungin osuudesta aanestyksen jalkeen.
IndusTryWINS: oikaisuvaatimus kasitelty kaupunginhallituksessa. Yhteyshenkilo: strategiapaallikko
      Piia Isokangas, puh. 044 780 9123, piia.isokangas@kokkola.fi

Vaihde 06 828 9111 | kirjaamo@kokkola.fi
"""


def write_txt():
    d = ROOT / "docs" / "txt"
    d.mkdir(parents=True, exist_ok=True)
    (d / "g7_10_kokkola_rahoitusosuudet_tasalevea.txt").write_bytes(TXT10.encode("utf-8"))


def write_html():
    HTML.mkdir(parents=True, exist_ok=True)
    for name, text in DOCS.items():
        (HTML / name).write_bytes(text.encode("utf-8"))


# ---------------------------------------------------------------------------------------------
# PDFs
BASE = ParagraphStyle("base", fontName="DejaVuSans", fontSize=9.5, leading=13)
SMALL = ParagraphStyle("small", parent=BASE, fontSize=8, leading=10.5, textColor=colors.HexColor("#444444"))
H1 = ParagraphStyle("h1", parent=BASE, fontName="DejaVuSans-Bold", fontSize=15, leading=19, spaceAfter=6)
H2 = ParagraphStyle("h2", parent=BASE, fontName="DejaVuSans-Bold", fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
LEAD = ParagraphStyle("lead", parent=BASE, fontName="DejaVuSans-Bold", fontSize=10, leading=14, spaceAfter=6)


def _doc(path, pagesize, header_text, footer_text, title):
    doc = BaseDocTemplate(str(path), pagesize=pagesize, leftMargin=20 * mm, rightMargin=20 * mm,
                          topMargin=24 * mm, bottomMargin=20 * mm, title=title,
                          author="", subject="", creator="set7 make_docs.py")
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")

    def deco(canvas, d):
        canvas.saveState()
        canvas.setFont("DejaVuSans", 8)
        canvas.drawString(20 * mm, pagesize[1] - 13 * mm, header_text)
        canvas.drawString(20 * mm, 10 * mm, footer_text)
        canvas.restoreState()

    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=deco)])
    return doc


def pdf_uudenmaanliitto():
    path = PDF / "g7_08_uudenmaanliitto_akke_tiedote.pdf"
    doc = _doc(path, A4, "UUDENMAAN LIITTO · TIEDOTE · 11.6.2024",
               "Uudenmaan liitto · Esterinportti 2 B, 00240 Helsinki · Vaihde 09 4767 411 · kirjaamo@uudenmaanliitto.fi",
               "Tiedote: AKKE-rahoitusta kymmenelle selvityshankkeelle")
    items = [
        ("Vantaan kaupunki yhteistyössä Uudenmaan liiton kanssa",
         "Hanke- ja investointisuunnitelma liittyen Tallinna-tunnelin jatkosuunnitteluun, vaikutusten arviointiin ja brändäämiseen (TAJAVA)"),
        ("Cursor Oy", "Loviisan yritysten tulevaisuusnäkymät -selvitys"),
        ("Posintra Oy", "Vauhtia vihreän siirtymän public-private projektiyhteistyöhön – Green Speed 3P"),
        ("Raaseporin kaupunki", "HIRS-kuntien kasvun ja elinvoiman edistäminen-selvityshanke"),
        ("Luovan talouden agentit ja managerit ry AGMA",
         "Luovien alojen kontaktit ja osaaminen maailmalla -selvitys Uudenmaan alueen luovien alojen kansainvälisistä verkostoista ja osaamisesta"),
        ("Espoon kaupunki", "Green line -esiselvitys"),
        ("Laurea-ammattikorkeakoulu",
         "ETAPLATE – Ecosystem for transatlantic collaboration in planetary health and wellbeing enchancements"),
        ("Helsinki Business College",
         "Toteutettavuusselvitys TKI-toiminnan kehittämisohjelmasta Uudenmaan ammatillisille oppilaitoksille"),
        ("Green net Finland ry", "Esilämpö"),
        ("Vantaan kaupunki", "Luova Törmäyttämö -alusta, kehityssuunnitelma"),
    ]
    story = [
        Paragraph("Kevään AKKE-haku: rahoitus kymmenelle selvityshankkeelle", H1),
        Paragraph("Uudenmaan liitto rahoittaa kymmentä pientä selvityshanketta alueiden kestävän kasvun ja "
                  "elinvoiman määrärahasta (AKKE). Suurin yksittäinen päätös koski Tallinna-tunnelin "
                  "jatkosuunnittelua.", LEAD),
        Paragraph("Maakuntahallitus päätti kokouksessaan 10.6.2024 myöntää rahoituksen TAJAVA-hankkeelle. "
                  "Yhdeksästä pienemmästä hankkeesta maakuntajohtaja on päättänyt jo aiemmin. "
                  "Maalis–huhtikuussa auki olleeseen hakuun tuli kaikkiaan 51 hakemusta.", BASE),
        Spacer(1, 4),
        Paragraph("Haussa etsittiin pienimuotoisia selvityksiä, joiden piti olla toteutettavissa vuoden 2024 "
                  "loppuun mennessä. Jaettavana oli yhteensä 362 839 euroa. Hankekohtainen tuki on "
                  "20 000–50 000 euroa, kuitenkin enintään 80 prosenttia tukikelpoisista kustannuksista.", BASE),
        Paragraph("Rahoitetut hankkeet (hakija: hanke)", H2),
        ListFlowable([ListItem(Paragraph(f"<b>{a}:</b> {n}", BASE), leftIndent=12)
                      for a, n in items], bulletType="bullet", start="•", leftIndent=12,
                     bulletFontName="DejaVuSans"),
        Paragraph("Joustava rahoitusmuoto", H2),
        Paragraph("– AKKE sopii hyvin kokeiluihin ja selvityksiin, joista voi kasvaa isompia hankkeita, "
                  "toteaa maakuntajohtaja Katariina Ahlroos.", BASE),
        Spacer(1, 4),
        Paragraph("Lisätietoja: rahoitusasiantuntija Mikko Laaksola, Uudenmaan liitto, puh. 040 672 1195, "
                  "mikko.laaksola@uudenmaanliitto.fi", BASE),
    ]
    doc.build(story)


def pdf_innogis():
    path = PDF / "g7_09_oamk_innogis_juliste.pdf"
    c_w, c_h = A4
    from reportlab.pdfgen import canvas as rl_canvas
    from reportlab.platypus import Frame as F
    c = rl_canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("InnoGIS – hankejuliste")
    c.setAuthor("")
    c.setCreator("set7 make_docs.py")
    # header band
    c.setFillColor(colors.HexColor("#004f6e"))
    c.rect(0, c_h - 45 * mm, c_w, 45 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DejaVuSans-Bold", 30)
    c.drawString(20 * mm, c_h - 24 * mm, "InnoGIS")
    c.setFont("DejaVuSans", 12)
    c.drawString(20 * mm, c_h - 33 * mm, "Paikkatiedon innovaatioverkoston kehittäminen Pohjois-Pohjanmaalla")
    c.setFillColor(colors.black)
    # two boxes
    box_top = c_h - 55 * mm
    box_h = 185 * mm
    left_x, left_w = 15 * mm, 105 * mm
    right_x, right_w = 125 * mm, 70 * mm
    c.setStrokeColor(colors.HexColor("#004f6e"))
    c.setLineWidth(1.2)
    c.rect(left_x, box_top - box_h, left_w, box_h, stroke=1, fill=0)
    c.setFillColor(colors.HexColor("#e8f2f6"))
    c.rect(right_x, box_top - box_h, right_w, box_h, stroke=1, fill=1)
    c.setFillColor(colors.black)
    left = [
        Paragraph("Mistä on kyse?", H2),
        Paragraph("InnoGIS-hankkeessa yhdistettiin eri organisaatioiden paikkatieto-osaaminen, jotta alueelle "
                  "syntyisi uusia paikkatietoon perustuvia ratkaisuja ja palveluja.", BASE),
        Spacer(1, 4),
        Paragraph("Tarve uusille teknisille ratkaisuille ja laadukkaille aineistoille on kasvanut, kun "
                  "paikkatietojärjestelmiä käytetään yhä useammalla alalla suunnittelusta ohjaukseen.", BASE),
        Spacer(1, 4),
        Paragraph("Toimintaympäristö muuttui hankkeen aikana: Maanmittauslaitos avasi toukokuussa 2012 "
                  "maastotietoaineistonsa vapaaseen käyttöön, ja EU:n Inspire-direktiivi ohjaa kohti "
                  "yhtenäistä eurooppalaista paikkatietoinfrastruktuuria.", BASE),
        Paragraph("Tulokset", H2),
        Paragraph("Hankkeessa syntyi alueellinen paikkatietoverkosto, kolme pilottipalvelua ja "
                  "opintojakso luonnonvara-alan opiskelijoille.", BASE),
    ]
    right = [
        Paragraph("Perustiedot", H2),
        Paragraph("<b>Hanke</b><br/>Paikkatiedon innovaatioverkoston kehittäminen Pohjois-Pohjanmaalla (InnoGIS)", BASE),
        Spacer(1, 4),
        Paragraph("<b>Hallinnoija</b><br/>Oulun seudun ammattikorkeakoulu, luonnonvara-alan yksikkö", BASE),
        Spacer(1, 4),
        Paragraph("<b>Rahoittaja</b><br/>EAKR", BASE),
        Spacer(1, 4),
        Paragraph("<b>Vastuuviranomainen</b><br/>Pohjois-Pohjanmaan liitto", BASE),
        Spacer(1, 4),
        Paragraph("<b>Kesto</b><br/>3 vuotta", BASE),
        Spacer(1, 4),
        Paragraph("<b>Projektikoodi</b><br/>A30896", BASE),
        Paragraph("Yhteystiedot", H2),
        Paragraph("Pekka Hietaniemi<br/>yliopettaja<br/>Oamk, luonnonvara-alan yksikkö<br/>"
                  "p. 040 141 5520<br/>pekka.hietaniemi@oamk.fi", BASE),
    ]
    F(left_x + 3 * mm, box_top - box_h + 3 * mm, left_w - 6 * mm, box_h - 6 * mm, showBoundary=0).addFromList(left, c)
    F(right_x + 3 * mm, box_top - box_h + 3 * mm, right_w - 6 * mm, box_h - 6 * mm, showBoundary=0).addFromList(right, c)
    c.setFont("DejaVuSans", 7.5)
    c.drawString(15 * mm, 10 * mm, "Euroopan unioni · Euroopan aluekehitysrahasto · Vipuvoimaa EU:lta 2007–2013")
    c.showPage()
    c.save()


def main():
    write_html()
    write_txt()
    PDF.mkdir(parents=True, exist_ok=True)
    pdf_uudenmaanliitto()
    pdf_innogis()
    print("ok")


if __name__ == "__main__":
    main()
