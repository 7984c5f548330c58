"""Traceability check for set 6: every string value in the gold must be findable in its document.

    /work/fresh/set6/.venv/bin/python /work/fresh/set6/tools/check_set6.py

For PDFs the text is taken with pdfplumber from the whole page and from the left and right halves
(so that two-column pages and label/value layouts are also read column by column); whitespace is
collapsed and soft line breaks inside words are ignored. Values that the conventions derive rather than
copy (nominative forms, E.164 phones, repaired e-mails, municipalities, categories, ISO dates) are
checked through the raw forms listed in RAW below. Exit status 1 on any miss.
"""
import json
import re
import sys
from pathlib import Path

import pdfplumber

ROOT = Path(__file__).resolve().parent.parent

# gold value -> the form in which it is written in the document
RAW = {
    "+358469231397": "046 9231397",
    "jari.jokisalo@businessoulu.com": "jari.jokisalo(at)businessoulu.com",
    "+358404866994": "040 486 6994",
    "+358403513040": "040 3513 040",
    "+358405940459": "040-5940459",
    "Oulu": "Oulun kaupunki",
    "Aktion Österbotten": "Aktion Österbottens",
    "Kustavi": "Kustavin kunta",
    "Masku": "Maskun kunta",
    "Tervola": "Tervolan kunnankirjasto",
    "Turku": "Turun kaupunginkirjasto",
    "Aluehallintovirasto": "aluehallintovirasto",
    "Pyhäjoki": "Pyhäjoen kunta",
    "Varkaus": "Varkauden kaupunginkirjasto",
    "Suomussalmi": "Suomussalmen",
    "Kuhmo": "Kuhmon kaupunki",
    "Loppi": "Lopen kunta",
    "Pyhäjärven kalatalousalue": "Pyhäjärven kalatalousalue ja osakaskunnat",
    "Euroopan maaseuturahasto": "Euroopan maaseuturahasto",
    "Lounais-Suomen aluehallintovirasto": "Lounais-Suomen aluehallintovirasto",
    "Kustavin kunta": "Kustavin kunnalle",
    "Kustavi": "Kustavin",
    "Pyhäjoen kalahautomon korjaushanke": "Pyhäjoen kalahautomon korjaushankkeen",
}


def norm(s: str) -> str:
    s = s.replace("\u00a0", " ")
    s = re.sub(r"-\n(?=[a-zäö])", "", s)
    return re.sub(r"\s+", " ", s)


def pdf_text(path: Path) -> str:
    parts = []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            parts.append(pg.extract_text() or "")
            w = pg.width
            for box in ((0, 0, w * 0.5, pg.height), (w * 0.5, 0, w, pg.height),
                        (0, 0, w * 0.6, pg.height), (w * 0.6, 0, w, pg.height),
                        (0, 0, w * 0.7, pg.height)):
                parts.append(pg.crop(box).extract_text() or "")
    return norm("\n".join(parts))


def doc_text(path: Path) -> str:
    if path.suffix == ".pdf":
        return pdf_text(path)
    raw = path.read_bytes().decode("utf-8-sig")
    if path.suffix == ".html":
        raw = re.sub(r"<[^>]+>", " ", raw).replace("&amp;", "&")
    return norm(raw)


def amount_forms(x: float):
    whole = int(round(x))
    s = f"{whole:,}".replace(",", " ")
    forms = {s, str(whole)}
    if x != whole:
        forms.add(f"{x:,.2f}".replace(",", " ").replace(".", ",").replace(" ", " "))
    return forms


def main():
    bad = 0
    for g in sorted((ROOT / "gold").glob("*.json")):
        data = json.loads(g.read_text(encoding="utf-8"))
        doc = next(p for d in ("pdf", "txt", "html") for p in [(ROOT / "docs" / d / data["doc"])] if p.exists())
        text = doc_text(doc)
        low = text.lower()

        def need(v, what):
            nonlocal bad
            if v is None:
                return
            v2 = RAW.get(v, v)
            if norm(v2).lower() not in low:
                print(f"MISSING in {doc.name}: {what} = {v!r}")
                bad += 1

        for p in data["projects"]:
            need(p["name"], "name")
            for a in p.get("aliases", []):
                need(a, "alias")
            need(p["owner"], "owner")
            need(p["municipality"], "municipality")
            need(p.get("category"), "category")
            for c in p["contacts"]:
                for k in ("name", "title", "organisation", "email", "phone"):
                    need(c[k], f"contact.{k}")
            for f in p["funding"]:
                need(f["funder"], "funder")
                if not any(fm in text for fm in amount_forms(f["amount_eur"])):
                    print(f"MISSING in {doc.name}: amount {f['amount_eur']}")
                    bad += 1
            if p["budget_eur"] is not None and not any(fm in text for fm in amount_forms(p["budget_eur"])):
                print(f"MISSING in {doc.name}: budget {p['budget_eur']}")
                bad += 1
            for o in p["organisations"]:
                need(o["name"], f"organisation ({o['role']})")
        print(f"checked {g.name}")
    print("problems:", bad)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
