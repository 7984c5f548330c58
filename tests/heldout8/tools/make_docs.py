"""Builds every document of set 8 (byte-stable: fixed PDF dates and ids, no timestamps).

    /work/fresh/set8/.venv/bin/python tools/make_docs.py
"""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HTML = ROOT / "docs" / "html"
PDF = ROOT / "docs" / "pdf"


def write(name, text):
    HTML.mkdir(parents=True, exist_ok=True)
    (HTML / name).write_bytes(text.encode("utf-8"))


# ---------------------------------------------------------------- g8_01 municipality, key-figures strip
G8_01 = """<!DOCTYPE html>
<html lang="fi">
<head>
<meta charset="utf-8">
<title>Meijän jojet kosteikoilla kuntoon -hanke | Limingan kunta</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
.key-figures{display:flex;gap:2rem;background:#0b5d3b;color:#fff;padding:1.5rem}
.kf{display:flex;flex-direction:column}.kf__value{font-size:2.4rem;font-weight:700}.kf__label{font-size:.9rem}
.badge{display:inline-block;padding:.2rem .6rem;border-radius:1rem;background:#ddd}
</style>
</head>
<body>
<div id="cookie-consent" role="dialog"><p>Käytämme evästeitä sivuston toiminnan varmistamiseen ja kävijätilastointiin. <button>Hyväksy kaikki</button> <button>Vain välttämättömät</button></p></div>
<header class="site-header">
  <a class="logo" href="/"><img src="/assets/liminka-logo.svg" alt="Limingan kunta"></a>
  <nav class="main-nav" aria-label="Päävalikko">
    <ul>
      <li><a href="/asuminen-ja-ymparisto/">Asuminen ja ympäristö</a></li>
      <li><a href="/kasvatus-ja-opetus/">Kasvatus ja opetus</a></li>
      <li><a href="/vapaa-aika/">Vapaa-aika</a></li>
      <li><a href="/yritykset/">Yritykset</a></li>
      <li><a href="/kunta-ja-paatoksenteko/">Kunta ja päätöksenteko</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumbs" aria-label="Murupolku"><a href="/">Etusivu</a> › <a href="/asuminen-ja-ymparisto/">Asuminen ja ympäristö</a> › <a href="/asuminen-ja-ymparisto/hankkeet/">Hankkeet</a> › Meijän jojet kosteikoilla kuntoon</nav>
<main>
<article class="project">
  <h1>Meijän jojet kosteikoilla kuntoon -hanke</h1>
  <p><span class="badge badge--ended">Päättynyt</span></p>
  <section class="key-figures" aria-label="Hanke lukuina">
    <div class="kf"><span class="kf__value">412&nbsp;600 €</span><span class="kf__label">Kokonaisbudjetti</span></div>
    <div class="kf"><span class="kf__value">3/2013–12/2014</span><span class="kf__label">Toteutusaika</span></div>
    <div class="kf"><span class="kf__value">288&nbsp;820 €</span><span class="kf__label">Pohjois-Pohjanmaan ELY-keskuksen tuki</span></div>
    <div class="kf"><span class="kf__value">6</span><span class="kf__label">rakennettua kosteikkoa</span></div>
  </section>
  <div class="lead">
    <p>Limingan kunnan hankkeessa rakennettiin kosteikkoja Temmesjoen ja Lumijoen sivuojiin. Kosteikot pidättävät peltojen kiintoainesta ja ravinteita ennen kuin vesi päätyy Liminganlahdelle.</p>
  </div>
  <p>Kosteikkojen paikat valittiin yhdessä maanomistajien kanssa. Hanke toteutettiin yhteistyössä Suomen metsäkeskuksen kanssa, ja rakennustyöt tehtiin pääosin talvikausina, jolloin maa kantoi koneita.</p>
  <p>Hanke sai rahoituksensa Pohjois-Suomen EAKR-toimenpideohjelmasta 2007–2013. Rahoitus on Euroopan aluekehitysrahaston (EAKR) osarahoittamaa, ja rahoittavana viranomaisena toimi Pohjois-Pohjanmaan ELY-keskus. ELY-keskuksen rahoituspäätös tehtiin 19.2.2013.</p>
  <blockquote><p>”Kosteikot ovat jo nyt houkutelleet lintuja, ja kylältä on kysytty opastettuja kävelyitä”, kunnanjohtaja Jouni Heikkala kertoi hankkeen päätösseminaarissa.</p></blockquote>
  <p>Kosteikkojen hoito jatkuu hankkeen jälkeen kunnan omana työnä. Kunnan talousarvioon on varattu 25&nbsp;000 euroa kosteikkojen kunnossapitoon vuodelle 2015.</p>
  <aside class="contact-box">
    <h2>Lisätietoja</h2>
    <p>Projektipäällikkö Hanna Keränen<br>p. 044 497 3312<br>hanna.keranen(at)liminka.fi</p>
    <p>Ympäristöpäällikkö Matti Rautio, Limingan kunta<br>p. 08 562 7410</p>
  </aside>
  <p class="meta">Julkaistu 12.3.2013 | Päivitetty 20.1.2015</p>
</article>
<section class="related-news">
  <h2>Ajankohtaista</h2>
  <ul>
    <li><time datetime="2014-06-04">4.6.2014</time> <a href="/uutiset/kosteikkoretki/">Kosteikkoretki Ankkurilahdelle lauantaina</a></li>
    <li><time datetime="2014-05-20">20.5.2014</time> <a href="/uutiset/lumijoki-sai-tukea/">Naapurikunta sai 35 000 euroa rantareitin kunnostukseen</a></li>
    <li><time datetime="2014-04-02">2.4.2014</time> <a href="/uutiset/kevattulvat/">Kevättulvien seuranta alkaa</a></li>
  </ul>
</section>
</main>
<footer class="site-footer">
  <p><strong>Limingan kunta</strong><br>Kauppakatu 4, 91900 Liminka<br>Vaihde 08 5627 000<br>kirjaamo@liminka.fi</p>
  <p><a href="/saavutettavuus/">Saavutettavuusseloste</a> · <a href="/tietosuoja/">Tietosuoja</a> · <a href="/evasteet/">Evästeasetukset</a></p>
</footer>
</body>
</html>
"""

# ---------------------------------------------------------------- g8_02 Leader group, story + sidebar widget
G8_02 = """<!DOCTYPE html>
<html lang="fi">
<head>
<meta charset="utf-8">
<title>Bisnes Lande &#8211; Leader Viisari</title>
<link rel="stylesheet" href="/wp-content/themes/viisari/style.css">
</head>
<body class="page-template-default page">
<a class="skip-link screen-reader-text" href="#content">Siirry sisältöön</a>
<header id="masthead" class="site-header">
  <div class="site-branding"><a href="/viisari/" rel="home"><img src="/wp-content/uploads/viisari-logo.png" alt="Leader Viisari"></a></div>
  <nav id="site-navigation" class="main-navigation">
    <ul id="primary-menu" class="menu">
      <li class="menu-item"><a href="/viisari/rahoitus/">Rahoitus</a></li>
      <li class="menu-item"><a href="/viisari/hankkeet/">Hankkeet</a></li>
      <li class="menu-item current-menu-ancestor"><a href="/viisari/tietoa-meista/">Tietoa meistä</a></li>
      <li class="menu-item"><a href="/viisari/yhteystiedot/">Yhteystiedot</a></li>
    </ul>
  </nav>
</header>
<div id="content" class="site-content">
<div class="content-area">
<main id="main" class="site-main">
<article class="page type-page">
  <header class="entry-header"><h1 class="entry-title">Bisnes Lande</h1></header>
  <div class="entry-content">
    <p class="has-large-font-size">Kun kahdeksantoistavuotias keksii myydä kylän mökkiläisille nurmikonleikkuuta sovelluksen kautta, syntyy yritys. Sitä Bisnes Lande -hanke lähti etsimään.</p>
    <p>Talvella 2021 koulujen käytävillä puhuttiin enemmän etäopetuksesta kuin yrittämisestä. Hankkeen väki kiersi silti lukioissa ja ammattiopistoissa ja kysyi nuorilta yksinkertaisen asian: mitä osaat, josta joku voisi maksaa?</p>
    <p>Vastauksia tuli enemmän kuin odotettiin. Joku korjasi polkupyöriä, joku kuvasi häitä, joku ohjelmoi pelejä. Osaaminen oli olemassa, mutta sen hinnoittelu ja myyminen tuntuivat vierailta. Siksi hanke kokosi nuorista Bisnestiimin, joka tapasi kuukausittain ja teki myös opintomatkan naapurimaakuntaan.</p>
    <blockquote class="wp-block-quote"><p>Ennen luulin, että yrittäjäksi ryhdytään vasta nelikymppisenä. Nyt minulla on toiminimi ja kolme vakioasiakasta.</p><cite>Eemeli Niskanen, 19, Kannonkoski</cite></blockquote>
    <p>Hankkeen kohderyhmänä olivat alle 29-vuotiaat nuoret Saarijärven–Viitasaaren seutukunnassa ja Äänekoskella. Kokeiluista hyötyivät myös oppilaitokset, kunnat ja paikalliset yrittäjät, jotka saivat kontakteja nuoriin tekijöihin.</p>
    <p>”Nuorissa on potentiaalia, jota emme ole osanneet nähdä. Bisnes Lande teki sen näkyväksi”, sanoo Leader Viisarin toiminnanjohtaja Marja Lampinen.</p>
    <p>Rahoitus tuli Manner-Suomen maaseudun kehittämisohjelmasta 2014–2020. Hankkeen tuloksena syntyi toimintamalli, jota alueen oppilaitokset voivat jatkaa omana työnään.</p>
  </div>
  <footer class="entry-footer"><span class="posted-on">Julkaistu 3.3.2021</span> <span class="updated">Päivitetty 15.1.2024</span></footer>
</article>
</main>
</div>
<aside id="secondary" class="widget-area">
  <section id="custom_html-3" class="widget widget_custom_html">
    <h2 class="widget-title">Hanke lyhyesti</h2>
    <ul class="hanke-facts">
      <li><span class="label">Hallinnoija</span> Leader Viisari ry</li>
      <li><span class="label">Rahoittaja</span> Keski-Suomen ELY-keskus</li>
      <li><span class="label">Rahasto</span> Euroopan maaseudun kehittämisen maatalousrahasto</li>
      <li><span class="label">Toteutusaika</span> 1.1.2021–31.12.2023</li>
      <li><span class="label">Keski-Suomen ELY-keskuksen tuki</span> 149&nbsp;800 €</li>
      <li><span class="label">Tila</span> Päättynyt</li>
    </ul>
    <h3>Hankevetäjä</h3>
    <p>Sanni Kautto<br>040 715 2290<br><a href="mailto:sanni.kautto@viisari.fi">sanni.kautto@viisari.fi</a></p>
  </section>
  <section id="recent-posts-2" class="widget widget_recent_entries">
    <h2 class="widget-title">Ajankohtaista</h2>
    <ul>
      <li><a href="/viisari/2024/01/hakuaika/">Seuraava hakuaika päättyy helmikuussa</a> <span class="post-date">10.1.2024</span></li>
      <li><a href="/viisari/2023/11/vuosikokous/">Syyskokous valitsi uuden hallituksen</a> <span class="post-date">22.11.2023</span></li>
    </ul>
  </section>
</aside>
</div>
<footer id="colophon" class="site-footer">
  <p>Leader Viisari ry · Sivulantie 11, 43100 Saarijärvi</p>
  <p>Sivusto käyttää evästeitä. <a href="/viisari/tietosuoja/">Tietosuojaseloste</a></p>
</footer>
</body>
</html>
"""

# ---------------------------------------------------------------- g8_03 regional council, table with status icons
def _row(name, href, owner, partner, amount, period, status):
    icon = {"Käynnissä": "status-running.svg", "Päättynyt": "status-done.svg"}[status]
    return f"""      <tr>
        <td><a href="{href}">{name}</a></td>
        <td>{owner}</td>
        <td>{partner}</td>
        <td class="num">{amount}</td>
        <td>{period}</td>
        <td class="status"><img src="/static/icons/{icon}" alt="{status}" width="20" height="20"></td>
      </tr>
"""


G8_03_ROWS = "".join([
    _row("Hanke- ja investointisuunnitelma liittyen Tallinna-tunnelin jatkosuunnitteluun, vaikutusten arviointiin ja brändäämiseen (TAJAVA)",
         "/hankkeet/tajava", "Vantaan kaupunki", "Uudenmaan liitto", "50&nbsp;000 €", "1.7.2024–31.12.2024", "Päättynyt"),
    _row("Vauhtia vihreän siirtymän public-private projektiyhteistyöhön – Green Speed 3P",
         "/hankkeet/green-speed-3p", "Posintra Oy", "–", "42&nbsp;000 €", "1.6.2024–31.3.2025", "Käynnissä"),
    _row("Green line -esiselvitys", "/hankkeet/green-line", "Espoon kaupunki", "–", "30&nbsp;000 €", "8/2024–12/2024", "Päättynyt"),
    _row("ETAPLATE – Ecosystem for transatlantic collaboration in planetary health and wellbeing enchancements",
         "/hankkeet/etaplate", "Laurea-ammattikorkeakoulu", "–", "48&nbsp;500 €", "2024", "Päättynyt"),
    _row("Esilämpö", "/hankkeet/esilampo", "Green net Finland ry", "–", "20&nbsp;000 €", "1.9.2024–28.2.2025", "Käynnissä"),
])

G8_03 = """<!DOCTYPE html>
<html lang="fi">
<head>
<meta charset="utf-8">
<title>AKKE-rahoitetut selvityshankkeet 2024 – Uudenmaan liitto</title>
<style>table.projects td.num{text-align:right}table.projects img{vertical-align:middle}</style>
</head>
<body>
<header>
  <a href="/" class="brand">Uudenmaan liitto</a>
  <nav><a href="/ajankohtaista">Ajankohtaista</a> <a href="/kehittaminen-ja-rahoitus">Kehittäminen ja rahoitus</a> <a href="/maakuntakaava">Maakuntakaava</a> <a href="/yhteystiedot">Yhteystiedot</a></nav>
  <form role="search"><input type="search" placeholder="Hae sivustolta"></form>
</header>
<nav class="crumbs"><a href="/">Etusivu</a> / <a href="/kehittaminen-ja-rahoitus">Kehittäminen ja rahoitus</a> / <a href="/kehittaminen-ja-rahoitus/hankerahoitus/akke">AKKE</a> / Rahoitetut selvityshankkeet</nav>
<main>
  <h1>AKKE-rahoitetut selvityshankkeet 2024</h1>
  <p class="ingress">Alueiden kestävän kasvun ja elinvoiman määrärahasta (AKKE) rahoitettiin keväällä 2024 pienimuotoisia selvityshankkeita, jotka on toteutettava vuoden 2024 loppuun mennessä tai erikseen sovitun jatkoajan puitteissa.</p>
  <p>Haku oli auki 4.3.–19.4.2024, ja hakemuksia saapui 51. Yhteensä rahoituspotti oli 362&nbsp;839 euroa. Yhdelle hankkeelle myönnettiin 20&nbsp;000–50&nbsp;000 euroa, kuitenkin enintään 80 prosenttia tukikelpoisista kustannuksista. Maakuntahallitus päätti suurimmasta hankkeesta 10.6.2024, muut päätökset teki maakuntajohtaja.</p>
  <p>Rahoittaja kaikissa alla luetelluissa hankkeissa on Uudenmaan liitto. Taulukossa on osa kierroksen hankkeista; tila päivitetään hankkeiden loppuraporttien perusteella.</p>
  <table class="projects">
    <caption>Kevään 2024 AKKE-haku: rahoitetut hankkeet</caption>
    <thead>
      <tr><th scope="col">Hanke</th><th scope="col">Hakija</th><th scope="col">Kumppani</th><th scope="col">Myönnetty AKKE-tuki</th><th scope="col">Hankeaika</th><th scope="col">Tila</th></tr>
    </thead>
    <tbody>
""" + G8_03_ROWS + """    </tbody>
  </table>
  <p class="legend"><img src="/static/icons/status-running.svg" alt="" width="14" height="14"> käynnissä &nbsp; <img src="/static/icons/status-done.svg" alt="" width="14" height="14"> päättynyt</p>
  <aside class="contact">
    <h2>Lisätietoja AKKE-rahoituksesta</h2>
    <p>Rahoitusasiantuntija Outi Harjula<br>040 861 3370<br>outi.harjula@uudenmaanliitto.fi</p>
  </aside>
  <p class="updated">Päivitetty 15.1.2025</p>
</main>
<footer>
  <p>Uudenmaan liitto · Esterinportti 2 B, 00240 Helsinki · Vaihde 09 4767 411 · kirjaamo@uudenmaanliitto.fi</p>
  <p>Käytämme evästeitä. <a href="/evasteet">Muuta evästeasetuksia</a></p>
</footer>
</body>
</html>
"""

# ---------------------------------------------------------------- g8_04 association, timeline of one project
G8_04 = """<!DOCTYPE html>
<html lang="fi">
<head>
<meta charset="utf-8">
<title>Omalta kylältä Hämeessä – Hämeen Kylät ry</title>
<style>
ol.timeline{list-style:none;border-left:3px solid #7a3;padding-left:1.2rem}
ol.timeline li{margin:0 0 1rem}ol.timeline .when{display:block;font-weight:700;color:#7a3}
.tag-ended{background:#eee;padding:.1rem .5rem;border-radius:3px}
</style>
</head>
<body>
<div class="topbar">Suomeksi | <a href="/about-us/">In English</a></div>
<header>
  <a href="/"><img src="/img/hameen-kylat.png" alt="Hämeen Kylät ry"></a>
  <nav><ul><li><a href="/kylat/">Kylät</a></li><li><a href="/hankkeet/">Hankkeet</a></li><li><a href="/ajankohtaista/">Ajankohtaista</a></li><li><a href="/jasenyys/">Jäsenyys</a></li><li><a href="/yhteystiedot/">Yhteystiedot</a></li></ul></nav>
</header>
<p class="crumbs">Etusivu » Hankkeet » Omalta kylältä Hämeessä</p>
<main>
  <h1>Omalta kylältä Hämeessä</h1>
  <p><span class="tag-ended">Hanke on päättynyt</span></p>
  <p>Hämeen Kylät ry:n hanke <strong>Omalta kylältä Hämeessä: Yhdistykset paikallisten palvelujen edistäjinä</strong> toimi Kanta-Hämeessä kolmen vuoden ajan, 1.8.2016–31.7.2019. Se auttoi kyläyhdistyksiä käynnistämään ja tuotteistamaan kyläpalveluja sekä kehittämään kylätalojensa käyttöä.</p>
  <p>Hankkeen rahoitti Hämeen ELY-keskus Manner-Suomen maaseudun kehittämisohjelmasta 2014–2020. Hankkeen kokonaisbudjetti oli 245&nbsp;000 euroa, josta ELY-keskuksen myöntämä tuki 220&nbsp;500 euroa.</p>
  <h2>Hankkeen vaiheet</h2>
  <ol class="timeline">
    <li><span class="when">Elokuu 2016</span> Hanke käynnistyy ja kyläasiamies aloittaa työnsä. Ensimmäiset kylävierailut tehdään syksyn aikana.</li>
    <li><span class="when">Syksy 2016 – kevät 2017</span> Kyläkahviloita ja HYTE-hetkiä kokeillaan kahdeksalla kylällä.</li>
    <li><span class="when">2017–2018</span> Kumppanuuspöydät kokoavat kylät, kunnat ja yrittäjät saman pöydän ääreen. Kylätalojen vertaispajat kiertävät maakuntaa.</li>
    <li><span class="when">Kevät 2019</span> Seitsemälletoista kylälle laaditaan mainoskortit kyläpalveluista.</li>
    <li><span class="when">20.7.2019</span> Tulokset esitellään Teuro Areenalla Tammelassa.</li>
    <li><span class="when">31.7.2019</span> Hanke päättyy. Tuloksena syntyi noin kolmekymmentä uutta kyläpalvelua.</li>
  </ol>
  <h2>Työ jatkuu</h2>
  <p>Kyläasumisen kehittäminen jatkuu Hämeen Kylät ry:n uudessa Polku kylään -hankkeessa, jota Linnaseutu ry rahoittaa Leader-tukena. Sen kohdekyliä ovat Alvettulan seutu Hämeenlinnasta, Tyrvännönniemi Hattulasta ja Vähikkälä Janakkalasta.</p>
  <h2>Kiitokset</h2>
  <p>Kiitämme mukana olleita yhdistyksiä: Hattula-Seura, Kalvola-Seura, Kiipun kyläyhdistys, Kojon Nuorisoseura, Letkun kylätoimikunta, Matkun kyläyhdistys, Nummenkylä ry, Rehtilän nuorisoseura ja Sydänlammin kyläyhdistys.</p>
  <div class="yhteys">
    <h2>Lisätietoja</h2>
    <p>Kyläasiamies Riikka Lahtela<br>puh. 0400 318 552<br>riikka.lahtela@hameenkylat.fi</p>
  </div>
  <p class="pvm">Julkaistu 5.8.2016 · Muokattu 2.9.2019</p>
</main>
<aside>
  <h2>Uusimmat</h2>
  <p><a href="/ajankohtaista/avoimet-kylat/">Avoimet kylät -päivä kesäkuun toisena lauantaina</a> 14.5.2019</p>
  <p><a href="/ajankohtaista/vuoden-kyla/">Vuoden hämäläinen kylä valittu</a> 9.4.2019</p>
</aside>
<footer>
  <p>Hämeen Kylät ry · Vanajantie 10 B, 13110 Hämeenlinna</p>
  <p>Sivustolla käytetään evästeitä. <a href="/tietosuoja/">Lue lisää</a></p>
</footer>
</body>
</html>
"""

# ---------------------------------------------------------------- g8_05 university research page in English
G8_05 = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>FinnLight-IO | Tampere University</title>
</head>
<body>
<a href="#main" class="skip">Skip to main content</a>
<header class="tuni-header">
  <a href="/en"><img src="/themes/tuni/logo.svg" alt="Tampere University"></a>
  <nav aria-label="Main"><a href="/en/study">Study</a> <a href="/en/research">Research</a> <a href="/en/collaboration">Collaboration</a> <a href="/en/about-us">About us</a></nav>
  <a href="/fi" lang="fi">Suomeksi</a>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/en">Home</a></li><li><a href="/en/research">Research</a></li><li><a href="/en/research/infrastructures">Research infrastructures</a></li><li>FinnLight-IO</li></ol></nav>
<main id="main">
  <article>
    <h1>FinnLight-IO</h1>
    <p class="status-pill">Ongoing</p>
    <p class="lead">FinnLight-IO builds a national research infrastructure for integrated optics, a technology used in quantum computing, biosensors and optical communications.</p>
    <section>
      <h2>About the project</h2>
      <p>Integrated optics moves light through chips instead of fibres and lenses. The infrastructure will give Finnish researchers and companies shared access to design tools, fabrication and testing, so that new photonic devices can be prototyped in Finland rather than abroad.</p>
      <p><strong>Duration:</strong> 1 March 2024 – 31 December 2027</p>
    </section>
    <section>
      <h2>Funding</h2>
      <p>FinnLight-IO is funded by the Research Council of Finland through the FIRI 2023 call for research infrastructures. The consortium's funding totals some €2.6 million.</p>
      <p>The Finnish Research Infrastructure Committee made its decisions on 29 January 2024. Across the whole FIRI 2023 call, the funding granted totals more than 52 million euros.</p>
    </section>
    <section>
      <h2>Consortium</h2>
      <ul class="consortium">
        <li>Tampere University (coordinator), Tampere</li>
        <li>VTT Technical Research Centre of Finland Ltd, Espoo</li>
        <li>University of Eastern Finland, Joensuu</li>
      </ul>
    </section>
    <section>
      <h2>Related infrastructures</h2>
      <p>Tampere University also leads the Printed Intelligence Infrastructure (PII) consortium, which the Research Council of Finland funded in the same call. PII is led by Professor Kalle Vuorio.</p>
    </section>
    <section class="contacts">
      <h2>Contact</h2>
      <div class="person"><p><strong>Antti Rautavaara</strong><br>Principal Investigator<br>Tampere University<br>+358 50 447 1209</p></div>
      <div class="person"><p><strong>Elina Väyrynen</strong><br>Project Coordinator<br>Tampere University<br>+358 40 190 6628</p></div>
      <p>Email addresses at Tampere University are in the form firstname.lastname@tuni.fi.</p>
      <div class="person"><p><strong>Jussi Kallio</strong><br>Senior Scientist<br>VTT Technical Research Centre of Finland Ltd<br>jussi.kallio@vtt.fi</p></div>
    </section>
    <p class="published">Published 1.2.2024 · Updated 12.3.2024</p>
  </article>
  <aside class="news">
    <h2>News</h2>
    <ul>
      <li><a href="/en/news/quantum-lab-opens">New quantum optics lab opens in Hervanta</a> <span>15.1.2024</span></li>
      <li><a href="/en/news/firi-first-round">Research Council of Finland grants major funding to research infrastructures</a> <span>5.12.2023</span></li>
    </ul>
  </aside>
</main>
<footer>
  <p>Tampere University · Kalevantie 4, 33100 Tampere · Switchboard +358 294 52 11</p>
  <p>This site uses cookies. <a href="/en/cookies">Cookie settings</a></p>
</footer>
</body>
</html>
"""

# ---------------------------------------------------------------- g8_06 Swedish municipality, h3 + p with <br>
G8_06 = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Projekt – Kimitoöns kommun</title>
</head>
<body>
<a class="skip" href="#innehall">Gå till innehållet</a>
<header>
  <a href="/"><img src="/wp-content/uploads/kimitoon-vapen.png" alt="Kimitoöns kommun – Kemiönsaaren kunta"></a>
  <nav><a href="/boende-och-miljo/">Boende och miljö</a> <a href="/utbildning/">Utbildning</a> <a href="/jobb-och-foretagande/">Jobb och företagande</a> <a href="/kommunen/">Kommunen</a> <a href="/fi/" lang="fi">Suomeksi</a></nav>
</header>
<p class="breadcrumbs"><a href="/">Hem</a> &gt; <a href="/jobb-och-foretagande/">Jobb och företagande</a> &gt; Projekt</p>
<main id="innehall">
  <h1>Projekt</h1>
  <p>Kommunens avdelningar planerar och driver både investeringsprojekt och utvecklingsprojekt. Ett projekt är en tidsbunden insats där man prövar eller bygger upp något nytt, ofta med stöd från EU eller staten. Beslut om att delta i projekt fattas i regel på nämndnivå.</p>
  <p>Kimitoöns kommun betalar årligen fem euro per invånare till Leader-föreningen I samma båt rf. Via föreningen kan företag, föreningar och kommunen söka stöd för mindre lokala projekt.</p>

  <h2>Projekt i ansökningsskede</h2>
  <h3>Manual för investeringar i förnybar energi på Kimitoön</h3>
  <p>Projektet ska göra det enklare och snabbare att planera och få tillstånd för projekt inom förnybar energi. De villkor och riktlinjer som gäller i planläggningen och tillståndsbehandlingen samlas i en manual som kompletterar NTM-centralens allmänna anvisningar för sökande.</p>
  <p>Projekttid: 1.8.2023–30.6.2024<br>
  Budget: 15&nbsp;690 €<br>
  Finansiär: Miljöministeriet, understöd för främjande av investeringsprojekt för grön omställning, 10&nbsp;983 €<br>
  Huvudman: Kimitoöns kommun / Avdelningen för miljö och teknik<br>
  Kontaktperson: projektkoordinator Tove Lindroos, tfn 040 148 5530</p>

  <h2>Avslutade projekt</h2>
  <h3>KulTa - Kosthåll med konsumenten i fokus</h3>
  <p>Projektet ville stärka konkurrenskraften hos små livsmedelsföretag på ön genom evenemang och information som för producenten närmare konsumenten. Tillsammans med Sagalund utvecklades också en modell för jordbruk i andelslagsform.</p>
  <p>Projekttid: 1.3.2018–31.12.2020<br>
  Projektägare: Kimitoöns kommun<br>
  Samarbetspartner: Sagalunds stiftelse<br>
  Finansiär: Egentliga Finlands NTM-central, Europeiska jordbruksfonden för landsbygdsutveckling<br>
  Kontaktperson: projektledare Mikael Sundström, tfn 044 058 7712, mikael.sundstrom@kimitoon.fi</p>

  <p class="note">E-post till kommunens personal: förnamn.efternamn@kimitoon.fi</p>
  <p class="updated">Senast uppdaterad 14.9.2023</p>
</main>
<aside class="aktuellt">
  <h2>Aktuellt</h2>
  <p><a href="/aktuellt/bredband/">Bredbandsutbyggnaden fortsätter i Dragsfjärd</a> 7.9.2023</p>
  <p><a href="/aktuellt/hamnen/">Ny gästhamnsbrygga i Kasnäs</a> 30.8.2023</p>
</aside>
<footer>
  <p>Kimitoöns kommun · Engelsbyvägen 6, 25700 Kimito · Växel 02 426 00 · registratur@kimitoon.fi</p>
  <p>Vi använder kakor. <a href="/dataskydd/">Dataskydd</a></p>
</footer>
</body>
</html>
"""

# ---------------------------------------------------------------- g8_07 UAS wiki page with sub-projects
G8_07 = """<!DOCTYPE html>
<html lang="fi">
<head>
<meta charset="utf-8">
<title>Kulttuurisilta - Kulttuurisilta - Metropolia Wiki</title>
</head>
<body class="theme-default aui-layout">
<div id="header"><a href="/" class="aui-header-logo">Metropolia Wiki</a>
  <ul class="aui-nav"><li><a href="/dashboard.action">Koontinäyttö</a></li><li><a href="/spacedirectory">Tilat</a></li><li><a href="/login.action">Kirjaudu</a></li></ul>
</div>
<div class="ia-splitter-left">
  <div class="acs-side-bar">
    <h2>Kulttuurisilta</h2>
    <ul class="plugin_pagetree">
      <li><a href="/display/kulttuurisilta">Kulttuurisilta</a>
        <ul><li><a href="/display/kulttuurisilta/Hankehallinto">Hankehallinto</a></li><li><a href="/display/kulttuurisilta/Osaprojektit">Osaprojektit</a></li><li><a href="/display/kulttuurisilta/Tapahtumat">Tapahtumat</a></li></ul>
      </li>
    </ul>
  </div>
</div>
<div id="main" class="aui-page-panel">
  <ol id="breadcrumbs"><li><a href="/collector/pages.action?key=kulttuurisilta">Sivut</a></li><li>Kulttuurisilta</li></ol>
  <h1 id="title-text">Kulttuurisilta</h1>
  <div class="page-metadata"><a href="#page-metadata-end" class="assistive">Skip to end of metadata</a>
    <ul><li>Luonut Kirsi Aalto, viimeksi muokannut Iida Mäkelä 14.11.2016</li></ul>
  </div>
  <div id="page-metadata-end" class="assistive"></div>
  <div class="wiki-content">
    <p>Kulttuurisilta tuo taiteen ja kulttuurin keinot ikääntyneiden arkeen palvelutaloissa, kotihoidossa ja kirjastoissa. Hanketta hallinnoi Metropolia Ammattikorkeakoulu, ja osatoteuttajina ovat Vantaan, Helsingin, Kauniaisten ja Espoon kaupungit.</p>
    <p>Hanke toteutetaan ajalla 1.9.2015–31.8.2018. Rahoittavana viranomaisena toimii Uudenmaan ELY-keskus, ja hanke on Euroopan sosiaalirahaston (ESR) osarahoittama.</p>
    <h2>Rahoitus</h2>
    <ul>
      <li>ESR ja valtio: 714&nbsp;000 € (70 %)</li>
      <li>Kuntaraha ja omarahoitus: 306&nbsp;000 € (30 %)</li>
    </ul>
    <p>Kokonaisbudjetti: 1&nbsp;020&nbsp;000 €</p>
    <h2>Osaprojektit</h2>
    <p>Jokainen osatoteuttajakaupunki vastaa yhdestä osaprojektista. Osaprojektit kuuluvat Kulttuurisillan budjettiin eikä niillä ole omaa rahoitusta.</p>
    <ul>
      <li>Laulava lähiö – Vantaa</li>
      <li>Taide kotihoidon tukena – Helsinki</li>
      <li>Kirjastosta kotiin – Kauniainen</li>
      <li>Tanssien arkeen – Espoo</li>
    </ul>
    <h2>Ohjausryhmä</h2>
    <ul>
      <li>Annukka Kerola, kulttuurijohtaja, Vantaa</li>
      <li>Marianne Koskela, osastopäällikkö, Helsinki</li>
      <li>Susanna Tommola, kulttuuri- ja vapaa-aikapäällikkö, Kauniainen</li>
      <li>Piia Ranta, vapaan sivistystyön johtaja, Espoo</li>
      <li>Anu Jansson, projektipäällikkö, Vanhustyön keskusliitto</li>
    </ul>
    <div class="panel">
      <div class="panelHeader"><b>Yhteystiedot – Metropolia Ammattikorkeakoulu</b></div>
      <div class="panelContent">
        <p>Laura Saarenpää, projektijohtaja<br>laura.saarenpaa@metropolia.fi</p>
        <p>Iida Mäkelä, projektipäällikkö<br>040 672 1185<br>iida.makela@metropolia.fi</p>
      </div>
    </div>
  </div>
  <div class="labels"><span>Aihetunnisteet:</span> <a href="/label/esr">esr</a> <a href="/label/kulttuuri">kulttuuri</a> <a href="/label/ikaantyneet">ikääntyneet</a></div>
</div>
<div id="footer"><p>Metropolia Ammattikorkeakoulu · PL 4000, 00079 Metropolia · Vaihde 09 7424 5000</p><p>Powered by Atlassian Confluence</p></div>
</body>
</html>
"""

# ---------------------------------------------------------------- g8_09 city strategy page: programmes, a project named only in passing
G8_09 = """<!DOCTYPE html>
<html lang="fi">
<head>
<meta charset="utf-8">
<title>Kaupunkistrategia – Kouvolan kaupunki</title>
<style>.goals{display:grid;grid-template-columns:repeat(3,1fr);gap:1rem}.goal{border-top:4px solid #c60}</style>
</head>
<body>
<div class="cookie-bar">Kouvola.fi käyttää evästeitä. <a href="/evasteet/">Asetukset</a> <button>OK</button></div>
<header>
  <a href="/"><img src="/static/kouvola-logo.svg" alt="Kouvolan kaupunki"></a>
  <nav><a href="/asuminen/">Asuminen ja ympäristö</a> <a href="/kasvatus/">Kasvatus ja koulutus</a> <a href="/tyo-ja-yrittaminen/">Työ ja yrittäminen</a> <a href="/kouvolankaupunki/">Kouvolan kaupunki</a></nav>
</header>
<p class="breadcrumb"><a href="/">Etusivu</a> › <a href="/kouvolankaupunki/">Kouvolan kaupunki</a> › Strategia</p>
<main>
  <h1>Kaupunkistrategia 2019–2030</h1>
  <p class="ingress">Kouvola haluaa kasvaa. Strategian kasvukärkinä ovat lasten kasvu, nuorten kasvu ja yritysten kasvu, ja niihin kohdistetaan kaupungin yhteiset panostukset.</p>
  <figure class="video"><iframe title="Kaupunkistrategian esittely" src="https://www.youtube-nocookie.com/embed/strategia2030"></iframe><figcaption>Katso videolta kaupunkistrategian esittely.</figcaption></figure>
  <h2>Kuusi yhteistä tavoitetta</h2>
  <div class="goals">
    <div class="goal"><h3>1 Asuminen</h3><p>Turvallinen kotipesä ja kaikille sopivat asumisen ratkaisut.</p></div>
    <div class="goal"><h3>2 Oppiminen</h3><p>Laadukas varhaiskasvatus ja koulutus lähellä.</p></div>
    <div class="goal"><h3>3 Työ</h3><p>Osaavaa työvoimaa yrityksille ja työtä asukkaille.</p></div>
    <div class="goal"><h3>4 Liikkuminen</h3><p>Sujuvat yhteydet kaupungin sisällä ja maailmalle.</p></div>
    <div class="goal"><h3>5 Hyvinvointi</h3><p>Aktiivinen arki ja kulttuuri kaikille.</p></div>
    <div class="goal"><h3>6 Ympäristö</h3><p>Kestävät valinnat ja lähiluonto.</p></div>
  </div>
  <h2>Miten strategiaa toteutetaan</h2>
  <p>Strategiaa toteutetaan kahden kasvuohjelman kautta. Elinvoiman kasvu -ohjelma etsii keinoja lisätä talousalueen työpaikkoja ja yrityksiä, ja Hyvinvoinnin kasvu -ohjelma linjaa yhteiset tavoitteet asukkaiden hyvinvoinnille. Kaupungin viestintä- ja markkinointiohjelma 2021–2025 tukee molempia.</p>
  <p>Kasvuohjelmille on laadittu toteutuksen tiekartat vuoteen 2030. Tiekartat päivitetään talousarvion valmistelun yhteydessä, ja niiden toimenpiteistä päätetään toimielimittäin.</p>
  <p>Alueiden osallisuutta on tarkoitus vahvistaa muun muassa Palvelumalli 2030 -hankkeella, jonka kokeilua valmistellaan ensin parille alueelle.</p>
  <div class="lisatietoja">
    <h2>Lisätietoja</h2>
    <p>apulaiskaupunginjohtaja Tuomas Kivelä, puh. 020 615 9410, tuomas.kivela(at)kouvola.fi</p>
  </div>
  <p class="paivitetty">Päivitetty 14.7.2020</p>
</main>
<aside>
  <h2>Ajankohtaista</h2>
  <ul>
    <li><a href="/ajankohtaiset/kh-31-8-2020/">Kaupunginhallituksessa 31.8.2020 käsiteltäviä asioita</a></li>
    <li><a href="/ajankohtaiset/lausuntopyynto/">Vastaa lausuntopyyntöön kasvuohjelmista</a> 1.8.2019</li>
  </ul>
</aside>
<footer>
  <p>Kouvolan kaupunki · PL 85, 45101 Kouvola · Vaihde 020 615 11 · kirjaamo@kouvola.fi</p>
</footer>
</body>
</html>
"""

DOCS = {
    "g8_01_liminka_kosteikot_avainluvut.html": G8_01,
    "g8_02_viisari_bisnes_lande_sivupalkki.html": G8_02,
    "g8_03_uudenmaan_liitto_akke_taulukko.html": G8_03,
    "g8_04_hameen_kylat_aikajana.html": G8_04,
    "g8_05_tuni_finnlight_en.html": G8_05,
    "g8_06_kimitoon_projekt_sv.html": G8_06,
    "g8_07_metropolia_kulttuurisilta_wiki.html": G8_07,
    "g8_09_kouvola_kaupunkistrategia.html": G8_09,
}


# ---------------------------------------------------------------- g8_08 ELY decision list PDF
def make_pdf():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    from reportlab import rl_config

    rl_config.invariant = 1  # fixed creation date and document id
    font_dir = Path("/usr/share/fonts/truetype/dejavu")
    pdfmetrics.registerFont(TTFont("DV", str(font_dir / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DVB", str(font_dir / "DejaVuSans-Bold.ttf")))
    PDF.mkdir(parents=True, exist_ok=True)
    path = PDF / "g8_08_hame_ely_paatosluettelo.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("Päätösluettelo 7/2012")
    c.setAuthor("Hämeen ELY-keskus")
    w, h = A4
    y = h - 60

    def line(txt, font="DV", size=10, dx=0, gap=14):
        nonlocal y
        c.setFont(font, size)
        c.drawString(60 + dx, y, txt)
        y -= gap

    line("HÄMEEN ELINKEINO-, LIIKENNE- JA YMPÄRISTÖKESKUS", "DVB", 11)
    line("Maaseutu ja energia -yksikkö", "DV", 9, gap=24)
    line("PÄÄTÖSLUETTELO 7/2012", "DVB", 14, gap=18)
    line("Maaseudun kehittämishankkeet ja yritystuet", "DV", 11)
    line("Päätöspäivä 14.6.2012", "DV", 10)
    line("Myöntäjä: Hämeen ELY-keskus", "DV", 10, gap=24)
    c.setLineWidth(0.5)

    blocks = [
        [("Hakija", "Hausjärven kunta"),
         ("Hanke", "KyKyä – Kylät ja kunta, yhdessä älykkäästi"),
         ("Hankenumero", "23714"),
         ("Toimintaryhmä", "Eteläisen maaseudun osaajat, EMO ry"),
         ("Toteutusaika", "1.8.2012–31.7.2014"),
         ("Haettu", "72 000 €"),
         ("Myönnetty", "enintään 64 800 € (90 %)"),
         ("Yhteyshenkilö", "kyläkehittäjä Satu Aaltonen, 050 331 2840")],
        [("Hakija", "Päijät-Hämeen koulutuskonserni -kuntayhtymä"),
         ("Hanke", "Päijät-Hämeen kyläohjelman koordinaatiohanke 2"),
         ("Osatoteuttaja", "Päijät-Hämeen kylät ry"),
         ("Toimintaryhmä", "Päijänne-Leader ry"),
         ("Toteutusaika", "1.1.2012–31.12.2013"),
         ("Myönnetty", "96 500 € (80 %)")],
        [("Hakija", "Lopen Kivileipomo Oy"),
         ("Tukimuoto", "Yritystuki, investointi"),
         ("Kohde", "Kiviarinauunin hankinta"),
         ("Myönnetty", "18 240 € (35 %)")],
    ]
    for blk in blocks:
        c.line(60, y + 8, w - 60, y + 8)
        y -= 6
        for k, v in blk:
            c.setFont("DVB", 10)
            c.drawString(60, y, k)
            c.setFont("DV", 10)
            c.drawString(170, y, v)
            y -= 15
        y -= 10
    c.line(60, y + 8, w - 60, y + 8)
    y -= 10
    line("Myönnetty yhteensä 179 540 €", "DVB", 10, gap=24)
    line("Päätökset on tehty Manner-Suomen maaseudun kehittämisohjelman 2007–2013 varoista.", "DV", 9)
    line("Päätöksiin voi hakea oikaisua 30 päivän kuluessa tiedoksisaannista.", "DV", 9, gap=30)
    line("Hämeen ELY-keskus · Raatihuoneenkatu 1, 13100 Hämeenlinna · vaihde 0295 025 000", "DV", 8)
    c.showPage()
    c.save()


def main():
    for name, text in DOCS.items():
        write(name, text)
    make_pdf()
    print(f"wrote {len(DOCS)} HTML and 1 PDF")


if __name__ == "__main__":
    main()
