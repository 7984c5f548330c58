#!/usr/bin/env python3
"""Synthetic layout documents with gold answers for Finnish project ("hanke") extraction.

    python3 generate.py OUT_DIR

writes OUT_DIR/<family>/docs/<name>.html and OUT_DIR/<family>/gold/<name>.html.json for every
template family, DOCS_PER_FAMILY documents each.  Every document is a pure function of
(family, index): it is drawn from random.Random("<family>:<index>") and nothing else (no clock,
no environment, no set iteration), so the same run gives the same bytes.

All people, organisations of the ry/Oy/sr kind, projects, amounts, phone numbers and e-mail
addresses are invented.  Municipality names are real Finnish municipalities; public bodies
(ELY-keskus, maakuntaliitto, ammattikorkeakoulu, ministries, EU funds) are named by their real kind.
E-mail and web addresses use *.example.fi.

The gold follows /work/shared/corpus/CONVENTIONS.md; the per-family rules are in README.md.
Standard library only (Python 3.11).
"""
import calendar
import datetime as dt
import html
import json
import os
import random
import sys

DOCS_PER_FAMILY = 6


def E(s):
    return html.escape(str(s), quote=True)


# ----------------------------------------------------------------------------------------------
# pools
# ----------------------------------------------------------------------------------------------

class Muni:
    def __init__(self, fi, gen, kind, region, sv=None, sv_full=None):
        self.fi, self.gen, self.kind, self.region = fi, gen, kind, region
        self.sv, self.sv_full = sv, sv_full          # Swedish short name and Swedish name of the body
        self.domain = fold(fi) + ".example.fi"


def fold(s):
    """e-mail / domain folding: lower case, ä→a, ö→o, å→a, spaces dropped, hyphens kept."""
    return (s.lower().replace("ä", "a").replace("ö", "o").replace("å", "a")
            .replace("é", "e").replace(" ", ""))


REGIONS = {
    "psavo": dict(gen="Pohjois-Savon", en="North Savo", ely="Pohjois-Savon ELY-keskus",
                  liitto="Pohjois-Savon liitto", amk=("Savonia-ammattikorkeakoulu", "savonia",
                                                      "Savonia University of Applied Sciences"),
                  leader=["Kalakukko ry", "Leader Ylä-Savo ry"]),
    "pkarjala": dict(gen="Pohjois-Karjalan", en="North Karelia", ely="Pohjois-Karjalan ELY-keskus",
                     liitto="Pohjois-Karjalan maakuntaliitto",
                     amk=("Karelia-ammattikorkeakoulu", "karelia", "Karelia University of Applied Sciences"),
                     leader=["Vaara-Karjalan Leader ry", "Joensuun Seudun Leader ry"]),
    "kainuu": dict(gen="Kainuun", en="Kainuu", ely="Kainuun ELY-keskus", liitto="Kainuun liitto",
                   amk=("Kajaanin ammattikorkeakoulu", "kamk", "Kajaani University of Applied Sciences"),
                   leader=["Oulujärvi Leader ry", "Elävä Kainuu Leader ry"]),
    "lappi": dict(gen="Lapin", en="Lapland", ely="Lapin ELY-keskus", liitto="Lapin liitto",
                  amk=("Lapin ammattikorkeakoulu", "lapinamk", "Lapland University of Applied Sciences"),
                  leader=["Leader Tunturi-Lappi ry", "Peräpohjolan Kehitys ry"]),
    "epohjanmaa": dict(gen="Etelä-Pohjanmaan", en="South Ostrobothnia", ely="Etelä-Pohjanmaan ELY-keskus",
                       liitto="Etelä-Pohjanmaan liitto",
                       amk=("Seinäjoen ammattikorkeakoulu", "seamk", "Seinäjoki University of Applied Sciences"),
                       leader=["Leader Aisapari ry", "Kuudestaan ry"]),
    "satakunta": dict(gen="Satakunnan", en="Satakunta", ely="Satakunnan ELY-keskus", liitto="Satakuntaliitto",
                      amk=("Satakunnan ammattikorkeakoulu", "samk", "Satakunta University of Applied Sciences"),
                      leader=["Leader Karhuseutu ry", "Pohjois-Satakunnan Leader ry"]),
    "hame": dict(gen="Hämeen", en="Häme", ely="Hämeen ELY-keskus", liitto="Hämeen liitto",
                 amk=("Hämeen ammattikorkeakoulu", "hamk", "Häme University of Applied Sciences"),
                 leader=["Linnaseutu ry", "Leader Ykkösakseli ry"]),
    "ksuomi": dict(gen="Keski-Suomen", en="Central Finland", ely="Keski-Suomen ELY-keskus",
                   liitto="Keski-Suomen liitto",
                   amk=("Jyväskylän ammattikorkeakoulu", "jamk", "JAMK University of Applied Sciences"),
                   leader=["Leader Viisari ry", "Jyväsriihi ry"]),
    "pohjanmaa": dict(gen="Pohjanmaan", en="Ostrobothnia", ely="Pohjanmaan ELY-keskus", liitto="Pohjanmaan liitto",
                      amk=("Vaasan ammattikorkeakoulu", "vamk", "Vaasa University of Applied Sciences"),
                      leader=["Aktion Österbotten rf"],
                      sv_liitto="Österbottens förbund", sv_ely="NTM-centralen i Österbotten",
                      sv_amk=("Yrkeshögskolan Novia", "novia")),
    "uusimaa": dict(gen="Uudenmaan", en="Uusimaa", ely="Uudenmaan ELY-keskus", liitto="Uudenmaan liitto",
                    amk=("Laurea-ammattikorkeakoulu", "laurea", "Laurea University of Applied Sciences"),
                    leader=["Pomoottori ry", "Leader Sydkusten rf"],
                    sv_liitto="Nylands förbund", sv_ely="NTM-centralen i Nyland",
                    sv_amk=("Yrkeshögskolan Arcada", "arcada")),
    "vsuomi": dict(gen="Varsinais-Suomen", en="Southwest Finland", ely="Varsinais-Suomen ELY-keskus",
                   liitto="Varsinais-Suomen liitto",
                   amk=("Turun ammattikorkeakoulu", "turkuamk", "Turku University of Applied Sciences"),
                   leader=["Ravakka ry", "Varsin Hyvä ry"],
                   sv_liitto="Egentliga Finlands förbund", sv_ely="NTM-centralen i Egentliga Finland",
                   sv_amk=("Yrkeshögskolan Novia", "novia")),
}

_M = [
    # fi, genitive, kind, region, (sv short, sv name of the body)
    ("Kuopio", "Kuopion", "kaupunki", "psavo"), ("Iisalmi", "Iisalmen", "kaupunki", "psavo"),
    ("Varkaus", "Varkauden", "kaupunki", "psavo"), ("Suonenjoki", "Suonenjoen", "kaupunki", "psavo"),
    ("Leppävirta", "Leppävirran", "kunta", "psavo"), ("Siilinjärvi", "Siilinjärven", "kunta", "psavo"),
    ("Tuusniemi", "Tuusniemen", "kunta", "psavo"),
    ("Joensuu", "Joensuun", "kaupunki", "pkarjala"), ("Lieksa", "Lieksan", "kaupunki", "pkarjala"),
    ("Nurmes", "Nurmeksen", "kaupunki", "pkarjala"), ("Kitee", "Kiteen", "kaupunki", "pkarjala"),
    ("Outokumpu", "Outokummun", "kaupunki", "pkarjala"), ("Liperi", "Liperin", "kunta", "pkarjala"),
    ("Ilomantsi", "Ilomantsin", "kunta", "pkarjala"), ("Juuka", "Juuan", "kunta", "pkarjala"),
    ("Kajaani", "Kajaanin", "kaupunki", "kainuu"), ("Kuhmo", "Kuhmon", "kaupunki", "kainuu"),
    ("Sotkamo", "Sotkamon", "kunta", "kainuu"), ("Suomussalmi", "Suomussalmen", "kunta", "kainuu"),
    ("Paltamo", "Paltamon", "kunta", "kainuu"),
    ("Rovaniemi", "Rovaniemen", "kaupunki", "lappi"), ("Kemijärvi", "Kemijärven", "kaupunki", "lappi"),
    ("Tornio", "Tornion", "kaupunki", "lappi"), ("Kemi", "Kemin", "kaupunki", "lappi"),
    ("Sodankylä", "Sodankylän", "kunta", "lappi"), ("Inari", "Inarin", "kunta", "lappi"),
    ("Kittilä", "Kittilän", "kunta", "lappi"),
    ("Seinäjoki", "Seinäjoen", "kaupunki", "epohjanmaa"), ("Lapua", "Lapuan", "kaupunki", "epohjanmaa"),
    ("Kauhava", "Kauhavan", "kaupunki", "epohjanmaa"), ("Alajärvi", "Alajärven", "kaupunki", "epohjanmaa"),
    ("Kurikka", "Kurikan", "kaupunki", "epohjanmaa"), ("Ähtäri", "Ähtärin", "kaupunki", "epohjanmaa"),
    ("Pori", "Porin", "kaupunki", "satakunta"), ("Rauma", "Rauman", "kaupunki", "satakunta"),
    ("Kankaanpää", "Kankaanpään", "kaupunki", "satakunta"), ("Harjavalta", "Harjavallan", "kaupunki", "satakunta"),
    ("Eura", "Euran", "kunta", "satakunta"), ("Huittinen", "Huittisten", "kaupunki", "satakunta"),
    ("Hämeenlinna", "Hämeenlinnan", "kaupunki", "hame"), ("Forssa", "Forssan", "kaupunki", "hame"),
    ("Riihimäki", "Riihimäen", "kaupunki", "hame"), ("Hattula", "Hattulan", "kunta", "hame"),
    ("Janakkala", "Janakkalan", "kunta", "hame"), ("Loppi", "Lopen", "kunta", "hame"),
    ("Jyväskylä", "Jyväskylän", "kaupunki", "ksuomi"), ("Jämsä", "Jämsän", "kaupunki", "ksuomi"),
    ("Äänekoski", "Äänekosken", "kaupunki", "ksuomi"), ("Saarijärvi", "Saarijärven", "kaupunki", "ksuomi"),
    ("Keuruu", "Keuruun", "kaupunki", "ksuomi"), ("Viitasaari", "Viitasaaren", "kaupunki", "ksuomi"),
    ("Laukaa", "Laukaan", "kunta", "ksuomi"),
    ("Vaasa", "Vaasan", "kaupunki", "pohjanmaa", "Vasa", "Vasa stad"),
    ("Närpiö", "Närpiön", "kaupunki", "pohjanmaa", "Närpes", "Närpes stad"),
    ("Mustasaari", "Mustasaaren", "kunta", "pohjanmaa", "Korsholm", "Korsholms kommun"),
    ("Kristiinankaupunki", "Kristiinankaupungin", "kaupunki", "pohjanmaa", "Kristinestad", "Kristinestads stad"),
    ("Uusikaarlepyy", "Uudenkaarlepyyn", "kaupunki", "pohjanmaa", "Nykarleby", "Nykarleby stad"),
    ("Pietarsaari", "Pietarsaaren", "kaupunki", "pohjanmaa", "Jakobstad", "Jakobstads stad"),
    ("Maalahti", "Maalahden", "kunta", "pohjanmaa", "Malax", "Malax kommun"),
    ("Porvoo", "Porvoon", "kaupunki", "uusimaa", "Borgå", "Borgå stad"),
    ("Raasepori", "Raaseporin", "kaupunki", "uusimaa", "Raseborg", "Raseborgs stad"),
    ("Loviisa", "Loviisan", "kaupunki", "uusimaa", "Lovisa", "Lovisa stad"),
    ("Sipoo", "Sipoon", "kunta", "uusimaa", "Sibbo", "Sibbo kommun"),
    ("Inkoo", "Inkoon", "kunta", "uusimaa", "Ingå", "Ingå kommun"),
    ("Tuusula", "Tuusulan", "kunta", "uusimaa"), ("Nurmijärvi", "Nurmijärven", "kunta", "uusimaa"),
    ("Lohja", "Lohjan", "kaupunki", "uusimaa"), ("Vihti", "Vihdin", "kunta", "uusimaa"),
    ("Parainen", "Paraisten", "kaupunki", "vsuomi", "Pargas", "Pargas stad"),
    ("Kemiönsaari", "Kemiönsaaren", "kunta", "vsuomi", "Kimitoön", "Kimitoöns kommun"),
    ("Naantali", "Naantalin", "kaupunki", "vsuomi", "Nådendal", "Nådendals stad"),
    ("Salo", "Salon", "kaupunki", "vsuomi"), ("Uusikaupunki", "Uudenkaupungin", "kaupunki", "vsuomi"),
    ("Loimaa", "Loimaan", "kaupunki", "vsuomi"), ("Somero", "Someron", "kaupunki", "vsuomi"),
]
MUNIS = [Muni(*t) for t in _M]
MUNI_BY_FI = {m.fi: m for m in MUNIS}
SV_REGIONS = ["pohjanmaa", "uusimaa", "vsuomi"]


def munis_in(region, sv=False):
    return [m for m in MUNIS if m.region == region and (m.sv or not sv)]


FIRST_FI = ["Anna", "Mikko", "Jussi", "Sanna", "Heikki", "Laura", "Tiina", "Matti", "Eeva", "Päivi", "Jari",
            "Kirsi", "Antti", "Minna", "Juha", "Outi", "Sari", "Timo", "Elina", "Ville", "Riikka", "Pekka",
            "Hanna", "Tuomas", "Marjut", "Jyrki", "Satu", "Aleksi", "Noora", "Ari", "Maija", "Jenni", "Kaisa",
            "Ilkka", "Lotta", "Sirpa", "Olli", "Pirjo", "Tero", "Johanna", "Säde", "Väinö", "Ulla", "Esa"]
LAST_FI = ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen",
           "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi",
           "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Laitinen", "Tuominen", "Rantanen", "Karjalainen",
           "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen", "Pölönen", "Kärkkäinen", "Väisänen",
           "Räsänen", "Lätti-Hyvönen", "Ruotsalainen", "Pesonen", "Hyvärinen", "Miettinen", "Kauppinen",
           "Ryynänen", "Östman", "Kettunen-Mäki"]
FIRST_SV = ["Anders", "Maria", "Johan", "Karin", "Mikael", "Linnea", "Erik", "Sofia", "Henrik", "Åsa",
            "Jonas", "Camilla", "Fredrik", "Ida", "Patrik"]
LAST_SV = ["Sjöberg", "Holmström", "Öhman", "Björklund", "Granqvist", "Ek", "Lindqvist", "Nyström",
           "Backman", "Åkerlund", "Strandberg", "Wikström", "Forsblom"]

TITLES_FI = ["projektipäällikkö", "hankekoordinaattori", "kehittämispäällikkö", "projektiasiantuntija",
             "hankeasiantuntija", "kehittämisjohtaja", "projektikoordinaattori", "hankepäällikkö",
             "projektisuunnittelija", "toiminnanjohtaja", "elinkeinoasiamies", "kylävalmentaja"]
TITLES_SV = ["projektledare", "projektkoordinator", "utvecklingschef", "projektplanerare", "verksamhetsledare"]
TITLES_EN = ["Project Manager", "Project Coordinator", "Development Manager", "Project Specialist",
             "Senior Advisor"]

NAMES_FI = [
    "Kylät kuntoon", "Yhdessä eteenpäin", "Lähiruoka lautaselle", "Digiloikka kylille", "Osaava työyhteisö",
    "Nuorten polut työelämään", "Kestävä kaupunkiluonto", "Elinvoimaa keskustaan", "Reitit kuntoon",
    "Hiilineutraali kunta 2030", "Matkailun kasvupolku", "Kulttuuria kaikille", "Ikäihmisten digituki",
    "Yrittäjyyden siemenet", "Työllisyyden kumppanuusmalli", "Kiertotalouden ekosysteemi",
    "Vesistöt virkistykseen", "Luontomatkailun palvelupolku", "Kylätalojen energiaremontti",
    "Osallistava budjetointi", "Liikkuva koulu 2.0", "Tulevaisuuden maaseutu", "Puurakentamisen osaamiskeskus",
    "Arjen turvaa", "Hyvinvoiva nuori", "Kotoutumisen tuki", "Rantareitin kunnostus",
    "Uimarannan peruskorjaus", "Pyöräilyn edistäminen", "Energiaviisas kunta", "Ruokahävikki pois!",
    "Kylien ääni", "Yhteisöllinen asuminen", "Elävä kirjasto", "Taidetta arkeen", "Välittävä kylä",
    "Lasten liikuntapolku", "Kotiseutu tutuksi", "Sujuvat palvelut", "Älykäs kylä (ÄLYKY)", "Osaajat kotiin",
    "Työn murros (TYMU)", "Lähimetsät virkistykseen", "Satamanrannan kehittäminen", "Kuntalaisraati",
    "Vihreä siirtymä kunnissa", "Koulupihat liikkeelle", "Nuotiopaikat kuntoon", "Kylätalo 2.0",
    "Matkailutiet näkyviksi", "Vapaaehtoistyön verkosto", "Senioreille liikettä!", "Kalaa lähivesistä",
    "Hulevedet hallintaan", "Metsäpolku kaikille", "Maaseudun digimentori", "Rakennusperintö eläväksi",
    "Keskustan kävelykatu", "Yhteiskäyttöautot kyliin", "Saavutettava luonto",
]
SUBTITLES_FI = ["yhteisöt palvelujen tuottajina", "osaamista ja työtä", "kohti kestävää arkea",
                "kylät ja kunta yhdessä", "uusia ratkaisuja maaseudulle", "hyvinvointia luonnosta"]
NAMES_SV = ["Levande skärgård", "Hållbar turism i byarna", "Byar i rörelse", "Unga in i arbetslivet",
            "Smart energi i byn", "Kulturstig längs kusten", "Framtidens skola", "Grön omställning",
            "Trygg vardag", "Vattnet som resurs", "Digitala byar", "Lokal mat i skolan", "Cykelvägar för alla"]
NAMES_EN = ["Smart Villages Finland", "Green Growth Lakeland", "Arctic Food Innovation",
            "Digital Skills for All", "Circular Harbour", "Nature Tourism Pathways",
            "Youth Employment Bridge (YEB)", "Clean Waters Network", "Active Ageing Lab",
            "Wood Building Hub", "Talent Boost North", "Resilient Communities"]

VILLAGES = ["Kalliojärven", "Pihlajaveden", "Ristinummen", "Koivulahden", "Haapaniemen", "Rantakylän",
            "Mustolan", "Särkilahden", "Ylikylän", "Kuusiselän", "Lehtovaaran", "Honkalan", "Ahvenlammen"]
VILLAGES_SV = ["Övermark", "Pörtom", "Solf", "Replot", "Sundom", "Tjöck", "Lappfjärd", "Pojo", "Svartå"]

NEWS_FI = ["Kesän uimarannat avautuvat", "Valtuuston kokous maanantaina", "Kirjaston aukioloajat muuttuvat",
           "Katutöitä keskustassa ensi viikolla", "Tervetuloa kyläiltaan", "Kulttuuriavustusten haku päättyy",
           "Liikuntapaikkojen talvikunnossapito alkoi", "Kuntalaiskysely avautui", "Joulunavaus torilla",
           "Kesätyöpaikat haettavana", "Vesikatkos Asemakadulla", "Uusi päiväkoti valmistui"]
NEWS_SV = ["Simstränderna öppnar", "Fullmäktige sammanträder på måndag", "Biblioteket har nya öppettider",
           "Gatuarbeten i centrum", "Sommarjobb för unga", "Julöppning på torget"]
NEWS_EN = ["Summer beaches open", "Council meets on Monday", "New library opening hours",
           "Street works in the centre", "Summer jobs for young people"]

MONTHS_FI = ["tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu", "heinäkuu", "elokuu",
             "syyskuu", "lokakuu", "marraskuu", "joulukuu"]
MONTHS_SV = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
             "oktober", "november", "december"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]


# ----------------------------------------------------------------------------------------------
# organisations
# ----------------------------------------------------------------------------------------------

def genitive(nom):
    for suf, rep in ((" kaupunki", " kaupungin"), (" kunta", " kunnan"), ("ELY-keskus", "ELY-keskuksen"),
                     ("liitto", "liiton"), ("yhdistys", "yhdistyksen"), ("ministeriö", "ministeriön")):
        if nom.endswith(suf):
            return nom[: -len(suf)] + rep
    if nom.split()[-1] in ("ry", "Oy", "sr", "rf", "Ab"):
        return nom + ":n"
    if nom[-1] in "aeiouyäö":
        return nom + "n"
    return nom + ":n"


def allative(nom):
    for suf, rep in ((" kaupunki", " kaupungille"), (" kunta", " kunnalle"), ("ELY-keskus", "ELY-keskukselle"),
                     ("liitto", "liitolle"), ("yhdistys", "yhdistykselle")):
        if nom.endswith(suf):
            return nom[: -len(suf)] + rep
    if nom.split()[-1] in ("ry", "Oy", "sr", "rf", "Ab"):
        return nom + ":lle"
    if nom[-1] in "aeiouyäö":
        return nom + "lle"
    return nom + ":lle"


class Org:
    def __init__(self, nom, kind, muni=None, domain=None, en=None, sv=None):
        self.nom, self.kind, self.muni, self.domain = nom, kind, muni, domain
        self.gen, self.all = genitive(nom), allative(nom)
        self.en, self.sv = en, sv

    @property
    def municipal(self):
        return self.kind in ("kaupunki", "kunta")


def muni_org(m):
    en = ("City of " if m.kind == "kaupunki" else "Municipality of ") + m.fi
    return Org(f"{m.gen} {m.kind}", m.kind, muni=m.fi, domain=m.domain, en=en, sv=m.sv_full)


def sv_muni_org(m):
    kind = "kaupunki" if m.sv_full.endswith("stad") else "kunta"
    return Org(m.sv_full, kind, muni=m.fi, domain=m.domain)


def region_org(region, which, lang="fi"):
    r = REGIONS[region]
    if which == "ely":
        dom = fold(r["gen"]).replace("-", "") + "-ely.example.fi"
        if lang == "sv" and r.get("sv_ely"):
            return Org(r["sv_ely"], "ely", domain=dom)
        if lang == "en":
            return Org(f"{r['en']} ELY Centre", "ely", domain=dom)
        return Org(r["ely"], "ely", domain=dom)
    if which == "liitto":
        dom = fold(r["liitto"]).replace("-", "") + ".example.fi"
        if lang == "sv" and r.get("sv_liitto"):
            return Org(r["sv_liitto"], "liitto", domain=dom)
        if lang == "en":
            return Org(f"Regional Council of {r['en']}", "liitto", domain=dom)
        return Org(r["liitto"], "liitto", domain=dom)
    if which == "amk":
        if lang == "sv" and r.get("sv_amk"):
            n, d = r["sv_amk"]
            return Org(n, "amk", domain=d + ".example.fi")
        n, d, en = r["amk"]
        if lang == "en":
            return Org(en, "amk", domain=d + ".example.fi")
        return Org(n, "amk", domain=d + ".example.fi")
    raise ValueError(which)


def leader_org(rng, region):
    n = rng.choice(REGIONS[region]["leader"])
    return Org(n, "leader", domain=fold(n.replace(" ry", "").replace(" rf", "")).replace("-", "") + ".example.fi")


def assoc_org(rng, m, lang="fi"):
    """A registered association, company or foundation at home in municipality m."""
    r = REGIONS[m.region]
    if lang == "sv":
        v = rng.choice(VILLAGES_SV)
        g = m.sv if m.sv.endswith("s") else m.sv + "s"
        n = rng.choice([f"Byaföreningen i {v} rf", f"{m.sv} Företagare rf", f"{v} ungdomsförening rf",
                        f"{g} hembygdsförening rf", f"{g} Marthaförening rf"])
        kind = "Ab" if n.endswith("Ab") else "ry"
    else:
        v = rng.choice(VILLAGES)
        n = rng.choice([f"{v} kyläyhdistys ry", f"{m.gen} Yrittäjät ry", f"{m.gen} kotiseutuyhdistys ry",
                        f"{r['gen']} Kylät ry", f"{v} Nuorisoseura ry", f"{m.gen} Latu ry",
                        f"{m.gen} Kehitys Oy", f"{r['gen']} Matkailu Oy", f"{r['gen']} Kulttuurisäätiö sr",
                        f"{v} Maamiesseura ry"])
        kind = n.split()[-1]
    base = n.replace(" ry", "").replace(" rf", "").replace(" Oy", "").replace(" sr", "").replace(" Ab", "")
    return Org(n, kind, muni=m.fi, domain=fold(base).replace("-", "") + ".example.fi")


MINISTRIES = ["Opetus- ja kulttuuriministeriö", "Ympäristöministeriö", "Sosiaali- ja terveysministeriö",
              "Työ- ja elinkeinoministeriö", "Maa- ja metsätalousministeriö"]


# ----------------------------------------------------------------------------------------------
# people, phones, e-mails
# ----------------------------------------------------------------------------------------------

class Person:
    def __init__(self, first, last):
        self.first, self.last = first, last

    @property
    def name(self):
        return f"{self.first} {self.last}"

    def email(self, domain):
        return f"{fold(self.first)}.{fold(self.last)}@{domain}"


def make_person(rng, used, lang="fi"):
    for _ in range(200):
        if lang == "sv":
            p = Person(rng.choice(FIRST_SV), rng.choice(LAST_SV))
        else:
            p = Person(rng.choice(FIRST_FI), rng.choice(LAST_FI))
        if p.name not in used and p.last not in {u.split(" ", 1)[1] for u in used}:
            used.add(p.name)
            return p
    raise RuntimeError("people pool exhausted")


def make_phone(rng):
    pre = rng.choice(["040", "041", "044", "045", "050", "0400", "046", "050"])
    n = 6 if pre == "0400" else 7
    return pre + "".join(str(rng.randint(0, 9)) for _ in range(n))


def e164(nat):
    return "+358" + nat[1:]


def phone_display(rng, nat, lang="fi"):
    if nat.startswith("0400"):
        a, b = nat[:4], nat[4:]
        forms = [f"{a} {b[:3]} {b[3:]}", f"{a}-{b}", f"+358 {a[1:]} {b[:3]} {b[3:]}", f"{a} {b}"]
    else:
        a, b = nat[:3], nat[3:]
        forms = [f"{a} {b[:3]} {b[3:]}", f"{a}-{b[:3]} {b[3:]}", f"{a} {b[:4]} {b[4:]}", f"{a}{b}",
                 f"+358 {a[1:]} {b[:3]} {b[3:]}", f"+358{a[1:]}{b}", f"{a} {b[:3]} {b[3:5]} {b[5:]}"]
    if lang == "en":
        forms = [f for f in forms if f.startswith("+")] or forms
    return rng.choice(forms)


PHONE_PREFIX = {"fi": ["puh. ", "p. ", "Puh. ", "", "puhelin "], "sv": ["tfn ", "tel. ", "Tfn: ", ""],
                "en": ["tel. ", "Tel. ", "phone ", ""]}


class Contact:
    """A contact as the document shows it; gold() gives the CONVENTIONS form."""

    def __init__(self, person, title=None, org=None, show_org=False, phone=None, email=None,
                 email_mode="mailto", pattern_domain=None):
        self.person, self.title, self.org, self.show_org = person, title, org, show_org
        self.phone, self.email, self.email_mode, self.pattern_domain = phone, email, email_mode, pattern_domain
        self.phone_shown = None

    def gold(self):
        inferred = self.email_mode == "pattern"
        email = None
        if self.email_mode == "pattern":
            email = self.person.email(self.pattern_domain)
        elif self.email_mode != "none" and self.email:
            email = self.email.lower()
        return {"name": self.person.name, "title": self.title,
                "organisation": self.org.nom if (self.org and self.show_org) else None,
                "email": email, "email_inferred": inferred,
                "phone": e164(self.phone) if self.phone else None}


def email_html(rng, c):
    """The e-mail of contact c as shown (mode fixed in c.email_mode)."""
    e = c.email
    if c.email_mode in ("none", "pattern") or not e:
        return ""
    local, dom = e.split("@")
    if c.email_mode == "mailto":
        return f'<a href="mailto:{E(e)}">{E(e)}</a>'
    if c.email_mode == "plain":
        return E(e)
    if c.email_mode == "at":
        return E(f"{local}(at){dom}")
    if c.email_mode == "sp_at":
        return E(f"{local} [at] {dom}")
    if c.email_mode == "upper":
        return E(e.replace(local, local.capitalize(), 1))
    raise ValueError(c.email_mode)


def make_contact(rng, used, org, lang="fi", title=True, phone=True, email_mode=None, show_org=None,
                 pattern_domain=None):
    p = make_person(rng, used, "sv" if lang == "sv" and rng.random() < 0.7 else "fi")
    t = None
    if title:
        t = rng.choice({"fi": TITLES_FI, "sv": TITLES_SV, "en": TITLES_EN}[lang])
        if rng.random() < 0.25:
            t = t[0].upper() + t[1:]
    dom = (org.domain if org and org.domain else "hanke.example.fi")
    mode = email_mode or rng.choice(["mailto", "mailto", "plain", "at", "sp_at", "upper"])
    c = Contact(p, t, org, show_org if show_org is not None else rng.random() < 0.5,
                make_phone(rng) if phone else None, p.email(dom), mode, pattern_domain or dom)
    return c


def contact_html(rng, c, lang="fi", style=None):
    """One contact rendered in one of several layouts."""
    style = style or rng.choice(["lines", "card", "inline", "vcard"])
    ph = ""
    if c.phone:
        c.phone_shown = phone_display(rng, c.phone, lang)
        ph = rng.choice(PHONE_PREFIX[lang]) + c.phone_shown
    em = email_html(rng, c)
    org = E(c.org.nom) if (c.org and c.show_org) else ""
    t = E(c.title) if c.title else ""
    n = E(c.person.name)
    if style == "inline":
        parts = [x for x in ([t + " " + n if t else n] + ([org] if org else []) + [E(ph) if ph else "", em]) if x]
        return "<p>" + ", ".join(parts) + "</p>"
    if style == "card":
        s = f'<div class="contact-card"><p class="contact-card__name"><strong>{n}</strong></p>'
        if t:
            s += f'<p class="contact-card__title">{t}</p>'
        if org:
            s += f'<p class="contact-card__org">{org}</p>'
        if ph:
            s += f'<p class="contact-card__phone">{E(ph)}</p>'
        if em:
            s += f'<p class="contact-card__email">{em}</p>'
        return s + "</div>"
    if style == "vcard":
        s = f'<div class="vcard h-card"><span class="p-name fn">{n}</span>'
        if t:
            s += f'<br><span class="p-job-title title">{t}</span>'
        if org:
            s += f'<br><span class="p-org org">{org}</span>'
        if ph:
            s += f'<br><a class="p-tel tel" href="tel:{E(e164(c.phone))}">{E(ph)}</a>'
        if em:
            s += f"<br>{em}"
        return s + "</div>"
    lines = [f"<strong>{n}</strong>"] + ([t] if t else []) + ([org] if org else []) + \
            ([E(ph)] if ph else []) + ([em] if em else [])
    return "<p>" + "<br>\n".join(lines) + "</p>"


def pattern_line(domain, lang="fi", obf=False):
    at = "(at)" if obf else "@"
    if lang == "sv":
        return f"E-post: förnamn.efternamn{at}{domain}"
    if lang == "en":
        return f"E-mail addresses: firstname.lastname{at}{domain}"
    return f"Sähköpostiosoitteet ovat muotoa etunimi.sukunimi{at}{domain}"


# ----------------------------------------------------------------------------------------------
# money
# ----------------------------------------------------------------------------------------------

def group(n, sep=" "):
    return f"{n:,}".replace(",", sep)


def num_fi(amount, cents=False, sep=" "):
    whole, c = divmod(round(amount * 100), 100)
    s = group(whole, sep)
    if cents or c:
        s += f",{c:02d}"
    return s


def rand_amount(rng, lo=5000, hi=400000, step=250):
    return float(rng.randrange(lo // step, hi // step) * step)


def eur(rng, amount, lang="fi", style=None):
    """An amount as a stand-alone money expression (nominative)."""
    big = amount >= 1000000 and amount % 10000 == 0
    if lang == "en":
        forms = [f"€{group(int(amount), ',')}", f"EUR {group(int(amount), ',')}", f"{num_fi(amount)} €"]
        if big:
            forms.append(f"€{amount / 1e6:g} million")
    elif lang == "sv":
        forms = [f"{num_fi(amount)} euro", f"{num_fi(amount)} €", f"{num_fi(amount, sep=chr(160))} euro"]
        if big:
            forms.append(f"{str(amount / 1e6).replace('.', ',').rstrip('0').rstrip(',')} miljoner euro")
    else:
        forms = [f"{num_fi(amount)} €", f"{num_fi(amount)} euroa", f"{num_fi(amount, cents=True)} €",
                 f"{num_fi(amount, sep=chr(160))}\u00a0€", f"{num_fi(amount)}€"]
        if big:
            m = str(amount / 1e6).replace(".", ",").rstrip("0").rstrip(",")
            forms += [f"{m} milj. €", f"{m} miljoonaa euroa"]
    if style is not None:
        return forms[style % len(forms)]
    return rng.choice(forms)


def eur_gen(rng, amount):
    """Genitive money phrase: '180 000 euron', '1,2 miljoonan euron'."""
    if amount >= 1000000 and amount % 10000 == 0 and rng.random() < 0.6:
        m = str(amount / 1e6).replace(".", ",").rstrip("0").rstrip(",")
        return f"{m} miljoonan euron"
    return f"{num_fi(amount)} euron"


def eur_ade(amount):
    return f"{num_fi(amount)} eurolla"


# ----------------------------------------------------------------------------------------------
# periods
# ----------------------------------------------------------------------------------------------

def last_day(y, m):
    return calendar.monthrange(y, m)[1]


class Period:
    def __init__(self, start, end, sp, ep):
        self.start, self.end, self.sp, self.ep = start, end, sp, ep

    def gold(self):
        return (self.start.isoformat() if self.start else None, self.end.isoformat() if self.end else None,
                self.sp if self.start else None, self.ep if self.end else None)


def rand_period(rng, prec=None, y0=2019, y1=2026):
    prec = prec or rng.choice(["day", "day", "day", "month", "year"])
    y = rng.randint(y0, y1)
    if prec == "year":
        n = rng.choice([1, 2, 2, 3])
        return Period(dt.date(y, 1, 1), dt.date(y + n, 12, 31), "year", "year")
    m = rng.choice([1, 1, 2, 3, 4, 5, 6, 8, 9, 9, 10])
    months = rng.choice([12, 18, 24, 24, 30, 36, 20])
    em = m + months - 1
    ey, em = y + (em - 1) // 12, (em - 1) % 12 + 1
    if prec == "month":
        return Period(dt.date(y, m, 1), dt.date(ey, em, last_day(ey, em)), "month", "month")
    sd = 1 if rng.random() < 0.8 else rng.choice([15, 10, 16])
    return Period(dt.date(y, m, sd), dt.date(ey, em, last_day(ey, em)), "day", "day")


def status_period(rng, status, prec=None):
    """A period that agrees with a status label: ended in the past, ongoing around 2025, planned later."""
    if status == "ended":
        return rand_period(rng, prec, 2015, 2021)
    if status == "ongoing":
        for _ in range(50):
            p = rand_period(rng, prec, 2023, 2025)
            if p.end.year >= 2025:
                return p
        return p
    if status == "planned":
        return rand_period(rng, prec, 2026, 2027)
    return rand_period(rng, prec)


def restatus(rng, p, status):
    p.status = status
    if p.period is not None and status is not None:
        p.period = status_period(rng, status, p.period.sp)


def d_fi(d, pad=False):
    return f"{d.day:02d}.{d.month:02d}.{d.year}" if pad else f"{d.day}.{d.month}.{d.year}"


def period_text(rng, p, lang="fi", style=None, prose=False):
    """A period as written.  style picks a written form; prose=True gives forms that sit in a sentence."""
    s, e = p.start, p.end
    dash = rng.choice(["–", "–", " – ", "-", " - "])
    if p.sp == "year":
        if lang == "fi":
            forms = [f"{s.year}{dash}{e.year}"] if not prose else [f"vuosina {s.year}{dash}{e.year}"]
        elif lang == "sv":
            forms = [f"{s.year}{dash}{e.year}"] if not prose else [f"åren {s.year}{dash}{e.year}"]
        else:
            forms = [f"{s.year}{dash}{e.year}"] if not prose else [f"from {s.year} to {e.year}"]
    elif p.sp == "month":
        if lang == "fi":
            forms = [f"{s.month}/{s.year}{dash}{e.month}/{e.year}", f"{s.month:02d}/{s.year}{dash}{e.month:02d}/{e.year}",
                     f"{MONTHS_FI[s.month-1]} {s.year} – {MONTHS_FI[e.month-1]} {e.year}"]
            if prose:
                forms = [f"{MONTHS_FI[s.month-1]}sta {s.year} {MONTHS_FI[e.month-1]}hun {e.year}"]
            elif rng.random() < 0.3:
                forms = [f"{MONTHS_FI[s.month-1]}sta {s.year} {MONTHS_FI[e.month-1]}hun {e.year}"]
        elif lang == "sv":
            forms = [f"{MONTHS_SV[s.month-1]} {s.year}{dash}{MONTHS_SV[e.month-1]} {e.year}",
                     f"{s.month}/{s.year}{dash}{e.month}/{e.year}"]
        else:
            forms = [f"{MONTHS_EN[s.month-1]} {s.year} – {MONTHS_EN[e.month-1]} {e.year}",
                     f"{s.month}/{s.year}{dash}{e.month}/{e.year}"]
    else:
        if lang == "fi":
            forms = [f"{d_fi(s)}{dash}{d_fi(e)}", f"{d_fi(s, True)}{dash}{d_fi(e, True)}",
                     f"{s.day}. {MONTHS_FI[s.month-1]}ta {s.year} – {e.day}. {MONTHS_FI[e.month-1]}ta {e.year}"]
            if s.year == e.year:
                forms.append(f"{s.day}.{s.month}.{dash}{d_fi(e)}")
        elif lang == "sv":
            forms = [f"{d_fi(s)}{dash}{d_fi(e)}", f"{s.day} {MONTHS_SV[s.month-1]} {s.year} – {e.day} {MONTHS_SV[e.month-1]} {e.year}"]
        else:
            forms = [f"{s.day} {MONTHS_EN[s.month-1]} {s.year} – {e.day} {MONTHS_EN[e.month-1]} {e.year}",
                     f"{d_fi(s)}{dash}{d_fi(e)}"]
    if style is not None:
        return forms[style % len(forms)]
    return rng.choice(forms)


# ----------------------------------------------------------------------------------------------
# facts of one project, and its gold
# ----------------------------------------------------------------------------------------------

class Fund:
    """One funder line.  label = the funder as the document names it; org = organisation row or None."""

    def __init__(self, label, amount=None, share=None, is_max=False, year=None, org=True):
        amount = None if amount is None else round(float(amount), 2)
        self.label, self.amount, self.share, self.is_max, self.year, self.org = label, amount, share, is_max, year, org

    def row(self):
        return {"funder": self.label, "year": self.year, "amount_eur": float(self.amount),
                "share_pct": None if self.share is None else float(self.share), "is_maximum": self.is_max}


class Project:
    def __init__(self, name):
        self.name = name
        self.aliases = []
        self.owner = None            # Org
        self.municipality = None     # gold municipality (set by the renderer)
        self.period = None           # Period
        self.status = None
        self.category = None
        self.budget = None
        self.contacts = []
        self.funds = []              # [Fund]
        self.partners = []           # [Org]
        self.implementers = []       # [Org]

    def gold(self):
        sd, ed, sp, ep = self.period.gold() if self.period else (None, None, None, None)
        orgs = []

        def add(n, role):
            if {"name": n, "role": role} not in orgs:
                orgs.append({"name": n, "role": role})
        if self.owner:
            add(self.owner.nom, "owner")
        for o in self.implementers:
            add(o.nom, "implementer")
        for o in self.partners:
            add(o.nom, "partner")
        for f in self.funds:
            if f.org:
                add(f.label, "funder")
        return {
            "name": self.name, "aliases": list(self.aliases),
            "owner": self.owner.nom if self.owner else None, "municipality": self.municipality,
            "start_date": sd, "end_date": ed, "start_precision": sp, "end_precision": ep,
            "status": self.status, "category": self.category,
            "budget_eur": None if self.budget is None else float(self.budget),
            "contacts": [c.gold() for c in self.contacts],
            "funding": [f.row() for f in self.funds if f.amount is not None],
            "organisations": orgs,
        }


def default_municipality(p):
    return p.owner.muni if (p.owner is not None and p.owner.municipal) else None


class Namer:
    def __init__(self, rng):
        self.rng, self.used = rng, set()

    def fi(self, subtitle=None):
        rng = self.rng
        for _ in range(100):
            n = rng.choice(NAMES_FI)
            if n in self.used:
                continue
            self.used.add(n)
            if subtitle is None:
                subtitle = rng.random() < 0.2
            if subtitle and not n.endswith(("!", ")")):
                n = f"{n} – {rng.choice(SUBTITLES_FI)}"
            return n
        raise RuntimeError

    def pick(self, pool):
        for _ in range(100):
            n = self.rng.choice(pool)
            if n not in self.used:
                self.used.add(n)
                return n
        raise RuntimeError

    def sv(self):
        return self.pick(NAMES_SV)

    def en(self):
        return self.pick(NAMES_EN)


STATUS_FI = {"ongoing": ["Käynnissä", "Hanke on käynnissä"], "ended": ["Päättynyt", "Hanke on päättynyt", "Hanke päättynyt"],
             "planned": ["Valmisteilla", "Suunnitteilla"]}
STATUS_SV = {"ongoing": ["Pågående"], "ended": ["Avslutat", "Avslutat projekt"], "planned": ["Under beredning"]}
STATUS_EN = {"ongoing": ["Ongoing"], "ended": ["Completed"], "planned": ["Planned"]}


def status_word(rng, st, lang="fi"):
    return rng.choice({"fi": STATUS_FI, "sv": STATUS_SV, "en": STATUS_EN}[lang][st])


# ----------------------------------------------------------------------------------------------
# site chrome (header, navigation, cookie banner, breadcrumbs, sidebar news, footer)
# ----------------------------------------------------------------------------------------------

STYLES = ["wp", "drupal", "liferay", "sitevision", "bootstrap", "legacy"]

NAV = {"fi": ["Etusivu", "Asuminen ja ympäristö", "Kasvatus ja opetus", "Kulttuuri ja vapaa-aika",
              "Elinkeinot ja työ", "Hankkeet", "Päätöksenteko", "Ajankohtaista"],
       "sv": ["Startsida", "Boende och miljö", "Utbildning", "Kultur och fritid", "Näringsliv",
              "Projekt", "Beslutsfattande", "Aktuellt"],
       "en": ["Home", "Living", "Education", "Culture and leisure", "Business", "Projects",
              "Decision-making", "News"]}

COOKIE = {"fi": ["Käytämme evästeitä sivuston toiminnan ja käyttökokemuksen parantamiseen.",
                 "Tämä sivusto käyttää evästeitä. Voit hyväksyä kaikki evästeet tai valita vain välttämättömät."],
          "sv": ["Vi använder kakor för att förbättra webbplatsen.",
                 "Webbplatsen använder kakor. Du kan godkänna alla eller endast nödvändiga kakor."],
          "en": ["We use cookies to improve your experience on this site."]}
COOKIE_BTN = {"fi": ("Hyväksy kaikki", "Vain välttämättömät"), "sv": ("Godkänn alla", "Endast nödvändiga"),
              "en": ("Accept all", "Necessary only")}


class Site:
    def __init__(self, rng, org, lang="fi", style=None, cookie=None, sidebar_news=None, crumbs=None,
                 place=None):
        self.rng, self.org, self.lang = rng, org, lang
        self.style = style or rng.choice(STYLES)
        self.cookie = rng.random() < 0.7 if cookie is None else cookie
        self.sidebar_news = rng.random() < 0.6 if sidebar_news is None else sidebar_news
        self.crumbs = rng.random() < 0.7 if crumbs is None else crumbs
        self.place = place or rng.choice(MUNIS).fi
        self.domain = org.domain or (fold(org.nom.split()[0]) + ".example.fi")
        self.switchboard = "0" + str(rng.randint(13, 19)) + " " + str(rng.randint(100, 999)) + " " + \
            str(rng.randint(1000, 9999))

    # -- pieces
    def cookie_html(self):
        if not self.cookie:
            return ""
        rng, lang = self.rng, self.lang
        a, b = COOKIE_BTN[lang]
        cls = {"wp": "cmplz-cookiebanner", "drupal": "eu-cookie-compliance-banner", "liferay": "cookie-consent",
               "sitevision": "sv-cookie-consent", "bootstrap": "alert alert-info cookie-bar",
               "legacy": "evasteet"}[self.style]
        return (f'<div class="{cls}" role="dialog" aria-label="cookies"><p>{E(rng.choice(COOKIE[lang]))}</p>'
                f'<button type="button">{a}</button> <button type="button">{b}</button></div>\n')

    def header_html(self):
        lang = self.lang
        items = "".join(f'<li><a href="/{fold(x).replace(",", "")}/">{E(x)}</a></li>' for x in NAV[lang])
        langs = '<ul class="lang"><li><a href="/fi/">Suomi</a></li><li><a href="/sv/">Svenska</a></li><li><a href="/en/">English</a></li></ul>'
        st = self.style
        if st == "legacy":
            return (f'<table width="100%" class="top"><tr><td><img src="/img/logo.gif" alt="{E(self.org.nom)}"></td>'
                    f'<td align="right"><a href="/haku/">Haku</a></td></tr></table>\n'
                    f'<table width="100%" class="menu"><tr><td><ul>{items}</ul></td></tr></table>\n')
        cls = {"wp": ("site-header", "main-navigation"), "drupal": ("region-header", "menu--main"),
               "liferay": ("portlet-header", "navbar-site"), "sitevision": ("sv-header", "sv-menu"),
               "bootstrap": ("navbar navbar-expand-lg", "navbar-nav")}[st]
        return (f'<header class="{cls[0]}"><a class="logo" href="/"><img src="/logo.svg" alt="{E(self.org.nom)}"></a>\n'
                f'<nav class="{cls[1]}" aria-label="Päävalikko"><ul>{items}</ul></nav>{langs}'
                f'<form class="search" action="/haku"><input name="q" placeholder="Hae"></form></header>\n')

    def crumbs_html(self, title):
        if not self.crumbs:
            return ""
        lang = self.lang
        mid = NAV[lang][5]
        sep = self.rng.choice([" › ", " / ", " > "])
        return (f'<nav class="breadcrumbs" aria-label="breadcrumb"><a href="/">{NAV[lang][0]}</a>{sep}'
                f'<a href="/{fold(mid)}/">{E(mid)}</a>{sep}<span>{E(title)}</span></nav>\n')

    def news_html(self, n=3):
        if not self.sidebar_news:
            return ""
        rng, lang = self.rng, self.lang
        pool = {"fi": NEWS_FI, "sv": NEWS_SV, "en": NEWS_EN}[lang]
        head = {"fi": rng.choice(["Ajankohtaista", "Uutiset", "Tiedotteet"]), "sv": "Aktuellt", "en": "News"}[lang]
        items = []
        for t in rng.sample(pool, n):
            d = dt.date(rng.randint(2021, 2025), rng.randint(1, 12), rng.randint(1, 28))
            ds = d_fi(d) if lang != "en" else f"{d.day} {MONTHS_EN[d.month-1]} {d.year}"
            items.append(f'<li><time datetime="{d.isoformat()}">{ds}</time> <a href="/uutiset/{d.isoformat()}/">{E(t)}</a></li>')
        return f'<aside class="sidebar news"><h2>{head}</h2><ul>{"".join(items)}</ul></aside>\n'

    def footer_html(self):
        rng, lang = self.rng, self.lang
        vaihde = {"fi": "Vaihde", "sv": "Växel", "en": "Switchboard"}[lang]
        pc = f"{rng.randint(10, 99)}{rng.randint(100, 999)}"
        cls = {"wp": "site-footer", "drupal": "region-footer", "liferay": "footer", "sitevision": "sv-footer",
               "bootstrap": "footer bg-dark", "legacy": "alatunniste"}[self.style]
        extra = rng.choice(["Saavutettavuusseloste", "Tietosuoja", "Palaute"]) if lang == "fi" else \
            {"sv": "Tillgänglighetsutlåtande", "en": "Accessibility statement"}[lang]
        return (f'<footer class="{cls}"><p><strong>{E(self.org.nom)}</strong><br>PL {rng.randint(1, 400)}, {pc} {E(self.place)}</p>'
                f'<p>{vaihde} {self.switchboard}<br>kirjaamo@{self.domain}</p>'
                f'<p><a href="/saavutettavuus/">{extra}</a> · © {self.org.nom}</p></footer>\n')

    def page(self, title, main, aside="", head_extra="", charset="utf-8", body_class=""):
        lang = self.lang
        st = self.style
        wrap = {"wp": ('<div id="page" class="site"><div id="content" class="site-content">',
                       '<main id="main" class="site-main">', "</main>", "</div></div>"),
                "drupal": ('<div class="dialog-off-canvas-main-canvas"><div class="layout-container">',
                           '<main role="main"><div class="region region-content">', "</div></main>", "</div></div>"),
                "liferay": ('<div id="wrapper"><section id="content">',
                            '<div class="portlet-body journal-content-article">', "</div>", "</section></div>"),
                "sitevision": ('<div class="sv-layout">', '<div class="sv-text-portlet sv-use-margins">', "</div>", "</div>"),
                "bootstrap": ('<div class="container"><div class="row">', '<div class="col-md-8">', "</div>", "</div></div>"),
                "legacy": ('<table width="100%"><tr>', '<td valign="top" class="sisalto">', "</td>", "</tr></table>")}[st]
        aside_all = aside + self.news_html()
        if st == "legacy":
            aside_block = f'<td valign="top" width="220" class="oikea">{aside_all}</td>' if aside_all else ""
        elif st == "bootstrap":
            aside_block = f'<div class="col-md-4">{aside_all}</div>' if aside_all else ""
        else:
            aside_block = f'<div class="sidebar-wrap">{aside_all}</div>' if aside_all else ""
        doctype = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">' if st == "legacy"
                   else "<!DOCTYPE html>")
        meta = (f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if st == "legacy"
                else f'<meta charset="{charset}">')
        return (f'{doctype}\n<html lang="{lang}">\n<head>\n{meta}\n<title>{E(title)} | {E(self.org.nom)}</title>\n'
                f'<meta name="viewport" content="width=device-width, initial-scale=1">\n{head_extra}</head>\n'
                f'<body class="{E(body_class or st)}">\n<!-- synthetic test document -->\n'
                f'{self.cookie_html()}{self.header_html()}{wrap[0]}\n{self.crumbs_html(title)}{wrap[1]}\n'
                f'{main}\n{wrap[2]}\n{aside_block}\n{wrap[3]}\n{self.footer_html()}</body>\n</html>\n')


def pub_date_html(rng, lang="fi", label=None):
    d = dt.date(rng.randint(2021, 2025), rng.randint(1, 12), rng.randint(1, 28))
    label = label or {"fi": rng.choice(["Julkaistu", "Päivitetty", "Sivua päivitetty"]),
                      "sv": rng.choice(["Publicerad", "Senast uppdaterad"]),
                      "en": rng.choice(["Published", "Last updated"])}[lang]
    return f'<p class="meta"><span>{label}</span> <time datetime="{d.isoformat()}">{d_fi(d, rng.random() < 0.5)}</time></p>\n'


def hx(level, text, cls=None, raw=False):
    c = f' class="{cls}"' if cls else ""
    return f"<h{level}{c}>{text if raw else E(text)}</h{level}>\n"


LOREM_FI = [
    "Hankkeessa kehitetään uusia toimintatapoja yhdessä asukkaiden, yhdistysten ja yritysten kanssa.",
    "Tavoitteena on vahvistaa alueen elinvoimaa ja lisätä asukkaiden osallisuutta.",
    "Toimenpiteinä järjestetään työpajoja, pilotoidaan ratkaisuja ja kootaan hyviä käytäntöjä.",
    "Kohderyhmänä ovat alueen asukkaat, kyläyhdistykset ja pienyritykset.",
    "Hankkeen tuloksista tiedotetaan avoimesti verkkosivuilla ja sosiaalisessa mediassa.",
    "Hankkeessa selvitetään myös palvelujen saavutettavuutta ja liikkumisen mahdollisuuksia.",
    "Kokeiluista saatuja kokemuksia hyödynnetään kunnan palvelujen kehittämisessä.",
    "Työ tehdään tiiviissä yhteistyössä alueen toimijoiden kanssa.",
]
LOREM_SV = [
    "Projektet utvecklar nya arbetssätt tillsammans med invånare, föreningar och företag.",
    "Målet är att stärka regionens livskraft och öka invånarnas delaktighet.",
    "Inom projektet ordnas workshoppar och nya lösningar testas i praktiken.",
    "Resultaten sprids öppet på webbplatsen och i sociala medier.",
]
LOREM_EN = [
    "The project develops new ways of working together with residents, associations and companies.",
    "Its aim is to strengthen the vitality of the region and to increase participation.",
    "Workshops are organised and new solutions are piloted in practice.",
    "The results are shared openly on the website and in social media.",
]


def lorem(rng, n=2, lang="fi"):
    pool = {"fi": LOREM_FI, "sv": LOREM_SV, "en": LOREM_EN}[lang]
    return " ".join(rng.sample(pool, n))


# ----------------------------------------------------------------------------------------------
# building projects
# ----------------------------------------------------------------------------------------------

class Doc:
    """State of one document: its random stream, the names and people used so far."""

    def __init__(self, family, index):
        self.family, self.index = family, index
        self.rng = random.Random(f"{family}:{index}")
        self.namer = Namer(self.rng)
        self.people = set()


def make_owner(doc, region, m, kind):
    rng = doc.rng
    if kind == "muni":
        return muni_org(m)
    if kind == "assoc":
        return assoc_org(rng, m)
    if kind == "amk":
        return region_org(region, "amk")
    if kind == "leader":
        return leader_org(rng, region)
    raise ValueError(kind)


def build(doc, region, m, *, name=None, owner_kind=None, owner=True, period=True, prec=None,
          funding="amount", n_contacts=None, status=None, partners=None, implementers=None,
          contact_org=True, email_mode=None):
    """Draw the facts of one Finnish-language project.  The renderer decides how they are shown."""
    rng = doc.rng
    p = Project(name or doc.namer.fi())
    if owner:
        p.owner = make_owner(doc, region, m, owner_kind or rng.choice(["muni", "muni", "assoc", "amk", "leader"]))
    if period:
        p.period = status_period(rng, status, prec)
    p.status = status
    n_part = rng.choice([0, 0, 1, 2]) if partners is None else partners
    for _ in range(n_part):
        o = rng.choice([muni_org(rng.choice(munis_in(region))), assoc_org(rng, rng.choice(munis_in(region)))])
        if o.nom not in [x.nom for x in p.partners] and (not p.owner or o.nom != p.owner.nom):
            p.partners.append(o)
    n_impl = rng.choice([0, 0, 1]) if implementers is None else implementers
    if n_impl:
        o = region_org(region, "amk")
        if not p.owner or o.nom != p.owner.nom:
            p.implementers.append(o)
    if funding == "org":
        p.funds = [Fund(region_org(region, rng.choice(["ely", "liitto"])).nom)]
        if rng.random() < 0.4:
            p.funds.append(Fund(rng.choice(["ESR+", "EAKR", "Euroopan aluekehitysrahasto", "Euroopan sosiaalirahasto"])))
    elif funding == "amount":
        lab = rng.choice([region_org(region, "ely").nom, region_org(region, "liitto").nom,
                          leader_org(rng, region).nom, rng.choice(MINISTRIES)])
        p.funds = [Fund(lab, rand_amount(rng, 10000, 300000), is_max=rng.random() < 0.3)]
    elif funding == "shares":
        total = float(rng.randrange(40, 600) * 1000)
        sh = rng.choice([70, 80, 60, 75])
        eu = total * sh / 100
        lab = rng.choice(["EAKR", "ESR+", region_org(region, "ely").nom, region_org(region, "liitto").nom])
        other = rng.choice(["Kuntaraha", "owner"])
        p.funds = [Fund(lab, eu, share=sh)]
        if other == "owner" and p.owner is not None:
            p.funds.append(Fund(p.owner.nom, total - eu, share=100 - sh))
        else:
            p.funds.append(Fund("Kuntaraha", total - eu, share=100 - sh, org=False))
        p.budget = total
    n = rng.choice([0, 1, 1, 2]) if n_contacts is None else n_contacts
    for _ in range(n):
        org = p.owner if (contact_org and p.owner is not None) else None
        p.contacts.append(make_contact(rng, doc.people, org, email_mode=email_mode))
    return p


def join_fi(items):
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " ja " + items[-1]


def join_sv(items):
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " och " + items[-1]


def funds_inline(rng, p, lang="fi"):
    """Funders on one line, as in a facts box or a list item."""
    parts = []
    for f in p.funds:
        if f.amount is None:
            parts.append(E(f.label))
            continue
        a = eur(rng, f.amount, lang)
        mx = {"fi": "enintään ", "sv": "maximalt ", "en": "up to "}[lang] if f.is_max else ""
        if f.share is not None:
            parts.append(f"{E(f.label)} {f.share} % ({E(a)})")
        else:
            parts.append(f"{E(f.label)}, {mx}{E(a)}" if rng.random() < 0.5 else f"{E(f.label)} ({mx}{E(a)})")
    return "; ".join(parts) if any(f.amount for f in p.funds) else ", ".join(parts)


def funds_table(rng, p, lang="fi", cls=None):
    """A funding table with a totals row; the total is the budget (CONVENTIONS 12.1)."""
    h = {"fi": ("Rahoittaja", "€", "%", rng.choice(["Yhteensä", "YHTEENSÄ", "Yht."])),
         "sv": ("Finansiär", "€", "%", "Totalt"), "en": ("Funder", "EUR", "%", "Total")}[lang]
    rows = "".join(f"<tr><td>{E(f.label)}</td><td>{num_fi(f.amount)}</td><td>{f.share} %</td></tr>"
                   for f in p.funds)
    tot = sum(f.amount for f in p.funds)
    return (f'<table class="{cls or "rahoitus"}"><thead><tr><th>{h[0]}</th><th>{h[1]}</th><th>{h[2]}</th></tr></thead>'
            f"<tbody>{rows}<tr class=\"total\"><td><strong>{h[3]}</strong></td><td><strong>{num_fi(tot)}</strong></td>"
            f"<td>100 %</td></tr></tbody></table>\n")


def owner_sentence(rng, p):
    o = p.owner
    return rng.choice([f"Hanketta hallinnoi {o.nom}.", f"Hankkeen päätoteuttaja on {o.nom}.",
                       f"Hanke on {o.gen} hallinnoima.", f"{o.nom} vastaa hankkeen hallinnoinnista.",
                       f"Hankkeen hallinnoijana toimii {o.nom}."])


def partner_sentences(rng, p):
    s = []
    if p.implementers:
        s.append(f"Osatoteuttajana on {join_fi(o.nom for o in p.implementers)}.")
    if p.partners:
        if len(p.partners) == 1:
            s.append(rng.choice([f"Yhteistyökumppanina on {p.partners[0].nom}.",
                                 f"Hankkeen kumppani: {p.partners[0].nom}."]))
        else:
            s.append(rng.choice([f"Yhteistyökumppaneina ovat {join_fi(o.nom for o in p.partners)}.",
                                 f"Hankkeen kumppanit: {join_fi(o.nom for o in p.partners)}."]))
    return " ".join(s)


def funding_sentences(rng, p):
    """Funding in prose; amounts only where the Fund has one."""
    out = []
    for f in p.funds:
        if f.amount is None:
            out.append(rng.choice([f"Hanketta rahoittaa {f.label}.", f"Rahoittaja: {f.label}."]))
        elif f.is_max:
            out.append(f"{f.label} on myöntänyt hankkeelle tukea enintään {num_fi(f.amount)} euroa.")
        elif f.share is not None:
            out.append(f"{f.label} rahoittaa hanketta {num_fi(f.amount)} eurolla ({f.share} %).")
        else:
            out.append(rng.choice([f"{f.label} rahoittaa hanketta {num_fi(f.amount)} eurolla.",
                                   f"{f.label} on myöntänyt hankkeelle {eur(rng, f.amount)} rahoitusta."]))
    return " ".join(out)


def fi_rows(rng, p, kunta=None, contact_style="inline"):
    """Label/value rows of a Finnish facts box: [(label, value_html)]."""
    rows = []
    if p.owner:
        rows.append((rng.choice(["Hallinnoija", "Päätoteuttaja", "Vastuutaho", "Hankkeen hallinnoija"]), E(p.owner.nom)))
    if p.implementers:
        rows.append(("Osatoteuttaja" if len(p.implementers) == 1 else "Osatoteuttajat",
                     E(", ".join(o.nom for o in p.implementers))))
    if p.partners:
        rows.append((rng.choice(["Kumppanit", "Yhteistyökumppanit", "Hankekumppanit"]),
                     E(", ".join(o.nom for o in p.partners))))
    if p.period:
        rows.append((rng.choice(["Toteutusaika", "Hankeaika", "Aikataulu"]), E(period_text(rng, p.period))))
    if kunta:
        rows.append(("Kunta", E(kunta)))
    if p.funds:
        lab = "Rahoittaja" if len(p.funds) == 1 else "Rahoittajat"
        if any(f.amount for f in p.funds):
            lab = rng.choice([lab, "Rahoitus"])
        rows.append((lab, funds_inline(rng, p)))
    if p.budget:
        rows.append((rng.choice(["Kokonaisbudjetti", "Hankkeen budjetti", "Kokonaiskustannusarvio"]), E(eur(rng, p.budget))))
    if p.category:
        rows.append((rng.choice(["Teema", "Salkku"]), E(p.category)))
    if p.status:
        rows.append(("Tila", E(status_word(rng, p.status))))
    if p.contacts:
        lab = "Yhteyshenkilö" if len(p.contacts) == 1 else "Yhteyshenkilöt"
        rows.append((lab, "".join(contact_html(rng, c, "fi", contact_style) for c in p.contacts)))
    return rows


def name_shown(rng, p, mode):
    """How a heading writes the project's name; the gold name stays p.name (CONVENTIONS 2.2, 2.3, 2.5)."""
    n = p.name
    if mode == "hanke":
        return n + " -hanke"
    if mode == "projekti":
        return n + " -projekti"
    if mode == "years" and p.period:
        return f"{n} ({p.period.start.year}–{p.period.end.year})" if p.period.start.year != p.period.end.year \
            else f"{n} ({p.period.start.year})"
    if mode == "owner" and p.owner:
        return f"{n}, {p.owner.nom}"
    return n


def other_projects_box(rng, doc, n=3, lang="fi"):
    """Sidebar links to other projects by name only (not projects of this page)."""
    names = [doc.namer.fi(False) for _ in range(n)] if lang == "fi" else [doc.namer.sv() for _ in range(n)]
    head = {"fi": "Muut hankkeet", "sv": "Andra projekt", "en": "Other projects"}[lang]
    lis = "".join(f'<li><a href="/hankkeet/{fold(x).replace("!", "")[:30]}/">{E(x)}</a></li>' for x in names)
    return f'<aside class="related-projects"><h2>{head}</h2><ul>{lis}</ul></aside>\n'


# ----------------------------------------------------------------------------------------------
# family 01: single project page with facet sections
# ----------------------------------------------------------------------------------------------

def fam_facet_sections(doc):
    rng, v = doc.rng, doc.index
    region = rng.choice(list(REGIONS))
    m = rng.choice(munis_in(region))
    conf = [
        dict(style="wp", lvl=2, funding="amount", status="ongoing", prec="day", show="plain", contacts=2),
        dict(style="drupal", lvl=2, funding="shares", status=None, prec="month", show="hanke", contacts=1),
        dict(style="liferay", lvl=3, funding="amount", status="ended", prec="day", show="plain", contacts=1),
        dict(style="sitevision", lvl=2, funding="shares", status="ongoing", prec="year", show="plain", contacts=2),
        dict(style="bootstrap", lvl=3, funding="org", status=None, prec="year", show="plain", contacts=0),
        dict(style="legacy", lvl=4, funding="amount", status="planned", prec="day", show="hanke", contacts=2),
    ][v]
    p = build(doc, region, m, funding=conf["funding"], status=conf["status"], prec=conf["prec"],
              n_contacts=conf["contacts"], email_mode="pattern" if v == 5 else None)
    if v == 4:  # told in the past tense: a past period, but no status (CONVENTIONS 4.2)
        p.period = status_period(rng, "ended", "year")
    if v == 5:  # one-sided: "alkaen" gives the start only (CONVENTIONS 3.6)
        p.period.end, p.period.ep = None, None
    p.municipality = default_municipality(p)
    publisher = p.owner if p.owner.kind != "leader" else muni_org(m)
    site = Site(rng, publisher, "fi", conf["style"], place=m.fi)
    L = conf["lvl"]
    shown = name_shown(rng, p, conf["show"])
    if conf["show"] == "hanke":
        p.aliases = []
    body = [hx(1, shown)]
    if rng.random() < 0.6:
        body.append(pub_date_html(rng))
    if p.status:
        badge = status_word(rng, p.status)
        body.append(f'<p class="status"><span class="badge badge--{p.status}">{E(badge)}</span></p>\n')
    body.append(f'<p class="lead">{E(lorem(rng, 2))}</p>\n')
    per = period_text(rng, p.period, prose=True) if p.period and p.period.end else ""
    sec = {}
    if p.period:
        if v == 5:
            sec["period"] = f"<p>Hanke toteutetaan {E(d_fi(p.period.start))} alkaen. Rahoituspäätös saatiin {d_fi(dt.date(p.period.start.year - 1, 11, 14))}.</p>"
        elif v == 4:
            sec["period"] = f"<p>Hanke toteutettiin {E(per)}.</p>"
        elif p.period.sp == "day" and rng.random() < 0.5:
            sec["period"] = f"<p>Hanke alkaa {d_fi(p.period.start)} ja päättyy {d_fi(p.period.end)}.</p>"
        else:
            sec["period"] = f"<p>Toteutusaika: {E(period_text(rng, p.period))}</p>"
    sec["owner"] = f"<p>{E(owner_sentence(rng, p))} {E(partner_sentences(rng, p))}</p>"
    if conf["funding"] == "shares" and v == 3:
        sec["funding"] = f"<p>Hankkeen rahoitus:</p>\n{funds_table(rng, p)}"
    elif conf["funding"] == "shares":
        # budget stated, amounts in a list with shares
        items = "".join(f"<li>{E(f.label)}: {E(eur(rng, f.amount))} ({f.share} %)</li>" for f in p.funds)
        sec["funding"] = (f"<p>Hankkeen kokonaisbudjetti on {E(eur(rng, p.budget))}.</p><ul>{items}</ul>")
    else:
        sec["funding"] = f"<p>{E(funding_sentences(rng, p))}</p>"
    sec["goal"] = f"<p>{E(lorem(rng, 2))}</p>"
    sec["actions"] = "<ul>" + "".join(f"<li>{E(x)}</li>" for x in rng.sample(LOREM_FI, 3)) + "</ul>"
    if p.contacts:
        cs = "".join(contact_html(rng, c, "fi", "card" if v == 3 else None) for c in p.contacts)
        if v == 5:
            cs += f"<p>{E(pattern_line(p.contacts[0].pattern_domain))}</p>"
        sec["contacts"] = cs
    heads = {
        0: [("goal", "Tavoitteet"), ("actions", "Toimenpiteet"), ("period", "Toteutusaika"), ("owner", "Organisaatio"),
            ("funding", "Rahoitus"), ("contacts", "Yhteystiedot")],
        1: [("owner+period", "1. Hankkeen tiedot"), ("goal", "2. Tavoitteet"), ("actions", "3. Toimenpiteet"),
            ("funding", "4. Rahoitus"), ("contacts", "5. Lisätietoja")],
        2: [("actions", "Mitä hankkeessa tehdään?"), ("owner", "Kuka hanketta toteuttaa?"),
            ("period", "Milloin hanke toteutetaan?"), ("funding", "Kuka hanketta rahoittaa?"),
            ("contacts", "Keneltä saan lisätietoja?")],
        3: [("goal", "Taustaa"), ("actions", "Tavoitteet ja toimenpiteet"), ("period", "Aikataulu"),
            ("owner", "Organisaatiot"), ("funding", "Budjetti ja rahoitus"), ("contacts", "Yhteyshenkilöt")],
        4: [("goal", "Hankkeen tausta"), ("period+owner", "Toteutus"), ("funding", "Rahoittajat"), ("actions", "Tulokset")],
        5: [("goal", "Tavoite"), ("owner", "Hallinnointi"), ("period", "Aikataulu"), ("funding", "Rahoitus"),
            ("contacts", "Lisätietoja")],
    }[v]
    if v == 4:
        body.append(hx(2, "Hankkeen kuvaus"))
    for key, head in heads:
        parts = [sec.get(k, "") for k in key.split("+")]
        if not any(parts):
            continue
        body.append(hx(L, head) + "\n".join(parts) + "\n")
    aside = other_projects_box(rng, doc) if v in (0, 3) else ""
    body.append('<div class="share">Jaa: <a href="#">Facebook</a> <a href="#">LinkedIn</a></div>')
    return site.page(shown, f'<article class="hanke">{"".join(body)}</article>', aside), [p]


# ----------------------------------------------------------------------------------------------
# family 02: single project page, facts box in a sidebar + narrative body
# ----------------------------------------------------------------------------------------------

def fam_facts_box(doc):
    rng, v = doc.rng, doc.index
    region = rng.choice(list(REGIONS))
    m = rng.choice(munis_in(region))
    conf = [
        dict(style="wp", box="dl", funding="amount", status="ongoing", kunta=False, contacts=1),
        dict(style="drupal", box="table", funding="shares", status=None, kunta=True, contacts=2),
        dict(style="liferay", box="lines", funding="org", status=None, kunta=False, contacts=1),
        dict(style="bootstrap", box="dl", funding="amount", status="ended", kunta=False, contacts=0),
        dict(style="legacy", box="table", funding="org", status="ended", kunta=True, contacts=1),
        dict(style="sitevision", box="ul", funding="amount", status="ongoing", kunta=False, contacts=2),
    ][v]
    okind = {0: "muni", 1: "assoc", 2: "amk", 3: "muni", 4: "assoc", 5: "leader"}[v]
    p = build(doc, region, m, owner_kind=okind, funding=conf["funding"], status=conf["status"],
              n_contacts=conf["contacts"], partners=rng.choice([1, 2]), implementers=1 if v in (1, 2) else 0)
    kunta = None
    if conf["kunta"]:
        kunta = m.fi
        p.municipality = m.fi
    else:
        p.municipality = default_municipality(p)
    if v == 2:
        # "Kesto" without an anchor gives no dates (CONVENTIONS 3.7)
        p.period = None
    if v == 5:
        p.category = rng.choice(["Elinvoima ja yrittäjyys", "Hyvinvointi", "Ympäristö ja ilmasto", "Kylät ja yhteisöt"])
    rows = fi_rows(rng, p, kunta=kunta, contact_style=rng.choice(["lines", "inline"]))
    if v == 2:
        rows.insert(1, ("Kesto", rng.choice(["24 kuukautta", "kolme vuotta", "2 vuotta"])))
    head = rng.choice(["Hankkeen perustiedot", "Hanketiedot", "Perustiedot", "Tietoa hankkeesta"])
    if conf["box"] == "dl":
        inner = "".join(f"<dt>{E(a)}</dt><dd>{b}</dd>" for a, b in rows)
        box = f'<aside class="facts-box"><h2>{head}</h2><dl class="facts">{inner}</dl></aside>\n'
    elif conf["box"] == "table":
        if v == 4:
            inner = "".join(f'<tr><td width="35%"><b>{E(a)}</b></td><td>{b}</td></tr>' for a, b in rows)
        else:
            inner = "".join(f'<tr><th scope="row">{E(a)}</th><td>{b}</td></tr>' for a, b in rows)
        box = f'<div class="hanketiedot"><h3>{head}</h3><table class="info">{inner}</table></div>\n'
    elif conf["box"] == "lines":
        inner = "<br>\n".join(f"<strong>{E(a)}:</strong> {b}" for a, b in rows)
        box = f'<div class="widget widget-facts"><h4>{head}</h4><p>{inner}</p></div>\n'
    else:
        inner = "".join(f'<li><span class="label">{E(a)}</span> <span class="value">{b}</span></li>' for a, b in rows)
        box = f'<div class="facts"><h2>{head}</h2><ul>{inner}</ul></div>\n'
    publisher = p.owner if okind != "leader" else leader_org(rng, region)
    site = Site(rng, publisher, "fi", conf["style"], place=m.fi)
    shown = name_shown(rng, p, rng.choice(["plain", "hanke"]))
    head_extra = ""
    if v == 3:
        d1 = dt.date(rng.randint(2020, 2024), rng.randint(1, 12), rng.randint(1, 28))
        ld = {"@context": "https://schema.org", "@type": "WebPage", "name": shown,
              "datePublished": d1.isoformat(), "dateModified": (d1 + dt.timedelta(days=200)).isoformat()}
        head_extra = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
    body = hx(1, shown) + f"<p>{E(lorem(rng, 2))}</p>\n"
    body += f"<p>{E(lorem(rng, 2))} {E(rng.choice(['Hankkeen toiminta käynnistyi syksyllä kyläkierroksella.', 'Ensimmäinen työpaja pidettiin keväällä.', '']))}</p>\n"
    if rng.random() < 0.5:
        body += hx(2, "Tavoitteet") + "<ul>" + "".join(f"<li>{E(x)}</li>" for x in rng.sample(LOREM_FI, 3)) + "</ul>\n"
    if v in (0, 3):
        body += pub_date_html(rng)
    main = f'<div class="content-main">{body}</div>'
    if conf["box"] in ("table",) and v == 4:
        main = box + main          # legacy: facts table before the text
        box = ""
    return site.page(shown, main, box), [p]


# ----------------------------------------------------------------------------------------------
# family 03: listing page, theme h2 headings with project h3 headings
# ----------------------------------------------------------------------------------------------

THEMES = ["Elinvoima ja työ", "Hyvinvointi ja osallisuus", "Ympäristö ja ilmasto", "Kulttuuri ja vapaa-aika",
          "Liikenne ja infrastruktuuri", "Kasvatus ja koulutus", "Kylät ja yhteisöt", "Digitalisaatio"]


def fam_theme_listing(doc):
    rng, v = doc.rng, doc.index
    region = rng.choice(list(REGIONS))
    m = rng.choice(munis_in(region))
    city = muni_org(m)
    regional = v == 5          # a regional council's list: municipality only from owners
    publisher = region_org(region, "liitto") if regional else city
    lv = {0: (2, 3), 1: (2, 3), 2: (3, 4), 3: (2, 3), 4: (2, 4), 5: (2, 3)}[v]
    themes = rng.sample(THEMES, rng.choice([2, 3, 3]))
    ended_section = v in (1, 3, 4)
    y0 = rng.randint(2019, 2023)
    intro = (f"Vuosina {y0}–{y0 + 4} {'kaupunki' if city.kind == 'kaupunki' else 'kunta'} toteuttaa useita "
             f"kehittämishankkeita yhdessä kumppaneidensa kanssa. Alla on koottu käynnissä olevat hankkeet teemoittain.")
    if regional:
        intro = (f"Maakuntaohjelman {y0}–{y0 + 3} toteuttamiseksi rahoitettuja hankkeita on käynnissä eri puolilla "
                 f"maakuntaa. Sivulle on koottu esimerkkejä teemoittain.")
    projects = []
    sections = []
    name_modes = ["plain", "hanke", "years", "owner"]
    for ti, theme in enumerate(themes + (["Päättyneet hankkeet"] if ended_section else [])):
        is_ended = theme == "Päättyneet hankkeet"
        n = rng.choice([1, 2, 2, 3]) if not is_ended else rng.choice([1, 2])
        entries = []
        for _ in range(n):
            mm = rng.choice(munis_in(region)) if regional else m
            p = build(doc, region, mm, owner_kind=rng.choice(["muni", "muni", "assoc", "amk"]) if not regional
                      else rng.choice(["muni", "assoc", "amk"]),
                      funding=rng.choice(["none", "org", "amount"]), n_contacts=rng.choice([0, 1]),
                      partners=rng.choice([0, 0, 1]), implementers=0, owner=rng.random() < 0.8)
            if p.owner and p.owner.municipal and not regional:
                p.owner = city
            p.category = None if is_ended else theme
            badge = v == 3 and not is_ended and rng.random() < 0.5
            restatus(rng, p, "ended" if is_ended else ("ongoing" if badge else None))
            p.municipality = default_municipality(p) if regional else m.fi
            mode = rng.choice(name_modes)
            if mode == "owner" and not p.owner:
                mode = "plain"
            if mode == "years" and not p.period:
                mode = "plain"
            shown = name_shown(rng, p, mode)
            paras = [f"<p>{E(lorem(rng, 2))}</p>"]
            facts = []
            if p.owner:
                facts.append(owner_sentence(rng, p))
            if p.partners:
                facts.append(partner_sentences(rng, p))
            if p.period:
                if mode == "years" and rng.random() < 0.5 and p.period.sp == "year":
                    pass  # the heading's years are the period
                else:
                    facts.append(rng.choice([f"Hanke toteutetaan {period_text(rng, p.period, prose=True)}." if p.period.sp != "day"
                                             else f"Toteutusaika on {period_text(rng, p.period)}.",
                                             f"Hankeaika: {period_text(rng, p.period)}."]))
            if p.funds:
                facts.append(funding_sentences(rng, p))
            paras.append(f"<p>{E(' '.join(facts))}</p>")
            if p.contacts:
                c = p.contacts[0]
                paras.append(f"<p>{rng.choice(['Yhteyshenkilö:', 'Lisätietoja:'])}</p>" + contact_html(rng, c, "fi", "inline"))
            if badge:
                paras.insert(0, '<p class="badge">Käynnissä</p>')
            entries.append(hx(lv[1], shown, "project-title") + "\n".join(paras))
            projects.append(p)
        if v == 4:
            sections.append(f'<section class="theme" id="t{ti}">{hx(lv[0], theme)}'
                            + "".join(f'<article class="project">{e}</article>' for e in entries) + "</section>\n")
        else:
            sections.append(hx(lv[0], theme) + "\n".join(entries))
    title = rng.choice(["Hankkeet", "Kehittämishankkeet", "Käynnissä olevat hankkeet"]) if not regional \
        else "Maakunnan kehittämishankkeita"
    if ended_section and title == "Käynnissä olevat hankkeet":
        title = "Hankkeet"
    main = hx(1, title) + f'<p class="ingress">{E(intro)}</p>\n'
    if v == 2:
        main = hx(1, title) + f'<p class="ingress">{E(intro)}</p>\n' + hx(2, "Hankkeet teemoittain")
    if v == 0:
        toc = "".join(f'<li><a href="#t{i}">{E(t)}</a></li>' for i, t in enumerate(themes))
        main += f'<nav class="toc"><ul>{toc}</ul></nav>\n'
    main += "\n".join(sections)
    site = Site(rng, publisher, "fi", ["wp", "drupal", "liferay", "sitevision", "bootstrap", "wp"][v], place=m.fi)
    return site.page(title, main), projects


# ----------------------------------------------------------------------------------------------
# family 04: project cards mixed with news and event cards
# ----------------------------------------------------------------------------------------------

EVENT_FI = ["Kyläilta ja hankeinfo", "Avoin työpaja kaikille", "Yrittäjäaamu", "Luontoretki perheille",
            "Kuntalaisilta keskustan kehittämisestä", "Hankemessut"]


def fam_cards_mixed(doc):
    rng, v = doc.rng, doc.index
    region = rng.choice(list(REGIONS))
    m = rng.choice(munis_in(region))
    city_list = v in (0, 2, 4)   # a city's own "hankkeet" page: every entry gets the city (CONVENTIONS 6.2)
    publisher = muni_org(m) if city_list else leader_org(rng, region)
    tagset = [("Hanke", "Uutinen", "Tapahtuma"), ("Hanke", "Uutinen", "Tapahtuma"), ("HANKE", "UUTINEN", "TAPAHTUMA"),
              ("Hankkeet", "Uutiset", "Tapahtumat"), ("Hanke", "Ajankohtaista", "Tapahtuma"), ("Projekti", "Uutinen", "Tapahtuma")][v]
    projects = []
    cards = []
    n_proj = rng.choice([3, 4, 5])
    for _ in range(n_proj):
        p = build(doc, region, m, owner_kind=rng.choice(["muni", "assoc", "amk", "leader"]),
                  funding=rng.choice(["none", "none", "org", "amount"]), n_contacts=0, partners=0, implementers=0,
                  owner=rng.random() < 0.75, prec=rng.choice(["year", "year", "month", "day"]))
        if city_list and p.owner and p.owner.municipal:
            p.owner = muni_org(m)
        p.municipality = m.fi if city_list else default_municipality(p)
        restatus(rng, p, rng.choice([None, "ongoing", "ended"]))
        projects.append(p)
    news = []
    for i in range(rng.choice([2, 3, 4])):
        d = dt.date(rng.randint(2022, 2025), rng.randint(1, 12), rng.randint(1, 28))
        if i == 0 and projects:
            t = f"{projects[0].name} -hanke järjesti {rng.choice(['työpajan', 'kyläillan', 'opintomatkan'])}"
        else:
            t = rng.choice(NEWS_FI)
        news.append(("news", d, t))
    for i in range(rng.choice([1, 2])):
        d = dt.date(rng.randint(2023, 2025), rng.randint(1, 12), rng.randint(1, 28))
        news.append(("event", d, rng.choice(EVENT_FI)))
    items = [("project", p) for p in projects] + [(k, (d, t)) for k, d, t in news]
    rng.shuffle(items)
    for kind, obj in items:
        if kind == "project":
            p = obj
            lines = []
            if p.period:
                lines.append(E(period_text(rng, p.period, style=0)))
            if p.owner:
                lines.append(f"{rng.choice(['Hallinnoija', 'Päätoteuttaja'])}: {E(p.owner.nom)}")
            if p.funds:
                lines.append(f"Rahoitus: {funds_inline(rng, p)}")
            st = f'<span class="status">{E(status_word(rng, p.status))}</span>' if p.status else ""
            title, tag = p.name, tagset[0]
            desc = E(lorem(rng, 1))
            meta = "<br>".join(lines)
        else:
            d, t = obj
            title, tag = t, tagset[1] if kind == "news" else tagset[2]
            meta = f'<time datetime="{d.isoformat()}">{d_fi(d)}</time>'
            st = ""
            desc = E(rng.choice(["Lue lisää ajankohtaisista asioista.", "Tervetuloa mukaan!", "Katso kuvat ja lue lisää.",
                                 "Ilmoittaudu mukaan viikkoa ennen tapahtumaa."]))
        slug = fold(title).replace("!", "").replace("(", "").replace(")", "")[:40]
        if v in (0, 4):
            cards.append(f'<article class="card card--{kind}"><span class="card__tag">{E(tag)}</span>{st}'
                         f'<h3 class="card__title"><a href="/{slug}/">{E(title)}</a></h3>'
                         f'<p class="card__meta">{meta}</p><p class="card__text">{desc}</p></article>')
        elif v in (1, 5):
            cards.append(f'<div class="card" data-type="{kind}"><div class="card-body"><p class="card-category">{E(tag)}</p>'
                         f'<h2 class="card-title h5">{E(title)}</h2>{st}<p>{meta}</p><p>{desc}</p>'
                         f'<a class="stretched-link" href="/{slug}/">Lue lisää</a></div></div>')
        elif v == 2:
            cards.append(f'<li class="teaser teaser--{kind}"><a href="/{slug}/"><span class="teaser__label">{E(tag)}</span>'
                         f'<strong class="teaser__title">{E(title)}</strong></a> {st}<span class="teaser__meta">{meta}</span>'
                         f'<span class="teaser__excerpt">{desc}</span></li>')
        else:
            cards.append(f'<div class="grid-item"><div class="lift"><h4>{E(title)}</h4><small class="tag">{E(tag)}</small>'
                         f'{st}<div class="lift-meta">{meta}</div><div>{desc}</div></div></div>')
    grid = "\n".join(cards)
    if v == 2:
        grid = f'<ul class="teasers">{grid}</ul>'
    else:
        grid = f'<div class="card-grid">{grid}</div>'
    title = (f"{m.gen} {'kaupungin' if m.kind == 'kaupunki' else 'kunnan'} hankkeet ja ajankohtaista" if city_list
             else rng.choice(["Hankkeet ja uutiset", "Ajankohtaista ja hankkeet", "Rahoitetut hankkeet ja tapahtumat"]))
    filt = '<div class="filters"><button>Kaikki</button> <button>Hankkeet</button> <button>Uutiset</button> <button>Tapahtumat</button></div>'
    main = hx(1, title) + (filt if v != 3 else "") + grid
    site = Site(rng, publisher, "fi", ["wp", "bootstrap", "drupal", "sitevision", "liferay", "bootstrap"][v],
                sidebar_news=False, place=m.fi)
    return site.page(title, main), projects


# ----------------------------------------------------------------------------------------------
# family 05: table of funded projects with a totals row
# ----------------------------------------------------------------------------------------------

def fam_grant_table(doc):
    rng, v = doc.rng, doc.index
    sv = v == 1
    region = rng.choice(SV_REGIONS) if sv else rng.choice(list(REGIONS))
    ms = munis_in(region, sv=sv)
    m = rng.choice(ms)
    if v in (0, 3, 5):
        funder = leader_org(rng, region)
    if sv:
        funder = Org(rng.choice(REGIONS[region]["leader"]), "leader", domain="leader.example.fi")
        if not funder.nom.endswith("rf"):
            funder = Org("Leader Kustbyar rf", "leader", domain="kustbyar.example.fi")
    elif v == 2:
        funder = region_org(region, "liitto")
    elif v == 4:
        funder = region_org(region, "ely")
    n = rng.choice([4, 5, 6])
    projects = []
    for _ in range(n):
        mm = rng.choice(ms)
        if sv:
            o = rng.choice([sv_muni_org(mm), assoc_org(rng, mm, "sv"), assoc_org(rng, mm, "sv")])
            p = Project(doc.namer.sv())
        else:
            o = rng.choice([muni_org(mm), assoc_org(rng, mm), assoc_org(rng, mm)])
            p = Project(doc.namer.fi(False))
        p.owner = o
        p.home = mm
        amt = rand_amount(rng, 3000, 120000, 50) if v != 2 else rand_amount(rng, 50000, 600000, 500)
        if rng.random() < 0.25:
            amt += rng.randrange(1, 99) / 100.0
        p.amount = amt
        projects.append(p)
    total = round(sum(p.amount for p in projects), 2)
    rows = []
    date = dt.date(rng.randint(2021, 2025), rng.randint(1, 12), rng.randint(1, 28))
    if v == 0:
        cols = ["Hanke", "Hakija", "Myönnetty tuki €"]
        for p in projects:
            p.funds = [Fund(funder.nom, p.amount)]
            p.municipality = default_municipality(p)
            rows.append([E(p.name), E(p.owner.nom), num_fi(p.amount)])
        tot = ["Yhteensä", "", num_fi(total)]
        intro = f"{funder.gen} hallitus myönsi kokouksessaan {d_fi(date)} tukea seuraaville yleishyödyllisille hankkeille."
        title = "Rahoitetut hankkeet"
    elif v == 1:
        cols = ["Projekt", "Sökande", "Kommun", "Stöd (€)"]
        for p in projects:
            p.funds = [Fund(funder.nom, p.amount)]
            p.municipality = p.home.fi
            rows.append([E(p.name), E(p.owner.nom), E(p.home.sv), num_fi(p.amount)])
        tot = ["Totalt", "", "", num_fi(total)]
        intro = f"Styrelsen för {funder.nom} beviljade den {d_fi(date)} stöd till följande projekt."
        title = "Beviljade projekt"
    elif v == 2:
        cols = ["Hanke", "Toteutusaika", "Myönnetty tuki €"]
        for p in projects:
            p.period = rand_period(rng, rng.choice(["day", "month", "year"]))
            p.funds = [Fund(funder.nom, p.amount)]
            p.municipality = default_municipality(p)
            rows.append([f"{E(p.name)}<br><small>Hallinnoija: {E(p.owner.nom)}</small>",
                         E(period_text(rng, p.period, style=0)), num_fi(p.amount)])
        tot = ["YHTEENSÄ", "", num_fi(total)]
        intro = (f"{funder.nom} on myöntänyt rahoituksen seuraaville hankkeille. "
                 f"Päätökset on tehty {d_fi(date)}.")
        title = "Rahoituspäätökset"
    elif v == 3:
        cols = ["Hankkeen nimi", "Hakija", "Kunta", "Tuki €", "Tuki-%"]
        for p in projects:
            sh = rng.choice([50, 60, 70, 75, 80])
            p.funds = [Fund(funder.nom, p.amount, share=sh)]
            p.municipality = p.home.fi
            rows.append([E(p.name), E(p.owner.nom), E(p.home.fi), num_fi(p.amount), f"{sh} %"])
        tot = ["Yht.", "", "", num_fi(total), ""]
        intro = f"{funder.gen} hallitus on vuoden {date.year} aikana myöntänyt tukea seuraaville hankkeille."
        title = "Myönnetyt hanketuet"
    elif v == 4:
        cols = ["Hanke", "Hakija", "Haettu tuki €"]
        for p in projects:
            p.status = "planned"      # a list of received applications (CONVENTIONS 4.1)
            p.funds = []              # applied amounts are not funding (CONVENTIONS 11.7)
            p.municipality = default_municipality(p)
            rows.append([E(p.name), E(p.owner.nom), num_fi(p.amount)])
        tot = ["Yhteensä", "", num_fi(total)]
        intro = (f"{funder.nom} vastaanotti hakuaikana 1.9.–30.11.{date.year} seuraavat hakemukset. "
             f"Hakemukset ovat käsittelyssä.")
        title = "Saapuneet hakemukset"
    else:
        cols = ["Hanke", "Hakija", "Myönnetty enintään"]
        for p in projects:
            p.funds = [Fund(funder.nom, p.amount, is_max=True)]
            p.municipality = default_municipality(p)
            rows.append([E(p.name), E(p.owner.nom), "enintään " + E(eur(rng, p.amount, style=0))])
        tot = ["Yhteensä", "", E(eur(rng, total, style=0))]
        intro = f"{funder.gen} hallitus päätti {d_fi(date)} myöntää seuraaville hankkeille tukea enintään alla mainitut summat."
        title = "Tuetut hankkeet"
    hcls = rng.choice(["table", "wp-block-table", "taulukko", "grants"])
    if v == 5:
        # header cells in the first column of every row
        trs = "".join("<tr>" + f'<th scope="row">{r[0]}</th>' + "".join(f"<td>{c}</td>" for c in r[1:]) + "</tr>" for r in rows)
    else:
        trs = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    head = "<tr>" + "".join(f"<th>{E(c)}</th>" for c in cols) + "</tr>"
    totr = "<tr class=\"sum\">" + "".join(f"<td><strong>{c}</strong></td>" if c else "<td></td>" for c in tot) + "</tr>"
    table = f'<table class="{hcls}"><thead>{head}</thead><tbody>{trs}{totr}</tbody></table>'
    if v in (0, 5):
        table = f'<figure class="wp-block-table">{table}</figure>'
    main = hx(1, title) + f"<p>{E(intro)}</p>\n{table}\n"
    if v == 5:
        # company aid is not a project (CONVENTIONS 1.4)
        co = rng.choice(["Koivulan Puutyö Oy", "Honkalan Matkailu Oy", "Lehtovaaran Konepaja Oy"])
        main += hx(2, "Yritystuet") + (f'<table class="table"><tr><th>Yritys</th><th>Tarkoitus</th><th>Tuki €</th></tr>'
                                       f"<tr><td>{E(co)}</td><td>koneiden ja laitteiden hankinta</td><td>{num_fi(rand_amount(rng, 5000, 40000))}</td></tr></table>\n")
    if v == 0:
        main += f"<p>Seuraava hallituksen kokous pidetään {d_fi(date + dt.timedelta(days=42))}.</p>\n"
    if sv:
        main += "<p>Mer information ger verksamhetsledaren.</p>\n"
    gold_projects = list(projects)
    site = Site(rng, funder, "sv" if sv else "fi", ["wp", "sitevision", "drupal", "liferay", "bootstrap", "wp"][v],
                place=m.sv if sv else m.fi)
    return site.page(title, main), gold_projects


# ----------------------------------------------------------------------------------------------
# family 06: board / council minutes with § items
# ----------------------------------------------------------------------------------------------

DESCRIPTIVE = [("kylätalon energiaremontti", "kylätalon energiaremonttiin"),
               ("uimarannan peruskorjaus", "uimarannan peruskorjaukseen"),
               ("kuntoradan valaistuksen uusiminen", "kuntoradan valaistuksen uusimiseen"),
               ("laavun ja nuotiopaikan rakentaminen", "laavun ja nuotiopaikan rakentamiseen"),
               ("seurantalon esteettömyyden parantaminen", "seurantalon esteettömyyden parantamiseen")]
POLITICIANS = ["Raimo", "Seppo", "Leena", "Tarja", "Kari", "Marja", "Pentti", "Irma"]


def fam_minutes(doc):
    rng, v = doc.rng, doc.index
    sv = v == 5
    region = rng.choice(SV_REGIONS) if sv else rng.choice(list(REGIONS))
    m = rng.choice(munis_in(region, sv=sv))
    body_org = sv_muni_org(m) if sv else muni_org(m)
    board = ("Stadsstyrelsen" if body_org.kind == "kaupunki" else "Kommunstyrelsen") if sv else \
        ("Kaupunginhallitus" if m.kind == "kaupunki" else "Kunnanhallitus")
    date = dt.date(rng.randint(2022, 2025), rng.randint(1, 12), rng.randint(1, 28))
    k = rng.randint(20, 240)
    n_grants = 2 if v in (1, 3) else 1
    items = []          # (title, html)
    projects = []

    def pol():
        return f"{rng.choice(POLITICIANS)} {rng.choice(LAST_FI)}"
    if sv:
        items.append(("Val av protokolljusterare", f"<p>Till protokolljusterare väljs {pol()} och {pol()}.</p>"))
    else:
        items.append((rng.choice(["Pöytäkirjan tarkastajien valinta", "Kokouksen laillisuus ja päätösvaltaisuus"]),
                      f"<p>Pöytäkirjan tarkastajiksi valitaan {pol()} ja {pol()}. Kokous todetaan laillisesti koolle kutsutuksi ja päätösvaltaiseksi.</p>"))
    y = date.year + 1
    liitto = region_org(region, "liitto", "sv" if sv else "fi")
    if sv:
        items.append((f"Utlåtande om landskapsprogrammet {y}–{y + 3}",
                      f"<p>{E(liitto.nom)} begär utlåtande om landskapsprogrammet för åren {y}–{y + 3}. "
                      f"{board} konstaterar att programmet lyfter fram näringslivets och byarnas behov.</p><p>Beslut: Godkändes.</p>"))
    else:
        items.append((f"Lausunto maakuntaohjelmasta {y}–{y + 3}",
                      f"<p>{E(liitto.nom)} pyytää lausuntoa maakuntaohjelmasta vuosille {y}–{y + 3}. Ohjelmassa "
                      f"linjataan maakunnan kehittämisen painopisteet. {board} toteaa lausuntonaan, että ohjelma "
                      f"ottaa hyvin huomioon kuntien elinvoiman ja saavutettavuuden.</p><p>Päätös: Hyväksyttiin.</p>"))
        items.append((f"Edustajan nimeäminen {rng.choice([liitto.gen + ' työryhmään', 'vanhusneuvostoon', 'hyvinvointialueen yhteistyöryhmään'])}",
                      f"<p>Edustajaksi nimetään {pol()} ja varaedustajaksi {pol()}.</p><p>Päätös: Hyväksyttiin.</p>"))
    pattern_dom = body_org.domain
    for g in range(n_grants):
        owner = assoc_org(rng, m, "sv" if sv else "fi")
        descriptive = (not sv) and ((v == 2 and g == 0) or (v == 3 and g == 1))
        if sv:
            p = Project(doc.namer.sv())
        elif descriptive:
            nom, ill = rng.choice(DESCRIPTIVE)
            p = Project(nom)
            p.ill = ill
        else:
            p = Project(doc.namer.fi(False))
        p.owner = owner
        p.municipality = m.fi
        p.period = rand_period(rng, rng.choice(["day", "day", "month"]), y0=date.year + 1, y1=date.year + 1)
        grant = rand_amount(rng, 2000, 40000, 100)
        is_max = g == 1 or v == 4
        p.funds = [Fund(body_org.nom, grant, is_max=is_max)]
        ely_amt = None
        if rng.random() < 0.6 and not sv:
            ely = region_org(region, "ely")
            ely_amt = rand_amount(rng, 20000, 150000, 50)
            p.funds.insert(0, Fund(ely.nom, ely_amt))
        budget = (ely_amt or 0) + grant + rand_amount(rng, 2000, 20000, 100)
        p.budget = budget
        person = make_person(rng, doc.people, "sv" if sv else "fi")
        title = rng.choice(TITLES_SV[2:] + ["näringslivschef"]) if sv else rng.choice(
            ["kehittämispäällikkö", "elinkeinoasiamies", "talousjohtaja", "kunnansihteeri", "hallintojohtaja"])
        ph = make_phone(rng)
        c = Contact(person, title, body_org, False, ph, person.email(pattern_dom), "pattern", pattern_dom)
        if v in (0, 4):
            c.email_mode = "plain"
        p.contacts = [c]
        ph_s = phone_display(rng, ph)
        mail = "" if c.email_mode == "pattern" else f", {E(c.email)}"
        per = period_text(rng, p.period, "sv" if sv else "fi")
        if sv:
            txt = (f"<p>{E(owner.nom)} har ansökt om kommunal finansiering för projektet {E(p.name)}. Projektet genomförs "
                   f"{E(per)}. Totalbudget {E(eur(rng, budget, 'sv'))}.</p>"
                   f"<p>Förslag: {board} beslutar att {E(body_org.nom)} beviljar {E(owner.nom)} "
                   f"{'maximalt ' if is_max else ''}{num_fi(grant)} euro för projektet.</p><p>Beslut: Godkändes.</p>"
                   f"<p>Mer information: {E(title)} {E(person.name)}, tfn {E(ph_s)}{mail}</p>")
            head = f"Kommunal finansiering för projektet {p.name}"
        else:
            nm_ill = p.ill if descriptive else f"{p.name} -hankkeeseen"
            nm_head = f"Kuntarahoitus: {p.name}" if descriptive else f"Kuntarahoitus {p.name} -hankkeelle"
            ely_s = f" {E(p.funds[0].label)} on myöntänyt hankkeelle {num_fi(ely_amt)} euroa." if ely_amt else ""
            period_s = (f"Hanke toteutetaan {E(per)}." if p.period.sp == "day" else
                        f"Hankkeen toteutusaika on {E(per)}.")
            mx = "enintään " if is_max else ""
            txt = (f"<p>{E(owner.nom)} hakee kuntarahoitusta {E(nm_ill)}. {period_s} Hankkeen kokonaiskustannusarvio on "
                   f"{E(num_fi(budget))} euroa.{ely_s}</p>"
                   + (f"<p>{'Kaupungin' if body_org.kind == 'kaupunki' else 'Kunnan'} talousarvioon on varattu {num_fi(rand_amount(rng, 40000, 90000, 5000))} euroa yhdistysten hankkeiden kuntarahaosuuksiin.</p>" if g == 0 else "") +
                   f"<p><strong>Päätösehdotus:</strong> {board} päättää, että {E(body_org.nom)} myöntää {E(owner.all)} "
                   f"{mx}{num_fi(grant)} euron kuntarahaosuuden {E(nm_ill)}"
                   f"{'' if g or v == 4 else ' sekä ' + num_fi(rand_amount(rng, 5000, 20000, 1000)) + ' euron väliaikaisrahoituksen'}.</p>"
                   f"<p><strong>Päätös:</strong> Hyväksyttiin.</p>"
                   f"<p>Lisätietoja päätöksestä: {E(title)} {E(person.name)}, puh. {E(ph_s)}{mail}</p>")
            head = nm_head
        projects.append(p)
        items.append((head, txt))
    # keep housekeeping first, grants in the middle, statement last in some layouts
    if v in (1, 4):
        items = [items[0]] + items[len(items) - n_grants:] + items[1:len(items) - n_grants]
    esit = f"{'Kunnanjohtaja' if m.kind == 'kunta' else 'Kaupunginjohtaja'} {rng.choice(FIRST_FI)} {rng.choice(LAST_FI)}" \
        if not sv else f"Stadsdirektör {rng.choice(FIRST_SV)} {rng.choice(LAST_SV)}"
    blocks = []
    for i, (t, h) in enumerate(items):
        num = k + i
        if v == 1:
            blocks.append(f'<table class="pykala" width="100%"><tr><td width="12%" valign="top"><b>§ {num}</b></td>'
                          f'<td><b>{E(t)}</b><br><small>{"Esittelijä" if not sv else "Föredragande"}: {E(esit)}</small>{h}</td></tr></table>')
        elif v == 3:
            blocks.append(f'<section class="asia"><h3>§ {num} {E(t)}</h3><dl><dt>Dnro</dt><dd>{rng.randint(10, 900)}/{date.year}</dd>'
                          f"<dt>Esittelijä</dt><dd>{E(esit)}</dd></dl>{h}</section>")
        elif v == 4:
            blocks.append(f'<div class="meetingitem"><h2 class="pykalaotsikko">{E(t)} <span class="pykalanro">{num} §</span></h2>{h}</div>')
        else:
            blocks.append(f'<div class="pykala"><h2>§ {num} {E(t)}</h2>{h}</div>')
    if sv:
        head = (f'<p class="doc-head">{E(body_org.nom)} · PROTOKOLL {rng.randint(1, 15)}/{date.year}</p>'
                f"{hx(1, board)}<p>Tid: {d_fi(date)} kl. 17.00<br>Plats: Stadshuset, sammanträdesrummet</p>")
    else:
        head = (f'<p class="doc-head">{E(body_org.nom.upper() if v == 4 else body_org.nom)} · PÖYTÄKIRJA {rng.randint(1, 15)}/{date.year}</p>'
                f"{hx(1, board)}<p>Kokousaika {d_fi(date, v == 2)} klo 17.00<br>Kokouspaikka: "
                f"{'Kaupungintalo' if m.kind == 'kaupunki' else 'Kunnantalo'}, valtuustosali</p>")
    toc = ""
    if v in (0, 2):
        toc = "<ul class=\"asialista\">" + "".join(f"<li>§ {k + i} {E(t)}</li>" for i, (t, _) in enumerate(items)) + "</ul>"
    appeal = ("<p class=\"muutoksenhaku\">Oikaisuvaatimusohje: Tähän päätökseen tyytymätön voi tehdä kirjallisen "
              "oikaisuvaatimuksen 14 päivän kuluessa päätöksen tiedoksisaannista.</p>") if not sv else \
        "<p>Anvisning om begäran om omprövning bifogas protokollet.</p>"
    if any(c.email_mode == "pattern" for p in projects for c in p.contacts):
        appeal = f"<p>{E(pattern_line(pattern_dom, 'sv' if sv else 'fi'))}</p>" + appeal
    main = head + toc + "\n".join(blocks) + appeal
    site = Site(rng, body_org, "sv" if sv else "fi", ["drupal", "legacy", "wp", "liferay", "sitevision", "bootstrap"][v],
                sidebar_news=False, place=m.sv if sv else m.fi)
    return site.page(f"{board} {d_fi(date)}", main), projects


# ----------------------------------------------------------------------------------------------
# family 07: news article / press release naming one or two projects in prose
# ----------------------------------------------------------------------------------------------

QUOTES = ["Olemme todella iloisia rahoituksesta, sillä se mahdollistaa pitkäjänteisen kehittämistyön",
          "Hanke tuo kylille uusia mahdollisuuksia ja vahvistaa yhteisöllisyyttä",
          "Tämä on tärkeä askel kohti kestävämpää arkea",
          "Yhteistyö yritysten ja yhdistysten kanssa on hankkeen ydin"]


def fam_news(doc):
    rng, v = doc.rng, doc.index
    region = rng.choice(list(REGIONS))
    m = rng.choice(munis_in(region))
    two = v in (1, 3, 5)
    funder = rng.choice([region_org(region, "ely"), region_org(region, "liitto"),
                         Org(rng.choice(MINISTRIES), "ministry")])
    p1 = Project(doc.namer.fi(False))
    p1.owner = rng.choice([muni_org(m), region_org(region, "amk"), assoc_org(rng, m)])
    big = v == 2
    amt1 = float(rng.randrange(10, 30) * 100000) if big else rand_amount(rng, 30000, 400000, 500)
    p1.funds = [Fund(funder.nom, amt1, is_max=v == 4)]
    p1.period = rand_period(rng, rng.choice(["day", "month", "year"]), y0=2023, y1=2026)
    p1.municipality = default_municipality(p1)
    if v in (2, 5):
        p1.budget = amt1 + rand_amount(rng, 20000, 200000, 1000)
    projects = [p1]
    if two:
        m2 = rng.choice(munis_in(region))
        p2 = Project(doc.namer.fi(False))
        p2.owner = rng.choice([muni_org(m2), assoc_org(rng, m2)])
        if p2.owner.nom == p1.owner.nom:
            p2.owner = assoc_org(rng, m2)
        p2.funds = [Fund(funder.nom, rand_amount(rng, 15000, 200000, 250))]
        p2.period = rand_period(rng, rng.choice(["year", "day"]), y0=2023, y1=2026)
        p2.municipality = default_municipality(p2)
        projects.append(p2)
    pub = dt.date(p1.period.start.year - (1 if p1.period.start.month < 3 else 0), rng.randint(1, 12), rng.randint(1, 28))
    publisher = p1.owner if p1.owner.municipal else funder
    quoted = Person(rng.choice(FIRST_FI), rng.choice(LAST_FI))
    ok = p1.owner.kind
    qtitle = {"kaupunki": "kaupunginjohtaja", "kunta": "kunnanjohtaja", "amk": "rehtori", "Oy": "toimitusjohtaja"}.get(
        ok, rng.choice(["puheenjohtaja", "toiminnanjohtaja"]))
    ctc_person = make_person(rng, doc.people)
    if v == 3:
        ctc_person = quoted    # quoted AND listed under Lisätietoja: a contact (CONVENTIONS 8.2)
        doc.people.add(quoted.name)
    ctitle = rng.choice(["projektipäällikkö", "kehittämispäällikkö", "hankekoordinaattori"]) if v != 3 else qtitle
    cphone = make_phone(rng)
    corg = p1.owner
    c = Contact(ctc_person, ctitle, corg, v in (0, 2, 4), cphone, ctc_person.email(corg.domain or "hanke.example.fi"),
                rng.choice(["mailto", "plain", "at"]))
    p1.contacts = [c]
    if rng.random() < 0.5 or v in (1, 2):
        hl = f"{p1.owner.nom} sai {eur(rng, amt1, style=5 if big else 1)} {p1.name} -hankkeeseen"
    elif two:
        hl = f"{funder.nom} myönsi rahoitusta kahdelle kehittämishankkeelle"
    else:
        hl = f"Uusi hanke vahvistaa {m.gen} seudun elinvoimaa"
    if two and v in (1, 3):
        hl = f"{funder.nom} myönsi rahoitusta kahdelle kehittämishankkeelle"
    if big:
        hl = f"{p1.owner.nom} sai {eur(rng, amt1, style=5)} {p1.name} -hankkeeseen"
    lead = f'<p class="lead">{E(funder.nom)} on myöntänyt {E(p1.owner.all)} {"enintään " if v == 4 else ""}{eur_gen(rng, amt1)} ' \
           f'avustuksen {E(p1.name)} -hankkeeseen.</p>'
    paras = [lead]
    per1 = period_text(rng, p1.period, prose=True)
    s = rng.choice([f"Hanketta hallinnoi {p1.owner.nom}, ja se toteutetaan {per1}.",
                    f"{p1.name} -hanke on {p1.owner.gen} hallinnoima, ja se toteutetaan {per1}."])
    if p1.period.sp == "day":
        s = f"Hanketta hallinnoi {p1.owner.nom}. Hankkeen toteutusaika on {period_text(rng, p1.period)}."
    paras.append(f"<p>{E(s)} {E(lorem(rng, 1))}</p>")
    if p1.budget:
        # the owner pays a share: a funder organisation row without a funding row (CONVENTIONS 5.5, 11.4)
        p1.funds.append(Fund(p1.owner.nom))
        paras.append(f"<p>Hankkeen kokonaisbudjetti on {E(eur(rng, p1.budget))}. {E(p1.owner.nom)} osallistuu "
                     f"rahoitukseen {rng.choice([10, 20, 25])} prosentin omarahoitusosuudella.</p>")
    paras.append(f"<p>– {E(rng.choice(QUOTES))}, sanoo {E(qtitle)} {E(quoted.name)}.</p>")
    if rng.random() < 0.6:
        paras.append(f"<p>Rahoitus myönnettiin Uudistuva ja osaava Suomi 2021–2027 -ohjelmasta. Hanke käynnistyy tänä vuonna.</p>")
    if two:
        p2 = projects[1]
        per2 = period_text(rng, p2.period, prose=True) if p2.period.sp != "day" else period_text(rng, p2.period)
        paras.append(f"<p>Samassa rahoituspäätöksessä {E(funder.nom)} myönsi {E(p2.owner.all)} {eur(rng, p2.funds[0].amount, style=1)} "
                     f"{E(p2.name)} -hankkeelle. Hanke toteutetaan {'ajalla ' if p2.period.sp == 'day' else ''}{E(per2)}.</p>")
    ph = phone_display(rng, cphone)
    org_s = f", {E(corg.nom)}" if c.show_org else ""
    paras.append(f'<p class="more"><strong>Lisätietoja:</strong> {E(ctitle)} {E(ctc_person.name)}{org_s}, '
                 f'puh. {E(ph)}, {email_html(rng, c)}</p>')
    teasers = []
    for _ in range(3):
        d = pub - dt.timedelta(days=rng.randint(3, 90))
        t = rng.choice([f"Kylätiestölle {num_fi(rand_amount(rng, 5000, 50000, 1000))} euroa avustuksia",
                        f"Matkailuhankkeelle {num_fi(rand_amount(rng, 20000, 90000, 1000))} euroa",
                        rng.choice(NEWS_FI)])
        teasers.append(f'<li><time>{d_fi(d)}</time> <a href="/uutiset/{d.isoformat()}/">{E(t)}</a></li>')
    more = f'<section class="more-news"><h2>{rng.choice(["Muut uutiset", "Lue myös", "Uusimmat tiedotteet"])}</h2><ul>{"".join(teasers)}</ul></section>'
    dateline = f'<p class="date">{rng.choice(["Julkaistu", "Uutinen", "Tiedote"])} {d_fi(pub, v % 2 == 0)}</p>'
    if v == 4:
        dateline = f'<p class="date">TIEDOTE {d_fi(pub)} klo {rng.randint(8, 16)}.00</p>'
    main = f'<article class="news">{hx(1, hl)}{dateline}{"".join(paras)}' \
           f'<p class="tags">Aiheet: <a href="#">hankkeet</a> <a href="#">elinvoima</a></p></article>{more}'
    site = Site(rng, publisher, "fi", ["drupal", "wp", "liferay", "sitevision", "bootstrap", "wp"][v],
                sidebar_news=False, place=m.fi)
    return site.page(hl, main), projects


# ----------------------------------------------------------------------------------------------
# family 08: English page of a project
# ----------------------------------------------------------------------------------------------

def fam_english(doc):
    rng, v = doc.rng, doc.index
    region = rng.choice(list(REGIONS))
    m = rng.choice(munis_in(region))
    okind = ["muni", "amk", "muni", "amk", "liitto", "muni"][v]
    if okind == "muni":
        owner = muni_org(m)
        owner = Org(owner.en, owner.kind, muni=m.fi, domain=owner.domain)
    elif okind == "amk":
        owner = region_org(region, "amk", "en")
    else:
        owner = region_org(region, "liitto", "en")
        owner.domain = fold(REGIONS[region]["en"]).replace("-", "") + "-council.example.fi"
    if v == 1:
        p = Project(doc.namer.fi(False))         # Finnish name kept in the English page
    else:
        p = Project(doc.namer.en())
        if v in (0, 3):
            p.aliases = [doc.namer.fi(False)]    # a name in another language is an alias (CONVENTIONS 2.9)
    p.owner = owner
    p.municipality = m.fi if owner.municipal else None
    p.period = rand_period(rng, ["day", "month", "day", "year", "day", "month"][v])
    restatus(rng, p, ["ongoing", "ended", None, "ended", "ongoing", None][v])
    m2 = rng.choice([x for x in munis_in(region) if x.fi != m.fi])
    partners = [Org(("City of " if m2.kind == "kaupunki" else "Municipality of ") + m2.fi, m2.kind, muni=m2.fi)]
    if v % 2 == 0:
        partners.append(Org(f"{rng.choice(['Lakeside', 'Northern', 'Riverside', 'Forest'])} Village Association", "ry"))
    p.partners = partners if v != 5 else []
    fund_name = rng.choice(["European Regional Development Fund (ERDF)", "European Social Fund Plus (ESF+)",
                            "Interreg Aurora", region_org(region, "liitto", "en").nom])
    if v in (0, 3):
        amt = rand_amount(rng, 80000, 900000, 1000)
        p.funds = [Fund(fund_name, amt, is_max=v == 3)]
    elif v == 4:
        total = float(rng.randrange(20, 150) * 10000)
        p.funds = [Fund(fund_name, total * 0.8, share=80), Fund(owner.nom, total * 0.2, share=20)]
        p.budget = total
    else:
        p.funds = [Fund(fund_name)]
    if v == 2:
        p.budget = float(rng.randrange(10, 50) * 50000)
    person = make_person(rng, doc.people)
    title = rng.choice(TITLES_EN)
    ph = make_phone(rng)
    pattern = v in (1, 4)
    c = Contact(person, title, owner, v in (2, 5), ph, person.email(owner.domain), "pattern" if pattern else "mailto",
                owner.domain)
    p.contacts = [c] if v != 3 else []
    rows = []
    rows.append((rng.choice(["Duration", "Project period", "Timeline"]), E(period_text(rng, p.period, "en"))))
    if p.status:
        rows.append(("Status", STATUS_EN[p.status][0]))
    rows.append((rng.choice(["Lead partner", "Coordinator", "Project owner"]), E(owner.nom)))
    if p.partners:
        rows.append(("Partners", E(", ".join(o.nom for o in p.partners))))
    fl = []
    for f in p.funds:
        if f.amount is None:
            fl.append(E(f.label))
        elif f.share is not None:
            fl.append(f"{E(f.label)}: {E(eur(rng, f.amount, 'en'))} ({f.share}%)")
        else:
            fl.append(f"{E(f.label)}, {'up to ' if f.is_max else ''}{E(eur(rng, f.amount, 'en'))}")
    rows.append((rng.choice(["Funding", "Funded by"]), "<br>".join(fl)))
    if p.budget:
        rows.append((rng.choice(["Budget", "Total budget"]), E(eur(rng, p.budget, "en"))))
    if p.aliases:
        rows.insert(0, (rng.choice(["Finnish name", "In Finnish"]), E(p.aliases[0])))
    if p.contacts:
        ch = contact_html(rng, c, "en", "lines")
        if pattern:
            ch += f"<p>{E(pattern_line(owner.domain, 'en'))}</p>"
        rows.append((rng.choice(["Contact", "Contact person"]), ch))
    if v in (0, 3):
        facts = "<dl class=\"project-facts\">" + "".join(f"<dt>{a}</dt><dd>{b}</dd>" for a, b in rows) + "</dl>"
    elif v in (1, 4):
        facts = "<ul class=\"facts\">" + "".join(f"<li><strong>{a}:</strong> {b}</li>" for a, b in rows) + "</ul>"
    else:
        facts = "<table class=\"facts\">" + "".join(f"<tr><th>{a}</th><td>{b}</td></tr>" for a, b in rows) + "</table>"
    body = hx(1, p.name)
    body += f"<p class=\"lead\">{E(lorem(rng, 2, 'en'))}</p>"
    if v in (2, 5):
        body += hx(2, "Key facts") + facts + hx(2, "About the project") + f"<p>{E(lorem(rng, 2, 'en'))}</p>"
    else:
        body += hx(2, "Objectives") + f"<p>{E(lorem(rng, 2, 'en'))}</p>" + hx(3 if v == 1 else 2, "Project information") + facts
    if rng.random() < 0.5:
        body += pub_date_html(rng, "en")
    site = Site(rng, owner, "en", ["wp", "drupal", "liferay", "sitevision", "bootstrap", "wp"][v], place=m.fi)
    return site.page(p.name, f'<article class="project">{body}</article>'), [p]


# ----------------------------------------------------------------------------------------------
# family 09: Swedish page of a project
# ----------------------------------------------------------------------------------------------

def fam_swedish(doc):
    rng, v = doc.rng, doc.index
    region = SV_REGIONS[v % 3]
    m = rng.choice(munis_in(region, sv=True))
    okind = ["muni", "assoc", "amk", "muni", "assoc", "muni"][v]
    if okind == "muni":
        owner = sv_muni_org(m)
    elif okind == "assoc":
        owner = assoc_org(rng, m, "sv")
    else:
        n, d = REGIONS[region]["sv_amk"]
        owner = Org(n, "amk", domain=d + ".example.fi")
    p = Project(doc.namer.sv())
    if v in (1, 4):
        p.aliases = [doc.namer.fi(False)]
    p.owner = owner
    kommun = v in (1, 4)
    p.municipality = m.fi if (owner.municipal or kommun) else None
    p.period = rand_period(rng, ["day", "month", "year", "day", "day", "month"][v])
    restatus(rng, p, ["ongoing", "ended", None, "ongoing", "ended", None][v])
    m2 = rng.choice([x for x in munis_in(region, sv=True) if x.fi != m.fi])
    p.partners = [sv_muni_org(m2)] if v != 2 else [sv_muni_org(m2), assoc_org(rng, m2, "sv")]
    if okind != "muni" and v == 4:
        p.partners = []
    f_liitto = REGIONS[region]["sv_liitto"]
    f_ely = REGIONS[region]["sv_ely"]
    if v in (0, 3):
        p.funds = [Fund(rng.choice([f_liitto, f_ely]), rand_amount(rng, 30000, 400000, 500), is_max=v == 3)]
    elif v == 1:
        p.funds = [Fund(f_liitto)]
        p.budget = float(rng.randrange(5, 30) * 100000)
    elif v == 2:
        total = float(rng.randrange(50, 300) * 1000)
        p.funds = [Fund(f_ely, total * 0.7, share=70), Fund(owner.nom, total * 0.3, share=30)]
        p.budget = total
    elif v == 4:
        p.funds = [Fund("Europeiska regionala utvecklingsfonden"), Fund(f_liitto, rand_amount(rng, 50000, 250000, 1000))]
    else:
        p.funds = [Fund(f_ely, rand_amount(rng, 20000, 150000, 500))]
    n_c = [1, 1, 2, 1, 0, 1][v]
    pattern = v in (1, 5)
    for _ in range(n_c):
        person = make_person(rng, doc.people, "sv")
        c = Contact(person, rng.choice(TITLES_SV), owner, v == 2, make_phone(rng),
                    person.email(owner.domain), "pattern" if pattern else rng.choice(["mailto", "plain", "at"]),
                    owner.domain)
        p.contacts.append(c)
    rows = []
    rows.append((rng.choice(["Projekttid", "Projektperiod"]), E(period_text(rng, p.period, "sv"))))
    rows.append((rng.choice(["Projektägare", "Huvudman"]), E(owner.nom)))
    if kommun:
        rows.append(("Kommun", E(m.sv)))
    if p.partners:
        rows.append(("Samarbetspartner", E(", ".join(o.nom for o in p.partners))))
    fl = []
    for f in p.funds:
        if f.amount is None:
            fl.append(E(f.label))
        elif f.share is not None:
            fl.append(f"{E(f.label)} {E(eur(rng, f.amount, 'sv'))} ({f.share} %)")
        else:
            fl.append(f"{E(f.label)}, {'maximalt ' if f.is_max else ''}{E(eur(rng, f.amount, 'sv'))}")
    rows.append(("Finansiär" if len(p.funds) == 1 else "Finansiering", "<br>".join(fl)))
    if p.budget:
        rows.append((rng.choice(["Totalbudget", "Budget"]), E(eur(rng, p.budget, "sv"))))
    if p.status:
        rows.append(("Status", E(status_word(rng, p.status, "sv"))))
    if p.aliases:
        rows.append(("På finska", E(p.aliases[0])))
    if p.contacts:
        lab = "Kontaktperson" if len(p.contacts) == 1 else "Kontaktpersoner"
        ch = "".join(contact_html(rng, c, "sv", "inline") for c in p.contacts)
        if pattern:
            ch += f"<p>{E(pattern_line(owner.domain, 'sv'))}</p>"
        rows.append((lab, ch))
    if v in (0, 3):
        facts = "".join(f"<p><strong>{a}:</strong> {b}</p>" for a, b in rows)
    elif v in (1, 4):
        facts = "<dl>" + "".join(f"<dt>{a}</dt><dd>{b}</dd>" for a, b in rows) + "</dl>"
    else:
        facts = "<table class=\"projektfakta\">" + "".join(f"<tr><td><b>{a}</b></td><td>{b}</td></tr>" for a, b in rows) + "</table>"
    body = hx(1, p.name) + f"<p class=\"ingress\">{E(lorem(rng, 2, 'sv'))}</p>"
    if v == 5:
        body += f"<p>Projektet genomförs av {E(owner.nom)} i samarbete med {E(p.partners[0].nom)}.</p>"
    body += hx(2, rng.choice(["Projektfakta", "Om projektet", "Fakta"])) + facts
    body += hx(2, "Mål") + f"<p>{E(lorem(rng, 2, 'sv'))}</p>"
    publisher = owner if okind != "assoc" else sv_muni_org(m)
    site = Site(rng, publisher, "sv", ["liferay", "sitevision", "wp", "drupal", "bootstrap", "legacy"][v], place=m.sv)
    return site.page(p.name, f'<div class="projekt">{body}</div>'), [p]


# ----------------------------------------------------------------------------------------------
# family 10: accordion page, each panel one project
# ----------------------------------------------------------------------------------------------

FAQ = [("Miten hankkeisiin voi osallistua?", "Hankkeiden tapahtumista tiedotetaan kunnan verkkosivuilla. Kaikki ovat tervetulleita mukaan."),
       ("Mistä saan tietoa hankerahoituksesta?", "Rahoitusmahdollisuuksista kerrotaan ELY-keskuksen ja maakuntaliiton sivuilla. Hakuajat vaihtelevat."),
       ("Kuka vastaa kunnan hankkeista?", "Hankkeiden valmistelusta vastaa kunnan elinvoimapalvelut.")]


def fam_accordion(doc):
    rng, v = doc.rng, doc.index
    region = rng.choice(list(REGIONS))
    m = rng.choice(munis_in(region))
    city = muni_org(m)
    projects = []
    panels = []
    n = rng.choice([3, 4, 4, 5])
    for i in range(n):
        p = build(doc, region, m, owner_kind=rng.choice(["muni", "muni", "assoc", "amk"]),
                  funding=rng.choice(["none", "org", "amount", "shares"]), n_contacts=rng.choice([0, 1, 1, 2]),
                  partners=rng.choice([0, 1]), implementers=rng.choice([0, 0, 1]),
                  prec=rng.choice(["day", "day", "month", "year"]))
        if p.owner.municipal:
            p.owner = city
            for c in p.contacts:
                c.org = city
                c.email = c.person.email(city.domain)
        p.municipality = m.fi       # the city's own project list (CONVENTIONS 6.2)
        restatus(rng, p, rng.choice([None, "ongoing", "ended"]) if v in (1, 4) else None)
        title = p.name
        inner = None
        if (v in (0, 3) and i == 0) or (v == 5 and i == 1):
            # short accordion title, fuller inner title: the fuller one is the name (CONVENTIONS 2.9)
            short = p.name.split(" – ")[0]
            full = short + " – " + rng.choice(SUBTITLES_FI) if " – " not in p.name else p.name
            p.name = full
            p.aliases = [short]
            title = short + (f" ({p.period.start.year}–{p.period.end.year})" if p.period and v != 5 else "")
            inner = full
        elif v == 2 and p.period:
            title = name_shown(rng, p, "years")
        rows = fi_rows(rng, p, contact_style=rng.choice(["lines", "vcard"]))
        content = ""
        if inner:
            content += hx(4, inner)
        content += f"<p>{E(lorem(rng, 2))}</p>"
        if v in (0, 2, 5):
            content += "<dl>" + "".join(f"<dt>{E(a)}</dt><dd>{b}</dd>" for a, b in rows) + "</dl>"
        else:
            content += "".join(f"<p><strong>{E(a)}:</strong> {b}</p>" for a, b in rows)
        projects.append(p)
        panels.append((title, content))
    if v in (1, 4):
        # FAQ panels on the same accordion are not projects
        for q, a in rng.sample(FAQ, 2):
            panels.insert(rng.randint(0, len(panels)), (q, f"<p>{E(a)}</p>"))
    out = []
    for i, (t, c) in enumerate(panels):
        if v in (0, 4):
            out.append(f'<details class="accordion"><summary>{E(t)}</summary><div class="accordion__content">{c}</div></details>')
        elif v in (1, 5):
            out.append(f'<div class="accordion-item"><h3 class="accordion-header"><button type="button" aria-expanded="false" '
                       f'aria-controls="panel-{i}">{E(t)}</button></h3><div id="panel-{i}" class="accordion-panel" hidden>{c}</div></div>')
        elif v == 2:
            out.append(f'<h3 class="ui-accordion-header">{E(t)}</h3><div class="ui-accordion-content" style="display:none">{c}</div>')
        else:
            out.append(f'<div class="panel panel-default"><div class="panel-heading"><h4 class="panel-title">'
                       f'<a data-toggle="collapse" href="#c{i}">{E(t)}</a></h4></div><div id="c{i}" class="panel-collapse collapse">'
                       f'<div class="panel-body">{c}</div></div></div>')
    title = rng.choice(["Hankkeet", "Kunnan hankkeet", "Kehittämishankkeet", "Käynnissä olevat ja päättyneet hankkeet"])
    if v in (1, 4):
        title = "Hankkeet ja usein kysyttyä"
    intro = f"<p>{E(city.nom)} kehittää palvelujaan ja elinvoimaansa hankkeiden avulla. Avaa hankkeen tiedot otsikosta.</p>"
    main = hx(1, title) + intro + f'<div class="accordion-group">{"".join(out)}</div>'
    site = Site(rng, city, "fi", ["wp", "bootstrap", "legacy", "bootstrap", "drupal", "liferay"][v], place=m.fi)
    return site.page(title, main), projects


# ----------------------------------------------------------------------------------------------
# family 11: projects as list items / bold name + lines
# ----------------------------------------------------------------------------------------------

def fam_list_items(doc):
    rng, v = doc.rng, doc.index
    region = rng.choice(list(REGIONS))
    m = rng.choice(munis_in(region))
    city_list = v in (0, 2, 4)
    publisher = muni_org(m) if city_list else (leader_org(rng, region) if v != 3 else assoc_org(rng, m))
    if v == 3:
        while publisher.kind not in ("ry",):
            publisher = assoc_org(rng, m)
    projects = []
    groups = []      # (heading or None, status, [html items])
    if v in (2, 5):
        plan = [("Käynnissä olevat hankkeet", "ongoing"), ("Päättyneet hankkeet", "ended")]
    elif v == 3:
        plan = [("Päättyneet hankkeet", "ended")]
    else:
        plan = [(None, None)]
    for head, st in plan:
        items = []
        for _ in range(rng.choice([2, 3, 4])):
            prec = "month" if v == 3 else rng.choice(["year", "year", "day", "month"])
            p = build(doc, region, m, owner_kind=rng.choice(["muni", "assoc", "amk", "leader"]),
                      funding=rng.choice(["none", "org", "amount"]), n_contacts=0 if v in (0, 3, 4) else rng.choice([0, 1]),
                      partners=rng.choice([0, 1]) if v in (1, 5) else 0, implementers=0, prec=prec,
                      owner=v != 0 or rng.random() < 0.5)
            if city_list and p.owner and p.owner.municipal:
                p.owner = muni_org(m)
                for c in p.contacts:
                    c.org = p.owner
            restatus(rng, p, st)
            p.municipality = m.fi if city_list else default_municipality(p)
            if v == 3:
                p.name = p.name.split(" – ")[0]
            projects.append(p)
            if v == 0:
                bits = []
                if p.owner:
                    bits.append(f"hallinnoija {E(p.owner.nom)}")
                if p.funds:
                    bits.append(("rahoittaja " if len(p.funds) == 1 else "rahoittajat ") + funds_inline(rng, p))
                tail = (", " + ", ".join(bits)) if bits else ""
                items.append(f"<li>{E(p.name)} ({E(period_text(rng, p.period, style=0))}) – {E(lorem(rng, 1)).rstrip('.')}{tail}.</li>")
            elif v == 4:
                parts = [f'<a href="/hankkeet/{doc.index}-{len(projects)}/">{E(p.name)}</a>']
                if p.owner:
                    parts.append(E(p.owner.nom))
                parts.append(E(period_text(rng, p.period, style=0)))
                if p.funds:
                    parts.append("Rahoitus: " + funds_inline(rng, p))
                items.append("<li>" + " | ".join(parts) + "</li>")
            elif v == 3:
                own = f" – {E(p.owner.nom)}" if p.owner else ""
                items.append(f"<li><b>{E(p.name)}</b> ({E(period_text(rng, p.period, style=rng.choice([0, 1])))}){own}"
                             + (f"<br>Rahoitus: {funds_inline(rng, p)}" if p.funds else "") + "</li>")
            elif v == 5:
                sub = "".join(f"<li>{E(a)}: {b}</li>" for a, b in fi_rows(rng, p, contact_style="inline"))
                items.append(f"<li>{E(p.name)}<ul>{sub}</ul></li>")
            else:
                lines = [f"<strong>{E(p.name)}</strong>"] + [f"{E(a)}: {b}" for a, b in fi_rows(rng, p, contact_style="inline")]
                items.append("<p>" + "<br>\n".join(lines) + "</p>")
        groups.append((head, items))
    out = []
    for head, items in groups:
        if head:
            out.append(hx(2, head))
        if v in (1, 2):
            out.append("\n".join(items))
        elif v == 1:
            out.append("<ol>" + "".join(items) + "</ol>")
        else:
            out.append(("<ol>" if v == 5 else "<ul>") + "\n".join(items) + ("</ol>" if v == 5 else "</ul>"))
    title = {0: "Hankkeet", 1: "Rahoitetut hankkeet", 2: "Kunnan hankkeet", 3: "Hankkeita",
             4: "Hankeluettelo", 5: "Hankkeet"}[v]
    intro = f"<p>{E(lorem(rng, 1))}</p>"
    main = hx(1, title) + intro + "\n".join(out)
    charset = "iso-8859-1" if v == 3 else "utf-8"
    site = Site(rng, publisher, "fi", ["wp", "drupal", "liferay", "legacy", "sitevision", "bootstrap"][v], place=m.fi)
    return site.page(title, main, charset=charset), projects, charset


# ----------------------------------------------------------------------------------------------
# family 12: pages that hold no project
# ----------------------------------------------------------------------------------------------

def fam_not_project(doc):
    rng, v = doc.rng, doc.index
    region = rng.choice(list(REGIONS))
    m = rng.choice(munis_in(region))
    city = muni_org(m)
    site = Site(rng, city, "fi", ["drupal", "wp", "liferay", "sitevision", "bootstrap", "wp"][v], place=m.fi)
    if v == 0:
        title = "Sivua ei löytynyt"
        links = "".join(f"<li><a href=\"/{fold(x)}/\">{E(x)}</a></li>" for x in
                        ["Asiointi", "Avoimet työpaikat", "Kaupungin hankkeet", "Yhteystiedot", "Päätöksenteko"])
        main = (hx(1, "404 – Sivua ei löytynyt") + "<p>Etsimääsi sivua ei löytynyt. Sivu on voitu poistaa tai siirtää.</p>"
                '<form action="/haku"><label>Hae sivustolta <input name="q"></label><button>Hae</button></form>'
                + hx(2, "Suosittuja sivuja") + f"<ul>{links}</ul>")
    elif v == 1:
        title = "Hakutulokset"
        names = [doc.namer.fi(False) for _ in range(2)]
        sugg = "".join(f'<li><a href="/hankkeet/{i}/">{E(n)} -hanke</a></li>' for i, n in enumerate(names))
        main = (hx(1, "Hakemaasi sivua ei valitettavasti löytynyt") +
                "<p>Osoite saattaa olla vanhentunut. Kokeile hakua tai selaa alla olevia sivuja.</p>"
                + hx(2, "Etsitkö näitä?") + f'<ul class="suggestions">{sugg}<li><a href="/hankkeet/">Kaikki hankkeet</a></li></ul>')
    elif v == 2:
        title = "Uutiset"
        items = []
        for i in range(6):
            d = dt.date(2025, 12, 1) - dt.timedelta(days=rng.randint(1, 600))
            if i % 2 == 0:
                n = doc.namer.fi(False)
                t = rng.choice([f"{n} -hanke sai {num_fi(rand_amount(rng, 10000, 200000, 1000))} euroa",
                                f"{n} -hanke käynnistyi", f"{n} -hankkeen loppuseminaari pidettiin"])
            else:
                t = rng.choice(NEWS_FI)
            items.append(f'<li class="news-item"><time datetime="{d.isoformat()}">{d_fi(d)}</time> '
                         f'<h2 class="news-item__title"><a href="/uutiset/{i}/">{E(t)}</a></h2>'
                         f"<p>{E(lorem(rng, 1))}</p></li>")
        main = hx(1, title) + f'<ul class="news-list">{"".join(items)}</ul><nav class="pager"><a href="?page=2">Seuraava sivu</a></nav>'
    elif v == 3:
        y = rng.randint(2023, 2026)
        title = rng.choice([f"{m.gen} {'kaupunkistrategia' if m.kind == 'kaupunki' else 'kuntastrategia'} {y}–{y + 4}",
                            f"Elinvoimaohjelma {y}–{y + 3}"])
        goals = "".join(f"<li>{E(x)}</li>" for x in ["Kestävä talous ja sujuvat palvelut", "Elinvoimainen ja vetovoimainen kunta",
                                                     "Hyvinvoivat asukkaat", "Hiilineutraali kunta vuoteen 2035"])
        main = (hx(1, title) + f"<p>{E(city.nom)} on hyväksynyt ohjelman, joka ohjaa kunnan kehittämistä vuosina {y}–{y + 4}. "
                "Ohjelmaa toteutetaan talousarvion ja hankkeiden kautta.</p>" + hx(2, "Painopisteet") + f"<ul>{goals}</ul>"
                + hx(2, "Toteutus ja seuranta") + "<p>Ohjelman toteutumista seurataan vuosittain valtuustolle annettavassa raportissa. "
                f"Vastuu ohjelman toteutumisesta on kaupunginhallituksella.</p>" + pub_date_html(rng))
    elif v == 4:
        y = rng.randint(2023, 2026)
        funder = region_org(region, rng.choice(["ely", "liitto"]))
        person = make_person(rng, doc.people)
        title = f"Hakuilmoitus: kylien kehittämishankkeiden rahoitus {y}"
        main = (hx(1, title) + f"<p>{E(funder.nom)} julistaa haettavaksi rahoitusta kylien kehittämishankkeisiin. "
                f"Haku on auki 1.9.–30.11.{y}. Rahoituskehys on {num_fi(rand_amount(rng, 300000, 900000, 50000))} euroa.</p>"
                + hx(2, "Keitä haku koskee?") + "<p>Rahoitusta voivat hakea rekisteröidyt yhdistykset, kunnat ja oppilaitokset. "
                "Hankkeen kesto voi olla enintään 24 kuukautta. Tuki on enintään 80 % hyväksytyistä kustannuksista.</p>"
                + hx(2, "Ohjelma") + f"<p>Rahoitus myönnetään Uudistuva ja osaava Suomi 2021–2027 -ohjelmasta.</p>"
                + hx(2, "Lisätietoja hausta") + f"<p>{E(rng.choice(TITLES_FI))} {E(person.name)}, puh. {phone_display(rng, make_phone(rng))}</p>")
    else:
        d = dt.date(rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28))
        title = rng.choice(["Kyläpäivä", "Hankemessut", "Elinvoimafoorumi", "Asukasilta"]) + f" {d.year}"
        prog = "".join(f"<tr><td>{h}</td><td>{E(t)}</td></tr>" for h, t in
                       [("9.00", "Aamukahvit"), ("9.30", "Avaussanat"), ("10.00", "Kylien kuulumiset"),
                        ("12.00", "Lounas"), ("13.00", "Työpajat"), ("15.00", "Päätös")])
        main = (hx(1, title) + f'<p class="event-meta"><strong>Aika:</strong> {d_fi(d)} klo 9.00–15.00<br>'
                f"<strong>Paikka:</strong> {E(m.gen)} {'kaupungintalo' if m.kind == 'kaupunki' else 'kunnantalo'}<br>"
                f"<strong>Järjestäjä:</strong> {E(city.nom)}</p><p>Tervetuloa kuulemaan ja keskustelemaan alueen kehittämisestä! "
                "Tapahtuma on maksuton.</p>" + hx(2, "Ohjelma") + f"<table class=\"ohjelma\">{prog}</table>"
                + hx(2, "Ilmoittautuminen") + f"<p>Ilmoittaudu {d_fi(d - dt.timedelta(days=7))} mennessä.</p>")
    return site.page(title, main), []


# ----------------------------------------------------------------------------------------------
# family 13: project page with a list of earlier projects (names only)
# ----------------------------------------------------------------------------------------------

def fam_earlier_projects(doc):
    rng, v = doc.rng, doc.index
    region = rng.choice(list(REGIONS))
    m = rng.choice(munis_in(region))
    p = build(doc, region, m, owner_kind=rng.choice(["muni", "assoc", "leader", "amk"]),
              funding=rng.choice(["org", "amount"]), n_contacts=rng.choice([1, 2]), partners=rng.choice([0, 1]),
              status=rng.choice([None, "ongoing"]))
    p.municipality = default_municipality(p)
    projects = [p]
    prev = None
    if v in (4, 5):
        # a predecessor with its own period and funder is a project of its own (CONVENTIONS 1.3)
        prev = Project(doc.namer.fi(False))
        prev.owner = p.owner
        prev.period = rand_period(rng, "year", y0=2016, y1=2019)
        prev.period.end = dt.date(min(prev.period.end.year, p.period.start.year - 1), 12, 31)
        if prev.period.end.year < prev.period.start.year:
            prev.period.end = dt.date(prev.period.start.year, 12, 31)
        fo = leader_org(rng, region)
        if p.owner.nom == fo.nom or p.owner.kind == "leader":
            fo = region_org(region, "ely")
        prev.funds = [Fund(fo.nom)]
        prev.municipality = default_municipality(prev)
        projects.append(prev)
    earlier = [doc.namer.fi(False) for _ in range(rng.choice([3, 4, 5]))]
    rows = fi_rows(rng, p, contact_style=rng.choice(["lines", "card"]))
    body = hx(1, name_shown(rng, p, rng.choice(["plain", "hanke"])))
    body += f"<p class=\"lead\">{E(lorem(rng, 2))}</p>"
    if prev:
        body += (f"<p>Hanke jatkaa {prev.period.start.year}–{prev.period.end.year} toteutetun {E(prev.name)} -hankkeen työtä. "
                 f"Myös edeltäjähanketta hallinnoi {E(prev.owner.nom)}, ja sen rahoitti {E(prev.funds[0].label)}.</p>")
    if v % 2 == 0:
        body += "<dl class=\"hanketiedot\">" + "".join(f"<dt>{E(a)}</dt><dd>{b}</dd>" for a, b in rows) + "</dl>"
    else:
        body += "".join(f"<p><strong>{E(a)}:</strong> {b}</p>" for a, b in rows)
    eh = ["Aiemmat hankkeet", "Aikaisemmat hankkeemme", "Toteutetut hankkeet", "Hankearkisto", "Aiemmat hankkeet",
          "Aiempia hankkeitamme"][v]
    if v in (0, 3, 4):
        lis = "".join(f'<li><a href="/arkisto/{i}/">{E(n)}</a></li>' for i, n in enumerate(earlier))
    else:
        lis = "".join(f"<li>{E(n)}</li>" for n in earlier)
    earlier_html = hx(2 if v != 2 else 3, eh) + f'<ul class="earlier">{lis}</ul>'
    publisher = p.owner if p.owner.kind != "leader" else muni_org(m)
    site = Site(rng, publisher, "fi", ["wp", "drupal", "liferay", "sitevision", "bootstrap", "legacy"][v], place=m.fi)
    if v in (1, 3):
        return site.page(p.name, f"<article>{body}</article>", f'<aside class="arkisto">{earlier_html}</aside>'), projects
    return site.page(p.name, f"<article>{body}{earlier_html}</article>"), projects


# ----------------------------------------------------------------------------------------------
# driver
# ----------------------------------------------------------------------------------------------

FAMILIES = [
    ("f01_facet_sections", fam_facet_sections),
    ("f02_facts_box", fam_facts_box),
    ("f03_theme_listing", fam_theme_listing),
    ("f04_cards_mixed", fam_cards_mixed),
    ("f05_grant_table", fam_grant_table),
    ("f06_minutes", fam_minutes),
    ("f07_news", fam_news),
    ("f08_english", fam_english),
    ("f09_swedish", fam_swedish),
    ("f10_accordion", fam_accordion),
    ("f11_list_items", fam_list_items),
    ("f12_not_project", fam_not_project),
    ("f13_earlier_projects", fam_earlier_projects),
]


def generate_one(family, fn, index):
    doc = Doc(family, index)
    res = fn(doc)
    page, projects = res[0], res[1]
    charset = res[2] if len(res) > 2 else "utf-8"
    name = f"{family}_{index + 1:02d}.html"
    data = page.encode(charset, errors="xmlcharrefreplace")
    gold = {"doc": name, "expect_error": False, "projects": [p.gold() for p in projects]}
    return name, data, gold


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[0])
        print("usage: python3 generate.py OUT_DIR")
        return 2
    out = argv[1]
    n_docs = n_proj = 0
    for family, fn in FAMILIES:
        os.makedirs(os.path.join(out, family, "docs"), exist_ok=True)
        os.makedirs(os.path.join(out, family, "gold"), exist_ok=True)
        for i in range(DOCS_PER_FAMILY):
            name, data, gold = generate_one(family, fn, i)
            with open(os.path.join(out, family, "docs", name), "wb") as f:
                f.write(data)
            with open(os.path.join(out, family, "gold", name + ".json"), "w", encoding="utf-8") as f:
                f.write(json.dumps(gold, ensure_ascii=False, indent=2) + "\n")
            n_docs += 1
            n_proj += len(gold["projects"])
    print(f"wrote {n_docs} documents, {n_proj} gold projects to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
