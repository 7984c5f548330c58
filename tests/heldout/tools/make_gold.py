"""Writes tests/heldout/gold/*.json. Gold values are written from the documents and
shared/corpus/CONVENTIONS.md only (no pipeline output consulted)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from goldkit import C, F, P, write_gold  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

DOCS = {}

DOCS["html/h01_kuhmo_woodpolis_ii.html"] = [
    P("WOODPOLIS II", "Kuhmon kaupunki", "Kuhmo", "2007-09-01", "2010-12-31", "ended", 1186400.0,
      contacts=[C("Kyösti Heino", "kehittämisjohtaja", "kyosti.heino@kuhmo.example.fi", "+358447555312", "Kuhmon kaupunki"),
                C("Veera Sorjonen", "rakennusinsinööri", "veera.sorjonen@kuhmo.example.fi", "+358447555318", "Kuhmon kaupunki")],
      orgs=[("Kuhmon kaupunki", "owner"), ("Kainuun ELY-keskus", "funder"), ("EAKR", "funder"),
            ("Kajaanin ammattikorkeakoulu", "partner"), ("Kainuun Etu Oy", "partner")],
      sp="month", ep="month"),
]

DOCS["html/h02_kokkola_kh_poytakirja_38.html"] = [
    P("IndusTryWINS", "Centria-ammattikorkeakoulu Oy", "Kokkola", "2026-03-01", "2027-12-31", None, 279895.0,
      contacts=[C("Piia Isosaari", "strategiapäällikkö", "piia.isosaari@kokkola.example.fi", "+358447809325", None, True)],
      funding=[F("Etelä-Pohjanmaan ELY-keskus", 195926, share=70),
               F("Kokkolan kaupunki", 41985, maximum=True)],
      orgs=[("Centria-ammattikorkeakoulu Oy", "owner"), ("Etelä-Pohjanmaan ELY-keskus", "funder"),
            ("Kokkolan kaupunki", "funder")],
      sp="day", ep="day"),
]

DOCS["html/h03_kristinestad_levande_stadskarna_sv.html"] = [
    P("Levande stadskärna", "Kristinestads stad", "Kristiinankaupunki", "2019-01-01", "2021-12-31", None, 120000.0,
      contacts=[C("Johanna Nyman", "projektledare", "johanna.nyman@kristinestad.example.fi", "+358403552817")],
      funding=[F("Österbottens förbund", 84000, share=70), F("Kristinestads stad", 36000, share=30)],
      orgs=[("Kristinestads stad", "owner"), ("Österbottens förbund", "funder"), ("Kristinestads stad", "funder"),
            ("Kristinestads Centrum rf", "partner")],
      sp="year", ep="year", aliases=["Elävä keskusta"]),
]

DOCS["html/h04_luumaki_hankkeet.html"] = [
    P("Lepolan uimaranta", "Luumäen kunta", "Luumäki", "2021-04-01", "2021-08-31", "ended", None,
      contacts=[C("Erik Forstén", "tekninen johtaja", None, "+358401593021")],
      funding=[F("Kaakkois-Suomen ELY-keskus", 55000, share=50)],
      orgs=[("Luumäen kunta", "owner"), ("Kaakkois-Suomen ELY-keskus", "funder")],
      category="Liikunta ja ulkoilu", sp="month", ep="month"),
    P("Taavetin lähiliikuntapaikka", "Luumäen kunta", "Luumäki", "2025-05-01", "2026-10-31", "ongoing", None,
      orgs=[("Luumäen kunta", "owner"), ("Etelä-Suomen aluehallintovirasto", "funder")],
      category="Liikunta ja ulkoilu", sp="day", ep="day"),
    P("Salpalinjan retkeilyreittien opastus", None, "Luumäki", "2024-01-01", "2025-12-31", None, None,
      funding=[F("Leader Sepra ry", 18400)],
      orgs=[("Leader Sepra ry", "funder"), ("Luumäen Latu ry", "implementer")],
      category="Liikunta ja ulkoilu", sp="year", ep="year"),
    P("Kotiseutumuseon kokoelmien digitointi", "Luumäen Kotiseutuyhdistys ry", "Luumäki", "2019-09-01", "2020-05-31", "ended", None,
      funding=[F("Museovirasto", 9800)],
      orgs=[("Luumäen Kotiseutuyhdistys ry", "owner"), ("Museovirasto", "funder")],
      category=None, sp="month", ep="month"),
]

LY = "Leader Ykkösakseli ry"
DOCS["html/h05_ykkosakseli_myonnetyt_tuet.html"] = [
    P("Kirkonkulman kaukalon asfaltointi", None, "Aura", "2018-07-01", "2019-06-30", None, None,
      funding=[F(LY, 19060)], orgs=[("Auran kunta", "implementer"), (LY, "funder")], sp="day", ep="day"),
    P("Kyläkoulun liikuntasalin esteettömyys", None, "Pöytyä", "2018-01-01", "2019-12-31", None, None,
      funding=[F(LY, 24500)], orgs=[("Riihikosken Kyläyhdistys ry", "implementer"), (LY, "funder")], sp="year", ep="year"),
    P("Kotiseutumuseon aittojen kunnostus", None, "Marttila", None, None, None, None,
      funding=[F(LY, 11280)], orgs=[("Marttilan Kotiseutuyhdistys ry", "implementer"), (LY, "funder")]),
    P("Kuntopolun valaistus", None, "Oripää", "2018-09-01", "2020-08-31", None, None,
      funding=[F(LY, 38740)], orgs=[("Oripään Urheilijat ry", "implementer"), (LY, "funder")], sp="day", ep="day"),
    P("Ruskon ja Maskun kylätietopankki", None, None, "2018-03-01", "2019-02-28", None, None,
      funding=[F(LY, 48800)], orgs=[("Ruskon Kyläyhdistys ry", "implementer"), (LY, "funder")], sp="month", ep="month"),
]

DOCS["html/h06_kokkola_uutinen_dude.html"] = [
    P("DUDE – Do yoUr own DiligencE", "Centria-ammattikorkeakoulu", "Kokkola", "2025-06-01", "2027-05-31", None, None,
      contacts=[C("Heidi Kivelä", "projektipäällikkö", "heidi.kivela@centria.example.fi", "+358408085123", "Centria-ammattikorkeakoulu")],
      funding=[F("Kokkolan kaupunki", 50000)],
      orgs=[("Centria-ammattikorkeakoulu", "owner"), ("Kokkolan kaupunki", "funder"), ("Keski-Pohjanmaan liitto", "funder")],
      sp="day", ep="day", aliases=["DUDE"]),
]

DOCS["txt/t07_hanketietopalvelu_vienti.txt"] = [
    P("Vakka-Suomen kuntien paikkatieto", "Uudenkaupungin kaupunki", "Uusikaupunki", "2003-08-01", "2005-12-31", "ended", 186540.0,
      contacts=[C("Outi Lehtinen", "projektipäällikkö", "outi.lehtinen@uusikaupunki.example.fi", "+358284515234", "Uudenkaupungin kaupunki")],
      funding=[F("Varsinais-Suomen liitto", 111920)],
      orgs=[("Uudenkaupungin kaupunki", "owner"), ("Kustavin kunta", "implementer"), ("Laitilan kaupunki", "implementer"),
            ("Pyhärannan kunta", "implementer"), ("Taivassalon kunta", "implementer"), ("Vehmaan kunta", "implementer"),
            ("Varsinais-Suomen liitto", "funder")],
      category="Tavoite 2 -ohjelma 2000–2006", sp="day", ep="day"),
    P("Kulttuuri ja perinteet yhdistävät kolmea maata", "Tornedalsrådet", None, "2023-09-01", "2026-08-31", "ongoing", 412800.0,
      contacts=[C("Pia Suonvieri", "projektipäällikkö", "pia.suonvieri@tornedalen.example.org", None)],
      orgs=[("Tornedalsrådet", "owner"), ("Interreg Aurora", "funder")],
      category="Interreg Aurora 2021–2027", sp="day", ep="day",
      aliases=["Kultur och traditioner som förenar tre länder"]),
    P("Uudenkaupungin vanhan kaupungin opastus", "Uudenkaupungin kaupunki", "Uusikaupunki", "2004-03-01", "2005-06-30", None, 64200.0,
      contacts=[C("Markus Rantanen", "matkailupäällikkö", None, "+358443515540")],
      orgs=[("Uudenkaupungin kaupunki", "owner"), ("Varsinais-Suomen TE-keskus", "funder")],
      category="Tavoite 2 -ohjelma 2000–2006", sp="month", ep="month"),
]

DOCS["html/h08_uusikaupunki_sivua_ei_loytynyt.html"] = []

if __name__ == "__main__":
    write_gold(DOCS, GOLD)
