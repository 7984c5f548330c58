"""Checks that every gold string of set 7 can be found in its document's text.

    /work/fresh/set7/.venv/bin/python /work/fresh/set7/tools/check_set7.py

Checked per project: name, aliases, owner, category, organisation names, contact names, titles,
contact organisations, e-mail addresses, phone digits (national form), funding amounts as
written, and dates (d.m.yyyy for day precision; the year(s) for month/year precision).
HTML text is read with html.parser (alt texts included, script/style/head skipped); PDF text with
pdfplumber. Values normalised on purpose (see README "Judgement calls") are listed in EXPECTED.
Exits 1 on any miss.
"""
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import pdfplumber

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = {
    # "Pyhärannan, Vehmaan, Mietoisten, Taivassalon ja Kustavin kunnat" split into singular rows
    ("g7_03_uusikaupunki_paikkatieto_drupal.html.json", "org", "Pyhärannan kunta"),
    ("g7_03_uusikaupunki_paikkatieto_drupal.html.json", "org", "Vehmaan kunta"),
    ("g7_03_uusikaupunki_paikkatieto_drupal.html.json", "org", "Mietoisten kunta"),
    ("g7_03_uusikaupunki_paikkatieto_drupal.html.json", "org", "Taivassalon kunta"),
    ("g7_03_uusikaupunki_paikkatieto_drupal.html.json", "org", "Kustavin kunta"),
    # nominative of the genitive "Kemira GrowHow Oyj:n", "Pöyry Environment Oy:n" is a prefix anyway
    # the city's column "Kaupungin osuus" under the heading KOKKOLAN KAUPUNKI
    ("g7_10_kokkola_rahoitusosuudet_tasalevea.txt.json", "org", "Kokkolan kaupunki"),
    ("g7_10_kokkola_rahoitusosuudet_tasalevea.txt.json", "funder", "Kokkolan kaupunki"),
}


class Text(HTMLParser):
    BLOCK = {"p", "br", "li", "div", "td", "tr", "h1", "h2", "h3", "h4", "table", "ul", "ol",
             "section", "aside", "header", "footer", "button", "figure", "span", "time", "a"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "title", "head"):
            self.skip += 1
        if tag == "img" and dict(attrs).get("alt"):
            self.out.append(" " + dict(attrs)["alt"] + " ")
        if tag in self.BLOCK and tag not in ("span", "time", "a"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title", "head"):
            self.skip -= 1

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
    if path.suffix == ".pdf":
        with pdfplumber.open(path) as pdf:
            parts = [p.extract_text() or "" for p in pdf.pages]
            for p in pdf.pages:  # also read the page in two halves (two-box posters)
                parts.append(p.crop((0, 0, p.width * 0.6, p.height)).extract_text() or "")
                parts.append(p.crop((p.width * 0.6, 0, p.width, p.height)).extract_text() or "")
        return ws("\n".join(parts))
    return ws(path.read_text(encoding="utf-8"))


def day_forms(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return [f"{d}.{m}.{y}", f"{d:02d}.{m:02d}.{y}"]


def amount_forms(x):
    n = int(round(x))
    s = f"{n:,}".replace(",", " ")
    return [s, str(n), s.replace(" ", "\u00a0")]


def main():
    misses = 0
    for gf in sorted((ROOT / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        path = ROOT / "docs" / g["doc"]
        text = doc_text(path)
        low = text.lower()
        digits = re.sub(r"\D", "", text)

        def need(kind, value, ok):
            nonlocal misses
            if value is None or ok or (gf.name, kind, value) in EXPECTED:
                return
            misses += 1
            print(f"MISS {gf.name}: {kind} {value!r}")

        def has(s):
            return ws(s).lower() in low

        for p in g["projects"]:
            need("name", p["name"], has(p["name"]))
            for a in p["aliases"]:
                need("alias", a, has(a))
            need("owner", p["owner"], p["owner"] is None or has(p["owner"]))
            need("category", p["category"], p["category"] is None or has(p["category"]))
            for o in p["organisations"]:
                need("org", o["name"], has(o["name"]))
            for c in p["contacts"]:
                need("contact", c["name"], has(c["name"]))
                need("title", c["title"], c["title"] is None or has(c["title"]))
                need("contact_org", c["organisation"], c["organisation"] is None or has(c["organisation"]))
                need("email", c["email"], c["email"] is None or has(c["email"]))
                if c["phone"]:
                    need("phone", c["phone"], ("0" + c["phone"][4:]) in digits)
            for f in p["funding"]:
                need("funder", f["funder"], has(f["funder"]))
                need("amount", f["amount_eur"], any(a in text for a in amount_forms(f["amount_eur"])))
            if p["budget_eur"] is not None:
                need("budget", p["budget_eur"], any(a in text for a in amount_forms(p["budget_eur"])))
            for d, prec in (("start_date", "start_precision"), ("end_date", "end_precision")):
                if p[d] is None:
                    continue
                if p[prec] == "day":
                    need(d, p[d], any(f in text for f in day_forms(p[d])))
                else:
                    need(d, p[d], p[d][:4] in text)
        print(f"{gf.name}: {len(g['projects'])} project(s) checked")
    if misses:
        print(f"{misses} miss(es)")
        sys.exit(1)
    print("all gold strings found")


if __name__ == "__main__":
    main()
