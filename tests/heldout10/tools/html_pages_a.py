# -*- coding: utf-8 -*-
"""HTML sources of set 10, documents 01-05. Facts: see README.md; chrome and people invented."""

PAGES = {}

PAGES["g10_01_obotnia_eakr_uutinen.html"] = """<!DOCTYPE html>
<html lang="fi">
<head>
<meta charset="utf-8">
<title>EAKR-rahoitusta seitsemälle rajat ylittävälle hankkeelle | Pohjanmaan liitto</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/css/obotnia.css">
</head>
<body class="page-news">
<div id="cookie-consent" class="cookie-banner" role="dialog" aria-label="Evästeet">
  <p>Käytämme sivustollamme evästeitä kävijämäärien seurantaan. Voit hyväksyä kaikki evästeet tai vain välttämättömät.</p>
  <button type="button" class="btn-accept">Hyväksy kaikki</button>
  <button type="button" class="btn-necessary">Vain välttämättömät</button>
</div>
<header class="site-header">
  <a class="logo" href="/fi/"><img src="/static/img/pohjanmaan-liitto-logo.svg" alt="Pohjanmaan liitto – Österbottens förbund"></a>
  <nav class="lang"><a href="/fi/" lang="fi">Suomeksi</a> | <a href="/sv/" lang="sv">På svenska</a> | <a href="/en/" lang="en">In English</a></nav>
  <nav class="main-nav" aria-label="Päävalikko">
    <ul>
      <li><a href="/fi/pohjanmaan-maakunta/">Pohjanmaan maakunta</a></li>
      <li><a href="/fi/aluekehitys/">Aluekehitys</a></li>
      <li><a href="/fi/rahoitus/">Rahoitus</a></li>
      <li><a href="/fi/kaavoitus/">Kaavoitus</a></li>
      <li><a href="/fi/ajankohtaista/">Ajankohtaista</a></li>
      <li><a href="/fi/yhteystiedot/">Yhteystiedot</a></li>
    </ul>
  </nav>
  <form class="search" action="/fi/haku/"><input type="search" name="q" placeholder="Hae sivustolta"><button>Hae</button></form>
</header>
<nav class="breadcrumb" aria-label="Murupolku">
  <a href="/fi/">Etusivu</a> › <a href="/fi/ajankohtaista/">Ajankohtaista liitosta</a> › <span>EAKR-rahoitusta seitsemälle rajat ylittävälle hankkeelle</span>
</nav>
<main id="content">
<article class="news-item">
  <p class="meta"><time datetime="2015-06-16">16.6.2015</time> · Uutinen · Kansainvälinen yhteistyö</p>
  <h1>EAKR-rahoitusta seitsemälle rajat ylittävälle hankkeelle</h1>
  <p class="lead">Botnia-Atlantica-ohjelman ohjauskomitea on käsitellyt ohjelmakauden ensimmäisen hakukierroksen hakemukset. Rahoitettavaksi valittiin seitsemän hanketta, ja jokainen ohjelman neljästä toimintalinjasta sai vähintään yhden hankkeen.</p>
  <p>Alla on lueteltu toimintalinjoittain hakija, hanke ja hankkeelle myönnetty tuki:</p>

  <h3>Innovaatio</h3>
  <ul class="grant-list">
    <li>Yrkeshögskolan Novia: Renovation Center – A Nordic Center for Energy Efficient Renovations, 941&nbsp;555 euroa</li>
    <li>Västerbottens läns landsting: Nordic Telemedicine Center, 910&nbsp;712 euroa</li>
    <li>SP Processum: Bioraff Botnia, 874&nbsp;672 euroa</li>
    <li>Centria-ammattikorkeakoulu: Industry Nordic – Towards Nordic Industrial Scale Manufacturing of Non-Wood Forest Products, 580&nbsp;562 euroa</li>
  </ul>
  <h3>Yritystoiminta</h3>
  <ul class="grant-list">
    <li>Kompetensspridning i Umeå AB: Cleantech Kvarken, 801&nbsp;000 euroa</li>
  </ul>
  <h3>Ympäristö</h3>
  <ul class="grant-list">
    <li>Länsstyrelsen i Västerbotten: SeaGIS 2.0, 909&nbsp;810 euroa</li>
  </ul>
  <h3>Liikenne</h3>
  <ul class="grant-list">
    <li>Kvarkenrådet: Midway Alignment – Botnia Atlantica, 141&nbsp;000 euroa</li>
  </ul>

  <p>Luetellut summat ovat Euroopan aluekehitysrahaston (EAKR) tukea. Kaksoispistettä edeltävä hakija toimii hankkeen päätoteuttajana eli lead partnerina, ja kaikissa hankkeissa on kumppaneita vähintään kahdesta maasta.</p>
  <p>Hankkeiden kokonaisbudjetit vaihtelevat. Nordic Telemedicine Centerin kokonaisbudjetti on 1&nbsp;517&nbsp;854 euroa, Bioraff Botnian 1&nbsp;457&nbsp;785 euroa ja Industry Nordicin 967&nbsp;604 euroa. Cleantech Kvarkenin kokonaisbudjetti on 1&nbsp;335&nbsp;000 euroa, SeaGIS 2.0:n 1&nbsp;516&nbsp;351 euroa ja pienimmän, Midway Alignmentin, 235&nbsp;000 euroa.</p>
  <p>Renovation Centerissä on suomalaisten ja ruotsalaisten toimijoiden lisäksi mukana norjalaisia kumppaneita, joiden osuus katetaan Norjan kansallisista Interreg-varoista.</p>
  <p>Koko ohjelmakaudella Botnia-Atlantica tukee hankkeita noin 36 miljoonalla eurolla EAKR-varoja. Pohjanmaan liitto toimii ohjelman suomalaisena sihteeristönä ja neuvoo hakijoita. Vuoden toinen haku avautui 1.6.2015, ja se koskee ympäristön ja yritystoiminnan toimintalinjoja; liikenteen toimintalinjalle haetaan myöhemmin.</p>
  <p class="contact-note">Lisätietoja haun järjestelyistä antaa rahoitusasiantuntija Jenni Kallas, Pohjanmaan liitto, puh. 040 512 3387.</p>
  <div class="share">
    <span>Jaa:</span>
    <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.obotnia.fi%2F" class="share-fb">Facebook</a>
    <a href="https://twitter.com/intent/tweet" class="share-tw">Twitter</a>
    <a href="https://www.linkedin.com/shareArticle" class="share-li">LinkedIn</a>
    <a href="mailto:?subject=Uutinen" class="share-mail">Sähköposti</a>
  </div>
</article>
<aside class="related">
  <h2>Muita uutisia</h2>
  <ul>
    <li><a href="/fi/ajankohtaista/maakuntahallitus-5-2015/">Maakuntahallituksen kokous 25.5.2015</a> <span class="date">26.5.2015</span></li>
    <li><a href="/fi/ajankohtaista/maakuntaohjelma-2018/">Maakuntaohjelman valmistelu käynnistyy</a> <span class="date">12.5.2015</span></li>
    <li><a href="/fi/ajankohtaista/kvarkenin-silta/">Kvarkenin liikenneyhteyksistä seminaari Vaasassa 9.9.2015</a> <span class="date">4.5.2015</span></li>
  </ul>
</aside>
</main>
<footer class="site-footer">
  <div class="footer-col">
    <strong>Pohjanmaan liitto</strong><br>
    Sandviksgatan 2 / Hietalahdenkatu 2<br>
    PL 174, 65101 Vaasa<br>
    Vaihde (06) 320 6500<br>
    kirjaamo@obotnia.fi
  </div>
  <div class="footer-col"><a href="/fi/saavutettavuus/">Saavutettavuusseloste</a> · <a href="/fi/tietosuoja/">Tietosuoja</a> · <a href="/fi/evasteet/">Evästeasetukset</a></div>
  <p class="copyright">© Pohjanmaan liitto</p>
</footer>
</body>
</html>
"""

PAGES["g10_02_kokkola_meidan_museo_hanke.html"] = """<!DOCTYPE html>
<html lang="fi">
<head>
<meta charset="utf-8">
<title>Meidän museo -hanke | Kokkolan kaupunki</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/wp-content/themes/kokkola/style.css">
</head>
<body class="page-template-hanke">
<a class="skip-link" href="#main">Hyppää sisältöön</a>
<div class="cookie-notice" id="cn">
  <p>Kokkola.fi käyttää evästeitä. Välttämättömät evästeet ovat aina käytössä; analytiikkaevästeet vain suostumuksellasi.</p>
  <button id="cn-accept">Salli kaikki</button> <button id="cn-deny">Vain välttämättömät</button> <a href="/tietosuoja/evasteet/">Lue lisää</a>
</div>
<header class="header">
  <a href="/" class="brand"><img src="/wp-content/uploads/kokkola-logo.svg" alt="Kokkola – Karleby"></a>
  <nav class="primary" aria-label="Päänavigaatio">
    <a href="/asuminen-ja-ymparisto/">Asuminen ja ympäristö</a>
    <a href="/kasvatus-ja-koulutus/">Kasvatus ja koulutus</a>
    <a href="/vapaa-aika/">Vapaa-aika</a>
    <a href="/tyo-ja-yrittaminen/">Työ ja yrittäminen</a>
    <a href="/kaupunki-ja-hallinto/">Kaupunki ja hallinto</a>
  </nav>
  <div class="lang-switch"><a href="/" lang="fi">FI</a> <a href="/sv/" lang="sv">SV</a> <a href="/en/" lang="en">EN</a></div>
</header>
<nav class="breadcrumbs">
  <a href="/">Etusivu</a> / <a href="/vapaa-aika/">Vapaa-aika</a> / <a href="/vapaa-aika/museot/">Museot</a> / <a href="/vapaa-aika/museot/k-h-renlundin-museo/hankkeet/">Museon hankkeet</a> / <span>Meidän museo</span>
</nav>
<div class="layout">
<main id="main">
  <h1>Meidän museo</h1>
  <p class="ingress">K.H.Renlundin museon koordinoima hanke vahvisti keskipohjalaisten paikallismuseoiden näkyvyyttä ja toi lapsia, nuoria ja perheitä tutustumaan oman kotiseutunsa historiaan.</p>
  <table class="hanketiedot">
    <tr><td>Hankkeen nimi</td><td>Meidän museo – Keski-Pohjanmaan paikallismuseoiden kehittämishanke</td></tr>
    <tr><td>Hallinnoija</td><td>Kokkolan kaupunki</td></tr>
    <tr><td>Toteuttaja</td><td>K.H.Renlundin museo</td></tr>
    <tr><td>Rahoittaja</td><td>Pirityiset ry ja Rieska-Leader ry (Manner-Suomen maaseudun kehittämisohjelma 2014–2020)</td></tr>
    <tr><td>Kesto</td><td>1.5.2016–22.2.2019</td></tr>
    <tr><td>Budjetti</td><td>103&nbsp;600 €, josta Pirityiset ry:n osuus 88&nbsp;600 €</td></tr>
    <tr><td>Hankenumero</td><td>17909</td></tr>
    <tr><td>Tila</td><td><span class="badge badge-ended">Päättynyt</span></td></tr>
    <tr><td>Yhteyshenkilö</td><td>Saara Ylikangas, projektikoordinaattori<br>puh. 044 780 9214<br><a href="mailto:saara.ylikangas@kokkola.fi">saara.ylikangas@kokkola.fi</a></td></tr>
  </table>

  <h2>Tavoitteet</h2>
  <p>Hankkeen lähtökohtana oli, että paikallismuseot voivat olla kuntalaisille arjen kohtaamispaikkoja eivätkä vain kesäisin avattavia kokoelmia. Tavoitteena oli lisätä asukkaiden osallisuutta kulttuuriperinnön vaalimisessa ja nostaa museoiden profiilia omalla paikkakunnallaan.</p>
  <p>Museoille hahmoteltiin omat tunnistettavat painopisteet, esimerkiksi esihistoria, kansanmusiikki tai siirtolaisuuden perinne, ja näyttelyitä uudistettiin näiden teemojen mukaan yhdessä paikallisten toimijoiden kanssa. Juhlavuoden 2017 aikana sisältöjä kytkettiin myös valtakunnalliseen Suomi 100 -ohjelmaan.</p>

  <h2>Toteutus</h2>
  <p>Kesällä 2017 julkaistiin keskipohjalainen museopassi, jota painettiin 5&nbsp;000 kappaletta ja jaettiin museoiden lisäksi kirjastoissa ja matkailuneuvonnassa. Passin maskotti Vaatermoukka johdatti lapsia kuuteentoista kohteeseen. Hankkeessa koottiin lisäksi 24 esinetarinaa verkkonäyttelyksi ja järjestettiin ITE-taiteen kesänäyttelyt kolmessa kotiseutumuseossa.</p>
  <p>Hankkeen tukiprosentti oli 90.</p>

  <h2>Tulokset</h2>
  <p>Museopassin toivottiin innostavan museovierailuihin myös kesällä 2018, ja paikallismuseoiden yhteistyötä jatketaan maakuntamuseon alueellisena tehtävänä.</p>

  <div class="share-bar">
    <span>Jaa sivu</span>
    <a href="https://www.facebook.com/sharer/sharer.php">Facebook</a>
    <a href="https://twitter.com/share">X</a>
    <a href="https://www.linkedin.com/sharing/share-offsite/">LinkedIn</a>
  </div>
  <p class="updated">Sivua päivitetty 14.3.2019</p>
</main>
<aside class="sidebar">
  <section class="news">
    <h2>Museon uutisia</h2>
    <article><time>15.9.2017</time><h3><a href="/uutiset/meidan-museo-koordinaattori/">Meidän museo -hankkeeseen uusi koordinaattori</a></h3>
      <p>Tiina Pelkonen siirtyi muihin tehtäviin, ja hankkeen työtä jatkaa 1.9.2017 alkaen uusi projektikoordinaattori.</p></article>
    <article><time>12.9.2017</time><h3><a href="/uutiset/pikiruukin-vallit/">Vallit kunnostettiin talkoilla Pikiruukissa</a></h3></article>
    <article><time>3.4.2024</time><h3><a href="/uutiset/youthful-heritage/">Tutustu Youthful Heritage -hankkeeseen</a></h3></article>
  </section>
  <section class="quote">
    <blockquote>”Paikallismuseot kertovat yhdessä koko maakunnan tarinan”, toteaa museonjohtaja Harri Vuorela.</blockquote>
  </section>
</aside>
</div>
<footer class="footer">
  <p><strong>Kokkolan kaupunki</strong> · Kokkolan kaupungintalo, Kauppatori 4, PL 43, 67101 Kokkola</p>
  <p>Vaihde 06 828 9111 · kirjaamo@kokkola.fi</p>
  <p>K.H.Renlundin museo, Pitkänsillankatu 28, 67100 Kokkola</p>
  <p><a href="/saavutettavuus/">Saavutettavuus</a> · <a href="/tietosuoja/">Tietosuoja</a> · <a href="/palaute/">Anna palautetta</a></p>
</footer>
</body>
</html>
"""

PAGES["g10_03_aisapari_lakaluoma_wp.html"] = """<!DOCTYPE html>
<html lang="fi-FI">
<head>
<meta charset="UTF-8">
<title>Lakaluoman kyläyhdistys kunnostaa kylätalonsa – Leader Aisapari ry</title>
<link rel="stylesheet" id="astra-theme-css-css" href="https://www.aisapari.net/wp-content/themes/astra/assets/css/minified/main.min.css" media="all">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"Lakaluoman kyläyhdistys kunnostaa kylätalonsa","datePublished":"2018-05-22T09:14:00+03:00","dateModified":"2021-05-03T12:40:00+03:00","author":{"@type":"Organization","name":"Leader Aisapari ry"}}</script>
</head>
<body class="post-template-default single single-post ast-right-sidebar">
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner" role="dialog">
  <div class="cmplz-title">Hallitse evästeitä</div>
  <div class="cmplz-message">Käytämme evästeitä tarjotaksemme parhaan mahdollisen käyttökokemuksen.</div>
  <button class="cmplz-accept">Hyväksy</button><button class="cmplz-deny">Kiellä</button><button class="cmplz-view-preferences">Asetukset</button>
</div></div>
<header id="masthead" class="site-header">
  <div class="site-branding"><a href="https://www.aisapari.net/"><img src="https://www.aisapari.net/wp-content/uploads/aisapari-logo.png" alt="Leader Aisapari"></a></div>
  <nav id="site-navigation" class="main-header-bar-navigation">
    <ul id="primary-menu" class="main-header-menu">
      <li class="menu-item"><a href="/">Etusivu</a></li>
      <li class="menu-item menu-item-has-children"><a href="/rahoitus/">Rahoitus</a>
        <ul class="sub-menu"><li><a href="/rahoitus/yrityksille/">Yrityksille</a></li><li><a href="/rahoitus/yhteisoille/">Yhteisöille</a></li></ul></li>
      <li class="menu-item"><a href="/hankkeet/">Hankkeet</a></li>
      <li class="menu-item"><a href="/ajankohtaista/">Ajankohtaista</a></li>
      <li class="menu-item"><a href="/yhteystiedot/">Yhteystiedot</a></li>
    </ul>
  </nav>
</header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area">
<nav class="ast-breadcrumbs"><a href="/">Etusivu</a> » <a href="/hankkeet/">Hankkeet</a> » <a href="/hankkeet/yleishyodylliset-investoinnit/">Yleishyödylliset investoinnit</a> » Lakaluoman kyläyhdistys kunnostaa kylätalonsa</nav>
<article id="post-1287" class="post-1287 post type-post status-publish category-yleishyodylliset-investoinnit">
  <header class="entry-header">
    <h1 class="entry-title">Lakaluoman kyläyhdistys kunnostaa kylätalonsa</h1>
    <div class="entry-meta"><span class="posted-on">22.5.2018</span> / <span class="cat-links"><a href="/hankkeet/yleishyodylliset-investoinnit/">Yleishyödylliset investoinnit</a></span> / <span class="author">Aisaparin toimisto</span></div>
  </header>
  <div class="entry-content">
    <p>Lakaluoman kylätalo saa uuden ilmeen sekä sisältä että ulkoa. Aisaparin hallitus on puoltanut Lakaluoman kyläyhdistys ry:n hakemusta, ja kyläyhdistys pääsee aloittamaan työt.</p>
    <p>Talon piha on tähän asti muuttunut sateella kuraiseksi, eikä pysäköintitilaa ole riittänyt isoihin tilaisuuksiin. Hankkeessa piha tasoitetaan ja päällystetään niin, että se kestää sään ja sateet, ja pihaa laajennetaan lisäpaikoille. Pihalle tehdään istutuksia ja valaistus, lapsille hankitaan ulkoleikkitelineitä ja talon kylkeen rakennetaan terassi. Myös sisätilat kunnostetaan ja niiden valaistus uusitaan.</p>
    <p>Kyläyhdistyksen hakema hanke on nimeltään Lakaluoman kylätalon pihamaan ja sisätilojen kunnostushanke. Se on yleishyödyllinen investointi, ja sen numero maaseutuhallinnon järjestelmässä on 72452. Hankkeen kustannusarvio on yhteensä 40&nbsp;000 euroa. Leader Aisapari ry myönsi hankkeelle julkista tukea 20&nbsp;000 euroa. Loput 20&nbsp;000 euroa katetaan yksityisellä rahoituksella, ja siitä 9&nbsp;750 euroa on kyläläisten talkootyötä.</p>
    <p>Hanke toteutetaan ajalla 28.04.2018 – 13.04.2021. Töitä tehdään vaiheittain, jotta kylätalo pysyy käytössä koko hankkeen ajan ja kesän juhlat voidaan pitää normaalisti.</p>
    <p>”Talkooväkeä on jo ilmoittautunut kymmeniä, ja toivomme lisää nuoria mukaan”, kertoo kyläyhdistyksen sihteeri Anu Rinta-Koski.</p>
    <p>Lisätietoja hankkeesta antaa Lakaluoman kyläyhdistys ry:n puheenjohtaja Markku Hietaniemi, puh. 050 438 2719. Kylätalon kuulumisia voi seurata myös yhdistyksen Facebook-sivulla.</p>
  </div>
  <footer class="entry-footer">
    <div class="ast-share"><span>Jaa artikkeli:</span> <a href="https://www.facebook.com/sharer.php">Facebook</a> <a href="https://twitter.com/intent/tweet">Twitter</a> <a href="whatsapp://send">WhatsApp</a></div>
    <nav class="post-navigation"><a href="/2018/05/kyla-tapahtumat/" rel="prev">« Kesän kylätapahtumat 2018</a> <a href="/2018/06/yritystuet-haku/" rel="next">Yritystukien haku jatkuu »</a></nav>
  </footer>
</article>
</div>
<aside id="secondary" class="widget-area">
  <section class="widget widget_recent_entries"><h2 class="widget-title">Uusimmat artikkelit</h2>
    <ul>
      <li><a href="/2018/05/evijarven-venesatama/">Venesatamalle uusi laituri Evijärvelle</a> <span class="post-date">17.5.2018</span></li>
      <li><a href="/2018/04/teemahanke/">Teemahankkeen haku auki 31.5.2018 asti – tukea 1&nbsp;000–5&nbsp;000 euroa</a> <span class="post-date">9.4.2018</span></li>
      <li><a href="/2018/03/hallitus/">Hallitus puolsi kuutta hanketta, yhteensä 146&nbsp;000 euroa</a> <span class="post-date">28.3.2018</span></li>
    </ul>
  </section>
  <section class="widget widget_text"><h2 class="widget-title">Ota yhteyttä</h2>
    <div class="textwidget"><p>Leader Aisapari ry<br>Toiminnanjohtaja Riitta Mäenpää<br>puh. 040 734 2210<br>Hankeneuvoja Jussi Kujala<br>puh. 040 734 2211</p>
    <p>Tuen määrä yleishyödyllisissä investoinneissa on enintään 50 % hyväksyttävistä kustannuksista.</p></div>
  </section>
</aside>
</div></div>
<footer id="colophon" class="site-footer">
  <div class="footer-widget-area"><p>Leader Aisapari ry · toimisto avoinna ma–to klo 9–15 · puh. 040 734 2210</p>
  <p><img src="/wp-content/uploads/eu-maaseuturahasto.png" alt="Euroopan maaseudun kehittämisen maatalousrahasto: Eurooppa investoi maaseutualueisiin"> <img src="/wp-content/uploads/leader-logo.png" alt="Leader"></p></div>
  <div class="ast-small-footer">Copyright © 2018 Leader Aisapari ry | Powered by Astra</div>
</footer>
</body>
</html>
"""

PAGES["g10_04_lapinamk_eebak_hanke.html"] = """<!DOCTYPE html>
<html lang="fi">
<head>
<meta charset="utf-8">
<title>Energy Effective Buildings in Arctic Communities (EEBAK) | Lapin ammattikorkeakoulu</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/lapinamk.css">
</head>
<body class="project-page">
<div class="cookie-bar" id="cookiebar">
  <p>Sivusto käyttää evästeitä. <a href="/evasteet">Lisätietoja evästeistä</a></p>
  <button data-consent="all">Hyväksy</button><button data-consent="min">Vain pakolliset</button>
</div>
<header class="top">
  <a href="/" class="logo"><img src="/static/img/lapinamk-logo.svg" alt="Lapin ammattikorkeakoulu"></a>
  <nav class="mainmenu">
    <a href="/hakijalle">Hakijalle</a>
    <a href="/opiskelijalle">Opiskelijalle</a>
    <a href="/tki">Tutkimus ja kehitys</a>
    <a href="/yhteistyo">Yhteistyökumppanille</a>
    <a href="/lapin-amk">Lapin AMK</a>
  </nav>
  <nav class="langs"><a href="/en/">English</a></nav>
</header>
<nav class="crumbs"><a href="/">Etusivu</a> › <a href="/tki">Tutkimus ja kehitys</a> › <a href="/tki/hankkeet">Hankkeet</a> › <span>EEBAK</span></nav>
<div class="project-wrap">
<main class="project-main">
  <h1>Energy Effective Buildings in Arctic Communities (EEBAK)</h1>
  <p class="lead">EEBAK-hanke kokoaa yhteen pohjoisen rakentamisen kokemukset: miten matalaenergia- ja passiivitalot ovat toimineet arktisessa ilmastossa ja miten olemassa olevien rakennusten energiatehokkuutta voidaan parantaa.</p>
  <p>Hankkeen virallinen ruotsinkielinen nimi on EnergiEffektivisering av Byggnader i Arktiska Kommuner. Hankkeen päätavoite on vahvistaa Pohjoiskalotin kuntien ja julkisen sektorin osaamista rakennusten energiatehokkuudessa. Ensimmäiset passiivi- ja matalaenergiarakennukset valmistuivat alueelle noin kymmenen vuotta sitten, mutta niiden käyttökokemuksia ei ole koottu järjestelmällisesti.</p>
  <h2>Mitä hankkeessa tehdään?</h2>
  <ul>
    <li>Kumppanit arvioivat aiemmat matalaenergiarakentamisen hankkeensa ja keräävät käyttö- ja mittaustietoa muista kohteista.</li>
    <li>Aineiston pohjalta tunnistetaan parhaat saatavilla olevat tekniikat arktisiin oloihin.</li>
    <li>Olemassa olevan rakennuskannan korjaustoimien vaikuttavuutta tarkastellaan erikseen, koska Norjassa energiatuet on suunnattu yhä useammin peruskorjauksiin.</li>
    <li>Tulokset levitetään kuntien rakennuttajille ja kiinteistönhoitajille työpajoissa ja oppaana.</li>
  </ul>
  <h2>Osa laajempaa klusteria</h2>
  <p>EEBAK kuuluu arktisten energiaratkaisujen hankeklusteriin yhdessä GrAB- ja SECURE-hankkeiden kanssa. Klusterilla on kaikkiaan kaksitoista kumppania kolmessa maassa, ja sitä rahoitetaan kolmesta Interreg-ohjelmasta. Klusterin yhteinen tilaisuus pidettiin Rovaniemellä tammikuussa 2019.</p>

  <section class="people">
    <h2>Ota yhteyttä</h2>
    <div class="card-grid">
      <div class="person-card">
        <span class="badge">Hankkeen yhteyshenkilö</span>
        <h3>Janne Keräsalo</h3>
        <p class="role">projektipäällikkö</p>
        <p>Lapin ammattikorkeakoulu</p>
        <p><a href="tel:+358406217735">040 621 7735</a><br><a href="mailto:janne.kerasalo@lapinamk.fi">janne.kerasalo@lapinamk.fi</a></p>
      </div>
      <div class="person-card">
        <span class="badge">Hankkeen yhteyshenkilö</span>
        <h3>Minna Paavola</h3>
        <p class="role">TKI-asiantuntija</p>
        <p>Lapin ammattikorkeakoulu</p>
        <p><a href="tel:+358406217740">040 621 7740</a><br><a href="mailto:minna.paavola@lapinamk.fi">minna.paavola@lapinamk.fi</a></p>
      </div>
      <div class="person-card">
        <h3>Olli Rantakangas</h3>
        <p class="role">opetuspäällikkö, rakennustekniikka</p>
        <p><a href="tel:+358406217701">040 621 7701</a><br><a href="mailto:olli.rantakangas@lapinamk.fi">olli.rantakangas@lapinamk.fi</a></p>
      </div>
      <div class="person-card">
        <h3>Heli Aarnio</h3>
        <p class="role">viestintäsuunnittelija</p>
        <p><a href="tel:+358406217790">040 621 7790</a><br><a href="mailto:heli.aarnio@lapinamk.fi">heli.aarnio@lapinamk.fi</a></p>
      </div>
      <div class="person-card">
        <h3>Pekka Sirviö</h3>
        <p class="role">TKI-johtaja</p>
        <p><a href="tel:+358406217600">040 621 7600</a><br><a href="mailto:pekka.sirvio@lapinamk.fi">pekka.sirvio@lapinamk.fi</a></p>
      </div>
    </div>
  </section>
  <div class="share"><span>Jaa</span> <a href="https://www.facebook.com/sharer/sharer.php">Facebook</a> <a href="https://www.linkedin.com/shareArticle">LinkedIn</a> <a href="https://twitter.com/intent/tweet">Twitter</a></div>
</main>
<aside class="project-facts">
  <h2>Hankkeen tiedot</h2>
  <ul class="facts">
    <li><strong>Päätoteuttaja:</strong> Lapin ammattikorkeakoulu Oy</li>
    <li><strong>Kesto:</strong> 2017–2019</li>
    <li><strong>Rahoitus:</strong> Interreg Nord</li>
    <li><strong>Budjetti:</strong> 1&nbsp;503&nbsp;444 €</li>
    <li><strong>Kumppanit:</strong> Norut Narvik (Norja)</li>
    <li><strong>Ohjelmakausi:</strong> Interreg V A Nord 2014–2020</li>
  </ul>
  <div class="logos"><img src="/static/img/interreg-nord.png" alt="Interreg Nord"> <img src="/static/img/eu-flag.png" alt="Euroopan unioni, Euroopan aluekehitysrahasto"> <img src="/static/img/lapin-liitto.png" alt="Lapin liitto"></div>
  <section class="news-box">
    <h2>Ajankohtaista</h2>
    <ul>
      <li><a href="/uutiset/2019/arctic-clustering">Arktiset hankkeet kokoontuivat Rovaniemellä</a> <time>14.1.2019</time></li>
      <li><a href="/uutiset/2018/puurakentaminen">Kestävän rakentamisen klusteri julkaisi raportin</a> <time>28.11.2018</time></li>
    </ul>
  </section>
</aside>
</div>
<footer class="bottom">
  <p><strong>Lapin ammattikorkeakoulu</strong> · Jokiväylä 11 C, 96300 Rovaniemi · puh. 020 798 6000 · kirjaamo@lapinamk.fi</p>
  <p>Lapin korkeakoulukonserni LUC · <a href="/saavutettavuus">Saavutettavuusseloste</a> · <a href="/tietosuoja">Tietosuoja</a></p>
</footer>
</body>
</html>
"""

PAGES["g10_05_kommuntorget_projekt_sv.html"] = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Tre avslutade projekt i Svenskfinland – Kommuntorget</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body class="single-article">
<div class="cookie-consent" role="region" aria-label="Kakor">
  <p>Vi använder kakor (cookies) för att förbättra webbplatsen och för att föra statistik.</p>
  <button>Godkänn alla</button> <button>Endast nödvändiga</button>
</div>
<header class="site-head">
  <a class="site-logo" href="/"><img src="/img/kommuntorget.svg" alt="Kommuntorget.fi"></a>
  <nav class="site-nav">
    <a href="/kategori-forvaltning/">Förvaltning</a>
    <a href="/kategori-ekonomi/">Ekonomi</a>
    <a href="/kategori-bildning/">Bildning</a>
    <a href="/kategori-naringsliv/">Näringsliv</a>
    <a href="/projektbanken/">Projektbanken</a>
    <a href="/om-oss/">Om oss</a>
  </nav>
</header>
<nav class="crumbs"><a href="/">Hem</a> › <a href="/projektbanken/">Projektbanken</a> › <span>Avslutade projekt</span></nav>
<main>
<article>
  <p class="kicker">Projektbanken</p>
  <h1>Tre avslutade projekt i Svenskfinland</h1>
  <p class="byline">Text: Redaktionen · Publicerad 3.10.2021</p>
  <p class="ingress">I vår enkät svarade sju kommuner att de har ett tiotal pågående projekt var. Här presenterar vi tre projekt som redan har slutförts – ett gränsöverskridande, ett inom småbarnspedagogiken och ett där en förening bytte värmesystem.</p>

  <h2>Avslutade projekt</h2>

  <h3>På Gränsen – Rajalla</h3>
  <p>Projektet genomfördes av Torneå stad i samarbete med Haparanda kommun. Målet var att de två städernas centrum skulle växa ihop till en fungerande helhet. I projektet byggdes en del av den infrastruktur som behövdes, bland annat den så kallade gränsbågen som skyddar centrumområdet mot översvämningar från Torne älv. Storgatan – Torikatu hade förverkligats redan tidigare.</p>
  <p>Projekttid: 1 februari 2008 – 31 december 2010. Finansiär: Interreg IV A Nord, som beviljade 852&nbsp;000 euro i EU-medel. Projektets totalbudget var 1,42 miljoner euro.</p>
  <p>Kontaktperson: Aki Junttila, projektledare, Torneå stad, tfn 040 188 5527.</p>

  <h3>MusikGlädje – Iloa musiikista</h3>
  <p>Det treåriga samarbetsprojektet genomfördes av småbarnspedagogiken i Raseborgs stad. Omkring 1&nbsp;300 barn i stadens alla enheter fick uppleva att musik handlar om glädje och inte om prestation. Projektet riktade sig också till familjer och personal, och erfarenheterna har samlats i en rapport som ska inspirera andra.</p>
  <p>Projekttid: åren 2015–2018.</p>
  <p>Projektansvarig: Linda Åberg, koordinator för småbarnspedagogik, <a href="mailto:linda.aberg@raseborg.fi">linda.aberg@raseborg.fi</a></p>

  <h3>Bergvärme för ungdomslokalen Furulund</h3>
  <p>Projektet genomfördes av Dragsfjärds Ungdomsförening, som äger Furulund i Dragsfjärd på Kimitoön. Föreningen bytte ut den gamla oljeeldningen mot bergvärme. Den gamla oljetanken måste monteras ut ur källaren och en asbestsanering göras innan arbetet kunde slutföras. Samtidigt förnyades bland annat belysningen i festsalen.</p>
  <p>Finansiär: Leadergruppen I Samma båt – Samassa veneessä, som beviljade cirka 50&nbsp;000 euro i projektstöd. Totalbudget: 91&nbsp;000 euro.</p>
  <p>– Utan stödet hade vi aldrig klarat det, säger föreningens ordförande Mats Grönroos.</p>

  <aside class="factbox">
    <h4>Visste du?</h4>
    <p>Korsnäs uppger att kommunen har cirka 10 pågående projekt, och Malax ett tiotal. Den så kallade Finlandsmodellen för hobbyverksamhet nämndes av flera kommuner.</p>
  </aside>
  <div class="share"><span>Dela:</span> <a href="https://www.facebook.com/sharer/sharer.php">Facebook</a> <a href="https://twitter.com/intent/tweet">Twitter</a> <a href="mailto:">E-post</a></div>
  <p class="updated">Senast uppdaterad 5.10.2021</p>
</article>
<aside class="more">
  <h2>Läs också</h2>
  <ul>
    <li><a href="/forvaltning/humppa-eller-nodvandigt/">”Humppa” eller nödvändighet – så ser projekten i Svenskfinland ut</a></li>
    <li><a href="/ekonomi/de-manga-projekten-har-en-baksida/">De många projekten har en baksida, säger professor</a></li>
  </ul>
</aside>
</main>
<footer class="site-foot">
  <p>Kommuntorget.fi · Finlands Kommunförbund, svenska verksamheten · Andra linjen 14, 00530 Helsingfors</p>
  <p>Växel 09 7711 · redaktionen@kommuntorget.fi</p>
</footer>
</body>
</html>
"""
