"""Writes tests/heldout3/gold/*.json. Gold values were written from the documents in
tests/heldout3/docs and shared/corpus/CONVENTIONS.md only, before the pipeline was run on them
and without reading pipeline code. Same format as tests/heldout2/gold."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from goldkit import C, F, P, write_gold  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")


DOCS = {}

DOCS["html/x01_ym_kaavatieto_hankesivu.html"] = [
    P("Kaavatiedon yhteentoimivuuden tuki kunnille (KAYTU)", "Ympäristöministeriö", None,
      "2024-03-01", "2026-02-28", "ongoing", 1800000.0,
      contacts=[C("Maija Leinonen", "erityisasiantuntija", "maija.leinonen@ym.example.fi", "+358295250317",
                  "ympäristöministeriö"),
                C("Antti Pesonen", "johtava asiantuntija", "antti.pesonen@syke.example.fi", "+358295251480",
                  "Suomen ympäristökeskus"),
                C("Laura Mäkinen", "erityisasiantuntija", "laura.makinen@kuntaliitto.example.fi", "+358503662741",
                  "Suomen Kuntaliitto")],
      orgs=[("Ympäristöministeriö", "owner"), ("Suomen ympäristökeskus", "implementer"),
            ("Suomen Kuntaliitto", "partner"), ("Maanmittauslaitos", "partner")],
      sp="day", ep="day"),
]

XAMK = "Kaakkois-Suomen ammattikorkeakoulu Oy"
DOCS["html/x02_eura_rekisteri_saimaa_matkailu.html"] = [
    P("Saimaan kestävän matkailun osaamisverkosto", XAMK, None, "2024-09-01", "2027-08-31", "ongoing", 589000.0,
      contacts=[C("Riikka Nykänen", "projektipäällikkö", "riikka.nykanen@xamk.example.fi", "+358407172233")],
      funding=[F("Etelä-Savon maakuntaliitto", 412300, share=70)],
      orgs=[(XAMK, "owner"), ("Savonlinnan kaupunki", "implementer"), ("Etelä-Savon maakuntaliitto", "funder")],
      category="Uudistuva ja osaava Suomi 2021–2027", sp="day", ep="day"),
]

RAS = "Raseborgs stad"
SEN = "Föreningen Seniorerna i Raseborg rf"
NTM = "Närings-, trafik- och miljöcentralen i Nyland"
DOCS["html/x03_raseborg_nyhet_tva_projekt.html"] = [
    P("Levande hamnar i Ekenäs", RAS, "Raasepori", "2025-04-01", "2026-10-31", None, 160000.0,
      contacts=[C("Linnea Holmström", "projektledare", "linnea.holmstrom@raseborg.example.fi", "+358192892345")],
      funding=[F(NTM, 96000)],
      orgs=[(RAS, "owner"), ("Ekenäs Båtklubb rf", "partner"), (NTM, "funder")],
      sp="day", ep="day"),
    P("Digistöd för seniorer i Raseborg", SEN, "Raasepori", "2025-08-01", "2027-07-31", None, None,
      contacts=[C("Oskar Lindqvist", "projektkoordinator", "oskar.lindqvist@seniorerna.example.fi", "+358445123344",
                  SEN)],
      funding=[F("STEA", 184500)],
      orgs=[(SEN, "owner"), ("STEA", "funder")],
      sp="month", ep="month"),
]

ILM, ELI = "Ilmasto ja ympäristö", "Elinvoima ja osaaminen"
DOCS["html/x04_kokkola_kehittamishankkeet_lista.html"] = [
    P("Kaupunkipuut kuntoon", None, "Kokkola", "2023-01-01", "2025-12-31",
      orgs=[("ympäristöministeriö", "funder")], category=ILM, sp="year", ep="year"),
    P("Hulevesien hallinta Koivuhaassa", None, "Kokkola", "2024-05-01", "2026-04-30",
      funding=[F("Keski-Pohjanmaan ELY-keskus", 85000)],
      orgs=[("Keski-Pohjanmaan ELY-keskus", "funder")], category=ILM, sp="month", ep="month"),
    P("Kokkolan satamalogistiikan digitalisointi (SADI)", "Centria-ammattikorkeakoulu", "Kokkola",
      "2022-01-01", "2024-12-31",
      orgs=[("Centria-ammattikorkeakoulu", "owner"), ("Keski-Pohjanmaan liitto", "funder"),
            ("Kokkolan kaupunki", "funder")], category=ELI, sp="year", ep="year"),
    P("Kesäyrittäjyys nuorille", None, "Kokkola", "2024-01-01", "2025-12-31",
      orgs=[("opetus- ja kulttuuriministeriö", "funder")], category=ELI, sp="year", ep="year"),
]

KL = "Kainuun liitto"
DOCS["html/x05_kainuunliitto_hankkeet.html"] = [
    P("Kainuun matkailun saavutettavuusselvitys", KL, None, "2023-01-01", "2024-12-31", "ended", 120000.0,
      contacts=[C("Timo Kyllönen", "suunnittelija", "timo.kyllonen@kainuunliitto.example.fi", "+358447970123", KL)],
      funding=[F("Kainuun ELY-keskus", 84000)],
      orgs=[(KL, "owner"), ("Kainuun ELY-keskus", "funder")], sp="day", ep="day"),
    P("Kuhmon kulttuurireitit", "Kuhmon kaupunki", "Kuhmo", "2024-06-01", "2026-05-31", None, 190000.0,
      contacts=[C("Sari Heikura", "Projektipäällikkö", "sari.heikura@kuhmo.example.fi", "+358445551201")],
      funding=[F(KL, 150000)],
      orgs=[("Kuhmon kaupunki", "owner"), (KL, "funder")], sp="month", ep="month"),
    P("Kainuun vetytalouden esiselvitys", KL, None, None, None, "planned", None,
      contacts=[C("Pekka Moilanen", "aluekehitysjohtaja", None, "+358447970456")],
      orgs=[(KL, "owner")]),
]

POR = "Porvoon kaupunki"
DOCS["html/x06_porvoo_lukutupa_taulukko.html"] = [
    P("Lukutupa – kirjasto kohtaamispaikkana", POR, "Porvoo", None, None, "ongoing", 245000.0,
      contacts=[C("Elina Sundqvist", "Projektipäällikkö", "elina.sundqvist@porvoo.example.fi", "+358404891234")],
      funding=[F("Opetus- ja kulttuuriministeriö", 120000), F(POR, 125000)],
      orgs=[(POR, "owner"), ("Porvoon kansalaisopisto", "partner"), ("Porvoon Seudun Omaishoitajat ry", "partner"),
            ("Opetus- ja kulttuuriministeriö", "funder"), (POR, "funder")]),
]

if __name__ == "__main__":
    write_gold(DOCS, GOLD)
