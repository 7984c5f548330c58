"""Builds every document of set 9 (docs/html/*.html, docs/pdf/*.pdf).

    .venv/bin/python tools/make_docs.py

HTML pages are written from the strings below (UTF-8, no BOM). PDFs use reportlab in
invariant mode with DejaVu Sans embedded, so two runs give identical bytes.
Facts come from the public pages listed in README.md; prose is restated, people invented.
"""
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

ROOT = Path(__file__).resolve().parent.parent
HTML = ROOT / "docs" / "html"
PDF = ROOT / "docs" / "pdf"

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT_DIR / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFontFamily("DejaVuSans", normal="DejaVuSans", bold="DejaVuSans-Bold",
                              italic="DejaVuSans", boldItalic="DejaVuSans-Bold")

COOKIE_FI = ('<div class="cookie-bar" role="dialog" aria-label="Evästeet"><p>Käytämme sivustolla '
             'evästeitä kävijämäärien seurantaan. <a href="/tietosuoja">Lue lisää</a></p>'
             '<button>Hyväksy kaikki</button> <button>Vain välttämättömät</button></div>')
SHARE_FI = ('<div class="share"><span>Jaa</span> <a href="https://www.facebook.com/sharer/">Facebook</a> '
            '<a href="https://x.com/intent/">X</a> <a href="https://www.linkedin.com/shareArticle">LinkedIn</a> '
            '<a href="mailto:?subject=">Sähköposti</a></div>')


def page(lang, title, body, css=""):
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>%s</title>\n"
            "<style>body{font-family:Arial,sans-serif;margin:0}header,footer{background:#f2f2f2;padding:1em}"
            ".cookie-bar{position:fixed;bottom:0;background:#222;color:#fff;padding:.5em}%s</style>\n"
            "</head>\n<body>\n%s\n</body>\n</html>\n") % (lang, title, css, body.strip())


# ---------------------------------------------------------------- g9_01 Leader paragraphs
G01 = page("fi", "Rahoitetut hankkeet – I samma båt – samassa veneessä", """
""" + COOKIE_FI + """
<header class="site-header">
 <a class="logo" href="/"><img src="/img/isb-logo.svg" alt="I samma båt – samassa veneessä"></a>
 <nav class="main-nav"><ul>
  <li><a href="/">Etusivu</a></li><li><a href="/leader/">Leader</a></li>
  <li><a href="/hae-rahoitusta/">Hae rahoitusta</a></li><li class="active"><a href="/hankkeet/">Hankkeet</a></li>
  <li><a href="/ajankohtaista/">Ajankohtaista</a></li><li><a href="/sv/">På svenska</a></li></ul></nav>
 <p class="tagline">Kemiönsaari, Parainen, Kustavi</p>
</header>
<nav class="breadcrumbs" aria-label="Murupolku"><a href="/">Etusivu</a> › <a href="/hankkeet/">Hankkeet</a> › Rahoitetut hankkeet</nav>
<main>
<article class="entry">
<h1>Rahoitetut hankkeet</h1>
<p class="lead">Tälle sivulle kokoamme lyhyesti hankkeet, joita hallituksemme on puoltanut ja joihin Varsinais-Suomen
ELY-keskus on tehnyt myönteisen tukipäätöksen. Leader-tuki muodostuu EU:n maaseuturahaston, valtion ja alueen kuntien
rahoituksesta. Ohjelmakauden 2014–2020 aikana yhdistyksille ja yrityksille jaettiin kaikkiaan noin 3,1 miljoonaa euroa.</p>
<p><strong>Metod &amp; Verktyg för lättare administration - för åboländska föreningar</strong> Turunmaan yhdistyksillä on
yhä enemmän hallinnollista työtä ja yhä vähemmän vapaaehtoisia sen hoitamiseen. Finlands svenska ungdomsförbund (FSU)
rakentaa yhdistyksille työkalun, jolla pöytäkirjat, jäsenrekisterit ja tilitiedot pysyvät järjestyksessä riippumatta
siitä, säilytetäänkö niitä pilvessä, ulkoisella levyllä vai kotikoneella. Hankkeen hakijana on Finlands svenska
ungdomsförbund, ja työ kohdistuu Paraisten ja Kemiönsaaren yhdistyksiin. I samma båt – samassa veneessä ry myönsi
hankkeelle julkista tukea 27&nbsp;003,20 euroa, mikä on 70 % hyväksytyistä kustannuksista. Työkalusta tehdään sekä
ladattava verkkoversio että painettu opas.</p>
<p><strong>Furulundin lämmitysjärjestelmän uusiminen</strong> Dragsfjärds Ungdomsförening omistaa Dragsfjärdissä
Kemiönsaarella sijaitsevan Furulundin nuorisotalon, joka valmistui 1960-luvun alussa. Yhdistys, jonka juuret ulottuvat
vuoteen 1897, luopuu talon öljylämmityksestä ja siirtyy maalämpöön; samalla kellarista poistetaan vanha öljysäiliö ja
tehdään asbestisaneeraus. Hankkeen kokonaisbudjetti on 91&nbsp;000 euroa, josta I samma båt – samassa veneessä ry
myönsi investointitukea 50&nbsp;000 euroa. Loput katetaan yhdistyksen omalla rahoituksella ja talkootyöllä.
Lisätietoja antaa yhdistyksen puheenjohtaja Mikaela Sundström, puh. 040 726 1184.</p>
<p><strong>Saariston Leipomo Oy, leivinuunin ja taikinakoneen hankinta</strong> Yritystukena myönnettiin 12&nbsp;400 euroa
Nauvossa toimivan leipomon laiteinvestointiin. Yritystuet julkaistaan tällä sivulla tiedoksi; ne eivät ole
yleishyödyllisiä hankkeita.</p>
<p>Seuraava hakujakso päättyy 30.9.2019. Hakemukset käsitellään hallituksen kokouksessa 22.10.2019.</p>
</article>
""" + SHARE_FI + """
</main>
<aside class="sidebar">
 <section class="staff"><h2>Leader-toimisto</h2>
  <p>Toiminnanjohtaja Helena Westerlund<br>puh. 040 551 2087<br>helena.westerlund@sameboat.fi</p></section>
 <section class="news"><h2>Ajankohtaista</h2><ul>
  <li><span class="date">12.8.2019</span> <a href="/2019/08/kylailta/">Kyläilta Taalintehtaalla: tule kertomaan ideasi</a></li>
  <li><span class="date">3.6.2019</span> <a href="/2019/06/vuoden-leader-teko/">Ehdota vuoden Leader-tekoa</a></li>
 </ul></section>
</aside>
<footer class="site-footer">
 <p>I samma båt – samassa veneessä rf · Kemiö · info@sameboat.fi</p>
 <p><img src="/img/eu-maaseuturahasto.png" alt="Euroopan maaseudun kehittämisen maatalousrahasto"> <img src="/img/leader.png" alt="Leader"></p>
 <p>© 2019 I samma båt – samassa veneessä</p>
</footer>
""")

# ---------------------------------------------------------------- g9_02 EURA record, field grid + tabs
G02 = page("fi", "Hankkeen tiedot – EURA-tietopalvelu", """
""" + COOKIE_FI + """
<header><div class="brand">Rakennerahastot.fi · EU:n alue- ja rakennepolitiikan tietopalvelu</div>
<nav><a href="/haku">Hae hankkeita</a> | <a href="/ohjelmat">Ohjelmat</a> | <a href="/tilastot">Tilastot</a> | <a href="/sv">Svenska</a></nav></header>
<nav class="breadcrumbs"><a href="/">Etusivu</a> / <a href="/haku">Hankehaku</a> / Hankkeen tiedot</nav>
<main class="record">
<h1 class="record-title">Maakunnan kilpailukyvyn parantaminen elinkeinoelämän toimintaedellytyksiä vahvistamalla</h1>
<div class="badges"><span class="badge status">Tila: Päättynyt</span> <span class="badge">EAKR</span></div>
<div class="tabs" role="tablist"><button role="tab" aria-selected="true">Perustiedot</button>
<button role="tab">Rahoitus</button><button role="tab">Yhteystiedot</button></div>
<section class="tab-panel" id="perustiedot">
<div class="grid">
 <div class="field"><span class="label">Hakemusnumero</span><span class="value">303247</span></div>
 <div class="field"><span class="label">Diaarinumero</span><span class="value">EURA 2014/4256/09 02 01 01/2016/PSL</span></div>
 <div class="field"><span class="label">Tuensaaja</span><span class="value">Pohjois-Savon liitto</span></div>
 <div class="field"><span class="label">Y-tunnus</span><span class="value">0827616-7</span></div>
 <div class="field"><span class="label">Rahoittava viranomainen</span><span class="value">Pohjois-Savon liitto</span></div>
 <div class="field"><span class="label">Ohjelma</span><span class="value">Kestävää kasvua ja työtä 2014–2020</span></div>
 <div class="field"><span class="label">Toimintalinja</span><span class="value">2. Uusimman tiedon ja osaamisen tuottaminen ja hyödyntäminen</span></div>
 <div class="field"><span class="label">Erityistavoite</span><span class="value">4.1. Tutkimus-, osaamis- ja innovaatiokeskittymien kehittäminen alueellisten vahvuuksien pohjalta</span></div>
 <div class="field"><span class="label">Hakemus saapunut</span><span class="value">29.8.2016</span></div>
 <div class="field"><span class="label">Toteutusaika</span><span class="value">1.9.2016 – 31.12.2018</span></div>
 <div class="field"><span class="label">Toteutusalue</span><span class="value">Pohjois-Savo</span></div>
</div>
<h2>Tiivistelmä</h2>
<p>Pohjois-Savon yritysten liikevaihto ja vienti kääntyivät vuoden 2016 alkupuolella lievään kasvuun, vaikka koko maassa
suunta oli laskeva. Hanke tukee tätä kehitystä: se kokoaa maakunnan osaamiskeskittymät, yritysten edunvalvojat ja
kunnat saman pöydän ääreen, tunnistaa kasvuun kykenevät toimialat ja valmistelee niille yhteisiä kansainvälistymisen
avauksia. Työhön palkataan muutosjohtaja, joka vastaa toimenpiteiden etenemisestä.</p>
</section>
<section class="tab-panel" id="rahoitus">
<h2>Rahoitussuunnitelma</h2>
<table class="financing"><thead><tr><th>Rahoittaja</th><th>Euroa</th></tr></thead><tbody>
<tr><td>EAKR</td><td>126 000</td></tr>
<tr><td>Valtio</td><td>84 000</td></tr>
<tr><td>Kuntarahoitus</td><td>90 000</td></tr>
<tr class="total"><td>Yhteensä</td><td>300 000</td></tr>
</tbody></table>
<p class="note">Luvut ovat hyväksytyn rahoitussuunnitelman mukaisia. Tuen osuus hyväksyttävistä kustannuksista voi olla
enintään 70 %.</p>
</section>
<section class="tab-panel" id="yhteystiedot">
<h2>Yhteystiedot</h2>
<div class="field"><span class="label">Hankkeen yhteyshenkilö</span><span class="value">Muutosjohtaja (rekrytoidaan myöhemmin)</span></div>
<div class="field"><span class="label">Sähköposti</span><span class="value">kirjaamo@pohjois-savo.fi</span></div>
<div class="field"><span class="label">Postiosoite</span><span class="value">PL 247, 70101 Kuopio</span></div>
<div class="field"><span class="label">Viranomaisen käsittelijä</span><span class="value">Jari Närhi, rahoitusasiantuntija</span></div>
</section>
<p class="meta">Tiedot päivitetty 5.2.2019</p>
""" + SHARE_FI + """
</main>
<footer><p>Työ- ja elinkeinoministeriö · EU:n alue- ja rakennepolitiikan tietopalvelu · Palaute: eura-tuki@tem.fi</p>
<p><img src="/img/eu-eakr.png" alt="Euroopan unioni – Euroopan aluekehitysrahasto"></p></footer>
""")

# ---------------------------------------------------------------- g9_03 council minutes item (HTML)
G03 = page("fi", "Kaupunginhallitus 16.03.2026 § 88 – Kokkolan kaupunki", """
<div class="topbar">Dynasty tietopalvelu · Kokkolan kaupunki · <a href="/rss">RSS</a> · <a href="/haku">Haku</a></div>
""" + COOKIE_FI + """
<nav class="breadcrumbs"><a href="/">Kokoukset</a> › <a href="/kh">Kaupunginhallitus</a> › Pöytäkirja 16.03.2026 › Pykälä 88</nav>
<div class="itemnav"><a href="?id=87">Edellinen asia</a> | <a href="?id=89">Seuraava asia</a> | <a href="/ohje">Muutoksenhakuohje</a> | <a href="?pdf=1">Kokousasia PDF-muodossa</a></div>
<main class="meetingitem">
<p class="organ">Kaupunginhallitus<br>Pöytäkirja 16.03.2026/Pykälä 88</p>
<h1>Oikaisuvaatimus indusTryWINs - Teollisen vihreän siirtymän digitaalinen kaksonen -hankkeen kuntavastinrahoituspäätökseen / Centria-ammattikorkeakoulu Oy</h1>
<table class="itemhead"><tr><td>Kaupunginhallitus 16.03.2026 § 88</td><td>138/02.05.02/2026</td></tr></table>
<p><b>Valmistelija</b> strategiapäällikkö Sanna Rintamäki</p>
<p>Centria-ammattikorkeakoulu Oy on hakenut kaupungilta kuntavastinrahoitusta IndusTryWINS – Teollisen vihreän siirtymän
digitaalinen kaksonen -hankkeelle. Hanke esiteltiin kaupungin hankeryhmälle 17.12.2025 (§ 79).</p>
<p>Hanke rakentaa Kokkolan suurteollisuusalueelle alueellisen digitaalisen kaksosen, jonka avulla alueen yritykset voivat
suunnitella yhteistoimintaa, seurata vihreän siirtymän toimia ja varautua häiriöihin. Hankkeen kokonaiskustannusarvio on
279&nbsp;895 euroa. Kaupungilta haettiin kuntavastinrahoitusta 27&nbsp;989 euroa. Hanke toteutetaan ajalla
1.3.2026–31.12.2027.</p>
<p>Kuntavastinrahoituksesta päätetään hankkeiden pisteytyksen perusteella (KH 11.11.2019 § 518). Pisteytyksen perusteella
hankeryhmä esitti kokouksessaan 22.1.2026 (§ 4), ettei hankkeelle myönnetä kuntavastinrahoitusta, ja strategiapäällikkö
teki kielteisen päätöksen. Centria-ammattikorkeakoulu Oy vaatii oikaisua ja katsoo, ettei pisteytyksessä ole otettu
huomioon hankkeen vaikutuksia suurteollisuusalueen huoltovarmuuteen.</p>
<p>Kaupunki on aiemmin osallistunut Centria-ammattikorkeakoulu Oy:n DUDE – Do yoUr own DiligencE -hankkeeseen, joka
toteutetaan Kokkolassa ja jonka kohderyhmänä ovat koulutuksen ja työelämän ulkopuolelle jäämässä olevat nuoret
digialan osaajat. Siinä Kokkolan kaupungin osuus on 50&nbsp;000 euroa (10 %) ja Centria-ammattikorkeakoulu Oy:n oma osuus
47&nbsp;000 euroa (9 %). Kaupunginhallitus päätti osallistumisesta äänin 6–5.</p>
<p>Oikaisuvaatimuksessa ei ole esitetty sellaisia uusia seikkoja, jotka muuttaisivat pisteytyksen lopputulosta.</p>
<p><b>Lisätietoja päätöksestä</b> strategiapäällikkö Sanna Rintamäki, puh. 040 806 5123, etunimi.sukunimi@kokkola.fi</p>
<p><b>Esittelijä</b> kaupunginjohtaja Mikko Korpela</p>
<p><b>Päätösehdotus</b> Kaupunginhallitus hylkää oikaisuvaatimuksen.</p>
<p><b>Päätös</b> Hyväksyttiin.</p>
<p><b>Tiedoksi</b> Centria-ammattikorkeakoulu Oy, hankeryhmä</p>
</main>
<footer><p>Kokkolan kaupunki · Kirjaamo, PL 43, 67101 Kokkola · Vaihde 06 828 9111 · kirjaamo@kokkola.fi</p></footer>
""")

# ---------------------------------------------------------------- g9_04 English research project page, sidebar facts
G04 = page("en", "SUSEN – University of Oulu", """
<div class="cookie-consent" role="dialog"><p>We use cookies to improve your experience. <a href="/en/privacy">Privacy notice</a></p>
<button>Accept all</button> <button>Only necessary</button></div>
<header><a href="/en"><img src="/logo-uo.svg" alt="University of Oulu"></a>
<nav><a href="/en/study">Study</a> <a href="/en/research">Research</a> <a href="/en/cooperation">Cooperation</a>
<a href="/en/university">University</a> <a href="/fi">Suomeksi</a></nav></header>
<nav class="breadcrumbs"><a href="/en">Home</a> › <a href="/en/research">Research</a> › <a href="/en/projects">Projects</a> › SUSEN</nav>
<div class="layout">
<main>
<h1>SUSEN – Knowledge and networking platform for sustainable electronics based on northern bioresources</h1>
<p class="lead">SUSEN looks at electronics whose main materials, plastics and metals, are replaced by renewable
counterparts from the northern forests.</p>
<figure><img src="/susen-banner.jpg" alt="SUSEN logo, EU emblem and the text Co-funded by the European Union, Interreg Aurora">
<figcaption>The project is co-funded by the Interreg Aurora programme 2021–2027 of the European Union.</figcaption></figure>
<h2>Project description</h2>
<p>In SUSEN, biocarbons are combined with cellulose-based substrates, both made from northern bioresources, to produce
disposable electronic devices: antenna sensors, reflecting surfaces and wearable components. Such devices are used widely
in the industrial and consumer electronics of the north, and the processing of cellulose is a scientific and industrial
strength of the region.</p>
<p>The project builds knowledge, networks and joint actions across the border between research and industry in green
electronic materials, components and applications. It brings together the University of Oulu, Luleå University of
Technology and a group of northern companies, linking the green transition with digitalisation. Its work focuses on three
things: showing whether northern bioresources are feasible in sustainable electronics, improving how materials and
components are manufactured and how they perform, and helping research institutes and companies understand each other's
practical constraints.</p>
<p>In the first call of Interreg Aurora, the steering committee approved 27 projects with over 21 million euros in total;
the University of Oulu leads six of them.</p>
<h2>Related projects</h2>
<ul class="cards"><li><a href="/en/projects/ecolib">EcoLIB – recycling of spent lithium-ion batteries</a></li>
<li><a href="/en/projects/re-hydro">RE-HYDRO – rethinking hydropower management</a></li></ul>
<p class="updated">Page updated 14 March 2023</p>
<div class="share"><span>Share</span> <a href="https://www.facebook.com/sharer/">Facebook</a> <a href="https://www.linkedin.com/shareArticle">LinkedIn</a></div>
</main>
<aside class="project-info">
<h2>Project information</h2>
<dl>
<dt>Project duration</dt><dd>1 January 2023 – 31 December 2025</dd>
<dt>Status</dt><dd>Ongoing</dd>
<dt>Funded by</dt><dd>Interreg Aurora (European Union)</dd>
<dt>Funding amount</dt><dd>1 086 182 EUR</dd>
<dt>Project coordinator</dt><dd>University of Oulu</dd>
<dt>Partners</dt><dd>Luleå University of Technology</dd>
</dl>
<h2>Contact information</h2>
<div class="person"><p class="role">Project leader</p><p class="name">Aino Kettunen</p><p>Professor, Fibre and Particle Engineering</p>
<p><a href="mailto:aino.kettunen@oulu.fi">aino.kettunen@oulu.fi</a><br>+358 29 448 2315</p></div>
<div class="person"><p class="role">Contact person</p><p class="name">Lauri Mäenpää</p><p>Postdoctoral Researcher</p>
<p>E-mail: firstname.lastname@oulu.fi</p></div>
</aside>
</div>
<footer><p>University of Oulu · P.O. Box 8000, FI-90014 University of Oulu · Switchboard +358 294 480 000</p></footer>
""")

# ---------------------------------------------------------------- g9_05 Swedish cards
G05 = page("sv", "Projekt – Kimitoöns kommun", """
<div class="cookie-bar" role="dialog"><p>Vi använder kakor för att förbättra webbplatsen.</p><button>Godkänn</button> <button>Endast nödvändiga</button></div>
<header><a href="/sv/"><img src="/kimitoon-logo.svg" alt="Kimitoöns kommun – Kemiönsaaren kunta"></a>
<nav><a href="/sv/boende">Boende och miljö</a> <a href="/sv/utbildning">Utbildning</a> <a href="/sv/jobb">Jobb och företagande</a>
<a href="/sv/kommunen">Kommunen</a> <a href="/fi/">Suomeksi</a></nav></header>
<nav class="breadcrumbs"><a href="/sv/">Hem</a> › <a href="/sv/jobb">Jobb och företagande</a> › Projekt</nav>
<main>
<h1>Projekt</h1>
<p>Kommunens avdelningar planerar och driver både investeringsprojekt och utvecklingsprojekt. Ett projekt är en
tidsbegränsad insats där man prövar något nytt, och stödprocenten beror på finansiären. Beslut om att delta i projekt
fattas i regel i nämnderna. Kommunen betalar varje år fem euro per invånare till Leader-föreningen I samma båt rf.</p>
<h2>Projekt i ansökningsskede</h2>
<div class="card-grid">
<article class="card">
 <img src="/img/vindkraft.jpg" alt="Vindkraftverk vid kusten">
 <h3>Manual för investeringar i förnybar energi på Kimitoön</h3>
 <p>Projektet samlar de villkor, gränsvärden och riktlinjer som kommunen tillämpar på projekt för förnybar energi i
 planläggning och tillstånd, så att privata aktörer snabbare kan planera sina investeringar.</p>
 <ul class="facts"><li>Projekttid: 1.8.2023-30.6.2024</li><li>Budget: 15 690 €</li>
 <li>Finansiering: Miljöministeriet, understöd för främjande av investeringsprojekt för grön omställning, 10 983 €</li>
 <li>Huvudman: Kimitoöns kommun / Avdelningen för miljö och teknik</li>
 <li>Tilläggsuppgifter: Projektkoordinator Jonas Lindqvist, jonas.lindqvist@kimitoon.fi</li></ul>
 <a class="more" href="/sv/projekt/manual-fornybar-energi">Läs mer</a>
</article>
</div>
<h2>Pågående projekt</h2>
<div class="card-grid">
<article class="card">
 <img src="/img/vandringsled.jpg" alt="Vandringsled i skogen">
 <h3>Kimitoöns rutter – Kemiösaaren reitit</h3>
 <p>Utredningsprojektet tar fram förutsättningarna för nya rekreationsleder och rutter på ön och för vidare de förslag
 som redan visat sig intressanta. Lokala föreningar och byalag är viktiga samarbetsparter.</p>
 <ul class="facts"><li>Projekttid: 31.07.2021 - 30.03.2023</li><li>Projektnummer: 168555</li>
 <li>Finansiering: Leader-gruppen I samma båt rf (Landsbygdsfonden)</li><li>Huvudman: Kimitoöns kommun</li>
 <li>Kontaktperson: Annika Grönroos, turismkoordinator, tfn 044 012 3456</li></ul>
 <a class="more" href="/sv/projekt/kimitoons-rutter">Läs mer</a>
</article>
<article class="card news">
 <img src="/img/byakvall.jpg" alt="Invånare vid en karta">
 <h3>Invånarkväll om vandringslederna i Dalsbruk</h3>
 <p class="date">Nyhet · 12.10.2022</p>
 <p>Kom och berätta vilka stigar du själv använder. Kaffe serveras från kl. 18.</p>
 <a class="more" href="/sv/aktuellt/invanarkvall">Läs mer</a>
</article>
</div>
<p class="updated">Senast uppdaterad 14.11.2023</p>
<div class="share"><span>Dela</span> <a href="https://www.facebook.com/sharer/">Facebook</a> <a href="mailto:?subject=">E-post</a></div>
</main>
<footer><p>Kimitoöns kommun · Engelsbyvägen 8, 25700 Kimito · Växel 02 426 0000 · kommunen@kimitoon.fi</p></footer>
""")

# ---------------------------------------------------------------- g9_06 regional council press release
G06 = page("fi", "Liitto rahoittaa elintarvikeviennin kokeilua ja kahta Suomi 100 -hanketta – Kymenlaakson liitto", """
""" + COOKIE_FI + """
<header><a href="/"><img src="/kymenlaakso-logo.svg" alt="Kymenlaakson liitto"></a>
<nav><a href="/maakunta">Maakunta</a> <a href="/rahoitus">Rahoitus</a> <a href="/kaavoitus">Kaavoitus</a> <a href="/ajankohtaista">Ajankohtaista</a></nav>
<a class="skip" href="#main">Siirry sisältöön</a></header>
<nav class="breadcrumbs"><a href="/">Etusivu</a> › <a href="/ajankohtaista">Ajankohtaista</a> › Tiedote</nav>
<main id="main">
<article>
<p class="meta">Tiedote · Julkaistu 21.3.2017</p>
<h1>Liitto rahoittaa elintarvikeviennin kokeilua ja kahta Suomi 100 -hanketta</h1>
<p class="lead">Maakuntajohtaja on tehnyt maaliskuussa kolme rahoituspäätöstä, jotka liiton hallitus merkitsi tiedoksi
kokouksessaan 20.3.2017.</p>
<p>Kymenlaakson liitto myönsi Turun ammattikorkeakoulu Oy:n hallinnoimalle Innovatiiviset elintarvikeviennin konseptit
Kiinassa -hankkeelle AIKO-rahoitusta 18&nbsp;848 euroa, mikä on 50 % hankkeen kokonaiskustannuksista. Hankkeessa
kokeillaan, millaisilla tuote- ja palvelukonsepteilla kymenlaaksolaiset elintarvikeyritykset voisivat päästä Kiinan
markkinoille.</p>
<p>Kymenlaakson liiton alueellista Suomi 100 -rahoitusta aiemmin saaneen Kuorokimara-hankkeen nimi oikaistiin: hanke toteutetaan nimellä
Lasten kulttuuriviikko 2017. Rahoituspäätöstä täydennettiin nimen osalta, muuten päätös pysyy ennallaan.</p>
<p>Yhdeltä Suomi 100 -rahoitusta saaneelta hakijalta vapautui määrärahaa, koska sen suunnittelema tapahtuma ei toteudu
rahoituksen puutteen vuoksi. Liitto myönsi vapautuneet 5&nbsp;500 euroa Kaakon Tanssi ry:n Suomikuva-hankkeelle.</p>
<p>Lisäksi liitto tilaa Museovirastolta arkeologisten sotahistoriallisten kohteiden tarkistustyön. Työn kustannus on
6&nbsp;000 euroa, josta liitto maksaa puolet.</p>
<p>Alueellisiin innovaatioihin ja kokeiluihin (AIKO) liitolla on tänä vuonna käytettävissään noin 0,5 miljoonaa euroa.
Seuraava hakuaika päättyy 28.4.2017.</p>
<p class="contact">Lisätietoja: rahoituspäällikkö Marjo Kettunen, Kymenlaakson liitto, puh. 044 700 1523</p>
</article>
<div class="share"><span>Jaa artikkeli</span> <a href="https://www.facebook.com/sharer/">Facebook</a> <a href="https://x.com/intent/">X</a> <a href="https://www.linkedin.com/shareArticle">LinkedIn</a></div>
<aside class="related"><h2>Uusimmat tiedotteet</h2><ul>
<li><a href="/t/maakuntakaava">Maakuntakaavan luonnos nähtäville 3.4.2017</a></li>
<li><a href="/t/liikenne">Liikennejärjestelmätyö etenee</a></li></ul></aside>
</main>
<footer><p>Kymenlaakson liitto · Kauppamiehenkatu 4, 45100 Kouvola · Vaihde 020 615 5400 · kirjaamo@kymenlaakso.fi</p>
<p><img src="/eu-vipuvoimaa.png" alt="Vipuvoimaa EU:lta 2014–2020"></p></footer>
""")

# ---------------------------------------------------------------- g9_08 project's own site, facts only in footer
G08 = page("fi", "Kyläilta Launosissa kokosi väkeä – Toimeliaat kylät", """
<header class="project-site"><a href="/"><img src="/toimeliaat-logo.png" alt="Toimeliaat kylät"></a>
<nav><a href="/">Etusivu</a> <a href="/uutiset">Uutiset</a> <a href="/kylat">Kylät</a> <a href="/materiaalit">Materiaalit</a> <a href="/yhteystiedot">Yhteystiedot</a></nav></header>
<div class="cookie-bar"><p>Sivusto käyttää evästeitä.</p><button>OK</button></div>
<main>
<article class="post">
<h1>Kyläilta Launosissa kokosi väkeä</h1>
<p class="post-meta">Julkaistu 2.4.2011 · Kirjoittaja: Sari Pelkonen · Kategoria: Uutiset</p>
<p>Launosten seuraintalolle saapui keskiviikkona lähes kuusikymmentä kyläläistä keskustelemaan kylän tulevaisuudesta.
Illan aluksi Monnin Muskarin lapset esittivät muutaman laulun, minkä jälkeen päästiin itse asiaan: kyläsuunnitelman
päivittämiseen ja siihen, mitä kylä voisi itse tehdä palvelujen säilyttämiseksi.</p>
<p>Pöytäryhmissä syntyi ideoita kyläkaupan yhteiskuljetuksista, kylätalon etätyöpisteestä ja nuorten kesätöistä.
Useimpia ajatuksia voidaan viedä eteenpäin pienillä hankkeilla, joiden valmistelussa autamme mielellämme.</p>
<p>Seuraava kyläilta pidetään Hirvijärvellä 14.4.2011 klo 18. Tervetuloa!</p>
""" + SHARE_FI + """
</article>
</main>
<aside class="widgets">
<section><h2>Yhteystiedot</h2><p>Kyläkoordinaattori Sari Pelkonen<br>puh. 040 330 1875<br>sari.pelkonen(at)loppi.fi</p></section>
<section><h2>Viimeisimmät</h2><ul><li><a href="/2011/03/kylasuunnitelmat">Kyläsuunnitelmien päivitys alkaa</a></li>
<li><a href="/2011/02/yhdistysilta">Yhdistysilta Lopen kirkonkylällä</a></li></ul></section>
<section><h2>Arkisto</h2><ul><li>huhtikuu 2011</li><li>maaliskuu 2011</li><li>helmikuu 2011</li></ul></section>
</aside>
<footer class="project-footer">
<p>Toimeliaat kylät -hanke toteutetaan ajalla 9.11.2009–28.2.2012. Hanketta hallinnoi Lopen kunta, ja sitä rahoittaa
Eteläisen maaseudun osaajat EMO ry Manner-Suomen maaseudun kehittämisohjelmasta 2007–2013. Hankenumero 7003.</p>
<p><img src="/eu-maaseuturahasto.png" alt="Euroopan maaseudun kehittämisen maatalousrahasto: Eurooppa investoi maaseutualueisiin">
<img src="/leader-logo.png" alt="Leader"> <img src="/emo-logo.png" alt="EMO ry"></p>
<p>© Toimeliaat kylät · Lopen kunta, Yhdystie 5, Loppi</p>
</footer>
""")

# ---------------------------------------------------------------- g9_10 no project: Leader funding overview
G10 = page("fi", "Mihin Leader-tukea voi saada? – Karhuseutu", """
""" + COOKIE_FI + """
<header><a href="/"><img src="/karhuseutu-logo.png" alt="Karhuseutu ry"></a>
<nav><a href="/">Etusivu</a> <a href="/yrityksille/">Yrityksille</a> <a class="active" href="/yhdistyksille/">Yhdistyksille</a>
<a href="/hankkeet/">Hankkeet</a> <a href="/ajankohtaista/">Ajankohtaista</a> <a href="/yhteystiedot/">Yhteystiedot</a></nav></header>
<nav class="breadcrumbs"><a href="/">Etusivu</a> › <a href="/yhdistyksille/">Yhdistyksille</a> › Mihin tukea voi saada?</nav>
<main>
<h1>Mihin Leader-tukea voi saada?</h1>
<p>Leader-rahoituksella yhdistykset ja yhteisöt voivat esimerkiksi kunnostaa kokoontumistiloja, rakentaa leikki- ja
liikuntapaikkoja tai kehittää kylän palveluja. Tukimuotoja on kaksi: yleishyödyllinen investointihanke ja
yleishyödyllinen kehittämishanke. Pienin myönnettävä tuki on 5000 euroa.</p>
<div class="accordion">
<h2><button aria-expanded="true">Yleishyödyllinen investointihanke</button></h2>
<div class="panel"><p>Tukea voi saada koneiden, laitteiden ja kaluston hankintaan sekä rakennuksen ostamiseen,
rakentamiseen tai korjaamiseen. Tuki on yleensä 50–70 % hankkeen kokonaiskustannuksista. Omarahoitusta voi korvata
talkootyöllä: aikuisen talkootunti lasketaan 15 euron arvoiseksi ja traktori- tai kaivinkonetyö kuljettajineen 45 euroksi
tunnilta.</p></div>
<h2><button aria-expanded="false">Yleishyödyllinen kehittämishanke</button></h2>
<div class="panel" hidden><p>Tuettavaa on esimerkiksi paikallisten palvelujen ja kylien kehittäminen, kulttuuri- ja
vapaa-ajan toiminta, ympäristön ja vesien suojelu, selvitykset sekä koulutus ja tiedonvälitys. Hyväksyttäviä kuluja ovat
palkat, matkat, ostopalvelut, vuokrat ja muut välittömät kulut. Tuki on yleensä 70–85 % kokonaiskustannuksista.</p></div>
<h2><button aria-expanded="false">Pienhankkeet – alle 8000 euron kustannukset</button></h2>
<div class="panel" hidden><p>Pienhanke haetaan Hyrrä-palvelussa, ja tuki maksetaan kertakorvauksena, kun hanke on
valmis. Hakuaika on jatkuva; hallitus käsittelee hakemukset kuukausittain.</p></div>
</div>
<p>Vinkki: lue esimerkkejä toteutetuista kohteista Sankariyhdistykset-lehdestä.</p>
""" + SHARE_FI + """
</main>
<aside><h2>Kysy neuvoa</h2><p>Hankeneuvoja Tiina Rautio<br>puh. 044 560 2210<br>tiina.rautio@karhuseutu.fi</p>
<h2>Ajankohtaista</h2><ul><li><span>15.1.2024</span> <a href="/ajankohtaista/haku-auki">Rahoitushaku jatkuu koko vuoden</a></li>
<li><span>4.12.2023</span> <a href="/ajankohtaista/hallitus">Hallituksen kokousaikataulu keväälle 2024</a></li></ul></aside>
<footer><p>Karhuseutu ry · Raatihuoneenkatu 6, 28100 Pori · info@karhuseutu.fi</p>
<p><img src="/eu-logo.png" alt="Euroopan unionin osarahoittama"> <img src="/leader.png" alt="Leader"></p></footer>
""")


# ---------------------------------------------------------------- PDFs
BASE = ParagraphStyle("b", fontName="DejaVuSans", fontSize=9.5, leading=12.5)
BODY = ParagraphStyle("body", parent=BASE, spaceAfter=6)
SMALL = ParagraphStyle("s", parent=BASE, fontSize=8, leading=10)
H1 = ParagraphStyle("h1", parent=BASE, fontName="DejaVuSans-Bold", fontSize=16, leading=20, spaceAfter=6)
H2 = ParagraphStyle("h2", parent=BASE, fontName="DejaVuSans-Bold", fontSize=11, leading=14, spaceBefore=6, spaceAfter=4)
CELL = ParagraphStyle("c", parent=BASE, fontSize=8.5, leading=10.5)
CELLB = ParagraphStyle("cb", parent=CELL, fontName="DejaVuSans-Bold")
BOX = ParagraphStyle("box", parent=BASE, fontSize=9, leading=12)


def build_g07(path):
    """Two-column project one-pager: narrative left, facts box right."""
    W, Hh = A4
    m = 15 * mm
    gap = 8 * mm
    left_w = (W - 2 * m - gap) * 0.58
    right_w = (W - 2 * m - gap) - left_w
    top = Hh - m - 22 * mm
    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=m, rightMargin=m, topMargin=m, bottomMargin=m,
                          title="Hankekortti – Kolman Koto", author="Joroisten kunta")

    def header(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#2e6b3f"))
        c.rect(0, Hh - 20 * mm, W, 20 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DejaVuSans-Bold", 12)
        c.drawString(m, Hh - 12 * mm, "JOROISTEN KUNTA · HANKEKORTTI")
        c.setFont("DejaVuSans", 8)
        c.drawRightString(W - m, Hh - 12 * mm, "Elinkeinotoimi")
        c.setFillColor(colors.black)
        c.drawString(m, 8 * mm, "Hankekortti päivitetty 27.2.2015 · www.joroinen.fi/elinkeinotoimi")
        c.restoreState()

    frames = [Frame(m, m + 6 * mm, left_w, top - m - 6 * mm, id="left", showBoundary=0),
              Frame(m + left_w + gap, m + 6 * mm, right_w, top - m - 6 * mm, id="right", showBoundary=0)]
    doc.addPageTemplates([PageTemplate(id="two", frames=frames, onPage=header)])
    s = []
    s.append(Paragraph("Kolman Koto -esiselvityshanke", H1))
    s.append(Paragraph("Yhteisöllistä maaseutuasumista Kolman kylään", H2))
    for t in [
        "Ajatus uudenlaisesta asuinalueesta syntyi Joroisten kunnan Hyvä Kylä -hankkeen kyläilloissa: alueella "
        "yhdistyisivät maaseudun rauha ja taajaman palvelut. Koska alue sijoittuisi Kolman kylään, hanke sai nimekseen "
        "Kolman Koto.",
        "Esiselvitys mallinsi yhteisöllisen asuinalueen ja suunnitteli käytännön toimet sen toteuttamiseksi. Mallia "
        "ei sidottu mihinkään erityiseen teemaan, vaan suunnitelma pidettiin avoimena kaikille ryhmille. "
        "Toteutustavaksi valittiin ryhmärakennuttaminen, jonka edistäminen oli kirjattu hallitusohjelmaan.",
        "Työ tehtiin osallistavasti. Suunnittelupalavereissa eri alojen asiantuntijat, kyläläiset ja yhdistysten väki "
        "ideoivat alueen kaavaa, taloja ja yhteisiä tiloja. Suurimman työpanoksen antoi Kolman kyläyhdistys.",
    ]:
        s.append(Paragraph(t, BODY))
    s.append(Paragraph("Seurantaryhmä", H2))
    s.append(Paragraph("Hankkeen ohjauksesta vastasi seurantaryhmä, johon kuuluivat Joroisten kunnan, Etelä-Savon "
                       "ELY-keskuksen, Kolman kyläyhdistys ry:n, Veej’jakaja ry:n, Järvi-Suomen kylät ry:n, Piällysmies "
                       "ry:n ja Rajupusu Leader ry:n edustajat.", BODY))
    s.append(Paragraph("Tulokset", H2))
    s.append(Paragraph("Hankkeen tuloksena valmistui malli, jota voidaan soveltaa myös muihin kyliin. Pääosa "
                       "kustannuksista oli projektipäällikön palkkaa; lisäksi käytettiin asiantuntijoita ja "
                       "järjestettiin yhteisiä tilaisuuksia. Asiantuntijapalkkiot olivat 150–600 euroa päivältä.", BODY))
    s.append(FrameBreak())
    facts = [
        [Paragraph("<b>Hankkeen perustiedot</b>", BOX)],
        [Paragraph("<b>Tila:</b> Hanke on päättynyt", BOX)],
        [Paragraph("<b>Toteutusaika:</b> 1.7.2012–31.12.2014", BOX)],
        [Paragraph("<b>Hallinnoija:</b> Joroisten kunta", BOX)],
        [Paragraph("<b>Yhteistyökumppani:</b> Kolman kyläyhdistys ry", BOX)],
        [Paragraph("<b>Rahoittaja:</b> Etelä-Savon ELY-keskus, Manner-Suomen maaseudun kehittämisohjelma 2007–2013", BOX)],
        [Paragraph("<b>Julkinen tuki:</b> 58 400 €", BOX)],
        [Paragraph("<b>Kokonaisbudjetti:</b> 73 000 €", BOX)],
        [Paragraph("<b>Projektipäällikkö</b><br/>Kari Hämäläinen<br/>puh. 044 417 2290<br/>kari.hamalainen@joroinen.fi", BOX)],
    ]
    t = Table(facts, colWidths=[right_w])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e8f1ea")),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#c9dfcf")),
                           ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    s.append(t)
    s.append(Spacer(1, 8 * mm))
    s.append(Paragraph("Loppuraportti ja Kolman Koto -suunnitelma ovat luettavissa kunnan verkkosivuilla.", SMALL))
    doc.build(s)


def build_g09(path):
    """Status review: a ruled table with multi-line cells over two pages, status rows between."""
    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=20 * mm,
                          bottomMargin=18 * mm, title="Tilannekatsaus", author="KuntaIT")
    W, Hh = A4

    def deco(c, d):
        c.saveState()
        c.setFont("DejaVuSans", 8)
        c.drawString(15 * mm, Hh - 12 * mm, "Valtiovarainministeriö · KuntaIT-yksikkö · JUHTA")
        c.drawRightString(W - 15 * mm, Hh - 12 * mm, "Sivu %d/2" % d.page)
        c.drawString(15 * mm, 10 * mm, "Tilannekatsaus 14.12.2010")
        c.restoreState()

    fr = Frame(15 * mm, 18 * mm, W - 30 * mm, Hh - 38 * mm, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[fr], onPage=deco)])
    s = [Paragraph("Valtion ja kuntien yhteiset tietojärjestelmähankkeet 2007–2013", H1),
         Paragraph("Tilannekatsaus", H2),
         Paragraph("KuntaIT-yksikön kehittäjäverkostojen työstä 2007–2008 ja kuntien omista esityksistä on käynnistetty "
                   "JUHTA:n puollolla joukko yhteisiä kehittämishankkeita. Hankkeet rahoitetaan puoliksi valtion "
                   "talousarviomäärärahasta ja puoliksi kuntien yleisestä valtionosuudesta vähennetystä määrärahasta. "
                   "Taulukossa on kunkin hankkeen toteutusvuodet, keskeiset tuotokset, omistaja ja tähänastinen "
                   "toteutunut rahankäyttö.", BODY)]
    rows = [[Paragraph("<b>Hanke</b>", CELL), Paragraph("<b>Toteutus</b>", CELL), Paragraph("<b>Keskeiset tuotokset</b>", CELL),
             Paragraph("<b>Hankkeen omistaja</b>", CELL), Paragraph("<b>Toteutunut rahankäyttö €</b>", CELL)]]
    filler = ("Tuotokset on esitelty kuntien tietohallintopäällikköjen verkostossa, ja niiden levittämistä jatketaan "
              "alueellisissa tilaisuuksissa. Vaikutusarvio tehdään erikseen.")
    rows.append([Paragraph("<b>Päättyneet hankkeet</b>", CELL), "", "", "", ""])
    rows.append([Paragraph("Kuntien virkamiehen tunnistaminen ja käyttövaltuushallinta (VirtuK)", CELL),
                 Paragraph("2007-2009", CELL),
                 Paragraph("Kuntien yhteisen virkatunnisteratkaisun määrittely; suositus käyttövaltuushallinnan "
                           "prosesseista; käyttövaltuuskoulu, johon osallistui 14 kuntaa tai kuntayhtymää. " + filler, CELL),
                 Paragraph("KuntaIT ja Suomen Kuntaliitto", CELL), Paragraph("148 000", CELL)])
    rows.append([Paragraph("Kuntien ja kaupunkien toiminnan- ja taloudenohjauksen virkamies- ja luottamushenkilöjohdon "
                           "operatiivisen ja strategisen johtamisen tukeminen (TotIT)", CELL),
                 Paragraph("2007-2009", CELL),
                 Paragraph("Kunnan johtamisen tietotarpeen määritys; kuntien yhteinen henkilöstöhallinnon ja "
                           "taloushallinnon sanasto; toiminnan- ja taloudenohjauksen arkkitehtuurisuunnitelma; "
                           "tiedonsiirron rajapintamääritykset. " + filler + " " + filler, CELL),
                 Paragraph("KuntaIT", CELL), Paragraph("960 000", CELL)])
    rows.append([Paragraph("<b>Käynnissä olevat hankkeet</b>", CELL), "", "", "", ""])
    rows.append([Paragraph("Kuntien sosiaali- ja terveyspalveluiden tuotannon tietojohtaminen (SOTE-tietojohtaminen)", CELL),
                 Paragraph("2009-2011", CELL),
                 Paragraph("Sosiaali- ja terveyspalveluiden tuotannon johtamisen tietomalli ja mittaristo; pilotit "
                           "kolmessa kaupungissa. " + filler + " " + filler + " " + filler, CELL),
                 Paragraph("KuntaIT", CELL), Paragraph("410 000", CELL)])
    t = Table(rows, colWidths=[48 * mm, 22 * mm, 54 * mm, 28 * mm, 28 * mm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")),
                           ("SPAN", (0, 1), (-1, 1)), ("SPAN", (0, 4), (-1, 4)),
                           ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#f0f0f0")),
                           ("BACKGROUND", (0, 4), (-1, 4), colors.HexColor("#f0f0f0"))]))
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph("Katsaus on laadittu julkisen hallinnon tietohallinnon neuvottelukunnan (JUHTA) kokoukseen. "
                       "Siinä käydään läpi sekä päättyneet että käynnissä olevat hankkeet. Päättyneiden hankkeiden "
                       "tuotoksia on otettu käyttöön vaihtelevasti: osa määrityksistä on siirtynyt kansallisiin "
                       "palveluihin, osa odottaa vielä yhteistä toteutusta. Käynnissä olevien hankkeiden osalta "
                       "esitetään tähänastinen rahankäyttö; lopulliset luvut raportoidaan hankkeiden päätyttyä.", BODY))
    s.append(Paragraph("Hankkeiden ohjausryhmissä ovat mukana valtiovarainministeriö, sosiaali- ja terveysministeriö, "
                       "Suomen Kuntaliitto ja kymmenen kunnan edustajat. Kuntien palaute on ollut pääosin myönteistä, "
                       "mutta yhteisten ratkaisujen käyttöönotto edellyttää kunnilta omia resursseja ja sitoutumista. "
                       "Lisätietoja hankkeista antaa KuntaIT-yksikön ohjelmapäällikkö Pekka Laaksonen, puh. 0295 530 118.",
                       BODY))
    s.append(t)
    s.append(Paragraph("Määrärahan käyttö", H2))
    s.append(Paragraph("Vuosien 2007–2010 määrärahasta on sidottu noin 2,4 miljoonaa euroa. Luku sisältää myös hankkeiden "
                       "valmisteluun käytetyt varat, joita ei ole kohdistettu yksittäisille hankkeille.", BODY))
    doc.build(s)


def main():
    HTML.mkdir(parents=True, exist_ok=True)
    PDF.mkdir(parents=True, exist_ok=True)
    for name, text in [("g9_01_samassaveneessa_leader_kappaleet.html", G01),
                       ("g9_02_eura_pohjoissavo_kenttaruudukko.html", G02),
                       ("g9_03_kokkola_kh_pykala88.html", G03),
                       ("g9_04_oulu_en_susen_sidebar.html", G04),
                       ("g9_05_kimitoon_projektkort_sv.html", G05),
                       ("g9_06_kymenlaakso_tiedote_proosa.html", G06),
                       ("g9_08_toimeliaatkylat_uutinen_alatunniste.html", G08),
                       ("g9_10_karhuseutu_tukimuodot_eihanketta.html", G10)]:
        (HTML / name).write_bytes(text.encode("utf-8"))
        print("wrote", name)
    build_g07(PDF / "g9_07_joroinen_kolmankoto_hankekortti.pdf")
    build_g09(PDF / "g9_09_kuntait_tilannekatsaus_taulukko.pdf")
    print("wrote 2 PDFs")


if __name__ == "__main__":
    main()
