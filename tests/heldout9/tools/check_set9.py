"""Checks that every gold value of set 9 can be found in its document's text.

    .venv/bin/python tools/check_set9.py

HTML is read with html.parser (visible text and img alt texts; head/script/style skipped), PDFs with
pdfplumber (page text, table cells, and for the two-column hankekortti the two columns cropped apart).
Values the gold derives (a nominative from a genitive, a Finnish municipality name from a Swedish one,
an e-mail built from a pattern) are listed in DERIVED with the evidence string that must occur instead.
Exit 1 on any miss.
"""
import datetime
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import pdfplumber

ROOT = Path(__file__).resolve().parent.parent
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

# (gold file, kind, value) -> evidence that must be in the document instead of the value itself
DERIVED = {
    ("g9_01_samassaveneessa_leader_kappaleet.html.json", "municipality", "Kemiönsaari"): "Kemiönsaarella",
    ("g9_03_kokkola_kh_pykala88.html.json", "municipality", "Kokkola"): "toteutetaan Kokkolassa",
    ("g9_03_kokkola_kh_pykala88.html.json", "org", "Kokkolan kaupunki"): "Kokkolan kaupungin osuus",
    ("g9_03_kokkola_kh_pykala88.html.json", "funder", "Kokkolan kaupunki"): "Kokkolan kaupungin osuus",
    ("g9_05_kimitoon_projektkort_sv.html.json", "municipality", "Kemiönsaari"): "Kimitoöns kommun",
    ("g9_07_joroinen_kolmankoto_hankekortti.pdf.json", "municipality", "Joroinen"): "Hallinnoija: Joroisten kunta",
    ("g9_08_toimeliaatkylat_uutinen_alatunniste.html.json", "municipality", "Loppi"): "hallinnoi Lopen kunta",
    ("g9_04_oulu_en_susen_sidebar.html.json", "email", "lauri.maenpaa@oulu.fi"): "firstname.lastname@oulu.fi",
    ("g9_03_kokkola_kh_pykala88.html.json", "email", "sanna.rintamaki@kokkola.fi"): "etunimi.sukunimi@kokkola.fi",
    ("g9_08_toimeliaatkylat_uutinen_alatunniste.html.json", "email", "sari.pelkonen@loppi.fi"): "sari.pelkonen(at)loppi.fi",
}


class Text(HTMLParser):
    BLOCK = {"p", "br", "li", "div", "td", "tr", "h1", "h2", "h3", "h4", "table", "ul", "section", "aside",
             "header", "footer", "button", "figure", "dt", "dd", "nav", "article", "main", "span"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "title", "head"):
            self.skip += 1
        if tag == "img" and dict(attrs).get("alt"):
            self.out.append("\n" + dict(attrs)["alt"] + "\n")
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title", "head"):
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
            words = p.extract_words()
            anchor = [w for w in words if w["text"] == "Hankkeen" and w["x0"] > p.width / 2]
            if anchor:  # two-column one-pager: read each column on its own
                x = anchor[0]["x0"] - 2
                parts.append(p.crop((0, 0, x, p.height)).extract_text() or "")
                parts.append(p.crop((x, 0, p.width, p.height)).extract_text() or "")
    return ws("\n".join(parts))


def amount_forms(a):
    whole = int(a)
    s = f"{whole:,}".replace(",", " ")
    forms = [s]
    if a != whole:
        forms = [s + "," + f"{a:.2f}".split(".")[1]]
    return forms


def date_forms(iso):
    d = datetime.date.fromisoformat(iso)
    return [f"{d.day}.{d.month}.{d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}",
            f"{d.day} {MONTHS[d.month - 1]} {d.year}"]


def main():
    misses, checked, derived_used = [], 0, []
    for gpath in sorted((ROOT / "gold").glob("*.json")):
        g = json.loads(gpath.read_text(encoding="utf-8"))
        gname = gpath.name
        doc = ROOT / "docs" / g["doc"]
        assert gname == doc.name + ".json"
        txt = doc_text(doc)
        low = txt.casefold()
        digits = re.sub(r"\D", "", txt)

        def need(kind, value, ok):
            nonlocal checked
            checked += 1
            if ok:
                return
            ev = DERIVED.get((gname, kind, value))
            if ev is not None and ev in txt:
                derived_used.append(f"{gname}: {kind} {value!r} <- {ev!r}")
                return
            misses.append(f"{gname}: {kind} not found: {value!r}")

        for p in g["projects"]:
            need("name", p["name"], p["name"].casefold() in low)
            for a in p["aliases"]:
                need("alias", a, a in txt)
            for k in ("owner", "municipality", "category"):
                if p[k]:
                    need(k if k != "owner" else "org", p[k], p[k] in txt)
            for k in ("start_date", "end_date"):
                if p[k]:
                    if p[k.replace("date", "precision")] == "day":
                        need(k, p[k], any(f in txt for f in date_forms(p[k])))
                    else:
                        need(k, p[k], p[k][:4] in txt)
            if p["budget_eur"] is not None:
                need("budget", p["budget_eur"], any(f in txt for f in amount_forms(p["budget_eur"])))
            for c in p["contacts"]:
                need("contact", c["name"], c["name"] in txt)
                if c["title"]:
                    need("title", c["title"], c["title"].casefold() in low)
                if c["organisation"]:
                    need("org", c["organisation"], c["organisation"] in txt)
                if c["email"]:
                    need("email", c["email"], c["email"] in txt and not c["email_inferred"])
                if c["phone"]:
                    need("phone", c["phone"], c["phone"][1:] in digits or ("0" + c["phone"][4:]) in digits)
            for f in p["funding"]:
                need("funder", f["funder"], f["funder"] in txt)
                need("amount", f["amount_eur"], any(a in txt for a in amount_forms(f["amount_eur"])))
                if f["share_pct"] is not None:
                    sh = int(f["share_pct"])
                    need("share", sh, f"{sh} %" in txt or f"{sh}%" in txt)
            for o in p["organisations"]:
                need("org", o["name"], o["name"] in txt)
    for d in derived_used:
        print("derived:", d)
    for m in misses:
        print("MISSING:", m)
    print(f"{checked} values checked, {len(derived_used)} derived with evidence, {len(misses)} missing")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
