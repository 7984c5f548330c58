# -*- coding: utf-8 -*-
"""The only writer of gold/. Gold follows /work/shared/corpus/CONVENTIONS.md.

    python3 tools/make_gold.py

Key order is the one of the corpus gold files (d05): name, owner, municipality, start_date,
end_date, status, budget_eur, contacts, funding, organisations, category, start_precision,
end_precision, aliases. Contact keys: name, title, email, phone, organisation, email_inferred.
"""
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "gold"


def contact(name, title=None, email=None, phone=None, organisation=None, inferred=False):
    return {"name": name, "title": title, "email": email, "phone": phone,
            "organisation": organisation, "email_inferred": inferred}


def fund(funder, amount, year=None, share=None, maximum=False):
    return {"funder": funder, "year": year, "amount_eur": float(amount),
            "share_pct": None if share is None else float(share), "is_maximum": maximum}


def org(name, role):
    return {"name": name, "role": role}


def project(name, owner=None, municipality=None, start=None, end=None, status=None, budget=None,
            contacts=(), funding=(), organisations=(), category=None, start_precision=None,
            end_precision=None, aliases=()):
    return {
        "name": name, "owner": owner, "municipality": municipality,
        "start_date": start, "end_date": end, "status": status,
        "budget_eur": None if budget is None else float(budget),
        "contacts": list(contacts), "funding": list(funding), "organisations": list(organisations),
        "category": category,
        "start_precision": start_precision if start else None,
        "end_precision": end_precision if end else None,
        "aliases": list(aliases),
    }


DOCS = {}

# 01 -------------------------------------------------------------------------------------------
def _eakr(name, owner, eakr, budget, category, aliases=()):
    return project(name, owner=owner, budget=budget, funding=[fund("EAKR", eakr)],
                   organisations=[org(owner, "owner"), org("EAKR", "funder")],
                   category=category, aliases=aliases)


DOCS["html/g10_01_obotnia_eakr_uutinen.html"] = [
    _eakr("Renovation Center – A Nordic Center for Energy Efficient Renovations", "Yrkeshögskolan Novia",
          941555, None, "Innovaatio", ["Renovation Center"]),
    _eakr("Nordic Telemedicine Center", "Västerbottens läns landsting", 910712, 1517854, "Innovaatio"),
    _eakr("Bioraff Botnia", "SP Processum", 874672, 1457785, "Innovaatio"),
    _eakr("Industry Nordic – Towards Nordic Industrial Scale Manufacturing of Non-Wood Forest Products",
          "Centria-ammattikorkeakoulu", 580562, 967604, "Innovaatio", ["Industry Nordic"]),
    _eakr("Cleantech Kvarken", "Kompetensspridning i Umeå AB", 801000, 1335000, "Yritystoiminta"),
    _eakr("SeaGIS 2.0", "Länsstyrelsen i Västerbotten", 909810, 1516351, "Ympäristö"),
    _eakr("Midway Alignment – Botnia Atlantica", "Kvarkenrådet", 141000, 235000, "Liikenne",
          ["Midway Alignment"]),
]

# 02 -------------------------------------------------------------------------------------------
DOCS["html/g10_02_kokkola_meidan_museo_hanke.html"] = [
    project("Meidän museo – Keski-Pohjanmaan paikallismuseoiden kehittämishanke",
            owner="Kokkolan kaupunki", municipality="Kokkola",
            start="2016-05-01", end="2019-02-22", start_precision="day", end_precision="day",
            status="ended", budget=103600,
            contacts=[contact("Saara Ylikangas", "projektikoordinaattori", "saara.ylikangas@kokkola.fi",
                              "+358447809214")],
            funding=[fund("Pirityiset ry", 88600)],
            organisations=[org("Kokkolan kaupunki", "owner"), org("K.H.Renlundin museo", "implementer"),
                           org("Pirityiset ry", "funder"), org("Rieska-Leader ry", "funder")],
            aliases=["Meidän museo"]),
]

# 03 -------------------------------------------------------------------------------------------
DOCS["html/g10_03_aisapari_lakaluoma_wp.html"] = [
    project("Lakaluoman kylätalon pihamaan ja sisätilojen kunnostushanke",
            owner="Lakaluoman kyläyhdistys ry",
            start="2018-04-28", end="2021-04-13", start_precision="day", end_precision="day",
            budget=40000,
            contacts=[contact("Markku Hietaniemi", "puheenjohtaja", None, "+358504382719",
                              "Lakaluoman kyläyhdistys ry")],
            funding=[fund("Leader Aisapari ry", 20000)],
            organisations=[org("Lakaluoman kyläyhdistys ry", "owner"), org("Leader Aisapari ry", "funder")]),
]

# 04 -------------------------------------------------------------------------------------------
DOCS["html/g10_04_lapinamk_eebak_hanke.html"] = [
    project("Energy Effective Buildings in Arctic Communities (EEBAK)",
            owner="Lapin ammattikorkeakoulu Oy",
            start="2017-01-01", end="2019-12-31", start_precision="year", end_precision="year",
            budget=1503444,
            contacts=[contact("Janne Keräsalo", "projektipäällikkö", "janne.kerasalo@lapinamk.fi",
                              "+358406217735", "Lapin ammattikorkeakoulu"),
                      contact("Minna Paavola", "TKI-asiantuntija", "minna.paavola@lapinamk.fi",
                              "+358406217740", "Lapin ammattikorkeakoulu")],
            organisations=[org("Lapin ammattikorkeakoulu Oy", "owner"), org("Interreg Nord", "funder"),
                           org("Norut Narvik", "partner")],
            aliases=["EnergiEffektivisering av Byggnader i Arktiska Kommuner", "EEBAK"]),
]

# 05 -------------------------------------------------------------------------------------------
DOCS["html/g10_05_kommuntorget_projekt_sv.html"] = [
    project("På Gränsen – Rajalla", owner="Torneå stad", municipality="Tornio",
            start="2008-02-01", end="2010-12-31", start_precision="day", end_precision="day",
            status="ended", budget=1420000,
            contacts=[contact("Aki Junttila", "projektledare", None, "+358401885527", "Torneå stad")],
            funding=[fund("Interreg IV A Nord", 852000)],
            organisations=[org("Torneå stad", "owner"), org("Haparanda kommun", "partner"),
                           org("Interreg IV A Nord", "funder")]),
    project("MusikGlädje – Iloa musiikista", owner="Raseborgs stad", municipality="Raasepori",
            start="2015-01-01", end="2018-12-31", start_precision="year", end_precision="year",
            status="ended",
            contacts=[contact("Linda Åberg", "koordinator för småbarnspedagogik", "linda.aberg@raseborg.fi")],
            organisations=[org("Raseborgs stad", "owner")]),
    project("Bergvärme för ungdomslokalen Furulund", owner="Dragsfjärds Ungdomsförening",
            municipality="Kemiönsaari", status="ended", budget=91000,
            funding=[fund("I Samma båt – Samassa veneessä", 50000)],
            organisations=[org("Dragsfjärds Ungdomsförening", "owner"),
                           org("I Samma båt – Samassa veneessä", "funder")]),
]

# 06 -------------------------------------------------------------------------------------------
DOCS["html/g10_06_oulu_wax_project_en.html"] = [
    project("Natural Wax of Arctic Berries as Our Treasure (WAX)", owner="University of Oulu",
            municipality="Oulu",
            start="2016-12-01", end="2019-11-30", start_precision="day", end_precision="day",
            status="ended", budget=984943,
            contacts=[contact("Sanna Kittilä", "Project Manager", "sanna.kittila@oulu.fi", "+358294487302",
                              "Centre of Microscopy and Nanotechnology", inferred=True)],
            organisations=[org("University of Oulu", "owner"),
                           org("Luleå University of Technology", "partner"),
                           org("NIBIO – Norwegian Institute of Bioeconomy Research", "partner"),
                           org("Oulu University of Applied Sciences", "partner"),
                           org("Interreg Nord", "funder"), org("Regional Council of Lapland", "funder"),
                           org("Norrbotten County Administrative Board", "funder"),
                           org("Troms County", "funder")],
            aliases=["WAX"]),
]

# 07 -------------------------------------------------------------------------------------------
DOCS["html/g10_07_rovaniemi_paattyneet_hankkeet.html"] = [
    project("Rovaniemi Arctic Spirit – Arktisuuden hyödyntäminen Lapin yritystoiminnan ja näkyvyyden "
            "edistämiseksi", owner="Lapin yliopisto", municipality="Rovaniemi",
            start="2016-03-01", end="2019-05-31", start_precision="month", end_precision="month",
            status="ended",
            contacts=[contact("Tuula Ruotsalainen", "tiedeviestinnän päällikkö", "tuula.ruotsalainen@ulapland.fi",
                              "+358400391822", "Lapin yliopisto")],
            organisations=[org("Lapin yliopisto", "owner"), org("EAKR", "funder"), org("Lapin liitto", "funder")],
            aliases=["Rovaniemi Arctic Spirit"]),
    project("ROKKE – Rovaniemen kaupunkikeskustan kehittäminen", municipality="Rovaniemi", status="ended",
            contacts=[contact("Ville Ojanperä", "kehittämispäällikkö", None, "+358403561190")]),
    project("Energiatehokas arktinen lumi", municipality="Rovaniemi", status="ended"),
    project("Kohti kansainvälisiä verkostoja", owner="Rovaniemen Kehitys Oy", municipality="Rovaniemi",
            status="ended",
            contacts=[contact("Reetta Kivelä", "projektipäällikkö", None, None, "Rovaniemen Kehitys Oy")],
            organisations=[org("Rovaniemen Kehitys Oy", "owner")]),
]

# 08 -------------------------------------------------------------------------------------------
def _pir(name, owner, municipality, partners, budget, share=None, aliases=()):
    orgs = [org(owner, "owner")] + [org(p, "partner") for p in partners] + [org("Pirityiset ry", "funder")]
    return project(name, owner=owner, municipality=municipality, budget=budget,
                   funding=[fund("Pirityiset ry", share)] if share is not None else [],
                   organisations=orgs, aliases=aliases)


DOCS["pdf/g10_08_pirityiset_alueidenvaliset_rahoitus.pdf"] = [
    _pir("Vaikuttavuutta Leader-toimintaan", "Vaasan yliopisto", None,
         ["Poko ry", "Pirkan Helmi ry", "Rieska-Leader ry"], 180000, 45000),
    _pir("Via Keski-Pohjanmaa ja Pohjoinen Keski-Suomi -esiselvitys", "Lestijärven kunta", "Lestijärvi",
         ["Viisari ry"], 10000, 7500, aliases=["Via Keski-Pohjanmaa ja Pohjoinen Keski-Suomi"]),
    _pir("Meidän museo – Keski-Pohjanmaan paikallismuseoiden kehittämishanke", "Kokkolan kaupunki", "Kokkola",
         ["Rieska-Leader ry"], 103600, 88600),
    _pir("Ajokortti työelämään", "Keski-Pohjanmaan 4H-piiri ry", None,
         ["Keskipiste-Leader ry", "Rieska-Leader ry"], 166700, 83350),
    _pir("Peura-Lutunen", "Lestijärven Kunnan Yhteisökehitys", "Lestijärvi",
         ["Keskipiste-Leader ry", "Viisari ry", "Rieska-Leader ry"], 98941, 42354),
    _pir("Meijän Lestijokiseutu", "Kannuksen kaupunki", "Kannus", ["Rieska-Leader ry"], 38500, 12833),
    _pir("Lossari", "Eskolan Kyläyhdistys ry", None, ["Rieska-Leader ry"], 37900, None),
]

# 09 -------------------------------------------------------------------------------------------
DOCS["pdf/g10_09_viisari_bisnes_lande_hankekortti.pdf"] = [
    project("Bisnes Lande", owner="Leader Viisari ry",
            start="2021-01-01", end="2023-12-31", start_precision="month", end_precision="month",
            contacts=[contact("Noora Lahtela", "hankevetäjä", "noora.lahtela@keskisuomenmaaseutu.fi",
                              "+358408264410")],
            organisations=[org("Leader Viisari ry", "owner"), org("Keski-Suomen ELY-keskus", "funder"),
                           org("Euroopan maaseuturahasto", "funder")]),
]

# 10 -------------------------------------------------------------------------------------------
DOCS["pdf/g10_10_satakuntaliitto_mh_paatostiedote.pdf"] = [
    project("SataTuuli", owner="Satakuntaliitto", budget=50000,
            contacts=[contact("Kari Mäntylä", "suunnittelujohtaja", None, "+358447114625")],
            funding=[fund("Ympäristöministeriö", 35000, share=70, maximum=True), fund("Satakuntaliitto", 15000)],
            organisations=[org("Satakuntaliitto", "owner"), org("Ympäristöministeriö", "funder"),
                           org("Satakuntaliitto", "funder")]),
]


def main():
    GOLD.mkdir(exist_ok=True)
    for old in GOLD.glob("*.json"):
        old.unlink()
    for doc, projects in DOCS.items():
        out = {"doc": doc, "expect_error": False, "projects": projects}
        (GOLD / (Path(doc).name + ".json")).write_text(
            json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    n = sum(len(p) for p in DOCS.values())
    print(f"wrote {len(DOCS)} gold files, {n} projects")


if __name__ == "__main__":
    main()
