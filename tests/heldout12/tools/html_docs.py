"""HTML sources of the six g12 HTML documents (imported by make_docs.py).

Every page is written by hand to look like the CMS of its publisher. Project facts are
restated from the public pages listed in README.md; people, e-mail addresses, phone
numbers, news teasers, events and other page chrome are invented.
"""

# ---------------------------------------------------------------------------------------
# g12_01: Iisalmi, "Kehittäminen ja hankkeet" listing: project cards mixed with news and
# event cards in one grid (WordPress-style theme with BEM classes).
# ---------------------------------------------------------------------------------------
G12_01 = """<!DOCTYPE html>
<html lang="fi" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kehittäminen ja hankkeet – Iisalmen kaupunki</title>
<link rel="stylesheet" href="/wp-content/themes/iisalmi/dist/main.css?ver=3.4.1">
<link rel="canonical" href="https://www.iisalmi.fi/kaupunki-ja-hallinto/kehittaminen-ja-hankkeet/">
<script>document.documentElement.className = document.documentElement.className.replace('no-js', 'js');</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Kehittäminen ja hankkeet","dateModified":"2024-04-22T09:14:00+03:00"}</script>
</head>
<body class="page-template page-template-listing">
<div id="cookie-consent" class="cookie-consent" role="dialog" aria-label="Evästeasetukset">
  <p class="cookie-consent__text">Käytämme sivustolla evästeitä. Välttämättömät evästeet ovat aina käytössä, muut vain suostumuksellasi.</p>
  <button class="btn btn--primary" data-consent="all">Hyväksy kaikki</button>
  <button class="btn btn--ghost" data-consent="necessary">Vain välttämättömät</button>
  <a href="/tietosuoja/">Tietosuojaseloste</a>
</div>
<a class="skip-link" href="#main">Siirry sisältöön</a>
<header class="site-header">
  <div class="site-header__top">
    <a class="site-header__logo" href="/"><img src="/wp-content/themes/iisalmi/img/logo.svg" alt="Iisalmen kaupunki – etusivu"></a>
    <nav class="lang-nav" aria-label="Kieli"><a href="/" aria-current="true">Suomi</a> <a href="/en/">English</a></nav>
    <form class="search-form" action="/" role="search"><label for="s">Hae sivustolta</label><input id="s" name="s" type="search"><button>Hae</button></form>
  </div>
  <nav class="main-nav" aria-label="Päävalikko">
    <ul class="main-nav__list">
      <li><a href="/asuminen-ja-ymparisto/">Asuminen ja ympäristö</a></li>
      <li><a href="/kasvatus-ja-koulutus/">Kasvatus ja koulutus</a></li>
      <li><a href="/kulttuuri-ja-vapaa-aika/">Kulttuuri ja vapaa-aika</a></li>
      <li><a href="/tyo-ja-yrittaminen/">Työ ja yrittäminen</a></li>
      <li class="is-active"><a href="/kaupunki-ja-hallinto/">Kaupunki ja hallinto</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumbs" aria-label="Murupolku">
  <ol><li><a href="/">Etusivu</a></li><li><a href="/kaupunki-ja-hallinto/">Kaupunki ja hallinto</a></li><li aria-current="page">Kehittäminen ja hankkeet</li></ol>
</nav>
<div class="layout layout--sidebar">
<aside class="layout__sidebar section-nav">
  <h2 class="section-nav__title">Kaupunki ja hallinto</h2>
  <ul>
    <li><a href="/kaupunki-ja-hallinto/paatoksenteko/">Päätöksenteko</a></li>
    <li><a href="/kaupunki-ja-hallinto/talous/">Talous</a></li>
    <li class="is-current"><a href="/kaupunki-ja-hallinto/kehittaminen-ja-hankkeet/">Kehittäminen ja hankkeet</a></li>
    <li><a href="/kaupunki-ja-hallinto/kaupunkistrategia/">Kaupunkistrategia</a></li>
  </ul>
  <div class="contact-box">
    <h2>Elinvoimapalvelut</h2>
    <p>Kaupungintalo, 2. kerros<br>Vaihde 017 272 31</p>
    <p><a href="mailto:kirjaamo@iisalmi.fi">kirjaamo@iisalmi.fi</a></p>
  </div>
</aside>
<main id="main" class="layout__main">
  <h1 class="page-title">Kehittäminen ja hankkeet</h1>
  <div class="lead">
    <p>Kaupunki kehittää elinvoimaansa yhdessä yritysten, oppilaitosten ja seudun toimijoiden kanssa. Tälle sivulle on koottu hankkeita, joissa kaupunki tai sen yhtiöt ovat mukana, sekä aiheeseen liittyviä uutisia ja tapahtumia.</p>
  </div>
  <div class="filter-bar" role="toolbar" aria-label="Suodata sisältöä">
    <button class="chip is-selected" data-filter="all">Kaikki</button>
    <button class="chip" data-filter="hanke">Hankkeet</button>
    <button class="chip" data-filter="uutinen">Uutiset</button>
    <button class="chip" data-filter="tapahtuma">Tapahtumat</button>
  </div>
  <ul class="card-grid">
    <li class="card card--news" data-type="uutinen">
      <a class="card__link" href="/uutiset/keskustan-elinvoimaselvitys-valmistui/">
        <figure class="card__media"><img src="/wp-content/uploads/2022/04/tori-kevat.jpg" alt="Kevätaurinkoa Iisalmen torilla"></figure>
        <div class="card__body">
          <span class="card__type">Uutinen</span>
          <time class="card__date" datetime="2022-04-12">12.4.2022</time>
          <h2 class="card__title">Keskustan elinvoimaselvitys valmistui</h2>
          <p class="card__excerpt">Selvityksen havainnot ja toimenpide-ehdotukset käytiin läpi yrittäjien ja kiinteistönomistajien kanssa torikahvilassa.</p>
        </div>
      </a>
    </li>
    <li class="card card--project" data-type="hanke">
      <a class="card__link" href="/hankkeet/teknohub/">
        <div class="card__body">
          <span class="card__type">Hanke</span>
          <span class="badge badge--grey">Päättynyt</span>
          <h2 class="card__title">TeknoHub – yhteistyöratkaisuilla teknologiayritysten digitalisaatio- ja teknologiakyvykkyyden uudistamista</h2>
          <p class="card__excerpt">Iisalmen Teollisuuskylä Oy:n hallinnoimassa hankkeessa ylä-savolaiset teknologiayritykset ja oppilaitokset rakensivat yhteistä mallia, jolla yritysten digitaalista ja teknologista muutoskykyä vahvistetaan koronan muuttamassa toimintaympäristössä.</p>
          <p class="card__meta">Hankeaika 1.6.2021–30.11.2023</p>
        </div>
      </a>
    </li>
    <li class="card card--event" data-type="tapahtuma">
      <a class="card__link" href="/tapahtumat/yrittajaaamu-hankerahoitus/">
        <div class="card__body">
          <span class="card__type">Tapahtuma</span>
          <p class="card__date">Ti 14.5.2024 klo 8.00–9.30</p>
          <h2 class="card__title">Yrittäjäaamu: mistä rahoitusta kehittämiseen?</h2>
          <p class="card__excerpt">Aamiaistilaisuudessa kuullaan ajankohtaiset rahoitushaut. Paikka: kulttuurikeskus, auditorio.</p>
        </div>
      </a>
    </li>
    <li class="card card--project" data-type="hanke">
      <a class="card__link" href="/hankkeet/kestech/">
        <figure class="card__media"><img src="/wp-content/uploads/2023/01/konepaja.jpg" alt="Konepajan hitsaaja työssään"></figure>
        <div class="card__body">
          <span class="card__type">Hanke</span>
          <h2 class="card__title">KesTech-osaamiskeskittymä</h2>
          <p class="card__excerpt">Savonia-ammattikorkeakoulun koordinoimassa hankkeessa Ylä-Savoon kootaan teollisuutta palveleva koulutuksen ja tutkimus-, kehitys- ja innovaatiotoiminnan keskittymä yhteistyössä Itä-Suomen yliopiston ja Ylä-Savon ammattiopiston kanssa.</p>
        </div>
      </a>
    </li>
    <li class="card card--news" data-type="uutinen">
      <a class="card__link" href="/uutiset/kesatyontekijat-2024/">
        <div class="card__body">
          <span class="card__type">Uutinen</span>
          <time class="card__date" datetime="2024-03-02">2.3.2024</time>
          <h2 class="card__title">Elinvoimapalvelut palkkaa kesäksi kaksi nuorta</h2>
          <p class="card__excerpt">Haku on auki maaliskuun loppuun. Tehtävät liittyvät yrityskäynteihin ja tapahtumiin.</p>
        </div>
      </a>
    </li>
    <li class="card card--project" data-type="hanke">
      <a class="card__link" href="/hankkeet/keskustan-elinvoimaselvitys/">
        <div class="card__body">
          <span class="card__type">Hanke</span>
          <span class="badge badge--grey">Päättynyt</span>
          <h2 class="card__title">Iisalmen kaupallisen keskustan elinvoimaselvitys</h2>
          <p class="card__excerpt">Selvityksessä etsittiin palveluja, investointeja ja rakenteellisia muutoksia, joilla keskustaan saadaan lisää kaupallista vetovoimaa ja asiointia. Hallinnoija: Iisalmen kaupunki. Rahoitus: Pohjois-Savon liitto 80 % ja Iisalmen kaupunki 20 %. Kokonaiskustannusarvio 50&nbsp;000 €.</p>
          <p class="card__meta">Hankeaika 1.9.2021–31.3.2022</p>
        </div>
      </a>
    </li>
    <li class="card card--event" data-type="tapahtuma">
      <a class="card__link" href="/tapahtumat/teknohub-loppuseminaari/">
        <figure class="card__media"><img src="/wp-content/uploads/2023/10/seminaari.jpg" alt="Seminaariyleisöä auditoriossa"></figure>
        <div class="card__body">
          <span class="card__type">Tapahtuma</span>
          <p class="card__date">To 16.11.2023 klo 12–16</p>
          <h2 class="card__title">TeknoHub-hankkeen loppuseminaari</h2>
          <p class="card__excerpt">Tuloksia, yritysten puheenvuoroja ja paneelikeskustelu. Ilmoittautuminen 9.11. mennessä.</p>
        </div>
      </a>
    </li>
  </ul>
  <nav class="pagination" aria-label="Sivutus"><span aria-current="page">1</span> <a href="?sivu=2">2</a> <a href="?sivu=2">Seuraava</a></nav>
  <p class="page-updated">Sivua päivitetty 22.4.2024</p>
</main>
</div>
<footer class="site-footer">
  <div class="site-footer__cols">
    <div><h2>Iisalmen kaupunki</h2><p>PL 10, 74101 Iisalmi<br>Vaihde 017 272 31<br><a href="mailto:kirjaamo@iisalmi.fi">kirjaamo@iisalmi.fi</a></p></div>
    <div><h2>Pikalinkit</h2><ul><li><a href="/avoimet-tyopaikat/">Avoimet työpaikat</a></li><li><a href="/saavutettavuus/">Saavutettavuusseloste</a></li><li><a href="/palaute/">Anna palautetta</a></li></ul></div>
    <div><h2>Seuraa meitä</h2><p><a href="https://www.facebook.com/iisalmenkaupunki">Facebook</a> · <a href="https://www.instagram.com/iisalmenkaupunki">Instagram</a></p></div>
  </div>
  <p class="site-footer__copy">© Iisalmen kaupunki</p>
</footer>
<script src="/wp-content/themes/iisalmi/dist/main.js?ver=3.4.1" defer></script>
</body>
</html>
"""

# ---------------------------------------------------------------------------------------
# g12_02: Kajaani city board, one § item of the minutes (CloudNC-style meeting item page).
# ---------------------------------------------------------------------------------------
G12_02 = """<!DOCTYPE html>
<html lang="fi-FI">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>§ 155 Kainuu Wind -hankkeen rahoitus - Kaupunginhallitus 16.8.2022 - Kajaanin kaupunki</title>
<link href="/Content/themes/kajaani/site.css" rel="stylesheet">
</head>
<body class="cnc-public">
<div class="cnc-header">
  <div class="cnc-logo"><img src="/Content/themes/kajaani/logo.png" alt="Kajaanin kaupunki"></div>
  <div class="cnc-title">Kajaanin kaupunki – Päätöksenteko</div>
  <ul class="cnc-topnav">
    <li><a href="/fi-FI">Etusivu</a></li>
    <li><a href="/fi-FI/Toimielimet">Toimielimet</a></li>
    <li><a href="/fi-FI/Viranhaltijat">Viranhaltijapäätökset</a></li>
    <li><a href="/fi-FI/Haku">Haku</a></li>
  </ul>
  <div class="cnc-lang"><a href="/fi-FI" class="active">FI</a></div>
</div>
<div class="cnc-breadcrumb">
  <a href="/fi-FI">Etusivu</a> › <a href="/fi-FI/Toimielimet">Toimielimet</a> › <a href="/fi-FI/Toimielimet/Kaupunginhallitus">Kaupunginhallitus</a> › <a href="/fi-FI/Toimielimet/Kaupunginhallitus/Kokous_1682022">Kokous 16.8.2022</a> › § 155
</div>
<div class="cnc-content">
  <div class="cnc-meeting-head">
    <p class="cnc-meeting-name">Kaupunginhallitus, kokous 16.8.2022</p>
    <p class="cnc-status">Pöytäkirja on tarkastettu</p>
    <div class="cnc-item-nav"><a href="../Kokous_1682022/154">Edellinen asia</a> | <a href="../Kokous_1682022/156">Seuraava asia</a> | <a href="../Kokous_1682022/155.pdf">Kokousasia PDF-muodossa</a></div>
  </div>
  <h1 class="cnc-item-title">§ 155 Kainuu Wind -hankkeen rahoitus</h1>
  <p class="cnc-diary">KAJDno-2022-849</p>

  <h3>Valmistelija</h3>
  <ul class="cnc-persons">
    <li>Aki Heinonen, Kehitysjohtaja, aki.heinonen@kajaani.fi</li>
  </ul>

  <h3>Perustelut</h3>
  <div class="cnc-text">
    <p>Kainuu Wind -hankkeen tarkoituksena on parantaa kainuulaisten pk-yritysten edellytyksiä päästä mukaan tuulivoimapuistojen rakentamiseen ja ylläpitoon liittyvään liiketoimintaan. Tuulivoimaa rakennetaan maakunnassa nyt nopeasti. Hanke suuntautuu erityisesti maansiirron, koneiden ja laitteiden huollon ja valmistuksen, rakentamisen sekä palvelualojen yrityksiin. Lisäksi hankkeessa kasvatetaan kuntien elinvoimapalvelujen osaamista tuulivoimaan liittyvän elinkeinotoiminnan edistämisessä. Hanke toteutetaan koko Kainuun alueella.</p>
    <p>Hanketta hallinnoi Kajaanin ammattikorkeakoulu Oy (KAMK). Toimenpiteet jakautuvat kahteen osaan: ensimmäisessä yrityksiä valmennetaan tarkastelemaan tuotteitaan ja palvelujaan tuulivoima-alan tarpeiden kannalta, toisessa kootaan yritysverkostoja ja hankintaketjuja, jotta pienetkin yritykset voivat osallistua alan tarjouskilpailuihin ja kansallisiin verkostoihin.</p>
    <p>Hankkeen kokonaiskustannusarvio on 155 222 euroa. Kainuun liitto on myöntänyt hankkeelle EAKR- ja valtion tukea. Rahoitussuunnitelma on seuraava:</p>
    <table class="cnc-table">
      <tr><td><b>Rahoittaja</b></td><td><b>€</b></td><td><b>%</b></td></tr>
      <tr><td>Kainuun liitto</td><td>108 655</td><td>70,00</td></tr>
      <tr><td>Kajaanin ammattikorkeakoulu Oy</td><td>16 219</td><td>10,45</td></tr>
      <tr><td>Kuntarahoitus</td><td>30 348</td><td>19,55</td></tr>
      <tr><td>Yhteensä</td><td>155 222</td><td>100,00</td></tr>
    </table>
    <p>Kuntarahoitus kootaan Kainuun kunnilta. Kajaanin kaupungin kuntarahoitusosuus on hankkeen toiminta-aikana 31.8.2023 saakka yhteensä 15 684 euroa, josta vuoden 2022 osuus on 8 598 euroa ja vuoden 2023 osuus 7 086 euroa. Kaupunki on osallistunut hankkeen valmisteluun elinvoimapalvelujen kautta.</p>
  </div>

  <h3>Päätösehdotus</h3>
  <div class="cnc-text">
    <p class="cnc-presenter">Esittelijä<br>Jarmo Ruotsalainen, kaupunginjohtaja, jarmo.ruotsalainen@kajaani.fi</p>
    <p>Kaupunginhallitus päättää myöntää Kajaanin ammattikorkeakoulu Oy:lle Kainuu Wind -hankkeen kuntarahoitusosuutena yhteensä 15 684 euroa siten, että vuoden 2022 osuus 8 598 euroa ja vuoden 2023 osuus 7 086 euroa maksetaan elinvoimapalvelujen kehittämismäärärahasta.</p>
  </div>

  <h3>Päätös</h3>
  <div class="cnc-text"><p>Hyväksyttiin.</p></div>

  <h3>Lisätietoja päätöksestä</h3>
  <div class="cnc-text"><p>kehitysjohtaja Aki Heinonen, puh. 044 710 0315</p></div>

  <h3>Tiedoksi</h3>
  <div class="cnc-text"><p>Kajaanin ammattikorkeakoulu Oy, talouspalvelut</p></div>

  <h3>Muutoksenhaku</h3>
  <div class="cnc-text cnc-appeal">
    <p>Tähän päätökseen tyytymätön voi tehdä kirjallisen oikaisuvaatimuksen. Oikaisuvaatimus on tehtävä 14 päivän kuluessa päätöksen tiedoksisaannista. Oikaisuvaatimus toimitetaan kaupunginhallitukselle osoitteeseen kirjaamo@kajaani.fi.</p>
  </div>
</div>
<div class="cnc-footer">
  <p>Kajaanin kaupunki · Pohjolankatu 13, 87100 Kajaani · Vaihde 08 615 51</p>
  <p>Powered by CloudNC</p>
</div>
</body>
</html>
"""

# ---------------------------------------------------------------------------------------
# g12_03: Kainuu ELY Centre press release (Liferay portal markup), two projects in prose.
# ---------------------------------------------------------------------------------------
G12_03 = """<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="fi-FI">
<head>
<meta content="text/html; charset=UTF-8" http-equiv="content-type">
<title>Rahoituskatsaus: ELY-keskuksen rahoittamat hankkeet tammi–kesäkuussa 2024 Kainuussa - ELY-keskus</title>
<meta property="og:title" content="Rahoituskatsaus: ELY-keskuksen rahoittamat hankkeet tammi–kesäkuussa 2024 Kainuussa">
<meta property="article:published_time" content="2024-08-14T09:00:00+03:00">
<link rel="stylesheet" href="/o/ely-theme/css/main.css?t=1712132400">
</head>
<body class="controls-visible signed-out public-page site">
<div id="ccc" class="cookie-notice" role="region" aria-label="Evästeilmoitus">
  <span>Sivusto käyttää evästeitä. Analytiikkaevästeet otetaan käyttöön vain suostumuksellasi.</span>
  <button id="ccc-accept">Salli kaikki</button> <button id="ccc-reject">Vain välttämättömät</button>
</div>
<div id="wrapper">
<header id="banner" role="banner">
  <div class="logo-area"><a href="/web/ely"><img alt="Elinkeino-, liikenne- ja ympäristökeskus" src="/o/ely-theme/images/ely_logo.svg"></a></div>
  <nav class="sort-pages modify-pages" id="navigation" role="navigation">
    <ul aria-label="Sivuston sivut" role="menubar">
      <li><a href="/yritykset">Yritykset</a></li>
      <li><a href="/tyo-ja-osaaminen">Työ ja osaaminen</a></li>
      <li><a href="/maaseutu">Maaseutu</a></li>
      <li><a href="/ymparisto">Ympäristö</a></li>
      <li class="selected"><a href="/ajankohtaista">Ajankohtaista</a></li>
    </ul>
  </nav>
  <div class="lang-menu"><a href="/web/ely" lang="fi">Suomeksi</a> | <a href="/web/ely/sv" lang="sv">På svenska</a> | <a href="/web/ely/en" lang="en">In English</a></div>
</header>
<section id="content">
<div class="portlet-boundary portlet-breadcrumb"><ul class="breadcrumb"><li><a href="/web/ely">Etusivu</a></li><li><a href="/ajankohtaista">Ajankohtaista</a></li><li><a href="/tiedotteet">Tiedotteet</a></li><li class="active">Rahoituskatsaus</li></ul></div>
<div class="columns-2-1">
<div class="portlet-column portlet-column-first">
<div class="portlet-boundary portlet-journal-content">
<div class="journal-content-article">
  <p class="release-meta"><span class="release-type">Tiedote</span> · <time datetime="2024-08-14">14.8.2024</time> · Kainuun ELY-keskus</p>
  <h1>Rahoituskatsaus: ELY-keskuksen rahoittamat hankkeet tammi–kesäkuussa 2024 Kainuussa</h1>
  <p class="lead">Kainuun ELY-keskus myönsi vuoden ensimmäisellä puoliskolla rahoitusta yritysten kehittämiseen, osaamiseen ja maaseudun investointeihin. Alla poimintoja alkuvuoden päätöksistä.</p>
  <p>Yrityksen kehittämisavustusta myönnettiin kolmelletoista kainuulaiselle yritykselle noin 2,3 miljoonaa euroa. Suurin yksittäinen päätös tehtiin kajaanilaiselle Katera Steel Oy:lle, joka modernisoi tuotantolinjaansa 1 075 900 euron avustuksella.</p>
  <h2>EU:n alue- ja rakennepolitiikan rahastoista 5,4 miljoonaa euroa</h2>
  <p>ESR+-, EAKR- ja JTF-rahastoista rahoitettiin yhteensä 18 yleishyödyllistä kehittämishanketta 5,4 miljoonalla eurolla. Kainuun ELY-keskus myönsi suurimman yksittäisen tuen Kajaanin ammattikorkeakoululle, joka sai 987 889 euroa Kainuu GEMS (Game Entrepreneurship Mentoring to Success) -hankkeelle. Kainuu GEMS tukee peliyritysten perustamista ja kasvua mentoroinnin avulla.</p>
  <p>Toiseksi suurin tuki, 639 792 euroa, myönnettiin Tulevaisuuden yrittäjiä Kainuusta 2024–2027 -hankkeelle. Hankkeen toteuttavat yhdessä Kajaanin ammattikorkeakoulu, Kajaanin kaupungin koulutusliikelaitos ja Kainuun Yrittäjät, ja sen tavoitteena on madaltaa opiskelijoiden ja vastavalmistuneiden kynnystä ryhtyä yrittäjäksi.</p>
  <h2>Maaseuturahoitus</h2>
  <p>Euroopan maaseuturahastosta myönnettiin alkuvuonna lähes 2,7 miljoonaa euroa maaseudun ja maatalouden investointeihin ja kehittämiseen. Tukea saivat muun muassa maastopyöräilyreitin rakentaminen Kuhmossa sekä metsänomistajille suunnattu tiedonvälitys ilmastokestävästä metsänhoidosta.</p>
  <div class="release-contact">
    <h2>Lisätietoja</h2>
    <p>rahoitusasiantuntija Marja Kyllönen, Kainuun ELY-keskus, puh. 0295 023 811, etunimi.sukunimi@ely-keskus.fi</p>
  </div>
  <div class="share-buttons"><a href="#" class="share-fb">Jaa Facebookissa</a> <a href="#" class="share-li">Jaa LinkedInissä</a> <a href="#" class="share-x">Jaa X:ssä</a></div>
</div>
</div>
</div>
<div class="portlet-column portlet-column-last">
<div class="portlet-boundary portlet-asset-publisher">
  <h2 class="portlet-title">Muut tiedotteet</h2>
  <ul class="asset-list">
    <li><time>12.8.2024</time> <a href="/-/kalastuslupien-myynti">Valtion kalastuslupien myynti siirtyy verkkoon</a></li>
    <li><time>5.8.2024</time> <a href="/-/vt22-paallystystyot">Valtatien 22 päällystystyöt jatkuvat Vaalassa</a></li>
    <li><time>30.7.2024</time> <a href="/-/leader-haku">Maaseudun yritystukien haku jatkuu syyskuussa</a></li>
  </ul>
</div>
<div class="portlet-boundary">
  <h2 class="portlet-title">Tilaa tiedotteet</h2>
  <p>Saat ELY-keskuksen tiedotteet sähköpostiisi tilaamalla ne STT Infosta.</p>
</div>
</div>
</div>
</section>
<footer id="footer" role="contentinfo">
  <p>Elinkeino-, liikenne- ja ympäristökeskus · Kirjaamo: kirjaamo.kainuu@ely-keskus.fi · Vaihde 0295 023 500</p>
  <p><a href="/saavutettavuusseloste">Saavutettavuusseloste</a> · <a href="/tietosuoja">Tietosuoja</a></p>
</footer>
</div>
</body>
</html>
"""

# ---------------------------------------------------------------------------------------
# g12_04: University of Turku research project page (English, Drupal-style), FLUX.
# ---------------------------------------------------------------------------------------
G12_04 = """<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Family Formation in Flux – Causes, Consequences and Possible Futures (FLUX) | University of Turku</title>
<link rel="stylesheet" media="all" href="/themes/custom/utu/dist/css/style.css?s8k2q1">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
</head>
<body class="path-node page-node-type-research-project">
<div class="eu-cookie-compliance-banner" role="dialog" aria-labelledby="popup-text">
  <div id="popup-text"><p>We use cookies to improve your experience. You can choose which cookies to allow.</p></div>
  <button type="button" class="agree-button">Accept all</button><button type="button" class="decline-button">Only necessary</button>
</div>
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas">
<header class="region region-header">
  <a href="/en" rel="home" class="site-logo"><img src="/themes/custom/utu/logo-en.svg" alt="University of Turku"></a>
  <nav role="navigation" aria-labelledby="block-mainnavigation-menu" class="menu--main">
    <h2 id="block-mainnavigation-menu" class="visually-hidden">Main navigation</h2>
    <ul class="menu">
      <li class="menu-item"><a href="/en/study">Study</a></li>
      <li class="menu-item menu-item--active-trail"><a href="/en/research">Research</a></li>
      <li class="menu-item"><a href="/en/cooperation">Cooperation</a></li>
      <li class="menu-item"><a href="/en/university">University</a></li>
    </ul>
  </nav>
  <div class="language-switcher-language-url"><ul class="links"><li><a href="/fi/tutkimus/flux" hreflang="fi">Suomeksi</a></li><li><a href="/sv/forskning/flux" hreflang="sv">På svenska</a></li><li class="is-active"><a href="/en/research/flux" hreflang="en">In English</a></li></ul></div>
</header>
<div class="region region-breadcrumb"><nav class="breadcrumb" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol><li><a href="/en">Home</a></li><li><a href="/en/research">Research</a></li><li><a href="/en/research/research-projects">Research projects</a></li><li>FLUX</li></ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<article class="node node--type-research-project node--view-mode-full">
  <h1 class="page-title"><span class="field field--name-title">Family Formation in Flux – Causes, Consequences and Possible Futures (FLUX)</span></h1>
  <div class="project-hero">
    <img src="/sites/default/files/styles/hero/public/2021-10/flux-hero.jpg" alt="Parent and child walking on a forest path">
    <span class="project-status project-status--ongoing">Ongoing</span>
  </div>
  <ul class="project-facts">
    <li><span class="project-facts__label">Duration</span> <span class="project-facts__value">October 2021 – September 2027</span></li>
    <li><span class="project-facts__label">Funder</span> <span class="project-facts__value">Strategic Research Council</span></li>
    <li><span class="project-facts__label">Research programme</span> <span class="project-facts__value">Demographic Changes – Causes, Consequences and Solutions (DEMOGRAPHY)</span></li>
    <li><span class="project-facts__label">Coordinator</span> <span class="project-facts__value">University of Turku</span></li>
    <li><span class="project-facts__label">Consortium partners</span> <span class="project-facts__value">University of Helsinki, Åbo Akademi University, Finnish Institute for Health and Welfare, Finnish Centre for Pensions</span></li>
  </ul>
  <div class="clearfix text-formatted field field--name-body">
    <p>Birth rates in Finland have fallen fast, and population ageing is accelerating as a result. FLUX is a multidisciplinary consortium that looks for research-based ways both to influence these changes and to adapt society to them, so that the Finnish welfare state remains socially and economically sustainable.</p>
    <p>The consortium asks why fertility and family formation are changing, what follows from these changes for people and for society, how family dynamics are tied to social and gender inequalities and to psychosocial and economic well-being, and how national and municipal family and social policy could respond. Demographers work together with sociologists, psychologists, economists, epidemiologists, social policy researchers and data scientists, using register, survey and qualitative data.</p>
    <h2>Funding</h2>
    <p>FLUX is a six-year project. The Strategic Research Council, which operates within the Research Council of Finland, funds strategic research in two three-year periods: it granted FLUX €3.8 million for the first funding period and €3.4 million for the continuation period 2024–2027. The DEMOGRAPHY programme, to which FLUX belongs, runs from 2021 to 2027.</p>
    <h2>Work packages</h2>
    <section class="work-package"><h3>WP1 Drivers of changing fertility and family dynamics</h3><p>Demographic, social and economic factors behind the decline in childbearing and the changes in partnerships.</p></section>
    <section class="work-package"><h3>WP2 Psychosocial factors</h3><p>How personality, mental health and life satisfaction relate to fertility and family formation.</p></section>
    <section class="work-package"><h3>WP3 Maternal and child health</h3><p>Health consequences of the changing timing and number of births.</p></section>
    <section class="work-package"><h3>WP4 Fertility change and well-being</h3><p>What the new fertility patterns mean for the well-being of individuals and of the population.</p></section>
    <section class="work-package"><h3>WP5 Forecasts for a sustainable welfare society</h3><p>Population forecasts and the solutions they suggest.</p></section>
    <section class="work-package"><h3>WP6 Childbirth, care and employment</h3><p>The links between having children, care arrangements and working life.</p></section>
    <section class="work-package"><h3>WP7 Social and family policy</h3><p>Policy options at state and municipal level for a low-fertility society.</p></section>
  </div>
  <section class="contact-cards">
    <h2>Contact</h2>
    <div class="person-card">
      <p class="person-card__name">Riikka Lehtomäki</p>
      <p class="person-card__title">Consortium director</p>
      <p class="person-card__org">University of Turku</p>
      <p class="person-card__phone"><a href="tel:+358407182290">+358 40 718 2290</a></p>
      <p class="person-card__email"><a href="mailto:riikka.lehtomaki@utu.fi">riikka.lehtomaki@utu.fi</a></p>
    </div>
    <div class="person-card">
      <p class="person-card__name">Joonas Haapala</p>
      <p class="person-card__title">Interaction manager</p>
      <p class="person-card__org">University of Turku</p>
      <p class="person-card__phone"><a href="tel:+358504419083">+358 50 441 9083</a></p>
    </div>
    <p class="contact-note">Email addresses at the university follow the pattern firstname.lastname@utu.fi.</p>
  </section>
</article>
<aside class="region region-sidebar">
  <h2>Latest from FLUX</h2>
  <ul>
    <li><time datetime="2024-05-03">3 May 2024</time> <a href="/en/news/flux-policy-brief-2024">Policy brief: what lies behind low fertility?</a></li>
    <li><time datetime="2023-11-20">20 November 2023</time> <a href="/en/news/flux-seminar-2023">FLUX annual seminar gathered 200 participants</a></li>
  </ul>
  <p><a href="/en/research/research-projects">Browse all research projects</a></p>
</aside>
</main>
<footer class="region region-footer">
  <p>University of Turku · FI-20014 Turun yliopisto · Switchboard +358 29 450 5000</p>
  <p><a href="/en/accessibility">Accessibility statement</a> · <a href="/en/privacy">Data protection</a></p>
</footer>
</div>
</body>
</html>
"""

# ---------------------------------------------------------------------------------------
# g12_05: Kimitoön municipality, Swedish "Projekt" page (WordPress, Gutenberg blocks).
# ---------------------------------------------------------------------------------------
G12_05 = """<!DOCTYPE html>
<html lang="sv-SE">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Projekt – Kimitoöns kommun</title>
<link rel="alternate" hreflang="fi" href="https://www.kemionsaari.fi/tyo-ja-yrittaminen/hankkeet/">
<link rel="stylesheet" id="kimitoon-style-css" href="https://www.kimitoon.fi/wp-content/themes/kimitoon/style.css?ver=2.1.7" media="all">
</head>
<body class="page-template-default page page-id-1187 wp-embed-responsive">
<div class="cmplz-cookiebanner" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1">
  <div class="cmplz-header" id="cmplz-header-1">Hantera samtycke till kakor</div>
  <div class="cmplz-message">Vi använder kakor för att förbättra webbplatsen. Statistikkakor används endast med ditt samtycke.</div>
  <button class="cmplz-btn cmplz-accept">Godkänn</button> <button class="cmplz-btn cmplz-deny">Neka</button> <a class="cmplz-link" href="/dataskydd/">Dataskydd</a>
</div>
<a class="skip-link screen-reader-text" href="#content">Gå till innehållet</a>
<header id="masthead" class="site-header">
  <div class="site-branding"><a href="/" rel="home"><img src="/wp-content/uploads/2021/02/kimitoon-logo.svg" alt="Kimitoöns kommun"></a></div>
  <nav class="language-menu" aria-label="Språk"><a href="https://www.kemionsaari.fi/tyo-ja-yrittaminen/hankkeet/" lang="fi">Suomeksi</a> <a href="/" lang="sv" aria-current="true">På svenska</a> <a href="/en/" lang="en">In English</a></nav>
  <nav id="site-navigation" class="main-navigation" aria-label="Huvudmeny">
    <ul id="primary-menu" class="menu">
      <li class="menu-item"><a href="/barn-och-utbildning/">Barn och utbildning</a></li>
      <li class="menu-item"><a href="/boende-och-miljo/">Boende och miljö</a></li>
      <li class="menu-item"><a href="/kultur-och-fritid/">Kultur och fritid</a></li>
      <li class="menu-item current-menu-ancestor"><a href="/jobb-och-foretagande/">Jobb och företagande</a></li>
      <li class="menu-item"><a href="/kommun-och-forvaltning/">Kommun och förvaltning</a></li>
    </ul>
  </nav>
</header>
<div class="breadcrumbs" typeof="BreadcrumbList"><a href="/">Hem</a> » <a href="/jobb-och-foretagande/">Jobb och företagande</a> » <span class="breadcrumb_last" aria-current="page">Projekt</span></div>
<div id="content" class="site-content">
<main id="primary" class="site-main">
<article id="post-1187" class="page type-page status-publish">
  <header class="entry-header"><h1 class="entry-title">Projekt</h1></header>
  <div class="entry-content">
    <p>Kommunens avdelningar driver tidsbegränsade projekt när man vill pröva nya arbetssätt, skaffa tilläggsresurser eller bygga nätverk. Projekten är både utvecklings- och investeringsprojekt, och stödandelen beror på finansiären. Besluten om att delta fattas i regel i nämnderna.</p>
    <p>Kimitoöns kommun betalar varje år fem euro per invånare till Leader-föreningen I samma båt rf. Genom föreningen kan företag, föreningar och kommunen söka stöd för mindre lokala projekt.</p>
    <p class="has-small-font-size">Kommunens anställda nås per e-post enligt formen förnamn.efternamn@kimitoon.fi.</p>

    <h2 class="wp-block-heading">Projekt i ansökningsskede</h2>

    <div class="wp-block-group project-entry">
      <h3 class="wp-block-heading">Manual för investeringar i förnybar energi på Kimitoön</h3>
      <p>Projektet ska göra det enklare och snabbare för privata aktörer att planera projekt för förnybar energi och påskynda tillståndsbehandlingen. De villkor, gränsvärden och riktlinjer som gäller sådana projekt i planläggningen och i tillståndsförfarandet samlas i en manual, som kompletterar NTM-centralens manual för sökande med kommunens egna bestämmelser.</p>
      <ul class="project-facts">
        <li><strong>Projekttid:</strong> 1.8.2023–30.6.2024</li>
        <li><strong>Budget:</strong> 15&nbsp;690 €</li>
        <li><strong>Sökt finansiering:</strong> Miljöministeriet, understöd för främjande av investeringsprojekt för grön omställning, 10&nbsp;983 €</li>
        <li><strong>Huvudman:</strong> Kimitoöns kommun</li>
        <li><strong>Ansvarig avdelning:</strong> Avdelningen för miljö och teknik</li>
        <li><strong>Kontaktperson:</strong> projektkoordinator Mikael Sjöblom, tfn 040 182 6604, <a href="mailto:mikael.sjoblom@kimitoon.fi">mikael.sjoblom@kimitoon.fi</a></li>
      </ul>
    </div>

    <div class="wp-block-group project-entry">
      <h3 class="wp-block-heading">Referensplan som stöd för utvecklingen av Dalsbruksområdet</h3>
      <p>Projektet söker nya sätt att bygga och nya boendetyper för fritidsboende med lågt koldioxidavtryck i en befintlig tätort vid havet, som ett alternativ till enskilda fritidshus i skärgården. Målet är att använda det befintliga byggnadsbeståndet och komplettera det varsamt i en kulturhistoriskt värdefull miljö.</p>
      <ul class="project-facts">
        <li><strong>Projekttid:</strong> 1.9.2023–31.8.2024</li>
        <li><strong>Budget:</strong> 46&nbsp;000 €</li>
        <li><strong>Sökt finansiering:</strong> Miljöministeriet, programmet för en koldioxidsnål byggd miljö, 18&nbsp;400 €</li>
        <li><strong>Huvudman:</strong> Kimitoöns kommun</li>
        <li><strong>Ansvarig avdelning:</strong> Tekniska avdelningen</li>
        <li><strong>Kontaktperson:</strong> planläggningsarkitekt Annika Grönroos, tfn 040 182 6671</li>
      </ul>
    </div>

    <h2 class="wp-block-heading">Avslutade projekt</h2>

    <div class="wp-block-group project-entry">
      <h3 class="wp-block-heading">Kimitoöns rutter – Kemiösaaren reitit</h3>
      <p>Projektet utredde förutsättningarna för nya rekreationsleder och rutter på Kimitoön. Förslag som redan bedömts som intressanta men som krävt mer tid och sakkunskap för att gå vidare planerades vidare. Lokala föreningar och byalag var viktiga samarbetsparter.</p>
      <ul class="project-facts">
        <li><strong>Projekttid:</strong> 31.7.2021–30.3.2023</li>
        <li><strong>Finansiär:</strong> I samma båt – Samassa veneessä rf (Leader)</li>
        <li><strong>Huvudman:</strong> Kimitoöns kommun</li>
      </ul>
    </div>
  </div>
  <footer class="entry-footer"><span class="updated">Uppdaterad 6.11.2023</span></footer>
</article>
</main>
<aside id="secondary" class="widget-area">
  <section class="widget widget_recent_entries"><h2 class="widget-title">Aktuellt</h2>
    <ul>
      <li><a href="/aktuellt/vinterunderhall/">Vinterunderhållet av vägarna inleds</a> <span class="post-date">2.11.2023</span></li>
      <li><a href="/aktuellt/foretagsfrukost/">Företagsfrukost i Dalsbruk 16.11</a> <span class="post-date">30.10.2023</span></li>
    </ul>
  </section>
  <section class="widget"><h2 class="widget-title">Kontakta oss</h2><p>Kommunkansliet, Engelsbyvägen 8, Kimito<br>Växel 02 426 00<br>registrator@kimitoon.fi</p></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><p>© Kimitoöns kommun – Kemiönsaaren kunta</p><p><a href="/tillganglighetsutlatande/">Tillgänglighetsutlåtande</a></p></footer>
</body>
</html>
"""

# ---------------------------------------------------------------------------------------
# g12_06: University project page with a <dl> fact box beside the body and contact cards.
# ---------------------------------------------------------------------------------------
G12_06 = """<!DOCTYPE html>
<html lang="fi" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mikroyritysten kasvualusta | Oulun yliopisto</title>
<link rel="stylesheet" href="/sites/all/themes/oulu/css/oulu.css?r7x9p2">
</head>
<body class="html not-front page-node node-type-hanke">
<div id="sliding-popup" class="sliding-popup-bottom" role="alertdialog">
  <div class="popup-content info"><div id="popup-text"><p>Käytämme evästeitä parantaaksemme sivuston käyttökokemusta.</p></div>
  <div id="popup-buttons"><button class="agree-button">Hyväksyn</button><button class="find-more-button">Lisätietoja</button></div></div>
</div>
<div id="page">
<header id="header" role="banner">
  <a href="/" title="Etusivu" rel="home" id="logo"><img src="/sites/all/themes/oulu/logo.png" alt="Oulun yliopisto"></a>
  <nav id="main-menu" role="navigation"><ul class="menu">
    <li><a href="/opiskelu">Opiskelu</a></li><li class="active-trail"><a href="/tutkimus">Tutkimus</a></li><li><a href="/yhteistyo">Yhteistyö</a></li><li><a href="/yliopisto">Yliopisto</a></li>
  </ul></nav>
  <div class="language-switcher"><a href="/fi" class="active">FI</a> <a href="/en">EN</a></div>
</header>
<div class="breadcrumb"><a href="/">Etusivu</a> » <a href="/tutkimus">Tutkimus</a> » <a href="/oulun-etelaisen-instituutti">Oulun Eteläisen instituutti</a> » Hankkeet</div>
<div id="main" class="with-sidebar">
<div id="content" class="column" role="main">
  <h1 class="title" id="page-title">Mikroyritysten kasvualusta</h1>
  <div class="field field-name-body">
    <p>Alle kymmenen hengen mikroyritykset ovat 93,4 prosenttia Suomen yrityksistä, mutta niiden merkitys tunnetaan huonosti. Hankkeessa kehitettiin Oulun Eteläisen alueella tietoon perustuvaa osaamista, jolla mikroyritysten kasvua voidaan edistää ja yrittämisen rakenteellisia esteitä purkaa.</p>
    <p>Mikroyritykset ohjasivat hankkeen kautta ensimmäistä kertaa alueen tutkimus-, kehitys- ja koulutustoimintaa. Mukaan sitoutui yli 40 yritystä alueen kaikista kunnista, ja kaikki Oulun Eteläisen seutukunnat osallistuivat työhön.</p>
    <h2>Tulokset</h2>
    <p>Hankkeen aineistoista koottiin mikroyritysten kasvun ja kansainvälistymisen toimintamalleja, joita alueen kehittäjät voivat käyttää jatkossakin.</p>
  </div>
  <div class="contact-cards">
    <h2>Yhteystiedot</h2>
    <div class="vcard">
      <span class="fn">Tiina Kangastie</span>
      <span class="title">projektipäällikkö</span>
      <span class="org">Oulun yliopisto, Oulun Eteläisen instituutti</span>
      <span class="tel">p. 044 219 6605</span>
      <a class="email" href="mailto:tiina.kangastie@oulu.fi">tiina.kangastie@oulu.fi</a>
    </div>
    <div class="vcard">
      <span class="fn">Markus Vähäsarja</span>
      <span class="title">vastuullinen johtaja</span>
      <span class="org">Oulun yliopisto, Oulun Eteläisen instituutti</span>
      <span class="tel">p. +358 29 448 7712</span>
    </div>
  </div>
</div>
<aside class="sidebar" role="complementary">
  <div class="block project-facts">
    <h2 class="block-title">Hankkeen tiedot</h2>
    <dl>
      <dt>Hankekoodi</dt><dd>A70070</dd>
      <dt>Toteutusaika</dt><dd>1.1.2015–30.11.2018</dd>
      <dt>Tila</dt><dd>Päättynyt</dd>
      <dt>Hallinnoija</dt><dd>Oulun yliopisto</dd>
      <dt>Yksikkö</dt><dd>Oulun Eteläisen instituutti</dd>
      <dt>Rahoittaja</dt><dd>Pohjois-Pohjanmaan liitto</dd>
      <dt>Rahasto</dt><dd>EAKR</dd>
      <dt>Ohjelma</dt><dd>Kestävää kasvua ja työtä 2014–2020</dd>
      <dt>Toiminta-alue</dt><dd>Oulun Eteläisen alueen seutukunnat</dd>
    </dl>
  </div>
  <div class="block">
    <h2 class="block-title">Ajankohtaista</h2>
    <ul><li><a href="/uutiset/kesakoulu-2019">Yrittäjyyden kesäkoulu Nivalassa</a> <span class="date">4.6.2019</span></li>
    <li><a href="/uutiset/vaitos-mikroyritykset">Väitös mikroyritysten kasvupoluista</a> <span class="date">15.3.2019</span></li></ul>
  </div>
</aside>
</div>
<footer id="footer" role="contentinfo">
  <p>Oulun yliopisto · PL 8000, 90014 Oulun yliopisto · Vaihde 0294 480 000</p>
  <p>Oulun Eteläisen instituutti · Nivala</p>
</footer>
</div>
</body>
</html>
"""

HTML_DOCS = {
    "g12_01_iisalmi_hankkeet_ja_ajankohtaista.html": G12_01,
    "g12_02_kajaani_kh_155_kainuu_wind.html": G12_02,
    "g12_03_kainuun_ely_rahoituskatsaus_2024.html": G12_03,
    "g12_04_utu_flux_research_project.html": G12_04,
    "g12_05_kimitoon_projekt_sv.html": G12_05,
    "g12_06_oulu_mikroyritysten_kasvualusta.html": G12_06,
}
