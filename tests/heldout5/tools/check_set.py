#!/usr/bin/env python3
"""Consistency checks for set5 (exit 1 on a problem).

- every gold file parses, names an existing document, and every document has a gold file;
- values have the right shape (ISO dates, precisions, statuses, E.164 phones, lower-case e-mails);
- the owner appears among the organisations with role owner, every funding funder with role funder;
- traceability: each project name, owner, contact name, amount, phone and non-inferred e-mail can be
  found in the document's visible text (decoded with the charset the document declares, tags removed,
  entities unescaped, whitespace normalised; e-mail "(at)" forms and number spacing are normalised).
"""
import datetime
import html
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "html"
GOLD = ROOT / "gold"
problems = []


def fail(msg):
    problems.append(msg)


def read_doc(path):
    raw = path.read_bytes()
    m = re.search(rb'charset=["\']?([A-Za-z0-9_-]+)', raw[:2000])
    enc = m.group(1).decode() if m else "utf-8"
    text = raw.decode(enc)
    return enc, text


def visible(text):
    t = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
    t = re.sub(r"(?s)<[^>]+>", " ", t)
    t = html.unescape(t)
    t = t.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", t)


def digits(s):
    return re.sub(r"\D", "", s)


def amount_forms(a):
    whole = int(a)
    cents = round((a - whole) * 100)
    s = f"{whole:,}".replace(",", " ")
    forms = [s, f"{whole:,}".replace(",", ","), str(whole)]
    if cents:
        forms = [f"{f},{cents:02d}" for f in forms] + [f"{f}.{cents:02d}" for f in forms]
    return forms


docs = {p.name: p for p in DOCS.iterdir() if p.is_file()}
golds = {p.name[:-5]: p for p in GOLD.glob("*.json")}
for d in docs:
    if d not in golds:
        fail(f"{d}: no gold file")
for g in golds:
    if g not in docs:
        fail(f"gold/{g}.json: document missing")

STATUSES = {None, "ended", "ongoing", "planned"}
# Nominatives the gold derives from inflected or coordinated forms (CONVENTIONS 5.3, 7.2); they are
# not literally in the text: "Espoon, Turun ja Oulun kaupunkien" and "Hämeen maakuntaliitolta".
DERIVED = {"Espoon kaupunki", "Turun kaupunki", "Hämeen maakuntaliitto"}
PREC = {None, "day", "month", "year"}
totals = {"docs": 0, "projects": 0, "contacts": 0, "funding": 0, "orgs": 0,
          "docs_with_contacts": 0, "docs_with_funding": 0}

for name, gpath in sorted(golds.items()):
    try:
        data = json.loads(gpath.read_text(encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        fail(f"{gpath.name}: does not parse: {e}")
        continue
    if data.get("doc") != name:
        fail(f"{gpath.name}: doc field {data.get('doc')!r} != {name!r}")
    if name not in docs:
        continue
    enc, text = read_doc(docs[name])
    vis = visible(text)
    vis_digits = digits(vis)
    vis_low = vis.lower()
    vis_mail = re.sub(r"\s*\((?:at|a)\)\s*|\s*\[at\]\s*", "@", vis_low)
    totals["docs"] += 1
    any_c = any_f = False
    for p in data["projects"]:
        totals["projects"] += 1
        pid = f"{name} / {p['name'][:40]}"
        for k in ("start_date", "end_date"):
            v = p[k]
            if v is not None:
                try:
                    datetime.date.fromisoformat(v)
                except ValueError:
                    fail(f"{pid}: bad {k} {v}")
        for k, dk in (("start_precision", "start_date"), ("end_precision", "end_date")):
            if p[k] not in PREC:
                fail(f"{pid}: bad {k}")
            if (p[k] is None) != (p[dk] is None):
                fail(f"{pid}: {k} and {dk} disagree")
        if p["start_date"] and p["end_date"] and p["start_date"] > p["end_date"]:
            fail(f"{pid}: start after end")
        if p["status"] not in STATUSES:
            fail(f"{pid}: bad status")
        # traceability of the name (or of an alias when the name is the fuller form)
        if p["name"] not in vis:
            fail(f"{pid}: name not found in document text")
        for a in p["aliases"]:
            if a not in vis:
                fail(f"{pid}: alias {a!r} not found")
        roles = {(o["name"], o["role"]) for o in p["organisations"]}
        for o in p["organisations"]:
            if o["role"] not in {"owner", "implementer", "partner", "funder"}:
                fail(f"{pid}: bad role {o['role']}")
        if p["owner"]:
            if (p["owner"], "owner") not in roles:
                fail(f"{pid}: owner not in organisations")
            if p["owner"] not in vis:
                fail(f"{pid}: owner {p['owner']!r} not in text")
        for o in p["organisations"]:
            if o["name"] not in vis and o["name"] not in DERIVED:
                fail(f"{pid}: organisation {o['name']!r} not in text")
        if p["budget_eur"] is not None:
            if not any(f in vis for f in amount_forms(p["budget_eur"])):
                fail(f"{pid}: budget {p['budget_eur']} not in text")
        for c in p["contacts"]:
            totals["contacts"] += 1
            any_c = True
            if c["name"] not in vis:
                fail(f"{pid}: contact {c['name']} not in text")
            if c["title"] and c["title"].lower() not in vis_low:
                fail(f"{pid}: title {c['title']} not in text")
            if c["organisation"] and c["organisation"] not in vis:
                fail(f"{pid}: contact org {c['organisation']} not in text")
            if c["email"]:
                if c["email"] != c["email"].lower():
                    fail(f"{pid}: e-mail not lower case")
                if not c["email_inferred"] and c["email"] not in vis_mail:
                    fail(f"{pid}: e-mail {c['email']} not in text")
                if c["email_inferred"]:
                    dom = c["email"].split("@")[1]
                    if f"etunimi.sukunimi@{dom}" not in vis_low and f"firstname.lastname@{dom}" not in vis_low \
                            and f"förnamn.efternamn@{dom}" not in vis_low:
                        fail(f"{pid}: inferred e-mail without pattern in text")
            if c["phone"]:
                if not re.fullmatch(r"\+358\d{6,12}", c["phone"]):
                    fail(f"{pid}: phone {c['phone']} not E.164")
                local = "0" + c["phone"][4:]
                if local not in vis_digits and c["phone"][1:] not in vis_digits:
                    fail(f"{pid}: phone {c['phone']} not in text")
        for f in p["funding"]:
            totals["funding"] += 1
            any_f = True
            if (f["funder"], "funder") not in roles:
                fail(f"{pid}: funder {f['funder']} not an organisation with role funder")
            if not any(x in vis for x in amount_forms(f["amount_eur"])):
                fail(f"{pid}: amount {f['amount_eur']} not in text")
        totals["orgs"] += len(p["organisations"])
    totals["docs_with_contacts"] += any_c
    totals["docs_with_funding"] += any_f
    print(f"{name}: {enc}, {len(data['projects'])} projects")

print(json.dumps(totals))
if problems:
    print("\nPROBLEMS:")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK")
