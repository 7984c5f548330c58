#!/usr/bin/env python3
"""Checks a generated layout set.

    python3 tools/check.py OUT_DIR [--determinism]

1. every gold file parses, has the corpus gold shape and points at a document that exists;
2. every gold value can be traced to its document's text: names and aliases, owners, organisations,
   funders, categories and contact names exactly (inflected organisation names by word stems),
   municipalities by their nominative, genitive or Swedish form, e-mails (repaired from "(at)" or
   built from a stated pattern), phones (normalised to +358), amounts (parsed from the money
   expressions of the text), years of dates, status words;
3. with --determinism, the generator is run twice into temporary folders and the bytes compared.

Prints per-family counts and exits 1 on any problem.  Standard library only.
"""
import filecmp
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
import generate  # noqa: E402  (for the municipality table only)

PROJECT_KEYS = ["name", "aliases", "owner", "municipality", "start_date", "end_date", "start_precision",
                "end_precision", "status", "category", "budget_eur", "contacts", "funding", "organisations"]
CONTACT_KEYS = ["name", "title", "organisation", "email", "email_inferred", "phone"]
FUND_KEYS = ["funder", "year", "amount_eur", "share_pct", "is_maximum"]
ROLES = {"owner", "implementer", "partner", "funder"}
STATUS_WORDS = {"ongoing": ["käynnissä", "pågående", "ongoing"],
                "ended": ["päättynyt", "päättyneet", "avslutat", "avslutade", "completed"],
                "planned": ["valmisteilla", "suunnitteilla", "hakemukset", "käsittelyssä"]}


class Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def doc_text(path):
    raw = open(path, "rb").read()
    m = re.search(rb'charset=["\']?([A-Za-z0-9_-]+)', raw[:2000])
    enc = m.group(1).decode() if m else "utf-8"
    t = Text()
    t.feed(raw.decode(enc))
    t.close()
    return "".join(t.parts).replace("\u00a0", " ")


def flat(text):
    return re.sub(r"\s+", " ", text)


def stem_found(value, text):
    """Exact, or every word found by its stem in order (genitive / allative forms of the nominative)."""
    if value in text:
        return True
    words = value.split()
    pats = []
    for w in words:
        if len(w) <= 4 or w in ("ry", "Oy", "sr", "rf", "Ab"):
            pats.append(re.escape(w) + r"\S*")
        else:
            pats.append(re.escape(w[: max(3, len(w) - 3)]) + r"\S*")
    return re.search(r"\s+".join(pats), text) is not None


def amounts_in(text):
    vals = set()
    for line in text.split("\n"):
        for m in re.finditer(r"(?<![\d,.])(\d{1,3}(?: \d{3})+|\d+)(?:,(\d{1,2}))?(?![\d])", line):
            v = float(m.group(1).replace(" ", "")) + (float("0." + m.group(2)) if m.group(2) else 0.0)
            vals.add(round(v, 2))
            rest = line[m.end(): m.end() + 14].lower()
            if re.match(r"\s*(milj|miljoon|miljoner|million)", rest):
                vals.add(round(v * 1e6, 2))
        for m in re.finditer(r"(?<![\d])(\d{1,3}(?:,\d{3})+)(?![\d])", line):
            vals.add(float(m.group(1).replace(",", "")))
        for m in re.finditer(r"(\d+(?:\.\d+)?) million", line):
            vals.add(round(float(m.group(1)) * 1e6, 2))
    return vals


def phones_in(text):
    out = set()
    for m in re.finditer(r"(\+358|\(?0)[\d\s\-()]{6,16}\d", text):
        d = re.sub(r"[^\d+]", "", m.group(0))
        if d.startswith("+358"):
            out.add(d)
        elif d.startswith("0"):
            out.add("+358" + d[1:])
    return out


def repaired_emails(text):
    t = re.sub(r"\s*(\(at\)|\[at\]|\(a\)|\(ät\))\s*", "@", text, flags=re.I)
    return {e.lower() for e in re.findall(r"[\w.\-]+@[\w.\-]+\.\w+", t)}


def muni_found(mun, text):
    mm = generate.MUNI_BY_FI.get(mun)
    if mm is None:
        return False
    forms = [mm.fi, mm.gen] + ([mm.sv] if mm.sv else [])
    return any(re.search(r"(?<!\w)" + re.escape(f), text) for f in forms)


def check_gold(gold, text, where, problems):
    ftext = flat(text)
    low = ftext.lower()
    amounts = amounts_in(text)
    phones = phones_in(ftext)
    emails = repaired_emails(ftext)

    def need(ok, what):
        if not ok:
            problems.append(f"{where}: {what}")
    for p in gold["projects"]:
        need(list(p.keys()) == PROJECT_KEYS, f"project keys {list(p.keys())}")
        n = p["name"]
        need(n in ftext, f"name not in text: {n!r}")
        for a in p["aliases"]:
            need(a in ftext, f"alias not in text: {a!r}")
        if p["owner"]:
            need(stem_found(p["owner"], ftext), f"owner not traceable: {p['owner']!r}")
            need({"name": p["owner"], "role": "owner"} in p["organisations"], f"owner missing from organisations")
        if p["municipality"]:
            need(muni_found(p["municipality"], ftext), f"municipality not traceable: {p['municipality']!r}")
        for k in ("start", "end"):
            d, pr = p[f"{k}_date"], p[f"{k}_precision"]
            need((d is None) == (pr is None), f"{k} date/precision mismatch")
            if d:
                need(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) is not None, f"bad date {d}")
                need(d[:4] in ftext, f"{k} year {d[:4]} not in text")
                need(pr in ("day", "month", "year"), f"bad precision {pr}")
        if p["status"]:
            need(p["status"] in STATUS_WORDS, f"bad status {p['status']}")
            need(any(w in low for w in STATUS_WORDS.get(p["status"], [])), f"status word for {p['status']} not in text")
        if p["category"]:
            need(p["category"] in ftext, f"category not in text: {p['category']!r}")
        if p["budget_eur"] is not None:
            need(p["budget_eur"] in amounts, f"budget {p['budget_eur']} not in text")
        for c in p["contacts"]:
            need(list(c.keys()) == CONTACT_KEYS, f"contact keys {list(c.keys())}")
            need(c["name"] in ftext, f"contact not in text: {c['name']!r}")
            if c["title"]:
                need(c["title"].lower() in low, f"title not in text: {c['title']!r}")
            if c["organisation"]:
                need(stem_found(c["organisation"], ftext), f"contact organisation not traceable: {c['organisation']!r}")
            if c["email"]:
                if c["email_inferred"]:
                    dom = c["email"].split("@")[1]
                    need(re.search(r"(etunimi\.sukunimi|förnamn\.efternamn|firstname\.lastname)\s*(@|\(at\))\s*"
                                   + re.escape(dom), ftext, re.I) is not None, f"no e-mail pattern for {c['email']}")
                else:
                    need(c["email"] in emails, f"e-mail not in text: {c['email']}")
            if c["phone"]:
                need(c["phone"] in phones, f"phone not in text: {c['phone']}")
        for f in p["funding"]:
            need(list(f.keys()) == FUND_KEYS, f"funding keys {list(f.keys())}")
            need(stem_found(f["funder"], ftext), f"funder not traceable: {f['funder']!r}")
            need(round(f["amount_eur"], 2) in amounts, f"amount {f['amount_eur']} not in text")
            if f["share_pct"] is not None:
                need(re.search(r"(?<!\d)%g\s?%%" % f["share_pct"], ftext) is not None, f"share {f['share_pct']} not in text")
            if f["is_maximum"]:
                need(any(w in low for w in ("enintään", "korkeintaan", "maximalt", "up to")), "maximum word not in text")
        for o in p["organisations"]:
            need(o["role"] in ROLES, f"bad role {o['role']}")
            need(stem_found(o["name"], ftext), f"organisation not traceable: {o['name']!r}")


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    out = argv[1]
    problems = []
    totals = dict(docs=0, projects=0, contacts=0, funding=0, organisations=0, empty=0)
    print(f"{'family':24} docs projects contacts funding orgs zero-project-docs")
    for fam in sorted(os.listdir(out)):
        fd = os.path.join(out, fam)
        if not os.path.isdir(fd):
            continue
        docs = sorted(os.listdir(os.path.join(fd, "docs")))
        golds = sorted(os.listdir(os.path.join(fd, "gold")))
        if [d + ".json" for d in docs] != golds:
            problems.append(f"{fam}: docs and gold files do not pair up")
        c = dict(docs=0, projects=0, contacts=0, funding=0, organisations=0, empty=0)
        for g in golds:
            gp = os.path.join(fd, "gold", g)
            try:
                gold = json.load(open(gp, encoding="utf-8"))
            except Exception as e:       # noqa: BLE001
                problems.append(f"{gp}: does not parse: {e}")
                continue
            if list(gold.keys()) != ["doc", "expect_error", "projects"] or gold["expect_error"] is not False:
                problems.append(f"{gp}: bad top-level shape")
            dp = os.path.join(fd, "docs", gold["doc"])
            if not os.path.exists(dp) or gold["doc"] + ".json" != g:
                problems.append(f"{gp}: document {gold['doc']} missing")
                continue
            check_gold(gold, doc_text(dp), f"{fam}/{gold['doc']}", problems)
            names = [p["name"] for p in gold["projects"]]
            if len(names) != len(set(names)):
                problems.append(f"{gp}: duplicate project names")
            c["docs"] += 1
            c["projects"] += len(gold["projects"])
            c["empty"] += not gold["projects"]
            for p in gold["projects"]:
                c["contacts"] += len(p["contacts"])
                c["funding"] += len(p["funding"])
                c["organisations"] += len(p["organisations"])
        for k in totals:
            totals[k] += c[k]
        print(f"{fam:24} {c['docs']:4} {c['projects']:8} {c['contacts']:8} {c['funding']:7} {c['organisations']:4} {c['empty']:4}")
    print(f"{'total':24} {totals['docs']:4} {totals['projects']:8} {totals['contacts']:8} {totals['funding']:7} "
          f"{totals['organisations']:4} {totals['empty']:4}")
    if "--determinism" in argv:
        with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
            for d in (a, b):
                subprocess.run([sys.executable, os.path.join(ROOT, "generate.py"), d], check=True,
                               stdout=subprocess.DEVNULL, env={**os.environ, "PYTHONHASHSEED": "random"})
            for root, _, files in os.walk(a):
                for f in files:
                    pa = os.path.join(root, f)
                    pb = os.path.join(b, os.path.relpath(pa, a))
                    if not os.path.exists(pb) or not filecmp.cmp(pa, pb, shallow=False):
                        problems.append(f"not deterministic: {os.path.relpath(pa, a)}")
            # the checked folder must equal a fresh run too
            for root, _, files in os.walk(a):
                for f in files:
                    pa = os.path.join(root, f)
                    po = os.path.join(out, os.path.relpath(pa, a))
                    if not os.path.exists(po) or not filecmp.cmp(pa, po, shallow=False):
                        problems.append(f"{out} differs from a fresh run: {os.path.relpath(pa, a)}")
        print("determinism checked")
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
