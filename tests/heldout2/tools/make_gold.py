"""Writes tests/heldout2/gold/*.json. Gold values were written from the documents in
tests/heldout2/docs and shared/corpus/CONVENTIONS.md only, before the pipeline was run on them
and without reading pipeline code. Same format as tests/heldout/gold."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from goldkit import C, F, P, write_gold  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")


DOCS = {}

# ------------------------------------------------------------------ PDFs
SAV, XAMK = "Savonlinnan kaupunki", "Kaakkois-Suomen ammattikorkeakoulu Oy"
DOCS["pdf/p01_savonlinna_hankekortti_kiko.pdf"] = [
    P("Kiertotalouden kokeilualusta (KIKO)", SAV, "Savonlinna", "2024-02-01", "2025-12-31", "ongoing", 260000.0,
      contacts=[C("Sanna Kettunen", "projektipäällikkö", "sanna.kettunen@savonlinna.example.fi", "+358444174321")],
      funding=[F("EAKR", 96000, 2024), F("EAKR", 112000, 2025), F("EAKR", 208000),
               F(SAV, 14400, 2024), F(SAV, 16800, 2025), F(SAV, 31200),
               F(XAMK, 9600, 2024), F(XAMK, 11200, 2025), F(XAMK, 20800)],
      orgs=[(SAV, "owner"), (XAMK, "implementer"), ("Etelä-Savon maakuntaliitto", "funder"),
            ("EAKR", "funder"), (SAV, "funder"), (XAMK, "funder")],
      category="Uudistuva ja osaava Suomi 2021–2027", sp="day", ep="day"),
]

DOCS["pdf/p02_pori_loppuraportti_tyopolku.pdf"] = [
    P("Työpolku 2.0 – nuorten työllistymisen uusi malli", "Porin kaupunki", "Pori",
      "2022-09-01", "2024-08-31", None, 640000.0,
      contacts=[C("Liisa Mäkelä", "projektipäällikkö", "liisa.makela@pori.example.fi", "+358447012345"),
                C("Henna Virtanen", "työllisyyskoordinaattori", "henna.virtanen@samk.example.fi", "+358405550192")],
      funding=[F("Satakunnan ELY-keskus", 512000, share=80), F("Porin kaupunki", 128000, share=20)],
      orgs=[("Porin kaupunki", "owner"), ("Satakunnan ammattikorkeakoulu Oy", "implementer"),
            ("Porin seudun nuorisosäätiö sr", "implementer"), ("Satakunnan ELY-keskus", "funder"),
            ("Porin kaupunki", "funder")],
      sp="day", ep="day"),
]


def eakr(name, owner, muni, start, end, amount, prec):
    return P(name, owner, muni, start, end, None, None, funding=[F("EAKR", amount)],
             orgs=[(owner, "owner"), ("EAKR", "funder")], sp=prec, ep=prec)


DOCS["pdf/p03_pohjanmaa_eakr_hankkeet.pdf"] = [
    eakr("Vetytalouden kokeiluympäristö Vaskiluodon satama-alueelle", "Vaasan kaupunki", "Vaasa",
         "2024-03-01", "2027-02-28", 1240000, "day"),
    eakr("Kaskisten sataman logistiikkaselvitys", "Kaskisten kaupunki", "Kaskinen",
         "2024-05-01", "2025-04-30", 86400, "day"),
    eakr("Pk-yritysten digiloikka (DILO)", "Pohjanmaan Yrittäjät ry", None,
         "2024-08-01", "2026-07-31", 312500, "day"),
    eakr("Närpiön kasvihuoneklusterin energiatehokkuuden parantaminen", "Närpiön kaupunki", "Närpiö",
         "2024-08-01", "2025-12-31", 154000, "month"),
    eakr("Laihian keskustan elinvoimahanke", "Laihian kunta", "Laihia",
         "2024-01-01", "2026-12-31", 98750.50, "year"),
]

KORS = "Korsholms kommun"
DOCS["pdf/p04_korsholm_projektbeskrivning_scan.pdf"] = [
    P("Hållbar turism i Replots skärgård", KORS, "Mustasaari", "2024-03-01", "2026-02-28", None, 420000.0,
      contacts=[C("Emma Sjöholm", "projektledare", "emma.sjoholm@korsholm.example.fi", "+358504127788", KORS)],
      funding=[F("Österbottens förbund", 252000, share=60), F(KORS, 168000, share=40)],
      orgs=[(KORS, "owner"), ("Yrkesakademin i Österbotten", "partner"),
            ("Österbottens förbund", "funder"), (KORS, "funder")],
      sp="day", ep="day"),
]

# ------------------------------------------------------------------ HTML
DOCS["html/h01_keskisuomi_kylatalojen_etapalvelupisteet.html"] = [
    P("Kylätalojen etäpalvelupisteet", "Keuruun kaupunki", "Keuruu", "2023-04-01", "2025-03-31", "ongoing", 90000.0,
      contacts=[C("Tuomas Hakkarainen", "projektikoordinaattori", "tuomas.hakkarainen@keuruu.example.fi",
                  "+358407182290", "Keuruun kaupunki")],
      funding=[F("Keski-Suomen liitto", 72000, share=80)],
      orgs=[("Keuruun kaupunki", "owner"), ("Keski-Suomen liitto", "funder"),
            ("Haapamäen Kyläyhdistys ry", "partner"), ("Pohjaslahden Kyläseura ry", "partner")],
      category="Elinvoimaiset kylät", sp="day", ep="day"),
]

KUAS = "Karelia University of Applied Sciences"
DOCS["html/h02_karelia_rewear_en_fi.html"] = [
    P("ReWear – Textile Circularity for SMEs", KUAS, None, "2023-01-01", "2025-12-31", "ongoing", 600000.0,
      contacts=[C("Laura Hyvönen", "Project Manager", "laura.hyvonen@karelia.example.fi", "+358503114422", KUAS)],
      funding=[F("ERDF", 420000, share=70), F(KUAS, 180000, share=30)],
      orgs=[(KUAS, "owner"), ("ERDF", "funder"), (KUAS, "funder"), ("Regional Council of North Karelia", "funder"),
            ("Joensuun Tiedepuisto Oy", "partner"), ("Pohjois-Karjalan Yrittäjät ry", "partner"),
            ("Kuitu Circular Oy", "partner")],
      sp="day", ep="day"),
]

KANG = "Kangasalan kaupunki"
DOCS["html/h03_kangasala_kaynnissa_olevat_hankkeet.html"] = [
    P("Kirkkojärven kosteikon rakentaminen ja vedenlaadun seuranta", KANG, "Kangasala",
      "2024-05-01", "2025-10-31", "ongoing", 90000.0,
      contacts=[C("Niina Laakso", "ympäristöasiantuntija", "niina.laakso@kangasala.example.fi", "+358401337788")],
      funding=[F("Pirkanmaan ELY-keskus", 45000)],
      orgs=[(KANG, "owner"), ("Pirkanmaan ELY-keskus", "funder")],
      sp="month", ep="month", aliases=["Kirkkojärven kosteikko"]),
    P("Ikäihmisten digituki Kangasalla", "Kangasalan Seudun Eläkkeensaajat ry", "Kangasala",
      "2024-01-01", "2025-12-31", "ongoing", None,
      contacts=[C("Eila Mäntylä", "Projektikoordinaattori", None, "+358504412200")],
      orgs=[("Kangasalan Seudun Eläkkeensaajat ry", "owner"), ("Kangasalan kaupunginkirjasto", "partner"),
            ("STEA", "funder")],
      sp="day", ep="day"),
    P("Ruutanan uimarannan peruskorjaus", KANG, "Kangasala", "2025-01-01", "2026-12-31", "ongoing", 240000.0,
      contacts=[C("Jere Saarinen", "liikuntapaikkapäällikkö", None, "+358503479012")],
      funding=[F("Länsi- ja Sisä-Suomen aluehallintovirasto", 60000, maximum=True)],
      orgs=[(KANG, "owner"), ("Länsi- ja Sisä-Suomen aluehallintovirasto", "funder")],
      sp="year", ep="year"),
]

DOCS["html/h04_iisalmi_uutinen_kaksi_hanketta.html"] = [
    P("Pyöräillen Iisalmeen", "Iisalmen kaupunki", "Iisalmi", "2025-04-01", "2026-06-30", None, None,
      contacts=[C("Sami Korhonen", "liikenneinsinööri", "sami.korhonen@iisalmi.example.fi", "+358172723456")],
      funding=[F("Traficom", 120000)],
      orgs=[("Iisalmen kaupunki", "owner"), ("Traficom", "funder")],
      sp="day", ep="day"),
    P("Ylä-Savon nuorten kesätyöpolku", "Ylä-Savon koulutuskuntayhtymä", None, "2025-05-01", "2027-04-30", None, None,
      contacts=[C("Jenni Heikkinen", "projektipäällikkö", None, "+358441237788")],
      funding=[F("Pohjois-Savon ELY-keskus", 210000)],
      orgs=[("Ylä-Savon koulutuskuntayhtymä", "owner"), ("Pohjois-Savon ELY-keskus", "funder")],
      sp="day", ep="day"),
]

DOCS["html/h05_leader_lakeudenkylat_ruona.html"] = [
    P("Ruonan kylätalon energiaremontti", "Ruonan Kyläyhdistys ry", "Kuortane", "2023-06-01", "2025-05-31",
      "ongoing", 85000.0,
      contacts=[C("Ville Hautamäki", "puheenjohtaja", "ville.hautamaki@ruona.example.fi", "+358407654321",
                  "Ruonan Kyläyhdistys ry")],
      orgs=[("Ruonan Kyläyhdistys ry", "owner"), ("Leader Lakeuden Kylät ry", "funder")],
      sp="month", ep="month"),
]

NUR = "Nurmeksen kaupunki"
DOCS["html/h06_nurmes_bomban_rantareitti.html"] = [
    P("Bomban rantareitin kunnostus", NUR, "Nurmes", "2024-08-01", "2026-07-31", None, 148000.0,
      contacts=[C("Anna-Leena Kärkkäinen", "Projektipäällikkö", "anna-leena.karkkainen@nurmes.example.fi",
                  "+358501234567", NUR, True),
                C("Päivi Mönkkönen", "Projektiasiantuntija", "paivi.monkkonen@nurmes.example.fi",
                  "+358407651122", NUR, True),
                C("Jussi Kinnunen", "Puheenjohtaja", None, "+358401045566", "Nurmeksen Matkailuyrittäjät ry")],
      funding=[F("Pohjois-Karjalan ELY-keskus", 118400, share=80)],
      orgs=[(NUR, "owner"), ("Pohjois-Karjalan ELY-keskus", "funder"),
            ("Nurmeksen Matkailuyrittäjät ry", "partner")],
      sp="day", ep="day"),
]

if __name__ == "__main__":
    write_gold(DOCS, GOLD)
