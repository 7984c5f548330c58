"""The only writer of set9/gold/*.json. Validates the shape against the shared d05 gold file.

    python3 tools/make_gold.py
"""
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "gold"
REF = next(Path("/work/shared/corpus/gold").glob("d05*.json"))


def C(name, title=None, email=None, phone=None, organisation=None, email_inferred=False):
    return {"name": name, "title": title, "email": email, "phone": phone,
            "organisation": organisation, "email_inferred": email_inferred}


def F(funder, amount_eur, year=None, share_pct=None, is_maximum=False):
    return {"funder": funder, "year": year, "amount_eur": float(amount_eur),
            "share_pct": None if share_pct is None else float(share_pct), "is_maximum": is_maximum}


def O(name, role):
    assert role in ("owner", "partner", "funder", "implementer"), role
    return {"name": name, "role": role}


def P(name, owner=None, municipality=None, start_date=None, end_date=None, status=None, budget_eur=None,
      contacts=(), funding=(), organisations=(), category=None, start_precision=None, end_precision=None,
      aliases=()):
    assert status in (None, "ongoing", "ended", "planned")
    assert (start_date is None) == (start_precision is None)
    assert (end_date is None) == (end_precision is None)
    return {"name": name, "owner": owner, "municipality": municipality, "start_date": start_date,
            "end_date": end_date, "status": status,
            "budget_eur": None if budget_eur is None else float(budget_eur),
            "contacts": list(contacts), "funding": list(funding), "organisations": list(organisations),
            "category": category, "start_precision": start_precision, "end_precision": end_precision,
            "aliases": list(aliases)}


ISB = "I samma båt – samassa veneessä ry"
g01 = [
    P("Metod & Verktyg för lättare administration - för åboländska föreningar",
      owner="Finlands svenska ungdomsförbund", municipality=None,
      funding=[F(ISB, 27003.20, share_pct=70)],
      organisations=[O("Finlands svenska ungdomsförbund", "owner"), O(ISB, "funder")]),
    P("Furulundin lämmitysjärjestelmän uusiminen", owner="Dragsfjärds Ungdomsförening", municipality="Kemiönsaari",
      budget_eur=91000,
      contacts=[C("Mikaela Sundström", "puheenjohtaja", None, "+358407261184")],
      funding=[F(ISB, 50000)],
      organisations=[O("Dragsfjärds Ungdomsförening", "owner"), O(ISB, "funder")]),
]

PSL = "Pohjois-Savon liitto"
g02 = [P("Maakunnan kilpailukyvyn parantaminen elinkeinoelämän toimintaedellytyksiä vahvistamalla",
         owner=PSL, municipality=None, start_date="2016-09-01", end_date="2018-12-31", status="ended",
         budget_eur=300000, start_precision="day", end_precision="day",
         funding=[F("EAKR", 126000), F("Valtio", 84000), F("Kuntarahoitus", 90000)],
         organisations=[O(PSL, "owner"), O(PSL, "funder"), O("EAKR", "funder")])]

CENTRIA = "Centria-ammattikorkeakoulu Oy"
g03 = [
    P("IndusTryWINS – Teollisen vihreän siirtymän digitaalinen kaksonen", owner=CENTRIA, municipality="Kokkola",
      start_date="2026-03-01", end_date="2027-12-31", budget_eur=279895, start_precision="day", end_precision="day",
      contacts=[C("Sanna Rintamäki", "strategiapäällikkö", "sanna.rintamaki@kokkola.fi", "+358408065123", None, True)],
      organisations=[O(CENTRIA, "owner")],
      aliases=["indusTryWINs - Teollisen vihreän siirtymän digitaalinen kaksonen"]),
    P("DUDE – Do yoUr own DiligencE", owner=CENTRIA, municipality="Kokkola",
      funding=[F("Kokkolan kaupunki", 50000, share_pct=10), F(CENTRIA, 47000, share_pct=9)],
      organisations=[O(CENTRIA, "owner"), O("Kokkolan kaupunki", "funder"), O(CENTRIA, "funder")]),
]

g04 = [P("SUSEN – Knowledge and networking platform for sustainable electronics based on northern bioresources",
         owner="University of Oulu", municipality=None, start_date="2023-01-01", end_date="2025-12-31",
         status="ongoing", start_precision="day", end_precision="day",
         contacts=[C("Aino Kettunen", "Project leader", "aino.kettunen@oulu.fi", "+358294482315"),
                   C("Lauri Mäenpää", "Contact person", "lauri.maenpaa@oulu.fi", None, None, True)],
         funding=[F("Interreg Aurora", 1086182)],
         organisations=[O("University of Oulu", "owner"), O("Luleå University of Technology", "partner"),
                        O("Interreg Aurora", "funder")],
         aliases=["SUSEN"])]

KK = "Kimitoöns kommun"
g05 = [
    P("Manual för investeringar i förnybar energi på Kimitoön", owner=KK, municipality="Kemiönsaari",
      start_date="2023-08-01", end_date="2024-06-30", status="planned", budget_eur=15690,
      start_precision="day", end_precision="day",
      contacts=[C("Jonas Lindqvist", "Projektkoordinator", "jonas.lindqvist@kimitoon.fi")],
      funding=[F("Miljöministeriet", 10983)],
      organisations=[O(KK, "owner"), O("Miljöministeriet", "funder")]),
    P("Kimitoöns rutter – Kemiösaaren reitit", owner=KK, municipality="Kemiönsaari",
      start_date="2021-07-31", end_date="2023-03-30", status="ongoing", start_precision="day", end_precision="day",
      contacts=[C("Annika Grönroos", "turismkoordinator", None, "+358440123456")],
      organisations=[O(KK, "owner"), O("I samma båt rf", "funder")]),
]

KYL = "Kymenlaakson liitto"
g06 = [
    P("Innovatiiviset elintarvikeviennin konseptit Kiinassa", owner="Turun ammattikorkeakoulu Oy",
      funding=[F(KYL, 18848, share_pct=50)],
      organisations=[O("Turun ammattikorkeakoulu Oy", "owner"), O(KYL, "funder")]),
    P("Lasten kulttuuriviikko 2017", organisations=[O(KYL, "funder")], aliases=["Kuorokimara"]),
    P("Suomikuva", owner="Kaakon Tanssi ry", funding=[F(KYL, 5500)],
      organisations=[O("Kaakon Tanssi ry", "owner"), O(KYL, "funder")]),
]

g07 = [P("Kolman Koto", owner="Joroisten kunta", municipality="Joroinen", start_date="2012-07-01",
         end_date="2014-12-31", status="ended", budget_eur=73000, start_precision="day", end_precision="day",
         contacts=[C("Kari Hämäläinen", "Projektipäällikkö", "kari.hamalainen@joroinen.fi", "+358444172290")],
         funding=[F("Etelä-Savon ELY-keskus", 58400)],
         organisations=[O("Joroisten kunta", "owner"), O("Kolman kyläyhdistys ry", "partner"),
                        O("Etelä-Savon ELY-keskus", "funder")],
         aliases=["Kolman Koto -esiselvityshanke"])]

g08 = [P("Toimeliaat kylät", owner="Lopen kunta", municipality="Loppi", start_date="2009-11-09",
         end_date="2012-02-28", start_precision="day", end_precision="day",
         contacts=[C("Sari Pelkonen", "Kyläkoordinaattori", "sari.pelkonen@loppi.fi", "+358403301875")],
         organisations=[O("Lopen kunta", "owner"), O("Eteläisen maaseudun osaajat EMO ry", "funder")])]

g09 = [
    P("Kuntien virkamiehen tunnistaminen ja käyttövaltuushallinta (VirtuK)", owner="KuntaIT",
      start_date="2007-01-01", end_date="2009-12-31", status="ended", start_precision="year", end_precision="year",
      organisations=[O("KuntaIT", "owner"), O("Suomen Kuntaliitto", "owner")], aliases=["VirtuK"]),
    P("Kuntien ja kaupunkien toiminnan- ja taloudenohjauksen virkamies- ja luottamushenkilöjohdon operatiivisen "
      "ja strategisen johtamisen tukeminen (TotIT)", owner="KuntaIT",
      start_date="2007-01-01", end_date="2009-12-31", status="ended", start_precision="year", end_precision="year",
      organisations=[O("KuntaIT", "owner")], aliases=["TotIT"]),
    P("Kuntien sosiaali- ja terveyspalveluiden tuotannon tietojohtaminen (SOTE-tietojohtaminen)", owner="KuntaIT",
      start_date="2009-01-01", end_date="2011-12-31", status="ongoing", start_precision="year", end_precision="year",
      organisations=[O("KuntaIT", "owner")], aliases=["SOTE-tietojohtaminen"]),
]

FILES = {
    "html/g9_01_samassaveneessa_leader_kappaleet.html": g01,
    "html/g9_02_eura_pohjoissavo_kenttaruudukko.html": g02,
    "html/g9_03_kokkola_kh_pykala88.html": g03,
    "html/g9_04_oulu_en_susen_sidebar.html": g04,
    "html/g9_05_kimitoon_projektkort_sv.html": g05,
    "html/g9_06_kymenlaakso_tiedote_proosa.html": g06,
    "pdf/g9_07_joroinen_kolmankoto_hankekortti.pdf": g07,
    "html/g9_08_toimeliaatkylat_uutinen_alatunniste.html": g08,
    "pdf/g9_09_kuntait_tilannekatsaus_taulukko.pdf": g09,
    "html/g9_10_karhuseutu_tukimuodot_eihanketta.html": [],
}


def keys_of(ref):
    p = ref["projects"][0]
    return (list(ref), list(p), list(p["contacts"][0]), list(p["funding"][0]), list(p["organisations"][0]))


def check_shape(out, want):
    top, pk, ck, fk, ok = want
    assert list(out) == top, list(out)
    for p in out["projects"]:
        assert list(p) == pk, list(p)
        for c in p["contacts"]:
            assert list(c) == ck
        for f in p["funding"]:
            assert list(f) == fk
        for o in p["organisations"]:
            assert list(o) == ok


if __name__ == "__main__":
    want = keys_of(json.loads(REF.read_text(encoding="utf-8")))
    GOLD.mkdir(parents=True, exist_ok=True)
    tot = [0, 0, 0, 0]
    for doc, projects in FILES.items():
        out = {"doc": doc, "expect_error": False, "projects": projects}
        check_shape(out, want)
        assert (ROOT / "docs" / doc).exists(), doc
        path = GOLD / (doc.split("/", 1)[1] + ".json")
        path.write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        n = [len(projects), sum(len(p["contacts"]) for p in projects), sum(len(p["funding"]) for p in projects),
             sum(len(p["organisations"]) for p in projects)]
        tot = [a + b for a, b in zip(tot, n)]
        print(f"{path.name}: projects={n[0]} contacts={n[1]} funding={n[2]} organisations={n[3]}")
    print(f"TOTAL documents={len(FILES)} projects={tot[0]} contacts={tot[1]} funding={tot[2]} organisations={tot[3]}")
