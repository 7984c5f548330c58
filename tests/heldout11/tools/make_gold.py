"""Writes /work/fresh11/gold/<document file name>.json for test set 11 (the only writer of gold/).

    /work/fresh11/.venv/bin/python /work/fresh11/tools/make_gold.py

Keys and key order follow /work/shared/corpus/gold/d05_parainen_hulevesihanke_yhteystiedot.html.json;
values follow /work/shared/corpus/CONVENTIONS.md. Judgement calls are listed in README.md.
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
    return {
        "name": name, "owner": owner, "municipality": municipality,
        "start_date": start_date, "end_date": end_date, "status": status,
        "budget_eur": None if budget_eur is None else float(budget_eur),
        "contacts": list(contacts), "funding": list(funding), "organisations": list(organisations),
        "category": category, "start_precision": start_precision, "end_precision": end_precision,
        "aliases": list(aliases),
    }


# ---------------------------------------------------------------- 01 Paimio city page (fact box)
PAIMIO = "Paimion kaupunki"
g01 = [
    P("Museo mukana – kulttuuri liikuttaa. Paimion kotiseutumuseoalueen kehittäminen osaksi paikallista virkistystoimintaa",
      owner=PAIMIO, municipality="Paimio",
      start_date="2020-12-31", end_date="2023-08-17", start_precision="day", end_precision="day",
      status="ended",
      contacts=[C("Saara Lehtonen", "museoamanuenssi", "saara.lehtonen@paimio.fi", "+358447385121")],
      organisations=[O(PAIMIO, "owner"), O("Leader Varsin Hyvä", "funder")],
      category="Manner-Suomen maaseudun kehittämisohjelma 2014–2020",
      aliases=["Museo mukana – kulttuuri liikuttaa"]),
    P("Leikkispitte", owner="Sähkömuseosäätiö", municipality="Paimio",
      start_date="2021-01-01", end_date="2021-12-31", start_precision="year", end_precision="year",
      funding=[F("Museovirasto", 4800)],
      organisations=[O("Sähkömuseosäätiö", "owner"), O("Museovirasto", "funder")]),
]

# ---------------------------------------------------------------- 02 Academy of Finland / SRC press release (EN)
UEF = "University of Eastern Finland"
SRC = "Strategic Research Council"
g02 = [
    P("Reliable Knowledge for Health Care: Process and Practice of Shared Decision Making (PROSHADE)",
      owner=UEF,
      funding=[F(SRC, 1337155)],
      organisations=[O(UEF, "owner"), O("Tampere University", "partner"), O("University of Oulu", "partner"),
                     O("Finnish Medical Society Duodecim", "partner"), O(SRC, "funder")],
      aliases=["PROSHADE"]),
    P("Leaving No One Lost in Transition: Citizens and the Legitimacy of Finland’s Transition to a Carbon Neutral Welfare State (2035Legitimacy)",
      owner=UEF,
      contacts=[C("Leena Korpela", "Professor", "leena.korpela@uef.fi", "+358504123387", UEF)],
      funding=[F(SRC, 1243087)],
      organisations=[O(UEF, "owner"), O("University of Helsinki", "partner"), O("University of Jyväskylä", "partner"),
                     O("Finnish Meteorological Institute", "partner"), O("Finnish Environment Institute", "partner"),
                     O("VATT Institute for Economic Research", "partner"), O(SRC, "funder")],
      aliases=["2035Legitimacy"]),
]

# ---------------------------------------------------------------- 03 Leader Åland project bank (SV table)
LA = "Leader Åland"


def la(name, owner, municipality, amount):
    return P(name, owner=owner, municipality=municipality, funding=[F(LA, amount)],
             organisations=[O(owner, "owner"), O(LA, "funder")])


g03 = [
    la("Matskolan", "Ålands 4H distrikt", None, 2708),
    la("Toppa Torps byalag", "Hammarland Torps byalag", "Hammarland", 3250),
    la("Seffers hembygdsgård", "Vårdö Marthaförening", "Vårdö", 33578),
    la("Utfasad fasad", "Finströms sjöscouter", "Finström", 1945),
    la("Minneslunden i Prästö", "Ålands krematorie- och minneslundsförening", "Sund", 14250),
]

# ---------------------------------------------------------------- 04 Bisnes Lande WordPress sidebar
VIISARI = "Leader Viisari ry"
g04 = [P(
    "Bisnes Lande", owner=VIISARI, municipality=None,
    start_date="2021-01-01", end_date="2023-12-31", start_precision="month", end_precision="month",
    status="ended", budget_eur=241612.50,
    contacts=[C("Hanna Kivelä", "projektikoordinaattori", "hanna.kivela@saarijarvi.fi", "+358408692231", VIISARI)],
    funding=[F("Maaseuturahasto (EU)", 101477.25), F("Kansallinen julkinen rahoitus", 140135.25)],
    organisations=[O(VIISARI, "owner"), O(VIISARI, "implementer"), O("Keski-Suomen ELY-keskus", "funder"),
                   O("Euroopan maaseudun kehittämisen maatalousrahasto", "funder")],
)]

# ---------------------------------------------------------------- 05 Kimitoön news (SV)
g05 = [P(
    "Manual för investeringar i förnybar energi på Kimitoön", owner="Kimitoöns kommun", municipality="Kemiönsaari",
    start_date="2023-08-01", end_date="2024-06-30", start_precision="day", end_precision="day",
    budget_eur=15690,
    contacts=[C("Jonas Åström", "Projektkoordinator", "jonas.astrom@kimitoon.fi", "+358401488312",
                "avdelningen för miljö och teknik", True)],
    funding=[F("Miljöministeriet", 10983)],
    organisations=[O("Kimitoöns kommun", "owner"), O("Miljöministeriet", "funder")],
)]

# ---------------------------------------------------------------- 06 PROSHADE research page (FI)
STN = "Strategisen tutkimuksen neuvosto"
g06 = [P(
    "PROSHADE – Tietoon pohjautuva jaettu päätöksenteko terveydenhuollossa", owner="Itä-Suomen yliopisto",
    municipality=None,
    start_date="2021-01-01", end_date="2026-12-31", start_precision="year", end_precision="year",
    status="ongoing",
    contacts=[C("Heli Rautio", "konsortion johtaja, tutkimusjohtaja", "heli.rautio@uef.fi", "+358504317720",
                "Itä-Suomen yliopisto")],
    funding=[F(STN, 1337155), F(STN, 2700000)],
    organisations=[O("Itä-Suomen yliopisto", "owner"), O("Tampereen yliopisto", "partner"),
                   O("Oulun yliopisto", "partner"), O("Suomalainen Lääkäriseura Duodecim", "partner"),
                   O(STN, "funder")],
    category="LITERACY – Informaatiolukutaito ja tietoon perustuva päätöksenteko",
    aliases=["PROSHADE", "Reliable knowledge for health care: the process and practice of shared decision-making"],
)]

# ---------------------------------------------------------------- 07 Ii minutes extract (PDF)
g07 = [P(
    "Raasakan vanhan uoman kehittämishanke", owner=None, municipality="Ii",
    start_date="2024-01-01", end_date="2025-12-31", start_precision="year", end_precision="year",
    budget_eur=120000,
    contacts=[C("Timo Rauhala", "elinvoimajohtaja", "timo.rauhala@ii.fi", "+358503950212", None, True)],
    funding=[F("Iin kunta", 30000), F("Iin kunta", 15000, year=2024), F("Iin kunta", 15000, year=2025)],
    organisations=[O("Iin kunta", "funder")],
)]

# ---------------------------------------------------------------- 08 Varsin Hyvä annual report (PDF)
VH = "Varsin Hyvä ry"
g08 = [
    P("Kesäteatterin katsomon katos", owner="Paimion Kesäteatteri ry", municipality="Paimio",
      start_date="2015-09-01", end_date="2016-12-31", start_precision="day", end_precision="day",
      status="ended", budget_eur=86368,
      funding=[F(VH, 64776, share_pct=75)],
      organisations=[O("Paimion Kesäteatteri ry", "owner"), O(VH, "funder")]),
    P("100-vuotisjulkaisu", owner="Askaisten Marttayhdistys ry", municipality="Masku",
      start_date="2015-05-14", end_date="2016-12-31", start_precision="day", end_precision="day",
      status="ended",
      funding=[F(VH, 12600, share_pct=83)],
      organisations=[O("Askaisten Marttayhdistys ry", "owner"), O(VH, "funder")]),
    P("Yhdistysklinikka – osallisuutta, yhteistyötä ja osaamista", owner="Maaseudun kehittämisyhdistys Ravakka ry",
      municipality=None,
      start_date="2015-07-01", end_date="2018-06-30", start_precision="day", end_precision="day",
      status="ongoing",
      funding=[F(VH, 135826, share_pct=100)],
      organisations=[O("Maaseudun kehittämisyhdistys Ravakka ry", "owner"), O(VH, "funder")],
      aliases=["Yhdistysklinikka"]),
    P("Kuusiston Piispanpäivät", owner="Suomen Liikemiesten Lähetysliitto ry", municipality="Kaarina",
      organisations=[O("Suomen Liikemiesten Lähetysliitto ry", "owner"), O(VH, "funder")]),
]

# ---------------------------------------------------------------- 09 Paimionjoki final report (PDF)
g09 = [P(
    "Virkistäytymään Paimionjoelle", owner="Paimionjoki-yhdistys ry", municipality=None,
    start_date="2012-03-01", end_date="2013-12-31", start_precision="month", end_precision="month",
    budget_eur=33333.00,
    contacts=[C("Minna Salonen", "projektikoordinaattori", "minna.salonen@paimionjoki.fi", "+358407712093",
                "Paimionjoki-yhdistys ry")],
    funding=[F("EU (Euroopan maaseudun kehittämisen maatalousrahasto)", 11999.88, share_pct=45),
             F("Valtio", 9333.24, share_pct=35),
             F("Kunnat", 5333.28, share_pct=20),
             F("Yksityinen rahoitus ja talkootyö", 6666.60, share_pct=20)],
    organisations=[O("Paimionjoki-yhdistys ry", "owner"), O("Varsinais-Suomen Jokivarsikumppanit ry", "funder"),
                   O(VH, "funder"), O("Euroopan maaseudun kehittämisen maatalousrahasto", "funder")],
)]

# ---------------------------------------------------------------- 10 Tunturi-Lapin Kehitys newsletter (TXT)
IA = "Interreg Aurora"
LAPINAMK = "Lapin ammattikorkeakoulu Oy"
g10 = [
    P("Borderless, secure and vibrant North",
      contacts=[C("Juho Niemelä", "kehittämispäällikkö", "juho.niemela@tunturi-lappi.fi", "+358406158827",
                  "Tunturi-Lapin Kehitys ry")],
      organisations=[O("Tornedalsrådet", "partner"), O("Tunturi-Lapin Kehitys ry", "partner"), O(IA, "funder")]),
    P("Tiny homes",
      organisations=[O(LAPINAMK, "partner"), O("LTU Business AB", "partner"),
                     O("Pohjois-Suomen rakennusklusteri ry", "partner"), O(IA, "funder")]),
    P("Power line monitoring for increased resilience",
      organisations=[O("Luleå tekniska universitet", "partner"), O("Åsele Kraftaktiebolag", "partner"),
                     O("Länsstyrelsen i Västerbottens län", "partner"), O("Region Västerbotten", "partner"),
                     O("i.b. vogt AB", "partner"), O(LAPINAMK, "partner"), O(IA, "funder")]),
]

FILES = {
    "html/g11_01_paimio_hankesivu.html": g01,
    "html/g11_02_aka_en_tiedote.html": g02,
    "html/g11_03_leaderaland_projektbank.html": g03,
    "html/g11_04_bisneslande_wordpress.html": g04,
    "html/g11_05_kimitoon_sv_nyhet.html": g05,
    "html/g11_06_uef_tutkimushanke.html": g06,
    "pdf/g11_07_ii_kh_poytakirjanote.pdf": g07,
    "pdf/g11_08_varsinhyva_vuosikertomus.pdf": g08,
    "pdf/g11_09_paimionjoki_loppuraportti.pdf": g09,
    "txt/g11_10_tunturilappi_uutiskirje.txt": g10,
}

if __name__ == "__main__":
    GOLD.mkdir(parents=True, exist_ok=True)
    tot = [0, 0, 0, 0]
    for doc, projects in FILES.items():
        out = {"doc": doc, "expect_error": False, "projects": projects}
        path = GOLD / (doc.split("/", 1)[1] + ".json")
        path.write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        n = [len(projects), sum(len(p["contacts"]) for p in projects),
             sum(len(p["funding"]) for p in projects), sum(len(p["organisations"]) for p in projects)]
        tot = [a + b for a, b in zip(tot, n)]
        print(f"{path.name}: projects={n[0]} contacts={n[1]} funding={n[2]} organisations={n[3]}")
    print(f"total: projects={tot[0]} contacts={tot[1]} funding={tot[2]} organisations={tot[3]}")
