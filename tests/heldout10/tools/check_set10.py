# -*- coding: utf-8 -*-
"""Checks that every gold string value of set 10 occurs in its document's text.

    .venv/bin/python tools/check_set10.py        (exit 1 on a problem)

HTML text: tag-stripped with html.parser (scripts/styles/head skipped, img alt kept),
whitespace normalised. PDF text: pdfplumber page text + table cells + column crops,
whitespace normalised. Values that are not literally in the text (nominatives derived from
inflected forms, municipalities derived from owners or places, ISO dates, E.164 phones,
numbers) are checked through the evidence listed in DERIVED or by the format rules below.
Also checks that the PDFs are byte-stable and that doc 08 is two pages with a repeated header.
"""
import datetime
import hashlib
import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pdfplumber

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
GOLD = ROOT / "gold"

# column crops for two-column PDFs: file -> x fraction where the right column starts
CROPS = {"g10_09_viisari_bisnes_lande_hankekortti.pdf": 0.47}

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
           "oktober", "november", "december"],
}

# (gold file, kind, value) -> evidence that must occur in the document text
DERIVED = {
    # municipalities
    ("g10_02_kokkola_meidan_museo_hanke.html.json", "municipality", "Kokkola"): "Kokkolan kaupunki",
    ("g10_05_kommuntorget_projekt_sv.html.json", "municipality", "Tornio"): "Torneå stad",
    ("g10_05_kommuntorget_projekt_sv.html.json", "municipality", "Raasepori"): "Raseborgs stad",
    ("g10_05_kommuntorget_projekt_sv.html.json", "municipality", "Kemiönsaari"): "på Kimitoön",
    ("g10_06_oulu_wax_project_en.html.json", "municipality", "Oulu"): "Nanotechnology in Oulu",
    ("g10_07_rovaniemi_paattyneet_hankkeet.html.json", "municipality", "Rovaniemi"): "Rovaniemen kaupunki",
    # status labels
    ("g10_02_kokkola_meidan_museo_hanke.html.json", "status", "ended"): "Päättynyt",
    ("g10_05_kommuntorget_projekt_sv.html.json", "status", "ended"): "Avslutade projekt",
    ("g10_06_oulu_wax_project_en.html.json", "status", "ended"): "Status Completed",
    ("g10_07_rovaniemi_paattyneet_hankkeet.html.json", "status", "ended"): "Päättyneet hankkeet",
    # budgets written in other forms
    ("g10_05_kommuntorget_projekt_sv.html.json", "budget", "1420000"): "totalbudget var 1,42 miljoner euro",
    ("g10_06_oulu_wax_project_en.html.json", "budget", "984943"): "Total budget EUR 984,943",
    ("g10_10_satakuntaliitto_mh_paatostiedote.pdf.json", "budget", "50000"):
        "hyväksyttävät kokonaiskustannukset ovat enintään 50 000 euroa",
    # nominative owners / contact organisations written inflected
    ("g10_03_aisapari_lakaluoma_wp.html.json", "contact organisation", "Lakaluoman kyläyhdistys ry"):
        "Lakaluoman kyläyhdistys ry:n puheenjohtaja Markku Hietaniemi",
    # funders named by a label elsewhere
    ("g10_01_obotnia_eakr_uutinen.html.json", "funder", "EAKR"): "Luetellut summat ovat Euroopan aluekehitysrahaston (EAKR) tukea",
}

problems = []
derived_used = []


class Text(HTMLParser):
    BLOCK = {"p", "br", "li", "div", "td", "th", "tr", "h1", "h2", "h3", "h4", "table", "ul", "ol",
             "section", "aside", "header", "footer", "nav", "summary", "details", "dt", "dd", "article",
             "blockquote", "main"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1
        if tag == "img" and dict(attrs).get("alt"):
            self.out.append(" " + dict(attrs)["alt"] + " ")
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def ws(s):
    return re.sub(r"\s+", " ", s.replace("\xa0", " ")).strip()


def doc_text(path):
    if path.suffix == ".html":
        t = Text()
        t.feed(path.read_text(encoding="utf-8"))
        return ws("".join(t.out))
    parts = []
    with pdfplumber.open(path) as pdf:
        for p in pdf.pages:
            parts.append(p.extract_text() or "")
            for table in p.extract_tables():
                for row in table:
                    parts.extend(ws(c or "") for c in row)
            if path.name in CROPS:
                x = p.width * CROPS[path.name]
                parts.append(p.crop((0, 0, x, p.height)).extract_text() or "")
                parts.append(p.crop((x, 0, p.width, p.height)).extract_text() or "")
    return ws("\n".join(parts))


def date_forms(d, precision, side):
    if precision == "day":
        forms = [f"{d.day}.{d.month}.{d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}"]
        for lang in MONTHS.values():
            forms.append(f"{d.day} {lang[d.month - 1]} {d.year}")
        return forms
    if precision == "month":
        return [f"{d.month}/{d.year}", f"{d.month:02d}/{d.year}"]
    return [str(d.year)]


def money_forms(x):
    n = int(round(x))
    s = f"{n:,}".replace(",", " ")
    return [s, f"{n:,}"]


def main():
    golds = sorted(GOLD.glob("*.json"))
    if len(golds) != 10:
        problems.append(f"expected 10 gold files, found {len(golds)}")
    counts = {"projects": 0, "contacts": 0, "funding": 0, "organisations": 0}
    for gpath in golds:
        g = json.loads(gpath.read_text(encoding="utf-8"))
        gname = gpath.name
        doc = DOCS / g["doc"]
        if gname != doc.name + ".json":
            problems.append(f"{gname}: name does not match doc {g['doc']}")
        if not doc.exists():
            problems.append(f"{gname}: missing document {doc}")
            continue
        txt = doc_text(doc)
        low = txt.casefold()
        digits = re.sub(r"\D", "", txt)

        def need(kind, value, ok, note=""):
            key = (gname, kind, str(value))
            ev = DERIVED.get(key)
            if ev is not None and kind in ("municipality", "status", "contact organisation", "funder"):
                ok = False  # listed derivations must be backed by their evidence, not by a chance match
            if ok:
                if isinstance(ok, str):
                    derived_used.append(f"{gname}: {kind} {value!r} <- {ok!r}")
                return
            ev = DERIVED.get(key)
            if ev is not None and ev.casefold() in low:
                derived_used.append(f"{gname}: {kind} {value!r} <- {ev!r}")
                return
            problems.append(f"{gname}: {kind} not traceable: {value!r} {note}")

        for p in g["projects"]:
            counts["projects"] += 1
            need("name", p["name"], p["name"] in txt or (doc.suffix == ".pdf" and p["name"].casefold() in low))
            for a in p["aliases"]:
                need("alias", a, a in txt)
            if p["category"]:
                need("category", p["category"], p["category"] in txt)
            if p["owner"]:
                need("owner", p["owner"], p["owner"] in txt)
            if p["municipality"]:
                need("municipality", p["municipality"], p["municipality"] in txt)
            if p["status"]:
                need("status", p["status"], False)
            if p["budget_eur"] is not None:
                need("budget", int(p["budget_eur"]), next((f for f in money_forms(p["budget_eur"]) if f in txt), False))
            for side in ("start", "end"):
                v = p[f"{side}_date"]
                if v:
                    d = datetime.date.fromisoformat(v)
                    prec = p[f"{side}_precision"]
                    hit = next((f for f in date_forms(d, prec, side) if f in txt), False)
                    need(f"{side}_date", v, hit, prec)
            for c in p["contacts"]:
                counts["contacts"] += 1
                need("contact", c["name"], c["name"] in txt)
                if c["title"]:
                    need("title", c["title"], c["title"].casefold() in low)
                if c["organisation"]:
                    need("contact organisation", c["organisation"], c["organisation"] in txt)
                if c["email"]:
                    if c["email"] != c["email"].lower():
                        problems.append(f"{gname}: e-mail not lower case {c['email']}")
                    if c["email_inferred"]:
                        first, last = c["name"].split(" ", 1)
                        fold = lambda s: s.lower().replace("ä", "a").replace("ö", "o").replace("å", "a")
                        ok = (c["email"].split("@")[0] == fold(first) + "." + fold(last)
                              and ("firstname.lastname@" + c["email"].split("@")[1] in txt
                                   or "etunimi.sukunimi@" + c["email"].split("@")[1] in txt))
                        need("inferred email", c["email"], ok)
                    else:
                        need("email", c["email"], c["email"] in low or c["email"].replace("@", "(at)") in low)
                if c["phone"]:
                    ok = bool(re.fullmatch(r"\+358\d{6,12}", c["phone"])) and (
                        "0" + c["phone"][4:] in digits or c["phone"][1:] in digits)
                    need("phone", c["phone"], ok and "digits 0" + c["phone"][4:])
            for f in p["funding"]:
                counts["funding"] += 1
                need("amount", f["amount_eur"], any(m in txt for m in money_forms(f["amount_eur"])))
                need("funder", f["funder"], f["funder"].casefold() in low)
                if f["share_pct"] is not None:
                    need("share", f["share_pct"], f"{int(f['share_pct'])} %" in txt or f"{int(f['share_pct'])}%" in txt)
                if f["is_maximum"]:
                    need("is_maximum", f["funder"], "enintään" in low or "up to" in low or "maximalt" in low)
            for o in p["organisations"]:
                counts["organisations"] += 1
                need("org", o["name"], o["name"].casefold() in low)

    # PDFs: byte-stable rebuild and structure of doc 08
    pdfs = sorted((DOCS / "pdf").glob("*.pdf"))
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in pdfs}
    subprocess.run([sys.executable, str(ROOT / "tools" / "make_docs.py")], check=True, capture_output=True)
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted((DOCS / "pdf").glob("*.pdf"))}
    if before != after:
        problems.append("PDF bytes changed on rebuild")
    with pdfplumber.open(DOCS / "pdf" / "g10_08_pirityiset_alueidenvaliset_rahoitus.pdf") as pdf:
        heads = [t[0][0] for p in pdf.pages for t in p.extract_tables()]
        if len(pdf.pages) != 2 or heads != ["Hakija", "Hakija"]:
            problems.append(f"doc 08: expected 2 pages with a repeated header, got {len(pdf.pages)} pages, {heads}")
        if "Yhteensä" not in (pdf.pages[-1].extract_text() or ""):
            problems.append("doc 08: totals row missing on page 2")

    print("derived values and their evidence:")
    for d in derived_used:
        print("  ", d)
    print("totals:", counts)
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
