"""Writes gold/<document file name>.json for the ten g12 documents (the only writer of gold/).

    python3 tools/make_gold.py

Keys and key order follow /work/shared/corpus/gold/d05_parainen_hulevesihanke_yhteystiedot.html.json.
Every value follows /work/shared/corpus/CONVENTIONS.md; the calls that needed a rule are listed
per document in README.md ("Per document").
"""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def C(name, title=None, email=None, phone=None, organisation=None, email_inferred=False):
    return {"name": name, "title": title, "email": email, "phone": phone,
            "organisation": organisation, "email_inferred": email_inferred}


def F(funder, amount_eur, year=None, share_pct=None, is_maximum=False):
    return {"funder": funder, "year": year, "amount_eur": float(amount_eur),
            "share_pct": None if share_pct is None else float(share_pct), "is_maximum": is_maximum}


def O(name, role):
    assert role in ("owner", "partner", "funder", "implementer"), role
    return {"name": name, "role": role}


def P(name, owner=None, municipality=None, start_date=None, end_date=None, status=None,
      budget_eur=None, contacts=(), funding=(), organisations=(), category=None,
      start_precision=None, end_precision=None, aliases=()):
    assert status in (None, "ongoing", "ended", "planned"), status
    assert (start_date is None) == (start_precision is None)
    assert (end_date is None) == (end_precision is None)
    if owner is not None:
        assert {"name": owner, "role": "owner"} in list(organisations), (name, owner)
    return {
        "name": name, "owner": owner, "municipality": municipality,
        "start_date": start_date, "end_date": end_date, "status": status,
        "budget_eur": None if budget_eur is None else float(budget_eur),
        "contacts": list(contacts), "funding": list(funding), "organisations": list(organisations),
        "category": category, "start_precision": start_precision, "end_precision": end_precision,
        "aliases": list(aliases),
    }


# ------------------------------------------------------------ g12_01 Iisalmi card grid
g12_01 = [
    P("TeknoHub – yhteistyöratkaisuilla teknologiayritysten digitalisaatio- ja teknologiakyvykkyyden uudistamista",
      owner="Iisalmen Teollisuuskylä Oy", municipality="Iisalmi",
      start_date="2021-06-01", end_date="2023-11-30", start_precision="day", end_precision="day",
      status="ended",
      organisations=[O("Iisalmen Teollisuuskylä Oy", "owner")],
      aliases=["TeknoHub"]),
    P("KesTech-osaamiskeskittymä", owner="Savonia-ammattikorkeakoulu", municipality="Iisalmi",
      organisations=[O("Savonia-ammattikorkeakoulu", "owner"), O("Itä-Suomen yliopisto", "partner"),
                     O("Ylä-Savon ammattiopisto", "partner")]),
    P("Iisalmen kaupallisen keskustan elinvoimaselvitys", owner="Iisalmen kaupunki", municipality="Iisalmi",
      start_date="2021-09-01", end_date="2022-03-31", start_precision="day", end_precision="day",
      status="ended", budget_eur=50000,
      organisations=[O("Iisalmen kaupunki", "owner"), O("Pohjois-Savon liitto", "funder"),
                     O("Iisalmen kaupunki", "funder")],
      aliases=["Keskustan elinvoimaselvitys"]),
]

# ------------------------------------------------------------ g12_02 Kajaani minutes § 155
KAMK_OY = "Kajaanin ammattikorkeakoulu Oy"
g12_02 = [P(
    "Kainuu Wind", owner=KAMK_OY, municipality=None,
    end_date="2023-08-31", end_precision="day", budget_eur=155222,
    contacts=[C("Aki Heinonen", "kehitysjohtaja", "aki.heinonen@kajaani.fi", "+358447100315")],
    funding=[F("Kainuun liitto", 108655, share_pct=70),
             F(KAMK_OY, 16219, share_pct=10.45),
             F("Kuntarahoitus", 30348, share_pct=19.55),
             F("Kajaanin kaupunki", 15684),
             F("Kajaanin kaupunki", 8598, year=2022),
             F("Kajaanin kaupunki", 7086, year=2023)],
    organisations=[O(KAMK_OY, "owner"), O("Kainuun liitto", "funder"), O("EAKR", "funder"),
                   O(KAMK_OY, "funder"), O("Kajaanin kaupunki", "funder")],
)]

# ------------------------------------------------------------ g12_03 Kainuu ELY press release
KAMK = "Kajaanin ammattikorkeakoulu"
ELY_K = "Kainuun ELY-keskus"
g12_03 = [
    P("Kainuu GEMS (Game Entrepreneurship Mentoring to Success)", owner=KAMK,
      funding=[F(ELY_K, 987889)],
      organisations=[O(KAMK, "owner"), O(ELY_K, "funder")],
      aliases=["Kainuu GEMS"]),
    P("Tulevaisuuden yrittäjiä Kainuusta",
      start_date="2024-01-01", end_date="2027-12-31", start_precision="year", end_precision="year",
      funding=[F(ELY_K, 639792)],
      organisations=[O(KAMK, "implementer"), O("Kajaanin kaupungin koulutusliikelaitos", "implementer"),
                     O("Kainuun Yrittäjät", "implementer"), O(ELY_K, "funder")],
      aliases=["Tulevaisuuden yrittäjiä Kainuusta 2024–2027"]),
]

# ------------------------------------------------------------ g12_04 FLUX (English)
SRC = "Strategic Research Council"
g12_04 = [P(
    "Family Formation in Flux – Causes, Consequences and Possible Futures (FLUX)",
    owner="University of Turku", municipality=None,
    start_date="2021-10-01", end_date="2027-09-30", start_precision="month", end_precision="month",
    status="ongoing",
    contacts=[C("Riikka Lehtomäki", "Consortium director", "riikka.lehtomaki@utu.fi", "+358407182290",
                "University of Turku"),
              C("Joonas Haapala", "Interaction manager", "joonas.haapala@utu.fi", "+358504419083",
                "University of Turku", email_inferred=True)],
    funding=[F(SRC, 3800000), F(SRC, 3400000)],
    organisations=[O("University of Turku", "owner"), O(SRC, "funder"),
                   O("University of Helsinki", "partner"), O("Åbo Akademi University", "partner"),
                   O("Finnish Institute for Health and Welfare", "partner"),
                   O("Finnish Centre for Pensions", "partner")],
    category="Demographic Changes – Causes, Consequences and Solutions (DEMOGRAPHY)",
    aliases=["FLUX"],
)]

# ------------------------------------------------------------ g12_05 Kimitoön (Swedish)
KK = "Kimitoöns kommun"
g12_05 = [
    P("Manual för investeringar i förnybar energi på Kimitoön", owner=KK, municipality="Kemiönsaari",
      start_date="2023-08-01", end_date="2024-06-30", start_precision="day", end_precision="day",
      status="planned", budget_eur=15690,
      contacts=[C("Mikael Sjöblom", "projektkoordinator", "mikael.sjoblom@kimitoon.fi", "+358401826604")],
      organisations=[O(KK, "owner")]),
    P("Referensplan som stöd för utvecklingen av Dalsbruksområdet", owner=KK, municipality="Kemiönsaari",
      start_date="2023-09-01", end_date="2024-08-31", start_precision="day", end_precision="day",
      status="planned", budget_eur=46000,
      contacts=[C("Annika Grönroos", "planläggningsarkitekt", "annika.gronroos@kimitoon.fi", "+358401826671",
                  email_inferred=True)],
      organisations=[O(KK, "owner")]),
    P("Kimitoöns rutter – Kemiösaaren reitit", owner=KK, municipality="Kemiönsaari",
      start_date="2021-07-31", end_date="2023-03-30", start_precision="day", end_precision="day",
      status="ended",
      organisations=[O(KK, "owner"), O("I samma båt – Samassa veneessä rf", "funder")],
      aliases=["Kimitoöns rutter", "Kemiösaaren reitit"]),
]

# ------------------------------------------------------------ g12_06 dl fact box
g12_06 = [P(
    "Mikroyritysten kasvualusta", owner="Oulun yliopisto", municipality=None,
    start_date="2015-01-01", end_date="2018-11-30", start_precision="day", end_precision="day",
    status="ended",
    contacts=[C("Tiina Kangastie", "projektipäällikkö", "tiina.kangastie@oulu.fi", "+358442196605",
                "Oulun yliopisto, Oulun Eteläisen instituutti"),
              C("Markus Vähäsarja", "vastuullinen johtaja", None, "+358294487712",
                "Oulun yliopisto, Oulun Eteläisen instituutti")],
    organisations=[O("Oulun yliopisto", "owner"), O("Pohjois-Pohjanmaan liitto", "funder"), O("EAKR", "funder")],
    category="Kestävää kasvua ja työtä 2014–2020",
)]

# ------------------------------------------------------------ g12_07 project plan (PDF)
KERO = "Osuuskunta Kerokuitu"
g12_07 = [P(
    "Kerässieppi-Liepimän kyläverkko", owner=KERO, municipality=None, budget_eur=336452,
    contacts=[C("Heikki Rautiola", "hallituksen puheenjohtaja", "heikki.rautiola@kerokuitu.fi", "+358405672218",
                KERO),
              C("Leena Kaaretkoski", "rahastonhoitaja", None, "+35816562110", KERO)],
    funding=[F("EU ja valtio", 252339.00), F("Yksityinen raha", 26113.00), F("Talkootyö", 58000.00)],
    organisations=[O(KERO, "owner"), O("Lapin ELY-keskus", "funder"),
                   O("Euroopan maaseudun kehittämisen maatalousrahasto", "funder")],
)]

# ------------------------------------------------------------ g12_08 newsletter (PDF, Swedish)
LA = "Leader Åland"


def story(name, owner, amount, municipality=None):
    return P(name, owner=owner, municipality=municipality, funding=[F(LA, amount)],
             organisations=[O(owner, "owner"), O(LA, "funder")])


g12_08 = [
    story("Matskolan", "Ålands 4H distrikt", 2708),
    story("Boken om vårjakt", "Sunds jaktvårdsförening", 7625, "Sund"),
    story("Seffers hembygdsgård", "Vårdö Marthaförening", 33578, "Vårdö"),
    story("Projekt Höja", "Germundö alpin", 25920),
]

# ------------------------------------------------------------ g12_09 decision table (PDF, Swedish)
BAMB = "Bamböle samfällda land- och vattenområde"
g12_09 = [
    story("Upprustning av Erkas hembygdsgård", "Vårdöby-Strömsöby byalag", 15354, "Vårdö"),
    P("Windjammers Ball – dansläger och fest", owner="Arbetarnas bildningsförbund på Åland",
      funding=[F(LA, 10000)],
      organisations=[O("Arbetarnas bildningsförbund på Åland", "owner"), O(LA, "funder")],
      aliases=["Windjammers Ball"]),
    story("Upprustning av ångbåtsbrygga och ramp", "Kumlinge fiskelag", 10956, "Kumlinge"),
    story("Maskinhall", BAMB, 24150),
    story("Samlingslokal och slaktbod", BAMB, 15720),
    story("Sportplan", "Vårdö idrottskamrater", 41952, "Vårdö"),
]

# ------------------------------------------------------------ g12_10 e-mail newsletter (TXT)
g12_10 = [P(
    "Bisnes Lande", owner="Leader Viisari ry", municipality=None,
    start_date="2021-01-01", end_date="2023-12-31", start_precision="day", end_precision="day",
    contacts=[C("Aino Kettunen", "projektipäällikkö", "aino.kettunen@keskisuomenmaaseutu.fi", "+358503361874",
                "Leader Viisari ry")],
    organisations=[O("Leader Viisari ry", "owner"), O("Keski-Suomen ELY-keskus", "funder"),
                   O("Euroopan maaseudun kehittämisen maatalousrahasto", "funder")],
)]

FILES = {
    "html/g12_01_iisalmi_hankkeet_ja_ajankohtaista.html": g12_01,
    "html/g12_02_kajaani_kh_155_kainuu_wind.html": g12_02,
    "html/g12_03_kainuun_ely_rahoituskatsaus_2024.html": g12_03,
    "html/g12_04_utu_flux_research_project.html": g12_04,
    "html/g12_05_kimitoon_projekt_sv.html": g12_05,
    "html/g12_06_oulu_mikroyritysten_kasvualusta.html": g12_06,
    "pdf/g12_07_kerassieppi_kylaverkko_hankesuunnitelma.pdf": g12_07,
    "pdf/g12_08_leader_aland_nyhetsbrev.pdf": g12_08,
    "pdf/g12_09_leader_aland_forordade_projekt.pdf": g12_09,
    "txt/g12_10_bisnes_lande_uutiskirje.txt": g12_10,
}

if __name__ == "__main__":
    GOLD.mkdir(parents=True, exist_ok=True)
    tot = dict(projects=0, contacts=0, funding=0, organisations=0)
    for doc, projects in FILES.items():
        out = {"doc": doc, "expect_error": False, "projects": projects}
        path = GOLD / (doc.split("/", 1)[1] + ".json")
        path.write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        n = dict(projects=len(projects), contacts=sum(len(p["contacts"]) for p in projects),
                 funding=sum(len(p["funding"]) for p in projects),
                 organisations=sum(len(p["organisations"]) for p in projects))
        for k in tot:
            tot[k] += n[k]
        print(f"{path.name}: " + " ".join(f"{k}={v}" for k, v in n.items()))
    print(f"TOTAL documents={len(FILES)} " + " ".join(f"{k}={v}" for k, v in tot.items()))
