"""The one place where the gold of evaluation set 7 is written.

    python3 /work/fresh/set7/tools/make_gold.py

Writes gold/<document file name>.json. Before writing, every record is validated against the
gold format of /work/shared/corpus/gold (top-level, project, contact, funding and organisation
keys and their order, value types, ISO dates, precisions, statuses, roles, E.164 phones).
"""
import datetime
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS_GOLD = Path("/work/shared/corpus/gold")
REFERENCE = CORPUS_GOLD / "d05_parainen_hulevesihanke_yhteystiedot.html.json"


def C(name, title, email, phone, organisation=None, inferred=False):
    return {"name": name, "title": title, "email": email, "phone": phone,
            "organisation": organisation, "email_inferred": inferred}


def F(funder, amount, year=None, share=None, maximum=False):
    return {"funder": funder, "year": year, "amount_eur": float(amount), "share_pct": share,
            "is_maximum": maximum}


def O(name, role):
    return {"name": name, "role": role}


def P(name, owner=None, municipality=None, start=None, end=None, status=None, budget=None,
      contacts=(), funding=(), organisations=(), category=None, start_precision=None,
      end_precision=None, aliases=()):
    return {"name": name, "owner": owner, "municipality": municipality, "start_date": start,
            "end_date": end, "status": status, "budget_eur": budget, "contacts": list(contacts),
            "funding": list(funding), "organisations": list(organisations), "category": category,
            "start_precision": start_precision, "end_precision": end_precision,
            "aliases": list(aliases)}


UL = "Uudenmaan liitto"

GOLD = {
    "html/g7_01_lapinamk_osaamisstrategiat_valilehdet.html": [
        P("Seutukuntien osaamisstrategiat 2020", owner="Lapin ammattikorkeakoulu Oy",
          start="2014-10-01", end="2016-02-29", status="ended",
          contacts=[C("Riikka Vuontisjärvi", "projektipäällikkö", "riikka.vuontisjarvi@lapinamk.fi",
                      "+358405562871", "Lapin ammattikorkeakoulu"),
                    C("Outi Kallioniemi", "suunnittelija", "outi.kallioniemi@ulapland.fi",
                      "+358404844321", "Lapin yliopisto")],
          organisations=[O("Lapin ammattikorkeakoulu Oy", "owner"), O("Lapin yliopisto", "implementer"),
                         O("ESR", "funder"), O("Pohjois-Pohjanmaan ELY-keskus", "funder")],
          start_precision="day", end_precision="day"),
    ],
    "html/g7_02_stm_pora_hankeikkuna.html": [
        P("Poikkihallinnolliset rakenteet (PORA)", owner="Sosiaali- ja terveysministeriö",
          start="2016-01-01", end="2018-12-31", status="ended",
          contacts=[C("Sanna Pelkonen", "neuvotteleva virkamies", "sanna.pelkonen@stm.fi", "+358295163418")],
          organisations=[O("Sosiaali- ja terveysministeriö", "owner")],
          category="Edistetään terveyttä ja hyvinvointia sekä vähennetään eriarvoisuutta",
          start_precision="year", end_precision="year"),
    ],
    "html/g7_03_uusikaupunki_paikkatieto_drupal.html": [
        P("Vakka-Suomen kuntien paikkatieto", owner="Uudenkaupungin kaupunki", municipality="Uusikaupunki",
          start="2004-01-01", end="2006-05-31", status="ended",
          contacts=[C("Sari Lehtimäki", "paikkatietoasiantuntija", "sari.lehtimaki@uusikaupunki.fi",
                      "+358443515120", "Tekninen ja ympäristökeskus")],
          organisations=[O("Uudenkaupungin kaupunki", "owner"), O("Varsinais-Suomen liitto", "funder"),
                         O("Pyhärannan kunta", "partner"), O("Vehmaan kunta", "partner"),
                         O("Mietoisten kunta", "partner"), O("Taivassalon kunta", "partner"),
                         O("Kustavin kunta", "partner"), O("Laitilan kaupunki", "partner")],
          start_precision="month", end_precision="month"),
    ],
    "html/g7_04_kuntait_paattyneet_gutenberg.html": [
        P("Kuntien virkamiehen tunnistaminen ja käyttövaltuushallinta (VirtuK)", owner="KuntaIT",
          start="2007-01-01", end="2009-12-31", status="ended",
          organisations=[O("KuntaIT", "owner"), O("Suomen Kuntaliitto", "owner")],
          start_precision="year", end_precision="year", aliases=["VirtuK"]),
        P("Kuntien ja kaupunkien toiminnan- ja taloudenohjauksen virkamies- ja luottamushenkilöjohdon "
          "operatiivisen ja strategisen johtamisen tukeminen (TotIT)", owner="KuntaIT",
          start="2007-01-01", end="2009-12-31", status="ended",
          organisations=[O("KuntaIT", "owner")],
          start_precision="year", end_precision="year", aliases=["TotIT"]),
    ],
    "html/g7_05_savukoski_kuntatiedote.html": [
        P("Sokliin valmistautumishanke", owner="Savukosken kunta", municipality="Savukoski",
          start="2008-06-01", end="2010-05-31",
          contacts=[C("Tapani Sarajärvi", "projektipäällikkö", "tapani.sarajarvi@savukoski.fi", "+358407231456")],
          organisations=[O("Savukosken kunta", "owner"), O("Kemira GrowHow Oyj", "partner"),
                         O("Pöyry Environment Oy", "partner")],
          start_precision="month", end_precision="month"),
    ],
    "html/g7_06_posintra_tyopaikka_projektipaallikko.html": [
        P("Vauhtia vihreän siirtymän public-private projektiyhteistyöhön – Green Speed 3P", owner="Posintra Oy",
          end="2024-12-31",
          contacts=[C("Hanna Vilkman", "kehityspäällikkö", "hanna.vilkman@posintra.fi", "+358401904455")],
          organisations=[O("Posintra Oy", "owner"), O(UL, "funder")],
          end_precision="day", aliases=["Green Speed 3P"]),
    ],
    "html/g7_07_keski_pohjanmaa_akke_haku.html": [],
    "pdf/g7_08_uudenmaanliitto_akke_tiedote.pdf": [
        P("Hanke- ja investointisuunnitelma liittyen Tallinna-tunnelin jatkosuunnitteluun, vaikutusten "
          "arviointiin ja brändäämiseen (TAJAVA)", owner="Vantaan kaupunki", municipality="Vantaa",
          organisations=[O("Vantaan kaupunki", "owner"), O(UL, "partner"), O(UL, "funder")],
          aliases=["TAJAVA"]),
        P("Loviisan yritysten tulevaisuusnäkymät", owner="Cursor Oy", municipality="Loviisa",
          organisations=[O("Cursor Oy", "owner"), O(UL, "funder")],
          aliases=["Loviisan yritysten tulevaisuusnäkymät -selvitys"]),
        P("Vauhtia vihreän siirtymän public-private projektiyhteistyöhön – Green Speed 3P", owner="Posintra Oy",
          organisations=[O("Posintra Oy", "owner"), O(UL, "funder")]),
        P("HIRS-kuntien kasvun ja elinvoiman edistäminen-selvityshanke", owner="Raaseporin kaupunki",
          municipality="Raasepori",
          organisations=[O("Raaseporin kaupunki", "owner"), O(UL, "funder")]),
        P("Luovien alojen kontaktit ja osaaminen maailmalla -selvitys Uudenmaan alueen luovien alojen "
          "kansainvälisistä verkostoista ja osaamisesta", owner="Luovan talouden agentit ja managerit ry AGMA",
          organisations=[O("Luovan talouden agentit ja managerit ry AGMA", "owner"), O(UL, "funder")]),
        P("Green line", owner="Espoon kaupunki", municipality="Espoo",
          organisations=[O("Espoon kaupunki", "owner"), O(UL, "funder")],
          aliases=["Green line -esiselvitys"]),
        P("ETAPLATE – Ecosystem for transatlantic collaboration in planetary health and wellbeing "
          "enchancements", owner="Laurea-ammattikorkeakoulu",
          organisations=[O("Laurea-ammattikorkeakoulu", "owner"), O(UL, "funder")]),
        P("Toteutettavuusselvitys TKI-toiminnan kehittämisohjelmasta Uudenmaan ammatillisille oppilaitoksille",
          owner="Helsinki Business College",
          organisations=[O("Helsinki Business College", "owner"), O(UL, "funder")]),
        P("Esilämpö", owner="Green net Finland ry",
          organisations=[O("Green net Finland ry", "owner"), O(UL, "funder")]),
        P("Luova Törmäyttämö -alusta, kehityssuunnitelma", owner="Vantaan kaupunki", municipality="Vantaa",
          organisations=[O("Vantaan kaupunki", "owner"), O(UL, "funder")]),
    ],
    "pdf/g7_09_oamk_innogis_juliste.pdf": [
        P("Paikkatiedon innovaatioverkoston kehittäminen Pohjois-Pohjanmaalla",
          owner="Oulun seudun ammattikorkeakoulu",
          contacts=[C("Pekka Hietaniemi", "yliopettaja", "pekka.hietaniemi@oamk.fi", "+358401415520",
                      "Oamk, luonnonvara-alan yksikkö")],
          organisations=[O("Oulun seudun ammattikorkeakoulu", "owner"), O("EAKR", "funder"),
                         O("Pohjois-Pohjanmaan liitto", "funder")],
          aliases=["InnoGIS"]),
    ],
    "txt/g7_10_kokkola_rahoitusosuudet_tasalevea.txt": [
        P("DUDE - Do yoUr own DiligencE", owner="Centria-ammattikorkeakoulu Oy", municipality="Kokkola",
          funding=[F("Kokkolan kaupunki", 50000), F("Centria-ammattikorkeakoulu Oy", 47000)],
          organisations=[O("Centria-ammattikorkeakoulu Oy", "owner"), O("Kokkolan kaupunki", "funder"),
                         O("Centria-ammattikorkeakoulu Oy", "funder")]),
        P("IndusTryWINS", municipality="Kokkola", start="2026-03-01", end="2027-12-31",
          contacts=[C("Piia Isokangas", "strategiapaallikko", "piia.isokangas@kokkola.fi", "+358447809123")],
          start_precision="day", end_precision="day"),
    ],
}


def reference_keys():
    ref = json.loads(REFERENCE.read_text(encoding="utf-8"))
    p = ref["projects"][0]
    return (list(ref.keys()), list(p.keys()), list(p["contacts"][0].keys()),
            list(p["funding"][0].keys()), list(p["organisations"][0].keys()))


def validate(doc, record):
    top, pk, ck, fk, ok = reference_keys()
    errs = []
    if list(record) != top:
        errs.append(f"top keys {list(record)} != {top}")
    for p in record["projects"]:
        if list(p) != pk:
            errs.append(f"{p['name']}: project keys differ")
        for d in ("start_date", "end_date"):
            if p[d] is not None:
                datetime.date.fromisoformat(p[d])
        for d, prec in (("start_date", "start_precision"), ("end_date", "end_precision")):
            if (p[d] is None) != (p[prec] is None):
                errs.append(f"{p['name']}: {d}/{prec} mismatch")
            if p[prec] not in (None, "day", "month", "year"):
                errs.append(f"{p['name']}: bad precision")
        if p["status"] not in (None, "ended", "ongoing", "planned"):
            errs.append(f"{p['name']}: bad status")
        if p["budget_eur"] is not None and not isinstance(p["budget_eur"], float):
            errs.append(f"{p['name']}: budget not float")
        for c in p["contacts"]:
            if list(c) != ck:
                errs.append(f"{p['name']}: contact keys differ")
            if c["phone"] is not None and not re.fullmatch(r"\+358\d{6,12}", c["phone"]):
                errs.append(f"{c['name']}: phone not E.164")
            if c["email"] is not None and c["email"] != c["email"].lower():
                errs.append(f"{c['name']}: e-mail not lower case")
        for f in p["funding"]:
            if list(f) != fk or not isinstance(f["amount_eur"], float):
                errs.append(f"{p['name']}: funding row malformed")
        for o in p["organisations"]:
            if list(o) != ok or o["role"] not in ("owner", "implementer", "partner", "funder"):
                errs.append(f"{p['name']}: organisation row malformed")
        if p["owner"] is not None and {"name": p["owner"], "role": "owner"} not in p["organisations"]:
            errs.append(f"{p['name']}: owner missing from organisations")
        if not isinstance(p["aliases"], list):
            errs.append(f"{p['name']}: aliases not a list")
    return errs


def main():
    out = ROOT / "gold"
    out.mkdir(exist_ok=True)
    bad = 0
    for doc, projects in GOLD.items():
        record = {"doc": doc, "expect_error": False, "projects": projects}
        errs = validate(doc, record)
        for e in errs:
            print(f"{doc}: {e}")
        bad += len(errs)
        name = doc.split("/", 1)[1] + ".json"
        (out / name).write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(GOLD)} gold files, {bad} problem(s)")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
