#!/usr/bin/env python3
"""The one place where the set5 gold values are written.

Run:  python3 tools/make_gold.py        (writes gold/<file name>.json for every document)

Every value follows /work/shared/corpus/CONVENTIONS.md; the reasoning per document is in README.md.
Key order follows the brief: name, aliases, owner, municipality, dates, precisions, status, category,
budget_eur, contacts, funding, organisations.
"""
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent


def contact(name, title=None, organisation=None, email=None, email_inferred=False, phone=None):
    return {"name": name, "title": title, "organisation": organisation, "email": email,
            "email_inferred": email_inferred, "phone": phone}


def fund(funder, amount, year=None, share_pct=None, is_maximum=False):
    return {"funder": funder, "year": year, "amount_eur": float(amount), "share_pct": share_pct,
            "is_maximum": is_maximum}


def org(name, role):
    return {"name": name, "role": role}


def project(name, *, aliases=(), owner=None, municipality=None, start=None, end=None,
            start_precision=None, end_precision=None, status=None, category=None, budget=None,
            contacts=(), funding=(), organisations=()):
    if start and not start_precision:
        start_precision = "day"
    if end and not end_precision:
        end_precision = "day"
    return {
        "name": name,
        "aliases": list(aliases),
        "owner": owner,
        "municipality": municipality,
        "start_date": start,
        "end_date": end,
        "start_precision": start_precision,
        "end_precision": end_precision,
        "status": status,
        "category": category,
        "budget_eur": float(budget) if budget is not None else None,
        "contacts": list(contacts),
        "funding": list(funding),
        "organisations": list(organisations),
    }


GOLD = {}

# ---------------------------------------------------------------------------------------------
# f5_01 Mikkeli "Hankkeet ja projektit" listing: project cards mixed with news/event/guide cards
# ---------------------------------------------------------------------------------------------
GOLD["f5_01_mikkeli_hankkeet_kortit.html"] = [
    project(
        "MIKO – Mikkelin ja Mäntyharjun kokonaisvaltainen kaupunkivesien ja haitallisten aineiden vähentämisen hallinta",
        aliases=["MIKO"],
        owner=None,                      # two municipalities implement it jointly; no administrator named
        municipality="Mikkeli",          # CONVENTIONS 6.2: entry of the city's own project list
        start="2024-01-01", end="2025-06-15",
        budget=238900,                   # "Kokonaiskustannusarvio" (12.2)
        contacts=[
            contact("Antero Cederström", "suunnittelupäällikkö", "Mikkelin kaupunki", phone="+358447943211"),
            contact("Sami Kaipainen", "yhdyskuntatekniikan valvoja", "Mikkelin kaupunki", phone="+358405566457"),
            contact("Sari Hämäläinen", "kehitysinsinööri", "Mikkelin kaupunki",
                    email="sari.m.hamalainen@mikkeli.fi"),
        ],
        funding=[fund("Ympäristöministeriö", 191120, share_pct=80.0)],
        organisations=[
            org("Mikkelin kaupunki", "implementer"),
            org("Mäntyharjun kunta", "implementer"),
            org("Ympäristöministeriö", "funder"),
        ],
    ),
    project(
        "Viitoskäytävä – Kumppanuudella kehittyvä kasvuvyöhyke",
        aliases=["Viitoskäytävä"],
        owner="Pohjois-Savon liitto",    # "Hanketta hallinnoi Pohjois-Savon liitto"
        municipality="Mikkeli",          # 6.2, entry run by others on the city's own list
        contacts=[contact("Riitta Forsten-Astikainen", "hankejohtaja")],
        funding=[fund("Työ- ja elinkeinoministeriö", 510000)],   # "elokuussa 2021" is the decision, not a year split
        organisations=[
            org("Pohjois-Savon liitto", "owner"),
            org("Työ- ja elinkeinoministeriö", "funder"),
            org("Mikkeli", "partner"),   # "Mikkeli on mukana verkostossa"
        ],
    ),
]

# ---------------------------------------------------------------------------------------------
# f5_02 Helsinki decisions (Ahjo-style search result with two officeholder decisions)
# ---------------------------------------------------------------------------------------------
GOLD["f5_02_helsinki_paatokset_strategiajohtaja.html"] = [
    project(
        "AI4Cities",
        owner="Forum Virium Helsinki Oy",          # "hallinnoijana ja koordinoijana"
        municipality="Helsinki",
        start="2020-01-01", end="2022-12-31", start_precision="year", end_precision="year",
        # "Hanke alkoi vuonna 2020 ja jatkuu vuoteen 2022"; 16.12.2019 is a decision date
        budget=None,     # 1 405 765,75 is the cost estimate of Forum Virium's sub-project only
        funding=[
            fund("Horizon 2020", 1265189.18),
            fund("Helsingin kaupunki", 140576.58),
            fund("Helsingin kaupunki", 46859, year=2021, is_maximum=True),
        ],
        organisations=[
            org("Forum Virium Helsinki Oy", "owner"),
            org("Horizon 2020", "funder"),
            org("Helsingin kaupunki", "funder"),
        ],
    ),
    project(
        "Kaupunki omadataoperaattorina",
        owner="Helsingin kaupunki",
        municipality="Helsinki",
        start="2020-02-01", end="2021-11-30",
        funding=[fund("Helsingin kaupunki", 160726, is_maximum=True)],
        # the 1 700 000 € is an internal appropriation for 2021 (11.7), not a funder's contribution
        organisations=[
            org("Helsingin kaupunki", "owner"),
            org("Helsingin kaupunki", "funder"),
            org("Valtiovarainministeriö", "funder"),   # avustus, no amount stated
            org("Espoon kaupunki", "partner"),
            org("Turun kaupunki", "partner"),
            org("Oulun kaupunki", "partner"),
        ],
    ),
]

# ---------------------------------------------------------------------------------------------
# f5_03 UEF press release (Drupal article, Finnish), two research consortia in running prose
# ---------------------------------------------------------------------------------------------
GOLD["f5_03_uef_tiedote_stn_rahoitus.html"] = [
    project(
        "Reliable Knowledge for Health Care: Process and Practice of Shared Decision Making (PROSHADE)",
        aliases=["PROSHADE"],
        owner="Itä-Suomen yliopisto",
        contacts=[contact("Eila Kankaanpää", "Yliopistonlehtori", email="eila.kankaanpaa@uef.fi",
                          email_inferred=True)],
        funding=[fund("Strategisen tutkimuksen neuvosto", 1337155)],
        organisations=[
            org("Itä-Suomen yliopisto", "owner"),
            org("Strategisen tutkimuksen neuvosto", "funder"),
            org("Tampereen yliopisto", "partner"),
            org("Oulun yliopisto", "partner"),
            org("Suomalainen Lääkäriseura Duodecim", "partner"),
        ],
    ),
    project(
        "Leaving No One Lost in Transition: Citizens and the Legitimacy of Finland’s Transition to a Carbon Neutral Welfare State (2035Legitimacy)",
        aliases=["2035Legitimacy"],
        owner="Itä-Suomen yliopisto",
        contacts=[contact("Kati Kulovesi", "Professori", email="kati.kulovesi@uef.fi", email_inferred=True)],
        funding=[fund("Strategisen tutkimuksen neuvosto", 1243087)],
        organisations=[
            org("Itä-Suomen yliopisto", "owner"),
            org("Strategisen tutkimuksen neuvosto", "funder"),
            org("Helsingin yliopisto", "partner"),
            org("Jyväskylän yliopisto", "partner"),
            org("Ilmatieteen laitos", "partner"),
            org("Suomen ympäristökeskus", "partner"),
            org("Valtion taloudellinen tutkimuskeskus VATT", "partner"),
        ],
    ),
]

# ---------------------------------------------------------------------------------------------
# f5_04 EUBORDERREGIONS consortium site (Joomla 1.5, English), facts box in the left column
# ---------------------------------------------------------------------------------------------
GOLD["f5_04_euborderregions_project_coordinator.html"] = [
    project(
        "EUBORDERREGIONS",
        owner="University of Eastern Finland",   # "Lead partner"
        municipality=None,                       # international consortium; Joensuu is only a postal address
        start="2011-03-01", end="2015-02-28",
        budget=3386700,
        contacts=[contact("James Scott", "Project manager", "University of Eastern Finland",
                          email="james.scott@uef.fi", phone="+358503660653")],
        funding=[fund("European Union", 2644090)],
        organisations=[
            org("University of Eastern Finland", "owner"),
            org("European Union", "funder"),
        ],
    ),
]

# ---------------------------------------------------------------------------------------------
# f5_05 Kimitoöns kommun, Swedish WordPress page, "Projekt i ansökningsskede"
# ---------------------------------------------------------------------------------------------
GOLD["f5_05_kimitoon_projekt_ansokningsskede.html"] = [
    project(
        "Manual för investeringar i förnybar energi på Kimitoön",
        owner="Kimitoöns kommun",                # "Huvudman: Kimitoöns kommun / Avdelningen för miljö och teknik"
        municipality="Kemiönsaari",
        start="2023-08-01", end="2024-06-30",
        status="planned",                        # section heading "Projekt i ansökningsskede"
        budget=15690,
        contacts=[contact("Sven Ivars", "Projektkoordinator", email="sven.ivars@kimitoon.fi")],
        funding=[fund("Miljöministeriet", 10983)],
        organisations=[
            org("Kimitoöns kommun", "owner"),
            org("Miljöministeriet", "funder"),
        ],
    ),
]

# ---------------------------------------------------------------------------------------------
# f5_06 Varsinais-Suomen liitto, maakuntahallitus 11.5.2020, AKKE grants table Hakija | Hankkeen nimi | €
# ---------------------------------------------------------------------------------------------
VSL = "Varsinais-Suomen liitto"


def vs_row(name, owner, amount, municipality=None):
    return project(name, owner=owner, municipality=municipality,
                   funding=[fund(VSL, amount)],
                   organisations=[org(owner, "owner"), org(VSL, "funder")])


GOLD["f5_06_varsinais_suomi_mh_akke_taulukko.html"] = [
    vs_row("Åboland på hösten - Turunmaan syksy", "Paraisten kaupunki", 21812, "Parainen"),
    vs_row("ERIKORONA", "Tanssiteatteri ERIn kannatusyhdistys ry", 21672),
    vs_row("KohTalo D - kohtaamisen taide loikkaa digitaaliseen maailmaan", "Läntinen tanssin aluekeskus", 42298),
    vs_row("Saaristosapuska ja Fine Dining - luodaan yhdessä uusi Ruokaisa Naantali", "Naantalin kaupunki", 13650,
           "Naantali"),
    vs_row("Varsinais-Suomen matkailun digitaalisen ekosysteemin kehittäminen", "Turku Science Park Oy", 54411),
    vs_row("Yritysten talouden tervehdyttäminen saneerausmenettelyn avulla 2020", "Yrityssalo Oy", 36652),
    vs_row("Etäkuntouttavan työtoiminnan kehittämishanke", "Raision kaupunki", 35000, "Raisio"),
]

# ---------------------------------------------------------------------------------------------
# f5_07 INNOHEIMO project page: narrative + "Hankkeen tiedot" sidebar + schema.org Person card
# ---------------------------------------------------------------------------------------------
GOLD["f5_07_innoheimo_hankesivu_sidebar.html"] = [
    project(
        "INNOHEIMO - yksilöllisille yrittäjyyden poluille yhteisöllisyyden kautta rajat rikkoen",
        aliases=["INNOHEIMO"],
        owner="Salon Seudun Koulutuskuntayhtymä",
        municipality="Salo",                      # "Salossa toimiva Salon Seudun Koulutuskuntayhtymä"
        start="2018-05-01", end="2021-03-31",
        status="ended",                           # badge "Päättynyt", field "Toiminta päättynyt"
        contacts=[contact("Kirsi Tontti", "projektisuunnittelija", "Salon Seudun Koulutuskuntayhtymä",
                          email="kirsi.tontti@sskky.fi", phone="+358447704218")],
        organisations=[
            org("Salon Seudun Koulutuskuntayhtymä", "owner"),
            org("Euroopan sosiaalirahasto", "funder"),
            org("Keski-Suomen ELY-keskus", "funder"),   # "Vastuuviranomainen" (7.1)
            org("Raision seudun koulutuskuntayhtymä", "implementer"),
            org("Turun ammattikorkeakoulu", "implementer"),
            org("Lounais-Suomen koulutuskuntayhtymä / Novida ammattiopisto ja lukio", "implementer"),
            org("Turun kaupungin sivistystoimiala", "implementer"),
        ],
    ),
]

# ---------------------------------------------------------------------------------------------
# f5_08 City of Espoo, English SiteVision page: SPARCS + "Previous projects" list
# ---------------------------------------------------------------------------------------------
GOLD["f5_08_espoo_en_sparcs_previous_projects.html"] = [
    project(
        "SPARCS",
        aliases=["Sustainable energy Positive & zero cARbon CommunitieS"],
        owner="VTT Technical Research Centre of Finland Ltd",   # "coordinated by"
        municipality="Espoo",
        start="2019-10-01", end=None,             # "Duration 5 years" has an anchor only at the start
        organisations=[
            org("VTT Technical Research Centre of Finland Ltd", "owner"),
            org("City of Espoo", "partner"),
            org("Adven", "partner"),
            org("Citycon", "partner"),
            org("Kone", "partner"),
            org("Plug-IT Finland", "partner"),
            org("Finnish Association of Civil Engineers RIL", "partner"),
            org("Siemens", "partner"),
        ],
    ),
    project(
        "The Gulf of Finland Year 2014",
        owner="City of Espoo",
        municipality="Espoo",
        start="2014-03-18", end="2014-12-31",
        status=None,                              # "Previous projects" is not one of the status labels of 4.1
        contacts=[contact("Niina Järvinen", "Project Coordinator", email="niina.n.jarvinen@espoo.fi",
                          phone="+358468773845")],
        organisations=[org("City of Espoo", "owner")],
    ),
]

# ---------------------------------------------------------------------------------------------
# f5_09 Etpähä ry news archive, windows-1252, HTML 4 table layout, CRLF
# ---------------------------------------------------------------------------------------------
GOLD["f5_09_etpaha_ajankohtaista_cp1252.html"] = [
    project(
        "Kansalaistoimijalähtöisen kaupunkikehittämisen käynnistäminen Lahdessa",
        owner="Etpähä ry",
        municipality="Lahti",
        # "vuosiksi 2018–2020" is the period of the programme to be drafted; 14.8.2017 is the PM's start
        contacts=[contact("Timo Taulo", "projektipäällikkö")],
        organisations=[
            org("Etpähä ry", "owner"),
            org("Hämeen maakuntaliitto", "funder"),        # funder named without an amount
            org("Lahden kaupungin elinvoima- ja työllisyysjaosto", "partner"),
        ],
    ),
]

# ---------------------------------------------------------------------------------------------
# f5_10 Regional Council of Kainuu, English Elementor page, <details> accordion of Interreg Europe projects
# ---------------------------------------------------------------------------------------------
IE = "Interreg Europe"
GOLD["f5_10_kainuu_en_interreg_projects_2014_2020.html"] = [
    project(
        "Inno Provement",
        aliases=["INNO PROVEMENT"],
        start="2018-06-01", end="2023-05-31",
        budget=1767677,
        contacts=[
            contact("Markus Leinonen", "Project Manager"),
            contact("Jouni Ponnikas", "Regional Development Director"),
        ],
        organisations=[
            org(IE, "funder"),
            org("Ministry of Finance", "partner"),
            org("ICT Association of Hungary", "partner"),
            org("Ministry of Industry and Trade CR", "partner"),
            org("Region of Thessaly", "partner"),
            org("Marche Region", "partner"),
            org("COMPETE 2020 Managing Authority for the Competitiveness and Internationalisation Operational Programme", "partner"),
            org("Lodzkie Region", "partner"),
            org("Regional Council of Kainuu", "partner"),
        ],
    ),
    project(
        "BRIDGES",
        start="2016-04-01", end="2021-03-31",     # the "Implementation Period"; extension 1.10.2021-31.3.2023 noted in README
        budget=2022455,
        contacts=[contact("Jouni Ponnikas", "Project Manager")],
        organisations=[
            org(IE, "funder"),
            org("Kainuun Etu Ltd", "partner"),
            org("Regional Council of Kainuu", "partner"),
            org("Lubelskie Voivodeship", "partner"),
            org("Helsinki-Uusimaa Regional Council", "partner"),
        ],
    ),
    project(
        "e-MOPOLI",
        start="2018-06-01", end="2022-11-30",
        budget=1792053,                            # partner budgets are cost shares, not funding rows
        organisations=[
            org(IE, "funder"),
            org("Province of Brescia", "partner"),
            org("Calabria Region – Infrastructure department", "partner"),
            org("Regional Devel. Agency of Gorenjska, BSC Regional Devel. Agency Ltd. Kranj", "partner"),
            org("Region of Attica", "partner"),
            org("Flemish government Department Environment", "partner"),
            org("Regional Council of Kainuu", "partner"),
            org("Rogaland County Council", "partner"),
            org("Bucharest-Ilfov Regional Development Agency", "partner"),
            org("Zemgale Planning Region", "partner"),
        ],
    ),
]


def main():
    out = ROOT / "gold"
    out.mkdir(exist_ok=True)
    for doc, projects in GOLD.items():
        data = {"doc": doc, "expect_error": False, "projects": projects}
        (out / f"{doc}.json").write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(GOLD)} gold files")


if __name__ == "__main__":
    main()
