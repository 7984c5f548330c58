"""Writes /work/fresh/set6/gold/<file name>.json, the expected extraction for each set-6 document.

    python3 /work/fresh/set6/tools/make_gold.py

This script is the one place where the gold values of set 6 are written down. Every value follows
/work/shared/corpus/CONVENTIONS.md; the judgement calls behind the values are listed per document in
/work/fresh/set6/README.md. The script also checks that every document it names exists, that each
gold file parses back, and that a few structural rules hold (dates ISO, precisions paired with dates,
phones in E.164, e-mails lower case, roles from the allowed set).
"""
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "gold"
DOCS = ROOT / "docs"


def C(name, title=None, organisation=None, email=None, email_inferred=False, phone=None):
    return {"name": name, "title": title, "organisation": organisation, "email": email,
            "email_inferred": email_inferred, "phone": phone}


def F(funder, amount_eur, year=None, share_pct=None, is_maximum=False):
    return {"funder": funder, "year": year, "amount_eur": float(amount_eur),
            "share_pct": None if share_pct is None else float(share_pct), "is_maximum": is_maximum}


def O(name, role):
    assert role in ("owner", "partner", "funder", "implementer"), role
    return {"name": name, "role": role}


def P(name, aliases=(), owner=None, municipality=None, start_date=None, end_date=None,
      start_precision=None, end_precision=None, status=None, category=None, budget_eur=None,
      contacts=(), funding=(), organisations=()):
    assert status in (None, "ongoing", "ended", "planned"), status
    assert (start_date is None) == (start_precision is None)
    assert (end_date is None) == (end_precision is None)
    return {
        "name": name, "aliases": list(aliases), "owner": owner, "municipality": municipality,
        "start_date": start_date, "end_date": end_date,
        "start_precision": start_precision, "end_precision": end_precision,
        "status": status, "category": category,
        "budget_eur": None if budget_eur is None else float(budget_eur),
        "contacts": list(contacts), "funding": list(funding), "organisations": list(organisations),
    }


GOLDS = {}

# --------------------------------------------------------------------------- f6_01
OULU = "Oulun kaupunki"
GOLDS["pdf/f6_01_oulu_eura_hakemustuloste.pdf"] = [P(
    "Kuutoskaupunkien avoimet innovaatioalustat kärkihanke",
    owner=OULU, municipality="Oulu",
    start_date="2015-02-01", end_date="2018-07-31", start_precision="day", end_precision="day",
    status="ended",
    contacts=[C("Jari Jokisalo", "Hankepäällikkö", None, "jari.jokisalo@businessoulu.com", False,
                "+358469231397")],
    organisations=[
        O(OULU, "owner"),
        O("Uudenmaan liitto", "funder"),
        O("Euroopan aluekehitysrahasto (EAKR)", "funder"),
        O("Forum Virium Helsinki Oy", "implementer"),
        O("Business Tampere", "implementer"),
        O("Turku Science Park Oy Ab", "implementer"),
        O("Espoon kaupunki", "implementer"),
        O("Tampereen kaupunki", "implementer"),
        O("Turun kaupunki", "implementer"),
        O("Tampereen yliopisto, Tiedon, Tieteen, Teknologian ja Innovaatioiden tutkimuskeskus (TaSTI)",
          "implementer"),
        O("Oulun yliopisto", "implementer"),
        O("Vantaan kaupunki", "implementer"),
        O("Pirkanmaan liitto", "implementer"),
        O("Helsingin kaupunki", "implementer"),
    ],
)]

# --------------------------------------------------------------------------- f6_02
GOLDS["pdf/f6_02_aktion_nyhetsbrev.pdf"] = [
    P("Innospiration Österbotten – en nyskapande kreativ kraft",
      aliases=["Innospiration Österbotten"],
      owner="Aktion Österbotten rf",
      start_date="2016-07-01", end_date="2021-11-24", start_precision="day", end_precision="day",
      status="ended",
      organisations=[O("Aktion Österbotten rf", "owner")]),
    P("Inspirera och Inspireras",
      owner="Aktion Österbotten",
      funding=[F("Offentligt stöd", 41199.44)],
      organisations=[O("Aktion Österbotten", "owner")]),
]

# --------------------------------------------------------------------------- f6_03
LSAVI = "Lounais-Suomen aluehallintovirasto"
GOLDS["txt/f6_03_kirjastot_hankeuutiset_2023.txt"] = [
    P("Kirjoitetaan koiralle Kustavissa",
      owner="Kustavin kunta", municipality="Kustavi",
      funding=[F(LSAVI, 7000)],
      organisations=[O("Kustavin kunta", "owner"), O(LSAVI, "funder")]),
    P("Polkaise ulos kirjastosta",
      owner="Maskun kunta", municipality="Masku",
      funding=[F(LSAVI, 5000)],
      organisations=[O("Maskun kunta", "owner"), O(LSAVI, "funder")]),
    P("Iloa tarinasta",
      owner="Tervolan kunnankirjasto", municipality="Tervola",
      contacts=[C("Kati Oinas", None, None, "kati.oinas@tervola.fi", False, "+358404866994")],
      organisations=[O("Tervolan kunnankirjasto", "owner"), O("ELY-keskus", "funder")]),
    P("Parempi pyy: uusia lukemisen ja tarinan kertomisen tapoja",
      aliases=["Parempi pyy"],
      owner="Turun kaupunginkirjasto", municipality="Turku",
      contacts=[C("Susanna Kolehmainen", None, None, "susanna.kolehmainen@turku.fi", False,
                  "+358403513040")],
      organisations=[O("Turun kaupunginkirjasto", "owner"), O("Aluehallintovirasto", "funder")]),
]

# --------------------------------------------------------------------------- f6_04
PYK = "Pyhäjoen kunta"
GOLDS["pdf/f6_04_pyhajoki_kunnanhallitus_poytakirja.pdf"] = [P(
    "Pyhäjoen kalahautomon korjaushanke",
    aliases=["Pyhäjoen kalahautomon kunnostustyöt", "kalahautomon korjaushanke"],
    owner=PYK, municipality="Pyhäjoki",
    contacts=[C("Tapani Tuominen", "elinvoimajohtaja")],
    funding=[F(PYK, 4000, share_pct=20, is_maximum=True)],
    organisations=[O(PYK, "owner"), O(PYK, "funder")],
)]

# --------------------------------------------------------------------------- f6_05
VKL = "Varkauden kaupunginkirjasto"
GOLDS["pdf/f6_05_varkaus_library_factsheet_en.pdf"] = [P(
    "Mobiililla tulevaisuuteen : sähköiset aineistot, laitteet ja asiointi verkossa tutummaksi",
    aliases=["Going mobile into the future – e-materials, devices and online services made familiar",
             "Mobiililla tulevaisuuteen"],
    owner=VKL, municipality="Varkaus",
    contacts=[C("Pauliina Arresalo", "Library Director", None, "pauliina.arresalo@varkaus.fi", False,
                "+358405940459")],
    organisations=[O(VKL, "owner"), O(VKL, "implementer"), O("Aluehallintovirasto", "funder")],
)]

# --------------------------------------------------------------------------- f6_06
ELY = "Kainuun ELY-keskus"
KAMK = "Kajaanin ammattikorkeakoulu Oy"
KKL = "Kajaanin kaupungin koulutusliikelaitos"
ARP = "Alue- ja rakennepolitiikan rahoitus"
MR = "Maaseuturahoitus"
GOLDS["pdf/f6_06_kainuu_ely_rahoitetut_hankkeet.pdf"] = [
    P("Kainuu GEMS (Game Entrepreneurship Mentoring to Success)",
      aliases=["Kainuu GEMS"],
      owner=KAMK, category=ARP,
      funding=[F(ELY, 987889)],
      organisations=[O(KAMK, "owner"), O(ELY, "funder")]),
    P("Tulevaisuuden yrittäjiä Kainuusta",
      aliases=["Tulevaisuuden yrittäjiä Kainuusta 2024–2027"],
      start_date="2024-01-01", end_date="2027-12-31", start_precision="year", end_precision="year",
      category=ARP,
      funding=[F(ELY, 639792)],
      organisations=[O(KAMK, "implementer"), O(KKL, "implementer"), O("Kainuun Yrittäjät ry", "implementer"),
                     O(ELY, "funder")]),
    P("Suomussalmen Taitotehdas",
      municipality="Suomussalmi", category=ARP,
      funding=[F(ELY, 429263)],
      organisations=[O("Suomussalmen kunta", "implementer"), O(KKL, "implementer"), O(ELY, "funder")]),
    P("Maastopyöräilyreitti",
      owner="Kuhmon kaupunki", municipality="Kuhmo", category=MR,
      organisations=[O("Kuhmon kaupunki", "owner"), O(ELY, "funder"), O("Euroopan maaseuturahasto", "funder")]),
    P("Ilmastokestävää metsänhoitoa Kainuuseen",
      owner="Suomen metsäkeskus", category=MR,
      organisations=[O("Suomen metsäkeskus", "owner"), O(ELY, "funder"),
                     O("Euroopan maaseuturahasto", "funder")]),
]

# --------------------------------------------------------------------------- f6_07
EMO = "Eteläisen maaseudun osaajat, EMO ry"
GOLDS["pdf/f6_07_loppi_toimeliaat_kylat_loppuraportti.pdf"] = [P(
    "Toimeliaat kylät",
    owner="Lopen kunta", municipality="Loppi",
    start_date="2009-11-09", end_date="2012-02-28", start_precision="day", end_precision="day",
    category="Manner-Suomen maaseudun kehittämisohjelma 2007–2013",
    contacts=[C("Anneli Vähätalo", "kyläkoordinaattori")],
    organisations=[O("Lopen kunta", "owner"), O(EMO, "funder")],
)]

# --------------------------------------------------------------------------- f6_08
GOLDS["txt/f6_08_maaseutuverkosto_hankerekisteri.txt"] = [
    P("Suinutupa-kioskin laajennushanke",
      owner="Suinulan kyläyhdistys r.y.",
      start_date="2020-06-29", end_date="2022-06-29", start_precision="day", end_precision="day",
      status="ongoing",
      organisations=[O("Suinulan kyläyhdistys r.y.", "owner")]),
    P("Laitasaaren Mombasa",
      owner="Laitasaaren kyläyhdistys ry", municipality="Muhos",
      start_date="2022-04-30", end_date="2023-08-30", start_precision="day", end_precision="day",
      status="ongoing",
      organisations=[O("Laitasaaren kyläyhdistys ry", "owner")]),
    P("Virkku",
      owner="Pirityiset ry",
      start_date="2019-10-08", end_date="2021-05-11", start_precision="day", end_precision="day",
      status="ended",
      organisations=[O("Pirityiset ry", "owner")]),
    P("Kokoontumistilat kuntoon – KoKu-teemahanke",
      aliases=["Kokoontumistilat kuntoon"],
      owner="Kehittämisyhdistys Ylä-Savon Veturi ry",
      start_date="2018-09-03", end_date="2022-09-29", start_precision="day", end_precision="day",
      status="ended",
      organisations=[O("Kehittämisyhdistys Ylä-Savon Veturi ry", "owner")]),
    P("Toimivuutta yhdistyksiin",
      aliases=["Toimivuutta yhdistyksiin -teemahanke"],
      owner="Koillismaan Leader ry",
      start_date="2022-03-31", end_date="2022-12-30", start_precision="day", end_precision="day",
      status="ongoing", budget_eur=60000,
      organisations=[O("Koillismaan Leader ry", "owner")]),
]

# --------------------------------------------------------------------------- f6_09
PVR = "Pyhäjoen vesistö ry"
GOLDS["pdf/f6_09_pyhajoen_vesisto_toimintasuunnitelma_2024.pdf"] = [
    P("Suunnitteluhanke koskien maa- ja metsätaloudesta vesistöihin tulevan kuormituksen vähentämistä",
      owner=PVR, budget_eur=84000,
      organisations=[O(PVR, "owner"), O("POPELY-keskus", "funder")]),
    P("Komujärven järvikunnostus",
      owner=PVR, budget_eur=60000,
      organisations=[O(PVR, "owner"), O("Vattenfall Oy", "funder"), O("Pyhäjärven kunta", "funder"),
                     O("Pyhäjärven kalatalousalue", "funder"), O("POPELY-keskus", "funder")]),
    P("Alpuan Lumijärven kalatien kunnostus ja ojansuun ruoppaus",
      owner=PVR, budget_eur=30298,
      funding=[F("Nouseva Rannikkoseutu ry", 19058), F("LAPELY-keskus", 6000),
               F("Alpuan kalavesien osakaskunta (talkootyö)", 5240)],
      organisations=[O(PVR, "owner"), O("Nouseva Rannikkoseutu ry", "funder"), O("LAPELY-keskus", "funder"),
                     O("Alpuan kalavesien osakaskunta", "funder"), O("Alpuan kalavesien osakaskunta", "partner")]),
]

# --------------------------------------------------------------------------- f6_10
GOLDS["html/f6_10_viisari_bisnes_lande.html"] = [P(
    "Bisnes Lande",
    owner="Leader Viisari ry",
    start_date="2021-01-01", end_date="2023-12-31", start_precision="day", end_precision="day",
    contacts=[C("Päivi Hakkarainen", "projektikoordinaattori", "Leader Viisari ry")],
    organisations=[O("Leader Viisari ry", "owner"), O("Keski-Suomen ELY-keskus", "funder"),
                   O("Euroopan maaseuturahasto", "funder")],
)]


# --------------------------------------------------------------------------- write + check
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
E164 = re.compile(r"^\+358\d{5,12}$")


def check(rel, projects):
    assert (DOCS / rel).is_file(), f"missing document {rel}"
    names = [p["name"] for p in projects]
    assert len(names) == len(set(names)), f"duplicate project in {rel}"
    for p in projects:
        for k in ("start_date", "end_date"):
            assert p[k] is None or ISO.match(p[k]), (rel, p["name"], k)
        if p["start_date"] and p["end_date"]:
            assert p["start_date"] <= p["end_date"], (rel, p["name"])
        for c in p["contacts"]:
            assert c["phone"] is None or E164.match(c["phone"]), (rel, c)
            assert c["email"] is None or (c["email"] == c["email"].lower() and "@" in c["email"]), (rel, c)
        for f in p["funding"]:
            assert f["amount_eur"] > 0
        if p["owner"]:
            assert {"name": p["owner"], "role": "owner"} in p["organisations"], (rel, p["name"])


def main():
    GOLD.mkdir(parents=True, exist_ok=True)
    totals = {"docs": 0, "projects": 0, "contacts": 0, "funding": 0, "organisations": 0}
    for rel, projects in GOLDS.items():
        check(rel, projects)
        fname = Path(rel).name
        data = {"doc": fname, "expect_error": False, "projects": projects}
        out = GOLD / f"{fname}.json"
        out.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        back = json.loads(out.read_text(encoding="utf-8"))
        assert back == data
        totals["docs"] += 1
        totals["projects"] += len(projects)
        for p in projects:
            totals["contacts"] += len(p["contacts"])
            totals["funding"] += len(p["funding"])
            totals["organisations"] += len(p["organisations"])
        print(f"{out.name}: {len(projects)} projects, "
              f"{sum(len(p['contacts']) for p in projects)} contacts, "
              f"{sum(len(p['funding']) for p in projects)} funding rows")
    # every document on disk has a gold file
    on_disk = {f.name for d in ("pdf", "txt", "html") for f in (DOCS / d).iterdir()}
    assert on_disk == {Path(r).name for r in GOLDS}, on_disk ^ {Path(r).name for r in GOLDS}
    print(totals)


if __name__ == "__main__":
    main()
