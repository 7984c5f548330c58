"""Checks that every gold string of set 8 can be found in its document's text. Exit 1 on a miss.

    /work/fresh/set8/.venv/bin/python tools/check_set8.py

Text: HTML via html.parser (data plus img alt texts, entities unescaped), PDF via pdfplumber.
Checked: project names and aliases, owners, organisation names, funders, contact names, titles
(case-insensitive), e-mails (written ones literally after "(at)" repair; inferred ones through the
pattern line), phones (digits), amounts as written (thousands groups, any space kind), day-precision
dates in d.m.yyyy form, municipalities. Values the gold derives (nominative of a genitive, Finnish
name of a Swedish page's municipality) are listed in DERIVED with the evidence that must be present.
"""
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

DERIVED = {
    "g8_01_liminka_kosteikot_avainluvut.html": {
        "Suomen metsäkeskus": "Suomen metsäkeskuksen",
        "Pohjois-Pohjanmaan ELY-keskus": "Pohjois-Pohjanmaan ELY-keskuksen",
        "Limingan kunta": "Limingan kunta",
    },
    "g8_03_uudenmaan_liitto_akke_taulukko.html": {"Espoo": "Espoon kaupunki", "Vantaa": "Vantaan kaupunki"},
    "g8_04_hameen_kylat_aikajana.html": {"ELY-keskus": "ELY-keskuksen myöntämä tuki"},
    "g8_06_kimitoon_projekt_sv.html": {"Kemiönsaari": "Kemiönsaaren kunta"},
    "g8_07_metropolia_kulttuurisilta_wiki.html": {
        "Vantaan kaupunki": "Vantaan, Helsingin, Kauniaisten ja Espoon kaupungit",
        "Helsingin kaupunki": "Vantaan, Helsingin, Kauniaisten ja Espoon kaupungit",
        "Kauniaisten kaupunki": "Vantaan, Helsingin, Kauniaisten ja Espoon kaupungit",
        "Espoon kaupunki": "Vantaan, Helsingin, Kauniaisten ja Espoon kaupungit",
        "ESR": "Euroopan sosiaalirahaston (ESR)",
    },
    "g8_08_hame_ely_paatosluettelo.pdf": {"Hausjärvi": "Hausjärven kunta"},
}


class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag == "img":
            alt = dict(attrs).get("alt")
            if alt:
                self.parts.append(" " + alt + " ")
        if tag in ("br", "p", "li", "td", "th", "div", "h1", "h2", "h3", "tr"):
            self.parts.append("\n")

    def handle_data(self, data):
        self.parts.append(data)


def doc_text(path):
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(p.extract_text() or "" for p in pdf.pages)
    p = Text()
    p.feed(path.read_text(encoding="utf-8"))
    return "".join(p.parts)


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"[ \t]+", " ", s)


def amount_forms(x):
    n = int(round(x))
    grouped = f"{n:,}".replace(",", " ")
    forms = [grouped, str(n)]
    if n >= 1_000_000:
        m = n / 1_000_000
        forms += [f"{m:g}".replace(".", ","), f"{m:g}"]
    return forms


def date_forms(iso):
    y, m, d = iso.split("-")
    return [f"{int(d)}.{int(m)}.{y}", f"{d}.{m}.{y}", f"{int(d)}.{int(m)}.", f"{int(d)}.{int(m)}.–"]


MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]


def main():
    misses = 0
    n = 0
    for gf in sorted((ROOT / "gold").glob("*.json")):
        gold = json.loads(gf.read_text(encoding="utf-8"))
        path = ROOT / "docs" / gold["doc"]
        txt = norm(doc_text(path))
        low = txt.lower()
        digits = re.sub(r"\D", "", txt)
        derived = DERIVED.get(path.name, {})

        def need(kind, value, ci=False):
            nonlocal misses, n
            if value is None:
                return
            n += 1
            probe = derived.get(value, value)
            ok = (probe.lower() in low) if ci else (probe in txt)
            if not ok:
                misses += 1
                print(f"MISS {path.name}: {kind} {value!r}" + (f" (evidence {probe!r})" if probe != value else ""))

        for p in gold["projects"]:
            need("name", p["name"])
            for a in p["aliases"]:
                need("alias", a)
            need("owner", p["owner"])
            need("municipality", p["municipality"])
            for o in p["organisations"]:
                need("organisation", o["name"])
            for f in p["funding"]:
                need("funder", f["funder"])
                n += 1
                if not any(form in txt for form in amount_forms(f["amount_eur"])):
                    misses += 1
                    print(f"MISS {path.name}: amount {f['amount_eur']}")
                if f["share_pct"] is not None:
                    need("share", f"{f['share_pct']:g} %")
                if f["is_maximum"]:
                    need("maximum word", "enintään", ci=True)
            if p["budget_eur"] is not None:
                n += 1
                if not any(form in txt for form in amount_forms(p["budget_eur"])):
                    misses += 1
                    print(f"MISS {path.name}: budget {p['budget_eur']}")
            for k in ("start_date", "end_date"):
                prec = p[k.replace("date", "precision")]
                if p[k] and prec == "day":
                    n += 1
                    y, m, d = p[k].split("-")
                    en = f"{int(d)} {MONTHS_EN[int(m) - 1]} {y}"
                    if not any(f in txt for f in date_forms(p[k]) + [en]):
                        misses += 1
                        print(f"MISS {path.name}: {k} {p[k]}")
            for c in p["contacts"]:
                need("contact", c["name"])
                need("title", c["title"], ci=True)
                need("contact organisation", c["organisation"])
                if c["email"]:
                    if c["email_inferred"]:
                        n += 1
                        domain = c["email"].split("@")[1]
                        if not re.search(r"(etunimi\.sukunimi|förnamn\.efternamn|firstname\.lastname)"
                                         r"(@|\(at\)| \[at\] )" + re.escape(domain), low):
                            misses += 1
                            print(f"MISS {path.name}: pattern for {c['email']}")
                    else:
                        repaired = re.sub(r"\s*(\(at\)|\[at\]|\(a\))\s*", "@", low)
                        n += 1
                        if c["email"] not in repaired:
                            misses += 1
                            print(f"MISS {path.name}: email {c['email']}")
                if c["phone"]:
                    n += 1
                    national = c["phone"].replace("+358", "0", 1)
                    if c["phone"].lstrip("+") not in digits and national not in digits:
                        misses += 1
                        print(f"MISS {path.name}: phone {c['phone']}")
    print(f"checked {n} gold values, {misses} missing")
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
