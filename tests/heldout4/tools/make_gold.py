"""Writes tests/heldout4/gold/*.json. Gold values were written from the documents in
tests/heldout4/docs and shared/corpus/CONVENTIONS.md only, before the pipeline was run on them
and without reading pipeline code. Same format as tests/heldout3/gold."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from goldkit import C, F, P, write_gold  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")


DOCS = {}

KR = "Koulutuskuntayhtymä Rannikko"
DOCS["html/y01_rannikko_kuntayhtyma_hankkeet.html"] = [
    P("Vihreä siirtymä ammatillisessa koulutuksessa", KR, None, "2024-08-01", "2026-07-31", "ongoing", 412000.0,
      contacts=[C("Heli Rinne", "projektipäällikkö", "heli.rinne@rannikko.example.fi", "+358441234567")],
      orgs=[(KR, "owner"), ("Pohjanrannikon ammattikorkeakoulu Oy", "implementer"),
            ("Rannikon kesäyliopisto ry", "implementer"), ("Etelä-Pohjanmaan ELY-keskus", "funder")],
      sp="day", ep="day"),
    P("Digiloikka työpaikalla 2.0", KR, None, "2025-01-01", "2026-12-31", "ongoing", 256400.0,
      contacts=[C("Jenni Hämäläinen", "kehittämispäällikkö", "jenni.hamalainen@rannikko.example.fi",
                  "+358503217788", KR, inferred=True)],
      funding=[F("Opetushallitus", 180000)],
      orgs=[(KR, "owner"), ("Opetushallitus", "funder")],
      sp="month", ep="month"),
]

DOCS["html/y02_peltojarvi_kylatalo_blogi.html"] = [
    P("Kylätalo kuntoon!", "Peltojärven kyläyhdistys ry", "Inari", "2024-01-01", "2025-06-30", None, 35000.0,
      contacts=[C("Aila Näkkäläjärvi", "hankevetäjä", None, "+358405550192")],
      funding=[F("Leader Pohjoisin Lappi", 24500)],
      orgs=[("Peltojärven kyläyhdistys ry", "owner"), ("Leader Pohjoisin Lappi", "funder"),
            ("Inarin kunta", "partner")],
      sp="month", ep="month"),
]

DOCS["html/y03_oulu_en_arctic_mobility_hubs.html"] = [
    P("Arctic Mobility Hubs (ARMOH)", "City of Oulu", "Oulu", "2023-09-01", "2026-08-31", "ongoing", 1500000.0,
      contacts=[C("Jane Virtanen", "Project Manager", "jane.virtanen@ouka.example.fi", "+358447031234",
                  "City of Oulu")],
      funding=[F("Interreg Aurora", 1200000, share=80)],
      orgs=[("City of Oulu", "owner"), ("University of Oulu", "partner"),
            ("Oulu University of Applied Sciences", "partner"), ("Luleå University of Technology", "partner"),
            ("Tromsø kommune", "partner"), ("Interreg Aurora", "funder")],
      sp="month", ep="month"),
]

DOCS["html/y04_keuruu_paattyneet_hankkeet.html"] = [
    P("Kävelykeskustan yleissuunnitelma", "Keuruun kaupunki", "Keuruu", "2019-01-01", "2021-12-31", "ended", None,
      contacts=[C("Sini Ojala", "kaavoitusarkkitehti", None, "+358147512200")],
      orgs=[("Keuruun kaupunki", "owner"), ("Keski-Suomen ELY-keskus", "funder")],
      sp="year", ep="year"),
    P("Nuorten työpaja Verstas", None, "Keuruu", "2020-02-01", "2022-12-31", "ended", None,
      funding=[F("ESR", 68400, share=75)],
      orgs=[("ESR", "funder")],
      sp="day", ep="day"),
    P("Keurusselän kalastusmatkailu", "Keurusseudun Matkailu ry", "Keuruu", "2020-03-01", "2021-02-28", "ended",
      None,
      contacts=[C("Marko Lehtonen", "toiminnanjohtaja", "marko.lehtonen@keurusseutu.example.fi", "+358408123344",
                  "Keurusseudun Matkailu ry")],
      funding=[F("Leader Keskimaa ry", 18000, maximum=True)],
      orgs=[("Keurusseudun Matkailu ry", "owner"), ("Leader Keskimaa ry", "funder")],
      sp="month", ep="month"),
]

DOCS["html/y05_rautavaara_kh_poytakirja.html"] = [
    P("Kuntosali kuntoon", "Rautavaaran Urheilijat ry", "Rautavaara", "2025-05-01", "2026-04-30", None, 52000.0,
      contacts=[C("Tuula Kärkkäinen", "vapaa-aikasihteeri", "tuula.karkkainen@rautavaara.example.fi",
                  "+358447132210")],
      funding=[F("Rautavaaran kunta", 30000, maximum=True)],
      orgs=[("Rautavaaran Urheilijat ry", "owner"), ("Rautavaaran kunta", "funder")],
      sp="day", ep="day"),
]

if __name__ == "__main__":
    write_gold(DOCS, GOLD)
