"""Traceability and build check for the g12 evaluation set. Exit 0 = pass.

    .venv/bin/python tools/check_set12.py            # checks, then rebuilds docs and compares bytes
    .venv/bin/python tools/check_set12.py --no-rebuild

1. Every gold file has the keys and key order of the reference gold file
   (/work/shared/corpus/gold/d05_parainen_hulevesihanke_yhteystiedot.html.json), "doc" points at an
   existing document and expect_error is false.
2. Every gold string occurs in its document's text: HTML visible text (img alt included, script/style/
   head skipped), PDF text from pdfplumber (page text, ruled-table cells, and for the two-column
   newsletter each column cropped on its own), TXT as is. Whitespace is normalised and no-break
   spaces count as spaces.
3. Values that are derived rather than copied are resolved and printed:
   - mechanically, by finding the source form in the text: E.164 phones ("040 182 6604"),
     day dates ("1.8.2023–30.6.2024", "21.2.–30.7." style ranges), amounts ("252 339,00"),
     shares ("10,45"), years, "(at)" e-mails and pattern-built e-mails (email_inferred);
   - by hand, from the DERIVED table below (nominatives, Finnish municipality names, month
     names, "€3.8 million"), whose source form must itself occur in the text.
4. Structural checks of the PDFs (pages, ruled tables, columns, embedded DejaVu font) and of the TXT
   (CRLF line ends).
5. Unless --no-rebuild: tools/make_docs.py is run again and every document must be byte-identical.
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
DOCS, GOLD = ROOT / "docs", ROOT / "gold"
REFERENCE = Path("/work/shared/corpus/gold/d05_parainen_hulevesihanke_yhteystiedot.html.json")

# (gold file, kind, gold value) -> (source form in the document, rule)
DERIVED = {
    ("g12_04_utu_flux_research_project.html.json", "start_date", "2021-10-01"):
        ("October 2021", "month name -> first day of month, precision month (CONVENTIONS 3.4-3.5)"),
    ("g12_04_utu_flux_research_project.html.json", "end_date", "2027-09-30"):
        ("September 2027", "month name -> last day of month, precision month (CONVENTIONS 3.4-3.5)"),
    ("g12_04_utu_flux_research_project.html.json", "amount", 3800000.0):
        ("€3.8 million", "'€3.8 million' -> 3800000.0 (CONVENTIONS 11.2)"),
    ("g12_04_utu_flux_research_project.html.json", "amount", 3400000.0):
        ("€3.4 million", "'€3.4 million' -> 3400000.0 (CONVENTIONS 11.2)"),
    ("g12_05_kimitoon_projekt_sv.html.json", "municipality", "Kemiönsaari"):
        ("Kimitoöns kommun – Kemiönsaaren kunta", "Finnish name of Kimitoön, nominative (CONVENTIONS 6.1)"),
    ("g12_01_iisalmi_hankkeet_ja_ajankohtaista.html.json", "owner", "Savonia-ammattikorkeakoulu"):
        ("Savonia-ammattikorkeakoulun koordinoimassa", "genitive -> nominative (CONVENTIONS 5.3)"),
    ("g12_01_iisalmi_hankkeet_ja_ajankohtaista.html.json", "org", "Savonia-ammattikorkeakoulu"):
        ("Savonia-ammattikorkeakoulun koordinoimassa", "genitive -> nominative (CONVENTIONS 5.3, 5.5)"),
    ("g12_01_iisalmi_hankkeet_ja_ajankohtaista.html.json", "org", "Itä-Suomen yliopisto"):
        ("yhteistyössä Itä-Suomen yliopiston", "genitive -> nominative (CONVENTIONS 7)"),
    ("g12_01_iisalmi_hankkeet_ja_ajankohtaista.html.json", "org", "Ylä-Savon ammattiopisto"):
        ("Ylä-Savon ammattiopiston kanssa", "genitive -> nominative (CONVENTIONS 7)"),
}
PATTERNS = ("etunimi.sukunimi", "förnamn.efternamn", "firstname.lastname")
AT_FORMS = ("(at)", " [at] ", "[at]", "(a)", " at ")
STRIPS = {"g12_08_leader_aland_nyhetsbrev.pdf": ["BYGDENS"]}  # two-column newsletter: crop at right column


class Text(HTMLParser):
    BLOCK = {"p", "br", "li", "div", "td", "th", "tr", "h1", "h2", "h3", "h4", "table", "ul", "ol",
             "section", "aside", "header", "footer", "nav", "article", "main", "dl", "dt", "dd",
             "figure", "button", "span"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "title", "head"):
            self.skip += 1
        if tag == "img" and dict(attrs).get("alt"):
            self.out.append(" " + dict(attrs)["alt"] + " ")
        if tag in self.BLOCK and tag != "span":
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title", "head"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.out.append("\n" if tag != "span" else " ")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def ws(s):
    return re.sub(r"\s+", " ", s.replace("\xa0", " ").replace("\u202f", " ")).strip()


def html_text(path):
    raw = path.read_bytes()
    m = re.search(rb'charset="?([A-Za-z0-9_-]+)', raw[:2048])
    t = Text()
    t.feed(raw.decode(m.group(1).decode() if m else "utf-8"))
    return ws("".join(t.out))


def pdf_text(path):
    parts = []
    with pdfplumber.open(path) as pdf:
        for p in pdf.pages:
            parts.append(p.extract_text() or "")
            for table in p.extract_tables():
                for row in table:
                    parts.extend(ws(c or "") for c in row)
            anchors = STRIPS.get(path.name, [])
            if anchors:
                words = p.extract_words()
                xs = [next(w["x0"] for w in words if w["text"] == a) - 1 for a in anchors]
                for x0, x1 in zip([0] + xs, xs + [p.width]):
                    parts.append(p.crop((x0, 0, x1, p.height)).extract_text() or "")
    return ws("\n".join(parts))


def doc_text(path):
    if path.suffix == ".html":
        return html_text(path)
    if path.suffix == ".pdf":
        return pdf_text(path)
    return ws(path.read_bytes().decode("utf-8"))


def fold(s):
    return s.lower().replace("ä", "a").replace("ö", "o").replace("å", "a")


def e164(s):
    s = s.strip()
    digits = re.sub(r"\D", "", s)
    if s.startswith("+"):
        return "+" + digits
    return "+358" + digits[1:] if digits.startswith("0") else None


PHONE_RE = re.compile(r"(?<![\d.])(\+?\(?\d[\d \-()]{5,}\d)(?!\d)")
NUM_RE = re.compile(r"(?<![\d.,])(\d{1,3}(?: \d{3})+|\d+)(,\d{2})?(?![\d])")


def amounts_in(txt):
    found = {}
    for m in NUM_RE.finditer(txt):
        val = float(m.group(1).replace(" ", "") + (("." + m.group(2)[1:]) if m.group(2) else ""))
        found.setdefault(val, m.group(0))
    return found


def day_sources(txt, d):
    forms = [f"{d.day}.{d.month}.{d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}"]
    hits = [f for f in forms if re.search(rf"(?<![\d.]){re.escape(f)}(?!\d)", txt)]
    m = re.search(rf"(?<![\d.]){d.day}\.{d.month}\.\s*[–-]\s*\d{{1,2}}\.\d{{1,2}}\.{d.year}", txt)
    if m:
        hits.append(m.group(0))
    return hits


def main(rebuild=True):
    problems, derived_rows = [], []
    ref_keys = json.loads(REFERENCE.read_text(encoding="utf-8")) if REFERENCE.exists() else None
    used_derived = set()

    def key_order(obj, ref, where):
        if isinstance(ref, dict):
            if list(obj.keys()) != list(ref.keys()):
                problems.append(f"{where}: keys {list(obj.keys())} != reference {list(ref.keys())}")
        for k in ("projects", "contacts", "funding", "organisations"):
            if isinstance(ref, dict) and ref.get(k) and obj.get(k):
                for i, item in enumerate(obj[k]):
                    key_order(item, ref[k][0], f"{where}.{k}[{i}]")

    gold_files = sorted(GOLD.glob("*.json"))
    doc_files = sorted(p for p in DOCS.rglob("*") if p.is_file())
    if len(gold_files) != len(doc_files):
        problems.append(f"{len(gold_files)} gold files for {len(doc_files)} documents")
    for gpath in gold_files:
        g = json.loads(gpath.read_text(encoding="utf-8"))
        gname = gpath.name
        if ref_keys is not None:
            key_order(g, ref_keys, gname)
        doc = DOCS / g["doc"]
        if not doc.exists() or gname != doc.name + ".json" or g["expect_error"] is not False:
            problems.append(f"{gname}: doc/expect_error mismatch")
            continue
        txt = doc_text(doc)
        low, digits = txt.casefold(), re.sub(r"\D", "", txt)
        amounts = amounts_in(txt)

        def derived(kind, value, auto_source=None, rule=None):
            key = (gname, kind, value)
            if key in DERIVED:
                src, why = DERIVED[key]
                used_derived.add(key)
                if ws(src) not in txt:
                    problems.append(f"{gname}: DERIVED source for {kind} {value!r} not in text: {src!r}")
                derived_rows.append((gname, kind, value, src, why))
                return True
            if auto_source:
                derived_rows.append((gname, kind, value, auto_source, rule or "auto"))
                return True
            return False

        def literal(value, ci=False):
            """whole-word occurrence: a stem inside an inflected form does not count"""
            pat = rf"(?<!\w){re.escape(value)}(?!\w)"
            return re.search(pat, txt, re.IGNORECASE if ci else 0) is not None

        def need(kind, value, ci=False):
            if value is None:
                return
            ok = literal(value, ci)
            if ok:
                if (gname, kind, value) in DERIVED:
                    problems.append(f"{gname}: {kind} {value!r} is literal but listed in DERIVED")
                return
            if not derived(kind, value):
                problems.append(f"{gname}: {kind} not traceable: {value!r}")

        def need_amount(value, kind="amount"):
            if value in amounts:
                derived(kind, value, amounts[value], "number with space thousands / decimal comma -> float")
            elif not derived(kind, value):
                problems.append(f"{gname}: {kind} not traceable: {value!r}")

        for p in g["projects"]:
            need("name", p["name"])
            for a in p["aliases"]:
                need("alias", a)
            need("owner", p["owner"])
            need("municipality", p["municipality"])
            need("category", p["category"])
            if p["budget_eur"] is not None:
                need_amount(p["budget_eur"], "budget")
            for key in ("start_date", "end_date"):
                if not p[key]:
                    continue
                d = datetime.date.fromisoformat(p[key])
                prec = p[key.replace("date", "precision")]
                if prec == "day":
                    hits = day_sources(txt, d)
                    if hits:
                        derived(key, p[key], hits[0], "d.m.yyyy -> ISO, precision day (CONVENTIONS 3.1-3.2)")
                    elif not derived(key, p[key]):
                        problems.append(f"{gname}: {key} not traceable: {p[key]}")
                elif prec == "year":
                    if str(d.year) in txt:
                        derived(key, p[key], str(d.year), "year only -> 1.1./31.12., precision year (CONVENTIONS 3.3)")
                    else:
                        problems.append(f"{gname}: {key} year not in text: {p[key]}")
                elif not derived(key, p[key]):
                    problems.append(f"{gname}: {key} not traceable: {p[key]} ({prec})")
            for c in p["contacts"]:
                need("contact", c["name"])
                need("title", c["title"], ci=True)
                need("contact organisation", c["organisation"])
                if c["email"]:
                    if c["email"] != c["email"].lower():
                        problems.append(f"{gname}: e-mail not lower case: {c['email']}")
                    if c["email_inferred"]:
                        first, last = c["name"].split(" ", 1)
                        local, domain = c["email"].split("@")
                        pat = next((pp for pp in PATTERNS if f"{pp}@{domain}" in txt), None)
                        if local == fold(first) + "." + fold(last) and pat and c["email"] not in txt:
                            derived("email", c["email"], f"{pat}@{domain}",
                                    "pattern + name, ä/ö/å folded, email_inferred (CONVENTIONS 9.3)")
                        else:
                            problems.append(f"{gname}: inferred e-mail not derivable: {c['email']}")
                    elif c["email"] in txt:
                        pass
                    else:
                        form = next((c["email"].replace("@", f) for f in AT_FORMS
                                     if c["email"].replace("@", f) in txt), None)
                        if form:
                            derived("email", c["email"], form, "obfuscated '@' repaired (CONVENTIONS 9.1)")
                        else:
                            problems.append(f"{gname}: e-mail not traceable: {c['email']}")
                if c["phone"]:
                    srcs = [m.group(1) for m in PHONE_RE.finditer(txt) if e164(m.group(1)) == c["phone"]]
                    if srcs:
                        derived("phone", c["phone"], srcs[0], "E.164, trunk 0 -> +358 (CONVENTIONS 10)")
                    elif ("0" + c["phone"][4:]) in digits or c["phone"][1:] in digits:
                        derived("phone", c["phone"], "(digits across a line break)", "E.164 (CONVENTIONS 10)")
                    else:
                        problems.append(f"{gname}: phone not traceable: {c['phone']}")
            for f in p["funding"]:
                need_amount(f["amount_eur"])
                need("funder", f["funder"], ci=True)
                if f["year"] is not None and str(f["year"]) not in txt:
                    problems.append(f"{gname}: funding year not in text: {f['year']}")
                if f["share_pct"] is not None:
                    share = f["share_pct"]
                    forms = [f"{share:.2f}".replace(".", ","), f"{share:g}".replace(".", ",") + " %",
                             f"{share:g}".replace(".", ",") + "%"]
                    hit = next((x for x in forms if x in txt), None)
                    if hit:
                        derived("share", share, hit, "share of the funding table row -> float")
                    else:
                        problems.append(f"{gname}: share not traceable: {share}")
            for o in p["organisations"]:
                need("org", o["name"], ci=True)

    for key in DERIVED:
        if key not in used_derived:
            problems.append(f"DERIVED entry not used by any gold value: {key}")

    # ---------------------------------------------------------------- structural checks
    pdfd = DOCS / "pdf"
    with pdfplumber.open(pdfd / "g12_07_kerassieppi_kylaverkko_hankesuunnitelma.pdf") as pdf:
        tables = [t for p in pdf.pages for t in p.extract_tables()]
        if len(pdf.pages) != 2 or tables != [[["Rahoituslähde", "Euroa"], ["EU ja valtio", "252 339,00"],
                                              ["Yksityinen raha", "26 113,00"], ["Talkootyö", "58 000,00"],
                                              ["Yhteensä", "336 452,00"]]]:
            problems.append(f"g12_07: expected 2 pages and one ruled budget table, got {tables!r}")
        fonts = {c["fontname"] for p in pdf.pages for c in p.chars}
        if not any("DejaVu" in f for f in fonts):
            problems.append(f"g12_07: DejaVu Sans not embedded ({fonts})")
    with pdfplumber.open(pdfd / "g12_08_leader_aland_nyhetsbrev.pdf") as pdf:
        page = pdf.pages[0]
        x = next(w["x0"] for w in page.extract_words() if w["text"] == "BYGDENS") - 1
        left = page.crop((0, 0, x, page.height)).extract_text()
        right = page.crop((x, 0, page.width, page.height)).extract_text()
        if len(pdf.pages) != 1 or "Matskolan" not in left or "Projekt Höja" not in right or "Matskolan" in right:
            problems.append("g12_08: expected one page with two text columns")
    with pdfplumber.open(pdfd / "g12_09_leader_aland_forordade_projekt.pdf") as pdf:
        per_page = [p.extract_tables() for p in pdf.pages]
        if len(pdf.pages) != 2 or not all(per_page) or per_page[1][0][0][0] != "Sökande":
            problems.append("g12_09: the ruled table must continue on page 2 with its header repeated")
        rows = [r for tabs in per_page for t in tabs for r in t if r[0] != "Sökande"]
        if len(rows) != 6:
            problems.append(f"g12_09: expected 6 decision rows, got {len(rows)}")
    raw = (DOCS / "txt" / "g12_10_bisnes_lande_uutiskirje.txt").read_bytes()
    if b"\r\n" not in raw or raw.count(b"\n") != raw.count(b"\r\n"):
        problems.append("g12_10: expected CRLF line ends throughout")

    # ---------------------------------------------------------------- report
    print("DERIVED values (gold value <- source form in the document):")
    for gname, kind, value, src, why in derived_rows:
        print(f"  {gname[:40]:40} {kind:13} {str(value)[:44]:44} <- {src!r}  [{why}]")
    print(f"{len(derived_rows)} derived values, {len(DERIVED)} of them from the hand-written DERIVED table")

    if rebuild:
        before = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in doc_files}
        subprocess.run([sys.executable, str(ROOT / "tools" / "make_docs.py")], check=True,
                       stdout=subprocess.DEVNULL)
        after = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in doc_files}
        changed = [p.name for p in doc_files if before[p] != after[p]]
        if changed:
            problems.append(f"make_docs.py is not byte-stable: {changed}")
        else:
            print(f"rebuild: {len(doc_files)} documents byte-identical")

    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(rebuild="--no-rebuild" not in sys.argv))
