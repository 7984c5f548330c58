"""Organisations, owner and municipality on the corpus's real phrases (CONVENTIONS 5-7)."""
from __future__ import annotations

import pytest

from pipeline.extract import orgs as O
from pipeline.records import Organisation


@pytest.fixture(scope="module", autouse=True)
def _nlp_once():
    """Load spaCy once for the module (the person filter asks it for entities)."""
    from pipeline.nlp import get_nlp

    get_nlp()


def pairs(orgs: list[Organisation]) -> list[tuple[str, str]]:
    return [(o.name, o.role) for o in orgs]


# -- municipality_of -------------------------------------------------------------

@pytest.mark.parametrize("word, expected", [
    ("Hämeenlinnan", "Hämeenlinna"), ("Hämeenlinnassa", "Hämeenlinna"), ("Hämeenlinna", "Hämeenlinna"),
    ("Pargas", "Parainen"), ("Vasa", "Vaasa"), ("Oulussa", "Oulu"), ("Lahden", "Lahti"),
    ("Kuivaniemi", "Ii"), ("Kuivaniemen", "Ii"), ("Riihimäellä", "Riihimäki"), ("Forssassa", "Forssa"),
    ("Kauniaisten", "Kauniainen"), ("Paraisten", "Parainen"), ("Juuan", "Juuka"), ("Iin", "Ii"),
    ("Kempeleen", "Kempele"), ("Raahen", "Raahe"), ("Kalajoen", "Kalajoki"), ("Ylöjärven", "Ylöjärvi"),
    ("Tuusulan", "Tuusula"), ("Tavastehus", "Hämeenlinna"), ("Uudenkaupungin", "Uusikaupunki"),
    ("Isonkyrön", "Isokyrö"), ("Virtain", "Virrat"), ("Kurun", "Ylöjärvi"), ("Haukipudas", "Oulu"),
    ("YLÖJÄRVEN", "Ylöjärvi"), ("Kempele", "Kempele"), ("Ii", "Ii"),
])
def test_municipality_of(word, expected):
    assert O.municipality_of(word) == expected


@pytest.mark.parametrize("word", ["Hämeen", "Kanta-Hämeen", "Suomen", "lahden", "koko toiminta-alue",
                                  "Pohjois-Pohjanmaan", "Enontekiö, Kittilä, Kolari, Muonio", ""])
def test_municipality_of_none(word):
    assert O.municipality_of(word) is None


def test_gazetteer_is_complete():
    _, munis = O._gazetteer()
    assert 300 <= len(munis) <= 312
    assert {"Helsinki", "Pedersöre", "Sottunga", "Maarianhamina", "Koski Tl"} <= set(munis)


# -- municipality_from_org --------------------------------------------------------

@pytest.mark.parametrize("org, expected", [
    ("Raahen kaupunki", "Raahe"), ("Kempeleen kunta", "Kempele"), ("Pargas stad", "Parainen"),
    ("Paraisten kaupunki", "Parainen"), ("Juuan kunta", "Juuka"), ("Kalajoen kaupunki", "Kalajoki"),
    ("Oulun kaupunki", "Oulu"), ("Vaasan kaupunki – Vasa stad", "Vaasa"), ("Kimitoöns kommun", "Kemiönsaari"),
    ("Raseborgs stad", "Raasepori"), ("YLÖJÄRVEN KAUPUNKI", "Ylöjärvi"), ("Hämeenlinnan kaupungin", "Hämeenlinna"),
])
def test_municipality_from_org(org, expected):
    assert O.municipality_from_org(org) == expected


@pytest.mark.parametrize("org", ["Hämeen ammattikorkeakoulu", "Kanta-Hämeen sairaanhoitopiiri",
                                 "Pohjois-Pohjanmaan ELY-keskus", "Oulun Seudun Leader", "Kurun lähiruoka ry",
                                 "Hattulan ja Janakkalan kunnat", "Sitra", ""])
def test_municipality_from_org_none(org):
    assert O.municipality_from_org(org) is None


# -- to_nominative ------------------------------------------------------------------

@pytest.mark.parametrize("phrase, expected", [
    ("Hämeenlinnan kaupungin", "Hämeenlinnan kaupunki"), ("Jyväskylän kaupungin", "Jyväskylän kaupunki"),
    ("Hämeen ammattikorkeakoulun", "Hämeen ammattikorkeakoulu"), ("Traficomin", "Traficom"),
    ("valtiovarainministeriön", "Valtiovarainministeriö"), ("Opetushallituksen", "Opetushallitus"),
    ("Tampereen yliopiston", "Tampereen yliopisto"), ("Suomen eOppimiskeskus ry:n", "Suomen eOppimiskeskus ry"),
    ("LAKESin", "LAKES"), ("Kehityspolut Oy:n", "Kehityspolut Oy"), ("Metropolian", "Metropolia"),
    ("Sitran", "Sitra"), ("ELY-keskuksen", "ELY-keskus"), ("ELY-keskukselta", "ELY-keskus"),
    ("Uudenmaan liiton", "Uudenmaan liitto"), ("Vaasan kaupungille", "Vaasan kaupunki"),
    ("Valtionvarainministeriö", "Valtiovarainministeriö"),
    # nominatives stay as written
    ("Opetushallitus", "Opetushallitus"), ("Central Baltic", "Central Baltic"), ("Region Stockholm", "Region Stockholm"),
    ("Söderhamn", "Söderhamn"), ("Yrkeshögskolan Novia", "Yrkeshögskolan Novia"), ("Gofore", "Gofore"),
    ("Vantaan kaupungin Kivistö-projekti", "Vantaan kaupungin Kivistö-projekti"),
    ("Helsingin polkupyöräilijät Hepo ry", "Helsingin polkupyöräilijät Hepo ry"),
    ("Sivistys- ja kulttuuripalvelut", "Sivistys- ja kulttuuripalvelut"),
    ("Metropolia Ammattikorkeakoulu Oy", "Metropolia Ammattikorkeakoulu Oy"), ("Kehityspolut", "Kehityspolut"),
    ("Kimitoöns kommun", "Kimitoöns kommun"), ("ESR", "ESR"), ("Hämeenlinnan kaupunki (strategia)", "Hämeenlinnan kaupunki"),
])
def test_to_nominative(phrase, expected):
    assert O.to_nominative(phrase) == expected


# -- split_coordinated --------------------------------------------------------------

@pytest.mark.parametrize("phrase, expected", [
    ("Hattulan ja Janakkalan kunnat", ["Hattulan kunta", "Janakkalan kunta"]),
    ("Vantaan, Helsingin, Kauniaisten ja Espoon kaupungit",
     ["Vantaan kaupunki", "Helsingin kaupunki", "Kauniaisten kaupunki", "Espoon kaupunki"]),
    ("Forssa, Hattula, Hausjärvi, Janakkala, Loppi ja Riihimäki",
     ["Forssa", "Hattula", "Hausjärvi", "Janakkala", "Loppi", "Riihimäki"]),
    ("Pargas stad, Kimitoöns kommun och Raseborgs stad", ["Pargas stad", "Kimitoöns kommun", "Raseborgs stad"]),
    ("Pohjois-Suomen rakennusklusteri ry, Norra Finlands byggkluster rf", ["Pohjois-Suomen rakennusklusteri ry"]),
    ("Hattulan ja Janakkalan kunnat sekä Hämeen ammattikorkeakoulu",
     ["Hattulan kunta", "Janakkalan kunta", "Hämeen ammattikorkeakoulu"]),
    ("Sivistys- ja kulttuuripalvelut", ["Sivistys- ja kulttuuripalvelut"]),
    ("Opetus- ja kulttuuriministeriö", ["Opetus- ja kulttuuriministeriö"]),
    ("Etelä-Savon ELY-keskus, Juuan kunta", ["Etelä-Savon ELY-keskus", "Juuan kunta"]),
    ("Region of Exemplia, EL\nExample Development Agency (IT)\nRegional Council of Esimerkki, FI",
     ["Region of Exemplia", "Example Development Agency", "Regional Council of Esimerkki"]),
])
def test_split_coordinated(phrase, expected):
    assert O.split_coordinated(phrase) == expected


# -- orgs_from_field -------------------------------------------------------------------

@pytest.mark.parametrize("label, value, expected", [
    ("Finansiär", "Central Baltic", [("Central Baltic", "funder")]),
    ("Finansiärer", "Central Baltic", [("Central Baltic", "funder")]),
    ("Hallinnoija", "Juuan kunta", [("Juuan kunta", "owner")]),
    ("Rahoittajat", "Etelä-Savon ELY-keskus, Juuan kunta", [("Etelä-Savon ELY-keskus", "funder"), ("Juuan kunta", "funder")]),
    ("Hakija", "Kempeleen kunta", [("Kempeleen kunta", "owner")]),
    ("Rahoittaja", "Oulun Seudun Leader", [("Oulun Seudun Leader", "funder")]),
    ("Rahoitus", "Ympäristöministeriö rahoittaa hanketta 48 760 eurolla Vesiensuojelun tehostamisohjelmasta.",
     [("Ympäristöministeriö", "funder")]),
    ("Hallinnoija", "Leader Tunturi-Lappi ry", [("Leader Tunturi-Lappi ry", "owner")]),
    ("Hakija", "Kurun lähiruoka ry – lähiruokaprojekti paikallisen kalankäytön lisäämiseksi", [("Kurun lähiruoka ry", "owner")]),
    ("Yhteistyökumppanit", "Helsingin kaupunkisuunnitteluvirasto, Vantaan kaupungin Kivistö-projekti, HKL, HSL, VR, "
     "Liikennevirasto, Helsingin polkupyöräilijät Hepo ry ja Ympäristöministeriö.",
     [("Helsingin kaupunkisuunnitteluvirasto", "partner"), ("Vantaan kaupungin Kivistö-projekti", "partner"),
      ("HKL", "partner"), ("HSL", "partner"), ("VR", "partner"), ("Liikennevirasto", "partner"),
      ("Helsingin polkupyöräilijät Hepo ry", "partner"), ("Ympäristöministeriö", "partner")]),
    ("Hallinnoija", "Metropolia Ammattikorkeakoulu Oy", [("Metropolia Ammattikorkeakoulu Oy", "owner")]),
    ("Rahoitus", "EAKR, Uudenmaan liitto", [("EAKR", "funder"), ("Uudenmaan liitto", "funder")]),
    ("Osatoteuttajat", "Vantaan, Helsingin, Kauniaisten ja Espoon kaupungit",
     [("Vantaan kaupunki", "implementer"), ("Helsingin kaupunki", "implementer"),
      ("Kauniaisten kaupunki", "implementer"), ("Espoon kaupunki", "implementer")]),
    ("Rahoittaja", "Helsingin kaupungin innovaatiorahasto.", [("Helsingin kaupungin innovaatiorahasto", "funder")]),
    ("Hakija", "Tuusulanjärven Matkailu ry (TUMA)", [("Tuusulanjärven Matkailu ry", "owner")]),
    ("Rahoituspäätös", "ELY-keskuksen päätös 19.12.2019", [("ELY-keskus", "funder")]),
    ("Hakija", "Pohjois-Suomen rakennusklusteri ry, Norra Finlands byggkluster rf", [("Pohjois-Suomen rakennusklusteri ry", "owner")]),
    ("Hakija", "Osuuskunta A. Vipunen", [("Osuuskunta A. Vipunen", "owner")]),
    ("Hakija", "Centria-ammattikorkeakoulu Oy", [("Centria-ammattikorkeakoulu Oy", "owner")]),
    ("Hanketyyppi", "Oulun kaupungin hanke", [("Oulun kaupunki", "owner")]),
    ("Rahoittajat", "Pohjois-Pohjanmaan ELY-keskus\nOulun kaupunki",
     [("Pohjois-Pohjanmaan ELY-keskus", "funder"), ("Oulun kaupunki", "funder")]),
    ("Toteuttajat", "Sivistys- ja kulttuuripalvelut", [("Sivistys- ja kulttuuripalvelut", "implementer")]),
    ("Rahoitus", "ESR 70%", [("ESR", "funder")]),
    ("Rahoitus", "Opetushallitus, valtionavustus 68 850 €", [("Opetushallitus", "funder")]),
    ("Rahoitus", "Valtiovarainministeriö:\nICT-osaamisen tuen ja kehittämisen ekosysteemi: 246 500 €\n"
     "Kaupunki taskussa: 112 200 €\nKurob: enintään 507 300 €", [("Valtiovarainministeriö", "funder")]),
    ("Rahoitus", "Traficom, liikkumisen ohjauksen valtionavustus", [("Traficom", "funder")]),
    ("Projektägare", "Pargas stad", [("Pargas stad", "owner")]),
    ("Lead partner", "Region Stockholm", [("Region Stockholm", "owner")]),
    ("Funded by", "Central Baltic", [("Central Baltic", "funder")]),
    # a verb declined like a noun ("kehittämisen") does not make a list a sentence
    ("Rahoittaja", "Esimerkkimaan ELY-keskus, Euroopan maaseudun kehittämisen maatalousrahastosta",
     [("Esimerkkimaan ELY-keskus", "funder"), ("Euroopan maaseudun kehittämisen maatalousrahasto", "funder")]),
    ("Hallinnoija ja toteuttaja", "Leader Esimerkki ry", [("Leader Esimerkki ry", "owner")]),
    ("Sökande", "Exempelby byalag m.fl.", [("Exempelby byalag", "owner")]),
    ("Hakija", "Esimerkin kyläyhdistys ry ym.", [("Esimerkin kyläyhdistys ry", "owner")]),
    # a narrow cell's line that ends inside the name goes on
    ("Sökande", "Exempelby bildningsförbund på\nÅland", [("Exempelby bildningsförbund på Åland", "owner")]),
])
def test_orgs_from_field(label, value, expected):
    assert pairs(O.orgs_from_field(label, value)) == expected


@pytest.mark.parametrize("label, value", [
    ("Hanketyyppi", "teemahanke"),
    ("Hakijat", "yleishyödylliset yhdistykset, säätiöt ja seurat (ei kunnat)"),
    ("Toiminta-alue", "Enontekiö, Kittilä, Kolari, Muonio"),
    ("Rahoittaja", "Kuntaraha"),
    ("Tila", "Päättynyt"),
    ("Yhteyshenkilö", "Virpi Kirjavainen, projektisuunnittelija, Juuan kunta"),
    ("Totalbudget", "Cirka 1,1 miljoner euro"),
])
def test_orgs_from_field_nothing(label, value):
    assert O.orgs_from_field(label, value) == []


# -- orgs_from_text ----------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Hämeenlinnan kaupungin hallinnoimassa Teemme Yhdessä! -hankkeessa kehitetään työllistymisen tueksi uudenlaisia "
     "yksilöllisiä ostopalveluita.", [("Hämeenlinnan kaupunki", "owner")]),
    ("Hankkeessa ovat Hämeenlinnan kaupungin lisäksi mukana Hattulan ja Janakkalan kunnat sekä Hämeen "
     "ammattikorkeakoulu. TE-toimisto ja ELY-keskus toimivat hankkeen yhteistyökumppaneina.",
     [("Hattulan kunta", "partner"), ("Janakkalan kunta", "partner"), ("Hämeen ammattikorkeakoulu", "partner"),
      ("TE-toimisto", "partner"), ("ELY-keskus", "partner")]),
    ("Kanta-Hämeen Oikeus Oppia -hankkeessa on vuonna 2021 mukana seitsemän kaupunkia ja kuntaa: Hämeenlinna, Forssa, "
     "Hattula, Hausjärvi, Janakkala, Loppi ja Riihimäki. Hämeenlinna koordinoi hanketta, joka kuuluu Opetus- ja "
     "Kulttuuriministeriön kaksivuotiseen Oikeus oppia -ohjelmaan.",
     [("Forssa", "partner"), ("Hattula", "partner"), ("Hausjärvi", "partner"), ("Janakkala", "partner"),
      ("Loppi", "partner"), ("Riihimäki", "partner"), ("Hämeenlinnan kaupunki", "owner")]),
    ("Hankkeen toiminnasta vastaa Hämeenlinnan kaupunki sekä 18 muuta ohjausryhmän kuntaa, Tampereen yliopisto ja "
     "Suomen eOppimiskeskus ry. Hämeenlinnan kaupunki vastaa hankkeen koordinoinnista, jossa tukee Suomen "
     "eOppimiskeskus ry.",
     [("Tampereen yliopisto", "partner"), ("Suomen eOppimiskeskus ry", "partner"), ("Hämeenlinnan kaupunki", "owner")]),
    ("Hämeen ammattikorkeakoulun hanke on pääasiassa suunnattu ammatillisen koulutuksen opettajille.",
     [("Hämeen ammattikorkeakoulu", "owner")]),
    ("Tässä Hämeen ammattikorkeakoulun hankkeessa tarkastellaan hyväksi havaittuja menetelmiä.",
     [("Hämeen ammattikorkeakoulu", "owner")]),
    ("Hanketta hallinnoi Hämeenlinnan kaupunki ja yhteistyökumppaneina toimivat Lasten Liikunnan Tuki ry, sekä "
     "luontotoimintaan keskittynyt Karhuryhmän päiväkoti. Opetushallitus on myöntänyt hankkeelle valtionavustusta "
     "innovatiivisten oppimisympäristöjen edistämiseen varhaiskasvatuksessa 68 850€.",
     [("Hämeenlinnan kaupunki", "owner"), ("Lasten Liikunnan Tuki ry", "partner"),
      ("Karhuryhmän päiväkoti", "partner"), ("Opetushallitus", "funder")]),
    ("Riihimäki, Hämeenlinna, Vaasa, Kristiinankaupunki ja Pedersöre ovat saaneet valtiovarainministeriön rahoituksen "
     "yhteiseen hankkeeseen.",
     [("Valtiovarainministeriö", "funder"), ("Riihimäki", "partner"), ("Hämeenlinna", "partner"), ("Vaasa", "partner"),
      ("Kristiinankaupunki", "partner"), ("Pedersöre", "partner")]),
    ("Valtionvarainministeriö on myöntänyt avustuksia Hämeenlinnan kaupungille digitalisaation edistämiseen. "
     "Hämeenlinna on päähallinnoijana useamman kunnan yhteishankkeessa.",
     [("Hämeenlinnan kaupunki", "owner"), ("Valtiovarainministeriö", "funder")]),
    ("Hämeenlinna on mukana myös Jyväskylän kaupungin hallinnoimassa Kurob-hankkeessa, jota Valtiovarainministeriö "
     "tukee enintään 507 300 eurolla.", [("Jyväskylän kaupunki", "partner"), ("Valtiovarainministeriö", "funder")]),
    ("Hankkeeseen osallistuvat Hämeenlinnan kaupunki (strategia- ja kehittäminen, henkilöstöpalvelut), Kanta-Hämeen "
     "sairaanhoitopiiri, Hämeen ammattikorkeakoulu ja Hämeenlinnan seudun 4H-yhdistys.",
     [("Hämeenlinnan kaupunki", "partner"), ("Kanta-Hämeen sairaanhoitopiiri", "partner"),
      ("Hämeen ammattikorkeakoulu", "partner"), ("Hämeenlinnan seudun 4H-yhdistys", "partner")]),
    ("Hanke toteutetaan Traficomin liikkumisen ohjauksen valtionavustuksilla.", [("Traficom", "funder")]),
    ("Hanke on ESR –rahoitteinen, jonka päätoteuttajana toimii Hämeenlinnan kaupunki ja osatoteuttajana Hämeen "
     "ammattikorkeakoulu (HAMK).",
     [("ESR", "funder"), ("Hämeenlinnan kaupunki", "owner"), ("Hämeen ammattikorkeakoulu", "implementer")]),
    ("Hämeenlinnan kaupungin ”Uudistuva kylä kaupungissa – Asukkaat, kaupunki, yritykset, järjestöt ja yhteisöt "
     "palvelujen tekijöinä” -hanke toteutettiin vuosina 2010-2012. Hankkeesta vastasi Hämeenlinnan kaupunki, mukana "
     "oli myös yrityksiä, järjestöjä ja yhteisöjä, asukkaita sekä Sitra.",
     [("Hämeenlinnan kaupunki", "owner"), ("Sitra", "partner")]),
    ("Hanke toteutetaan yhteistyössä LAKESin (Lahden Alueen Kehittämisyhtiö) ja Kehityspolut Oy:n kanssa.",
     [("LAKES", "partner"), ("Kehityspolut Oy", "partner")]),
    ("Projektets huvudpartner är Region Stockholm. Pargas stad, Kimitoöns kommun och Raseborgs stad deltar som "
     "samarbetspartner.",
     [("Region Stockholm", "owner"), ("Pargas stad", "partner"), ("Kimitoöns kommun", "partner"),
      ("Raseborgs stad", "partner")]),
    ("Det genomförs av Pargas stad i samarbete med Åbo Akademi, Yrkeshögskolan Novia, Föreningen Franciscus, "
     "Sottunga, Söderhamn, Östhammar och Pilgrimstid Sverige.",
     [("Pargas stad", "owner"), ("Åbo Akademi", "partner"), ("Yrkeshögskolan Novia", "partner"),
      ("Föreningen Franciscus", "partner"), ("Sottunga", "partner"), ("Söderhamn", "partner"),
      ("Östhammar", "partner"), ("Pilgrimstid Sverige", "partner")]),
    ("Opetus- ja kulttuuriministeriö on myöntänyt Vaasan kaupungille 1,14 miljoonan euron avustuksen musiikki- ja "
     "kongressitalon rakentamiseen.", [("Vaasan kaupunki", "owner"), ("Opetus- ja kulttuuriministeriö", "funder")]),
    ("Vaasan kaupunki sai 1,14 miljoonan euron avustuksen Wasa Station -hankkeeseen", [("Vaasan kaupunki", "owner")]),
    ("Kurun lähiruoka ry on saanut ELY-keskukselta myönteisen rahoituspäätöksen lähiruokaprojektiin, jolla lisätään "
     "paikallisen kalan käyttöä.", [("Kurun lähiruoka ry", "owner"), ("ELY-keskus", "funder")]),
    ("Kulttuurisilta on Metropolian hallinnoima hanke, jonka osatoteuttajina ovat Vantaan, Helsingin, Kauniaisten ja "
     "Espoon kaupungit.",
     [("Metropolia", "owner"), ("Vantaan kaupunki", "implementer"), ("Helsingin kaupunki", "implementer"),
      ("Kauniaisten kaupunki", "implementer"), ("Espoon kaupunki", "implementer")]),
    ("Hankkeen julkinen tuki muodostuu ELY-keskuksen myöntämästä tuesta ja toimintaryhmän kautta myönnetystä "
     "kuntarahasta.", [("ELY-keskus", "funder")]),
    ("Ympäristöministeriö rahoittaa hanketta 48 760 eurolla Vesiensuojelun tehostamisohjelmasta.",
     [("Ympäristöministeriö", "funder")]),
    ("Paraisten kaupunki kehittää toimivia ja kestäviä tapoja suunnitella ja toteuttaa hulevesien käsittelyä.",
     [("Paraisten kaupunki", "owner")]),
    ("Kempeleen kunta muuttaa Pirilän alueella sijaitsevan vanhan vihannesvaraston kierrätyskeskukseksi.",
     [("Kempeleen kunta", "owner")]),
    ("Työ jatkuu toisessa projektissa 2013–2016. Rahoittaja: Helsingin kaupungin innovaatiorahasto.",
     [("Helsingin kaupungin innovaatiorahasto", "funder")]),
    ("Esimerkin kyläyhdistys ry on hakenut tukea kylätalon korjaukseen.", [("Esimerkin kyläyhdistys ry", "owner")]),
    ("Exempelby Marthaförening står bakom projektet Kylans hus.", [("Exempelby Marthaförening", "owner")]),
    ("Huvudman för projektet är Exempelby kommun.", [("Exempelby kommun", "owner")]),
])
def test_orgs_from_text(text, expected):
    assert pairs(O.orgs_from_text(text)) == expected


@pytest.mark.parametrize("text", [
    # steering group and target groups
    "Ohjausryhmässä osatoteuttajakaupunkeja edustavat kulttuurijohtaja Annukka Larkio (Vantaa), osastopäällikkö "
    "Marianna Kajantie (Helsinki).",
    "Mukana on myös hankkeen kohderyhmien edustajia, muun muassa Vanhustyön keskusliiton Ystäväpiiri-toiminnasta ja "
    "Suomen Musiikkioppilaitosten Liitosta.",
    "Hankkeen kohderyhmänä ovat rakennetyöttömät työnhakijat sekä haastavassa työmarkkina-asemassa olevat nuoret.",
    # programmes the project belongs to
    "Hanke alkoi osana Julkishallinnon johtamisohjelmaa (2010-2011), jonka yhtenä osa-alueena on ihmiskeskeinen "
    "palvelukehitys.",
    "Wasa Station -hankkeelle on opetus- ja kulttuuriministeriön rahoitusohjelmassa jo aiempina vuosina varattu "
    "yhteensä kolmen miljoonan euron kokonaisrahoitus.",
    # target areas and places
    "International talents in Kanta-Häme –hankkeen tavoitteena on parantaa Hämeenlinnan, Riihimäen sekä Forssan "
    "alueella asuvien korkeasti koulutettujen maahanmuuttajien työllisyystilannetta.",
    "Hanke toimii Hämeenlinnassa, Riihimäellä ja Forssassa.",
    # in passing, generic or lower-case
    "Valintamenetelmä toteutetaan yhteistyössä suurimman paikallismedian (Kaleva) kanssa.",
    "Verkoston tavoitteena on laajentaa verkostoa yhteistyössä korkeakoulujen ja kv-toimijoiden kanssa.",
    "Kupoli oli tutkimushanke, jonka yhteydessä kaksi hollantilaista opiskelijaa teki pro gradu -tutkielmansa "
    "Eindhovenin teknilliseen yliopistoon (TU/e).",
    "Hämeenlinnan kaupunki on sitoutunut edistämään kestävän elämäntavan opinpolkua osana kaupungin strategian "
    "Hiilineutraalisuus-ohjelman toimeenpanoa.",
    "Oulun Seudun Leader on maaseudun kehittämisyhdistys, jota rahoittavat maa- ja metsätalousministeriö ja "
    "toiminta-alueen kunnat.",
    "Hankkeen myötä Sitralle tarjoutui mahdollisuus kokeilla käytännössä vertaistuotantomallin rakentamista.",
    "Moni hyvä palvelu on saanut Hämeenlinnassa alkunsa hankkeesta.",
    # bridge financing, awards
    "Yhdistys on hakenut Ylöjärven kaupungilta väliaikaisrahoitusta 15 000 euroa hankkeen toteuttamiseen.",
    "Kaupunginhallitus päättää myöntää Kurun lähiruoka ry:lle 15 000 euron väliaikaisrahoituksen lähiruokaprojektiin.",
    "Yhdistys on pyytänyt Tuusulan kunnalta väliaikaisrahoitusta hankkeen toteuttamisen varmistamiseksi.",
    "Vuosikokouksessa palkittiin vuoden parhaan Nuori Leader -projektin toteuttajana Janina Tihinen Haukiputaalta.",
    "Staden driver och deltar i projekt som får extern finansiering. De flesta projekt genomförs tillsammans med "
    "andra kommuner, regioner eller länder.",
    "",
])
def test_orgs_from_text_nothing(text):
    assert O.orgs_from_text(text) == []


@pytest.mark.parametrize("text, expected", [
    # phrasings not in the corpus: the same cues must carry over
    ("Hanketta hallinnoi Pohjois-Karjalan ammattikorkeakoulu ja sitä rahoittaa Euroopan aluekehitysrahasto.",
     [("Pohjois-Karjalan ammattikorkeakoulu", "owner"), ("Euroopan aluekehitysrahasto", "funder")]),
    ("Projektia koordinoi Jyväskylän yliopisto yhteistyössä Jyväskylän kaupungin ja Keski-Suomen liiton kanssa.",
     [("Jyväskylän yliopisto", "owner"), ("Jyväskylän kaupunki", "partner"), ("Keski-Suomen liitto", "partner")]),
    ("Hankkeen päätoteuttajana toimii Kajaanin ammattikorkeakoulu ja osatoteuttajina Kainuun Etu Oy sekä Kuhmon kaupunki.",
     [("Kajaanin ammattikorkeakoulu", "owner"), ("Kainuun Etu Oy", "implementer"), ("Kuhmon kaupunki", "implementer")]),
    ("The project is run by the City of Espoo in cooperation with Aalto University.",
     [("City of Espoo", "owner"), ("Aalto University", "partner")]),
    ("Business Finland myönsi hankkeelle 200 000 euroa.", [("Business Finland", "funder")]),
    ("Keski-Suomen liiton rahoittama hanke käynnistyi keväällä.", [("Keski-Suomen liitto", "funder")]),
    ("Lapin ELY-keskus on myöntänyt Sodankylän kunnalle rahoitusta hankkeeseen.",
     [("Sodankylän kunta", "owner"), ("Lapin ELY-keskus", "funder")]),
])
def test_orgs_from_text_unseen_phrasings(text, expected):
    assert pairs(O.orgs_from_text(text)) == expected


def test_person_is_not_an_implementer():
    found = O.orgs_from_text("Hankkeen toteuttajana toimii Janina Tihinen.")
    assert found == []


# -- owner, merge, logos ---------------------------------------------------------------

def test_owner_of():
    orgs = [Organisation("Sitra", "partner"), Organisation("Hämeenlinnan kaupunki", "owner"),
            Organisation("Hämeen ammattikorkeakoulu", "owner")]
    assert O.owner_of(orgs) == "Hämeenlinnan kaupunki"
    assert O.owner_of([Organisation("Traficom", "funder")]) is None


def test_merge_orgs_prefers_the_fuller_field_name():
    field = [Organisation("Metropolia Ammattikorkeakoulu Oy", "owner")]
    text = [Organisation("Metropolia", "owner"), Organisation("Vantaan kaupunki", "implementer")]
    assert pairs(O.merge_orgs(field, text)) == [("Metropolia Ammattikorkeakoulu Oy", "owner"),
                                                 ("Vantaan kaupunki", "implementer")]


def test_orgs_from_logos():
    alts = ["Helsinki logo", "Kuopia logo", "Turku logo", "Gofore logo", "Ubigu logo", "Vastuugroup logo",
            "Platformoftrust logo"]
    assert pairs(O.orgs_from_logos(alts)) == [(n, "partner") for n in
                                              ["Helsinki", "Kuopio", "Turku", "Gofore", "Ubigu", "Vastuugroup",
                                               "Platformoftrust"]]


def test_fund_logos_are_skipped():
    assert O.orgs_from_logos(["Euroopan unionin logo", "Vipuvoimaa EU:lta logo"]) == []


@pytest.mark.parametrize("phrase, names", [
    ("Finnish Institute for Health and Welfare (THL)", ["Finnish Institute for Health and Welfare (THL)"]),
    ("Ministry of Economic Affairs and Employment", ["Ministry of Economic Affairs and Employment"]),
    ("University of Helsinki and Aalto University", ["University of Helsinki", "Aalto University"]),
    ("City of Tampere and Tampere University", ["City of Tampere", "Tampere University"]),
])
def test_an_english_and_inside_one_name_is_not_a_list(phrase, names):
    assert O.split_coordinated(phrase) == names


def test_the_projects_own_name_names_no_owner():
    assert O.orgs_from_field("Hankkeen nimi", "Kylien verkostohanke") == []
    assert O.orgs_from_field("Hallinnoija", "Oulun kaupungin hanke") == [Organisation("Oulun kaupunki", "owner")]


def test_an_english_name_with_and_is_read_whole_from_prose():
    found = O.orgs_from_text("The project was run by the Finnish Institute for Health and Welfare (THL). Its "
                             "implementation partners were City of Tampere Employment and Growth Services and "
                             "Culture Centre PiiPoo.")
    assert pairs(found) == [("Finnish Institute for Health and Welfare", "owner"),
                            ("City of Tampere Employment and Growth Services", "partner"),
                            ("Culture Centre PiiPoo", "partner")]


def test_a_unit_after_a_slash_is_part_of_its_organisation_not_a_name_of_its_own():
    assert O.orgs_from_field("Huvudman", "Exempelby kommun / Avdelningen för miljö och teknik") == [
        Organisation("Exempelby kommun", "owner")]
    assert O.orgs_from_field("Hallinnoija", "Esimerkkilän kunta / Ympäristöosasto") == [
        Organisation("Esimerkkilän kunta", "owner")]
    # a second name that is no unit stays, as the document names it
    assert O.orgs_from_field("Hallinnoija", "Esimerkin yliopisto / Meriopisto Rauma") == [
        Organisation("Esimerkin yliopisto / Meriopisto Rauma", "owner")]


def test_a_narrow_cells_wrapped_lines_are_one_name():
    got = [(o.name, o.role) for o in O.orgs_from_field("Hakija", "Esimerkkimaan\n4H-piiri ry")]
    assert got == [("Esimerkkimaan 4H-piiri ry", "owner")]
    got = [o.name for o in O.orgs_from_field("Yhteistyökumppanit", "Esimerkki ry, Kylä\nry, Toinen-Leader ry")]
    assert got == ["Esimerkki ry", "Kylä ry", "Toinen-Leader ry"]
    # two names on two lines stay two
    got = [o.name for o in O.orgs_from_field("Hakija", "Esimerkkilän kunta\nExempelby kommun")]
    assert got == ["Esimerkkilän kunta", "Exempelby kommun"]


def test_a_payer_named_with_an_organisations_head_word():
    assert O.is_named_organisation("Esimerkkimaan ELY-keskus") and O.is_named_organisation("Esimerkki ry")
    assert not O.is_named_organisation("Kaupunki") and not O.is_named_organisation("Kylätalo kuntoon")


def test_a_consortium_list_gives_its_coordinator_as_owner_and_no_towns():
    got = [(o.name, o.role) for line in ("Esimerkki University (coordinator), Tampere",
                                         "Exempel Institute Ltd, Espoo")
           for o in O.orgs_from_field("Consortium", line)]
    assert got == [("Esimerkki University", "owner"), ("Exempel Institute Ltd", "partner")]
    assert [(o.name, o.role) for o in O.orgs_from_field("Konsortio", "Esimerkin yliopisto (koordinaattori)")] \
        == [("Esimerkin yliopisto", "owner")]
