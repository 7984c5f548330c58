"""Writes gold/<file name>.json for every set-8 document. The only place gold values are written.

    python3 tools/make_gold.py

Shape and key order copy /work/shared/corpus/gold (second-batch form: contacts carry organisation and
email_inferred; projects carry category, start_precision, end_precision and aliases). The shape is
validated against a corpus gold file before anything is written.
"""
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "gold"
CORPUS_GOLD = Path("/work/shared/corpus/gold")
REFERENCE = "d05_parainen_hulevesihanke_yhteystiedot.html.json"  # full second-batch form


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


D, M, Y = "day", "month", "year"

GOLDS = {}

# g8_01 Liminka, key-figures strip
GOLDS["html/g8_01_liminka_kosteikot_avainluvut.html"] = [P(
    "Meijän jojet kosteikoilla kuntoon", owner="Limingan kunta", municipality="Liminka",
    start_date="2013-03-01", end_date="2014-12-31", start_precision=M, end_precision=M,
    status="ended", budget_eur=412600,
    contacts=[
        C("Hanna Keränen", "Projektipäällikkö", "hanna.keranen@liminka.fi", "+358444973312"),
        C("Matti Rautio", "Ympäristöpäällikkö", None, "+35885627410", "Limingan kunta"),
    ],
    funding=[F("Pohjois-Pohjanmaan ELY-keskus", 288820)],
    organisations=[O("Limingan kunta", "owner"), O("Suomen metsäkeskus", "partner"),
                   O("Pohjois-Pohjanmaan ELY-keskus", "funder"), O("EAKR", "funder")],
)]

# g8_02 Leader Viisari, story + sidebar widget
GOLDS["html/g8_02_viisari_bisnes_lande_sivupalkki.html"] = [P(
    "Bisnes Lande", owner="Leader Viisari ry", municipality=None,
    start_date="2021-01-01", end_date="2023-12-31", start_precision=D, end_precision=D,
    status="ended",
    contacts=[C("Sanni Kautto", "Hankevetäjä", "sanni.kautto@viisari.fi", "+358407152290")],
    funding=[F("Keski-Suomen ELY-keskus", 149800)],
    organisations=[O("Leader Viisari ry", "owner"), O("Keski-Suomen ELY-keskus", "funder"),
                   O("Euroopan maaseudun kehittämisen maatalousrahasto", "funder")],
)]

# g8_03 Uudenmaan liitto, table with status icons
UL = "Uudenmaan liitto"
GOLDS["html/g8_03_uudenmaan_liitto_akke_taulukko.html"] = [
    P("Hanke- ja investointisuunnitelma liittyen Tallinna-tunnelin jatkosuunnitteluun, vaikutusten arviointiin ja brändäämiseen (TAJAVA)",
      owner="Vantaan kaupunki", municipality="Vantaa",
      start_date="2024-07-01", end_date="2024-12-31", start_precision=D, end_precision=D, status="ended",
      funding=[F(UL, 50000)],
      organisations=[O("Vantaan kaupunki", "owner"), O(UL, "partner"), O(UL, "funder")]),
    P("Vauhtia vihreän siirtymän public-private projektiyhteistyöhön – Green Speed 3P",
      owner="Posintra Oy", start_date="2024-06-01", end_date="2025-03-31", start_precision=D, end_precision=D,
      status="ongoing", funding=[F(UL, 42000)],
      organisations=[O("Posintra Oy", "owner"), O(UL, "funder")]),
    P("Green line", owner="Espoon kaupunki", municipality="Espoo",
      start_date="2024-08-01", end_date="2024-12-31", start_precision=M, end_precision=M, status="ended",
      funding=[F(UL, 30000)],
      organisations=[O("Espoon kaupunki", "owner"), O(UL, "funder")]),
    P("ETAPLATE – Ecosystem for transatlantic collaboration in planetary health and wellbeing enchancements",
      owner="Laurea-ammattikorkeakoulu",
      start_date="2024-01-01", end_date="2024-12-31", start_precision=Y, end_precision=Y, status="ended",
      funding=[F(UL, 48500)],
      organisations=[O("Laurea-ammattikorkeakoulu", "owner"), O(UL, "funder")]),
    P("Esilämpö", owner="Green net Finland ry",
      start_date="2024-09-01", end_date="2025-02-28", start_precision=D, end_precision=D, status="ongoing",
      funding=[F(UL, 20000)],
      organisations=[O("Green net Finland ry", "owner"), O(UL, "funder")]),
]

# g8_04 Hämeen Kylät, timeline of one project (+ follow-up project named with its funder)
HK = "Hämeen Kylät ry"
GOLDS["html/g8_04_hameen_kylat_aikajana.html"] = [
    P("Omalta kylältä Hämeessä: Yhdistykset paikallisten palvelujen edistäjinä", owner=HK, municipality=None,
      start_date="2016-08-01", end_date="2019-07-31", start_precision=D, end_precision=D, status="ended",
      budget_eur=245000,
      contacts=[C("Riikka Lahtela", "Kyläasiamies", "riikka.lahtela@hameenkylat.fi", "+358400318552")],
      funding=[F("ELY-keskus", 220500)],
      organisations=[O(HK, "owner"), O("Hämeen ELY-keskus", "funder")],
      aliases=["Omalta kylältä Hämeessä"]),
    P("Polku kylään", owner=HK, municipality=None,
      organisations=[O(HK, "owner"), O("Linnaseutu ry", "funder")]),
]

# g8_05 Tampere University, English research infrastructure page
TAU = "Tampere University"
RCF = "Research Council of Finland"
VTT = "VTT Technical Research Centre of Finland Ltd"
GOLDS["html/g8_05_tuni_finnlight_en.html"] = [
    P("FinnLight-IO", owner=TAU, municipality=None,
      start_date="2024-03-01", end_date="2027-12-31", start_precision=D, end_precision=D, status="ongoing",
      contacts=[
          C("Antti Rautavaara", "Principal Investigator", "antti.rautavaara@tuni.fi", "+358504471209", TAU, True),
          C("Elina Väyrynen", "Project Coordinator", "elina.vayrynen@tuni.fi", "+358401906628", TAU, True),
          C("Jussi Kallio", "Senior Scientist", "jussi.kallio@vtt.fi", None, VTT),
      ],
      funding=[F(RCF, 2600000)],
      organisations=[O(TAU, "owner"), O(VTT, "partner"), O("University of Eastern Finland", "partner"),
                     O(RCF, "funder")]),
    P("Printed Intelligence Infrastructure (PII)", owner=TAU, municipality=None,
      organisations=[O(TAU, "owner"), O(RCF, "funder")]),
]

# g8_06 Kimitoöns kommun, Swedish page, two projects under h3
KK = "Kimitoöns kommun"
GOLDS["html/g8_06_kimitoon_projekt_sv.html"] = [
    P("Manual för investeringar i förnybar energi på Kimitoön", owner=KK, municipality="Kemiönsaari",
      start_date="2023-08-01", end_date="2024-06-30", start_precision=D, end_precision=D, status="planned",
      budget_eur=15690,
      contacts=[C("Tove Lindroos", "projektkoordinator", "tove.lindroos@kimitoon.fi", "+358401485530",
                  None, True)],
      funding=[F("Miljöministeriet", 10983)],
      organisations=[O(KK, "owner"), O("Miljöministeriet", "funder")]),
    P("KulTa - Kosthåll med konsumenten i fokus", owner=KK, municipality="Kemiönsaari",
      start_date="2018-03-01", end_date="2020-12-31", start_precision=D, end_precision=D, status="ended",
      contacts=[C("Mikael Sundström", "projektledare", "mikael.sundstrom@kimitoon.fi", "+358440587712")],
      organisations=[O(KK, "owner"), O("Sagalunds stiftelse", "partner"),
                     O("Egentliga Finlands NTM-central", "funder"),
                     O("Europeiska jordbruksfonden för landsbygdsutveckling", "funder")]),
]

# g8_07 Metropolia wiki page with sub-projects (osaprojektit are not rows)
MET = "Metropolia Ammattikorkeakoulu"
GOLDS["html/g8_07_metropolia_kulttuurisilta_wiki.html"] = [P(
    "Kulttuurisilta", owner=MET, municipality=None,
    start_date="2015-09-01", end_date="2018-08-31", start_precision=D, end_precision=D, status=None,
    budget_eur=1020000,
    contacts=[
        C("Laura Saarenpää", "projektijohtaja", "laura.saarenpaa@metropolia.fi", None, MET),
        C("Iida Mäkelä", "projektipäällikkö", "iida.makela@metropolia.fi", "+358406721185", MET),
    ],
    funding=[F("ESR ja valtio", 714000, share_pct=70), F("Kuntaraha ja omarahoitus", 306000, share_pct=30)],
    organisations=[O(MET, "owner"), O("Vantaan kaupunki", "implementer"), O("Helsingin kaupunki", "implementer"),
                   O("Kauniaisten kaupunki", "implementer"), O("Espoon kaupunki", "implementer"),
                   O("Uudenmaan ELY-keskus", "funder"), O("ESR", "funder")],
)]

# g8_08 Hämeen ELY-keskus decision list PDF (the company grant is not a project)
HELY = "Hämeen ELY-keskus"
GOLDS["pdf/g8_08_hame_ely_paatosluettelo.pdf"] = [
    P("KyKyä – Kylät ja kunta, yhdessä älykkäästi", owner="Hausjärven kunta", municipality="Hausjärvi",
      start_date="2012-08-01", end_date="2014-07-31", start_precision=D, end_precision=D,
      contacts=[C("Satu Aaltonen", "kyläkehittäjä", None, "+358503312840")],
      funding=[F(HELY, 64800, share_pct=90, is_maximum=True)],
      organisations=[O("Hausjärven kunta", "owner"), O(HELY, "funder"),
                     O("Eteläisen maaseudun osaajat, EMO ry", "funder")]),
    P("Päijät-Hämeen kyläohjelman koordinaatiohanke 2", owner="Päijät-Hämeen koulutuskonserni -kuntayhtymä",
      municipality=None,
      start_date="2012-01-01", end_date="2013-12-31", start_precision=D, end_precision=D,
      funding=[F(HELY, 96500, share_pct=80)],
      organisations=[O("Päijät-Hämeen koulutuskonserni -kuntayhtymä", "owner"),
                     O("Päijät-Hämeen kylät ry", "implementer"), O(HELY, "funder"),
                     O("Päijänne-Leader ry", "funder")]),
]

# g8_09 Kouvola strategy page: programmes and a hanke named only in passing, no facts of its own
GOLDS["html/g8_09_kouvola_kaupunkistrategia.html"] = []


# ---------------------------------------------------------------- shape validation
def _shape(ref):
    proj = ref["projects"][0]
    return (list(ref.keys()), list(proj.keys()), list(proj["contacts"][0].keys()),
            list(proj["funding"][0].keys()), list(proj["organisations"][0].keys()))


DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
PHONE = re.compile(r"^\+358\d{5,12}$")


def validate(doc):
    ref = json.loads((CORPUS_GOLD / REFERENCE).read_text(encoding="utf-8"))
    top, pk, ck, fk, ok = _shape(ref)
    assert list(doc.keys()) == top, (list(doc.keys()), top)
    assert isinstance(doc["expect_error"], bool)
    names = set()
    for p in doc["projects"]:
        assert list(p.keys()) == pk, p["name"]
        assert p["name"] not in names, p["name"]
        names.add(p["name"])
        for k in ("start_date", "end_date"):
            assert p[k] is None or DATE.match(p[k]), (p["name"], k)
        for prec in ("start_precision", "end_precision"):
            assert p[prec] in (None, "day", "month", "year")
        for c in p["contacts"]:
            assert list(c.keys()) == ck
            assert c["email"] is None or c["email"] == c["email"].lower()
            assert c["phone"] is None or PHONE.match(c["phone"]), c["phone"]
        for f in p["funding"]:
            assert list(f.keys()) == fk
            assert isinstance(f["amount_eur"], float)
        for o in p["organisations"]:
            assert list(o.keys()) == ok
        if p["owner"]:
            assert {"name": p["owner"], "role": "owner"} in p["organisations"], p["name"]


def main():
    GOLD.mkdir(exist_ok=True)
    for doc_path, projects in GOLDS.items():
        doc = {"doc": doc_path, "expect_error": False, "projects": projects}
        validate(doc)
        out = GOLD / (Path(doc_path).name + ".json")
        out.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(GOLDS)} gold files")


if __name__ == "__main__":
    main()
