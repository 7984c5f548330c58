# -*- coding: utf-8 -*-
"""HTML sources of set 10, documents 06 and 07. Facts: see README.md; chrome and people invented."""

PAGES = {}

PAGES["g10_06_oulu_wax_project_en.html"] = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Natural Wax of Arctic Berries as Our Treasure (WAX) | University of Oulu</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="website">
</head>
<body class="node-type-project">
<div id="sliding-popup" class="eu-cookie" role="alertdialog">
  <p>We use cookies on this site to enhance your user experience. By clicking any link on this page you are giving your consent for us to set cookies.</p>
  <button class="agree-button">OK, I agree</button> <button class="decline-button">No, thanks</button>
</div>
<header class="region-header">
  <a href="/en" class="site-logo"><img src="/themes/oulu/logo-en.svg" alt="University of Oulu"></a>
  <nav class="menu--main">
    <a href="/en/study">Study</a> <a href="/en/research">Research</a> <a href="/en/cooperation">Cooperation</a> <a href="/en/university">University</a> <a href="/en/news-and-events">News and events</a>
  </nav>
  <div class="language-switcher"><a href="/fi" hreflang="fi">Suomeksi</a> <a href="/en" hreflang="en">English</a></div>
</header>
<nav class="breadcrumb"><ol><li><a href="/en">Home</a></li><li><a href="/en/research">Research</a></li><li><a href="/en/research/projects">Projects</a></li><li>WAX</li></ol></nav>
<main class="layout-content">
<article class="project">
  <h1>Natural Wax of Arctic Berries as Our Treasure (WAX)</h1>
  <p class="lead">WAX is a multidisciplinary cross-border research project that develops environmentally sustainable ways to extract natural wax from wild berries and from the side streams of the berry industry.</p>

  <section class="project-facts">
    <h2>Project facts</h2>
    <table class="facts">
      <tr><th scope="row">Coordinator</th><td>University of Oulu (Centre of Microscopy and Nanotechnology)</td></tr>
      <tr><th scope="row">Duration</th><td>1 December 2016 – 30 November 2019</td></tr>
      <tr><th scope="row">Status</th><td>Completed</td></tr>
      <tr><th scope="row">Total budget</th><td>EUR 984,943</td></tr>
      <tr><th scope="row">Funded by</th><td>Interreg Nord, Regional Council of Lapland, Norrbotten County Administrative Board, Troms County</td></tr>
    </table>
    <h3>Partners</h3>
    <ul class="partners">
      <li>Luleå University of Technology (Sweden)</li>
      <li>NIBIO – Norwegian Institute of Bioeconomy Research (Norway)</li>
      <li>Oulu University of Applied Sciences (Finland)</li>
    </ul>
  </section>

  <h2>Background</h2>
  <p>Lingonberries, bilberries and cloudberries are covered by a thin protective layer of wax. When juice and other berry products are made, this wax ends up in press cake and other waste. Industry needs roughly a million tonnes of wax every year, and only a few per cent of it is natural wax – the rest is paraffin made from fossil raw material.</p>
  <p>The project is coordinated by the Centre of Microscopy and Nanotechnology in Oulu, which is also responsible for finances, communication and reporting. The partners describe WAX as a research effort of about one million euros that combines biology, chemistry, nanotechnology, materials science and marketing.</p>

  <h2>Work packages</h2>
  <ol>
    <li>Dissemination – raising awareness of arctic berry wax among companies and consumers.</li>
    <li>Management.</li>
    <li>Berries and berry residues as raw material – chemical and material analyses of the wax.</li>
    <li>Extraction – comparing methods; supercritical extraction without harmful solvents has worked best so far.</li>
    <li>Applications and business models – cosmetics, dental care, packaging and composite materials.</li>
  </ol>
  <blockquote>“Berry wax protects against UV radiation and has antibacterial properties, which makes it interesting for cosmetics,” says Professor Anders Lindqvist from Luleå University of Technology, who leads the Swedish part of the work.</blockquote>

  <section class="contact">
    <h2>Contact</h2>
    <p>Sanna Kittilä, Project Manager, Centre of Microscopy and Nanotechnology<br>
    tel. +358 29 448 7302<br>
    E-mail addresses at the University of Oulu follow the format firstname.lastname@oulu.fi</p>
  </section>
  <div class="share-links">Share: <a href="https://www.facebook.com/sharer/sharer.php">Facebook</a> · <a href="https://twitter.com/intent/tweet">Twitter</a> · <a href="https://www.linkedin.com/shareArticle">LinkedIn</a></div>
</article>
<aside class="related-news">
  <h2>Related news</h2>
  <ul>
    <li><time datetime="2018-07-09">9 July 2018</time> – <a href="/en/news/wax-arctic-berries">Wax from arctic berries could become new products</a></li>
    <li><time datetime="2018-03-19">19 March 2018</time> – <a href="/en/news/berry-wax-meeting">WAX partners met in Tromsø on 12–13 March 2018</a></li>
    <li><time datetime="2017-11-02">2 November 2017</time> – <a href="/en/news/interreg-call">Interreg Aurora consultation opens for the 2021–2027 period</a></li>
  </ul>
</aside>
</main>
<footer class="region-footer">
  <p>University of Oulu · P.O. Box 8000, FI-90014 University of Oulu, Finland · Switchboard +358 294 480 000</p>
  <p><a href="/en/accessibility">Accessibility</a> · <a href="/en/privacy">Privacy notice</a> · <a href="/en/cookies">Cookie settings</a></p>
  <p class="logos"><img src="/files/interreg-nord-eng.jpg" alt="Interreg Nord, European Regional Development Fund"> <img src="/files/region-norrbotten.jpg" alt="Region Norrbotten"> <img src="/files/troms-fylke.png" alt="Troms fylkeskommune"></p>
</footer>
</body>
</html>
"""

PAGES["g10_07_rovaniemi_paattyneet_hankkeet.html"] = """<!DOCTYPE html>
<html lang="fi">
<head>
<meta charset="utf-8">
<title>Päättyneet hankkeet | Rovaniemen kaupunki</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>details{border-bottom:1px solid #ccc;padding:.5rem 0}summary{font-weight:600;cursor:pointer}</style>
</head>
<body>
<div class="cookiebanner" id="CybotCookiebotDialog">
  <h2>Tämä sivusto käyttää evästeitä</h2>
  <p>Käytämme evästeitä sisällön personointiin ja sivuston liikenteen analysointiin.</p>
  <button>Salli kaikki evästeet</button> <button>Salli valinta</button> <button>Käytä vain välttämättömiä</button>
</div>
<header class="site-header">
  <a href="/" class="logo"><img src="/static/rovaniemi-logo.svg" alt="Rovaniemi"></a>
  <nav class="main">
    <a href="/asuminen">Asuminen ja ympäristö</a>
    <a href="/kasvatus">Kasvatus ja opetus</a>
    <a href="/kulttuuri">Kulttuuri ja vapaa-aika</a>
    <a href="/elinvoima">Työ ja elinkeinot</a>
    <a href="/hallinto">Hallinto ja talous</a>
  </nav>
  <nav class="lang"><a href="/">FI</a> <a href="/sv">SV</a> <a href="/en">EN</a> <a href="/se">SÁ</a></nav>
</header>
<nav class="breadcrumb"><a href="/">Etusivu</a> › <a href="/elinvoima">Työ ja elinkeinot</a> › <a href="/elinvoima/hankkeet">Hankkeet</a> › <span>Päättyneet hankkeet</span></nav>
<div class="page">
<nav class="subnav">
  <ul>
    <li><a href="/elinvoima/hankkeet/kaynnissa">Käynnissä olevat hankkeet</a></li>
    <li class="active"><a href="/elinvoima/hankkeet/paattyneet">Päättyneet hankkeet</a></li>
    <li><a href="/elinvoima/hankkeet/rahoitus">Hankerahoitus</a></li>
  </ul>
</nav>
<main>
  <h1>Päättyneet hankkeet</h1>
  <p>Tälle sivulle on koottu elinvoimapalveluiden päättyneitä hankkeita, joissa kaupunki on ollut mukana hallinnoijana, rahoittajana tai yhteistyökumppanina. Hankkeiden loppuraportit saa pyydettäessä kirjaamosta.</p>

  <details>
    <summary>Rovaniemi Arctic Spirit</summary>
    <div class="panel">
      <p>Hankkeen nimi: Rovaniemi Arctic Spirit – Arktisuuden hyödyntäminen Lapin yritystoiminnan ja näkyvyyden edistämiseksi</p>
      <p>Hallinnoija: Lapin yliopisto</p>
      <p>Toteutusaika: 3/2016–5/2019</p>
      <p>Rahoitus: EAKR, Lapin liitto</p>
      <p>Hankekoodi: A71486</p>
      <p>Hanke nosti Lapin ja sen toimijoiden arktista profiilia Suomen Arktisen neuvoston puheenjohtajuuskauden 2017–2019 aikana. Painopisteenä oli se, miten yritykset voivat hyötyä arktisesta tutkimuksesta ja kansainvälisistä verkostoista.</p>
      <p>Yhteyshenkilö: Tuula Ruotsalainen, tiedeviestinnän päällikkö, Lapin yliopisto, tuula.ruotsalainen(at)ulapland.fi, 040 039 1822</p>
    </div>
  </details>

  <details>
    <summary>ROKKE – Rovaniemen kaupunkikeskustan kehittäminen</summary>
    <div class="panel">
      <p>Tavoite: luoda kaupunkikeskustaan yhteiskehittämisen toimintakulttuuri, jossa pk-yritykset, kaupunki ja kehittäjät suunnittelevat keskustaa yhdessä.</p>
      <p>Tulokset: keskustan toimijoille laadittiin yhteinen toiminta- ja rahoitusmalli, ja kehittämistä jatketaan kehittämistiimeissä.</p>
      <p>Yhteyshenkilö: kehittämispäällikkö Ville Ojanperä, puh. 040 356 1190</p>
    </div>
  </details>

  <details>
    <summary>Energiatehokas arktinen lumi -investointihanke</summary>
    <div class="panel">
      <p>Kohde: Ounasvaaran talviurheilu- ja matkailualue</p>
      <p>Hankkeessa hankittiin laitteet kolmeen pilottiin, joissa kokeillaan lumen säilöntää ja energiatehokasta tuottamista. Investoinnit palvelevat Lapin ammattikorkeakoulun toteuttamaa kehittämishanketta. Lapin alueella on opetus- ja kulttuuriministeriön myöntämä lumiolosuhteiden kehittämisen erityistehtävä.</p>
    </div>
  </details>

  <details>
    <summary>Kohti kansainvälisiä verkostoja</summary>
    <div class="panel">
      <p>Hallinnoija: Rovaniemen Kehitys Oy</p>
      <p>Kohderyhmä: Lapin kehittämisyhtiöiden yritysneuvojat ja hankeasiantuntijat sekä lappilaiset yritykset. Hankkeen aikana tietoa jaettiin myös LUCin, MTI:n, Lappian, LEOn, ELY-keskuksen ja Lapin liiton asiantuntijoille.</p>
      <p>Hanke vahvisti seutukuntien valmiuksia hakea ja hallinnoida suoraan EU-rahoitettuja hankkeita ja loi niitä varten yhteisen toimintamallin.</p>
      <p>Lisätietoja: projektipäällikkö Reetta Kivelä, Rovaniemen Kehitys Oy</p>
    </div>
  </details>

  <section class="infobox">
    <h2>Innovaatioita vahvistava ekosysteemisopimus 2021–2027</h2>
    <p>Kaupunki ja valtio ovat sopineet ekosysteemisopimuksesta, jonka painopisteet ovat arktinen matkailu sekä tulevaisuuden hyvinvointipalvelut. Työ- ja elinkeinoministeriö on myöntänyt sopimuksen hankkeisiin 150&nbsp;000 euroa vuodelle 2022 ja 160&nbsp;000 euroa vuodelle 2023. Kaupunki varasi talousarvioon vuodelle 2022 omarahoitusosuudeksi 100&nbsp;000 euroa. Sopimuksen perusteella rahoitettavat hankkeet julkaistaan Käynnissä olevat hankkeet -sivulla.</p>
  </section>
  <p class="updated">Päivitetty 26.9.2023</p>
</main>
<aside class="contact-card">
  <h2>Hankeasiat</h2>
  <p>Elina Autio<br>hankekoordinaattori, elinvoimapalvelut<br>puh. 040 551 2378<br>etunimi.sukunimi@rovaniemi.fi</p>
</aside>
</div>
<footer>
  <p><strong>Rovaniemen kaupunki</strong> · Hallituskatu 7, PL 8216, 96101 Rovaniemi · Vaihde 016 3221 · kirjaamo@rovaniemi.fi</p>
  <p><a href="/saavutettavuus">Saavutettavuusseloste</a> · <a href="/tietosuoja">Tietosuoja</a></p>
</footer>
</body>
</html>
"""
