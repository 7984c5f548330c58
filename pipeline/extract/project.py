"""Assembling one project from its segment: every extractor, one place.

Each fact has an order of evidence, strongest first: a labelled field, then the
structure around the segment (its heading, the theme above it), then prose. The
extractors themselves know nothing about segments; this module decides which
blocks each one reads.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.data import load_yaml
from pipeline.extract import contacts as contacts_x
from pipeline.extract import evidence as evidence_x
from pipeline.extract import funding as funding_x, orgs as orgs_x
from pipeline.extract.attachments import attachments_from_blocks
from pipeline.extract.contacts import find_email_pattern
from pipeline.extract.money import find_amounts, parse_amount
from pipeline.extract.orgs import municipality_from_org, municipality_of
from pipeline.labels import labels_for
from pipeline.language import periods
from pipeline.language.names import (PROJECT_STEM, clean_name, fuller_name, is_sentence, name_after_type_word,
                                    name_at_title_end, name_from_item_title, name_in_sentence, told_name)
from pipeline.nlp import prefetch_entities
from pipeline.language.keys import name_key
from pipeline.language.orgnames import owner_in_title
from pipeline.parse.blocks import Block, Document, one_line
from pipeline.parse.fields import inline_fields
from pipeline.records import Funding, Organisation, Period, Project
from pipeline.segment import Segment, status_of

@dataclass(frozen=True)
class DocContext:
    """What the whole document says that applies to each of its projects."""

    email_pattern: str | None = None
    publisher_municipality: str | None = None
    page_blocks: tuple[Block, ...] = ()  # the whole document, for titles given elsewhere on the page


@cache
def _fields_rules() -> dict:
    return load_yaml("fields.yaml")


_UNIT = re.compile(r"\(?\s*(?:€|eur|euroa|euro)\s*\)?", re.I)


def _norm(label: str | None) -> str:
    """A label for lookup: case, a trailing colon and a currency unit ignored
    ("Myönnetty tuki (€)" is "myönnetty tuki")."""
    return " ".join(_UNIT.sub(" ", one_line(label or "").lower()).split()).rstrip(":.").strip()


def _in(label: str | None, *fields: str) -> bool:
    return _norm(label) in labels_for(*fields)


# -- name ---------------------------------------------------------------------

def _name(seg: Segment) -> tuple[str, list[str], Period | None]:
    name, period = clean_name(seg.title)
    aliases: list[str] = []
    item = name_from_item_title(seg.title) or name_at_title_end(seg.title)
    if item:
        name = clean_name(item)[0]
    elif is_sentence(seg.title):
        inner = name_in_sentence(seg.title)
        if inner:
            name = clean_name(inner)[0]
            fuller = fuller_name(name, [b.text for b in _prose(seg)])
            if fuller:
                aliases.append(name)
                name = fuller
    # A news section headed by a teaser ("Keskustan pyöräreitit kuntoon") names its
    # project in the text ("Pyöräillen Iisalmeen -hanke on …"): the text wins.
    if seg.kind == "section" and period is None:
        mentioned = next((n for b in _prose(seg)[:1] if (n := name_in_sentence(b.text))
                          and one_line(b.text).startswith(n) or (n := name_after_type_word(b.text))), None)
        if mentioned and not _related(mentioned, name):
            aliases.append(name)
            name = clean_name(mentioned)[0]
    # A news post headed by its news ("Kyläyhdistys kunnostaa kylätalonsa") names its
    # one project in the text ("Hanke on nimeltään …", "X-hanke toteutetaan …"): the text wins.
    if seg.kind == "page" and not item and not PROJECT_STEM.search(seg.title):
        told = told_name([b.text for b in _prose(seg)])
        if told and not _same_or_part(name_key(told), name_key(name)):
            aliases.append(name)
            name = clean_name(told)[0]
    # A fuller inner title right below the heading wins; the short one is an alias. A
    # title the page does not show as a block (a <title>) has nothing right below it.
    at = next((i for i, b in enumerate(seg.blocks) if one_line(b.text) == one_line(seg.title)), None)
    for b in seg.blocks[at + 1:at + 4] if at is not None else []:
        if b.kind == "heading":
            inner, inner_period = clean_name(b.text)
            if inner != name and len(inner) > len(name) and _same_start(inner, name):
                aliases.append(name)
                name, period = inner, inner_period or period
            break
        if b.kind not in ("field",):
            break
    return name, aliases, period


def _same_or_part(a: str, b: str) -> bool:
    """Two name keys of which one holds the other."""
    return a in b or b in a


def _related(a: str, b: str) -> bool:
    """Two names of one project: one starts with the other, case and punctuation aside."""
    ka, kb = name_key(a), name_key(b)
    return bool(ka and kb) and (ka.startswith(kb) or kb.startswith(ka) or ka.split()[0] == kb.split()[0])


def _same_start(inner: str, name: str) -> bool:
    """An inner title continues the short one: it starts with its words, the last
    one possibly inflected ("Kirkkojärven kosteikko" / "Kirkkojärven kosteikon …")."""
    a, b = inner.lower().split(), name.lower().split()
    if len(a) < len(b) or not b:
        return False
    return a[:len(b) - 1] == b[:-1] and a[len(b) - 1][:max(4, len(b[-1]) - 2)] == b[-1][:max(4, len(b[-1]) - 2)]


# -- period -------------------------------------------------------------------

def _period(seg: Segment, heading_period: Period | None) -> Period | None:
    start: Period | None = None
    end: Period | None = None
    for b in seg.blocks:
        if b.kind != "field":
            continue
        kind = periods.period_label_kind(b.label or "")
        if kind is None:
            continue
        p = periods.parse_period(b.text, b.label)
        if p is None:
            continue
        if kind == "period":
            return p
        if kind == "start" and start is None:
            start = p
        if kind == "end" and end is None:
            end = p
    if start or end:
        return Period(
            start=start.start if start else None,
            start_precision=start.start_precision if start else None,
            end=end.end if end else None,
            end_precision=end.end_precision if end else None,
            text=" / ".join(p.text for p in (start, end) if p),
            warnings=[w for p in (start, end) if p for w in p.warnings],
        )
    for b in _prose(seg):  # a period line without a colon: "Toteutusaika 2019–2021"
        label = periods.leading_period_label(b.text)
        if label and len(b.text.split()) <= 12 and (p := periods.parse_period(b.text[len(label):].strip(" :"), label)):
            return p
    if heading_period is not None:
        return heading_period
    for b in _prose(seg):
        p = periods.find_period(b.text)
        if p is not None:
            return p
    return None


def _prose(seg: Segment) -> list[Block]:
    return [b for b in seg.blocks if b.kind in ("paragraph", "list_item") and b.region == "main"]


# -- status, category, summary -------------------------------------------------

def _status(seg: Segment) -> str | None:
    for b in seg.blocks:
        if b.kind == "field" and _in(b.label, "status"):
            st = status_of(b.text)
            if st:
                return st
    for b in seg.blocks:
        if b.kind in ("paragraph", "field", "list_item") and status_of(b.text):
            return status_of(b.text)
    return seg.status


def _category(seg: Segment) -> str | None:
    for b in seg.blocks:
        if b.kind == "field" and _in(b.label, "category"):
            return one_line(b.text) or None
    return seg.category


def _summary(seg: Segment) -> str | None:
    for b in seg.blocks:
        if b.kind == "field" and _in(b.label, "summary"):
            first = b.text.split("\n")[0]
            return one_line(first) or None
    min_words = _fields_rules()["summary_min_words"]
    for b in _prose(seg):
        if b.kind == "paragraph" and len(b.text.split()) >= min_words:
            return one_line(b.text)
    return None


# -- money --------------------------------------------------------------------

def _funding(seg: Segment, orgs: list[Organisation]) -> tuple[list[Funding], float | None, list[str]]:
    """Funding rows, the budget and the table warnings of a segment.

    Funders found here are organisations too: they are appended to `orgs`.
    """
    rows: list[Funding] = []
    budget: float | None = None
    warnings: list[str] = []
    for b in seg.blocks:
        if b.kind == "table" and b.rows:
            table = funding_x.funding_from_table(b.rows)
            if table is not None:
                rows.extend(table.rows)
                warnings.extend(table.warnings)
                if table.total is not None and budget is None:
                    budget = table.total
    # Funders named in a table are organisations only when they name one (an EU
    # fund, an authority); a row label such as "Kuntaraha" or "OUKA" is not.
    for f in rows:
        orgs.extend(o for o in orgs_x.orgs_from_field("Rahoittaja", f.funder) if _is_known_funder(o.name))
    fields = [b for b in seg.blocks if b.kind == "field"]
    funder_names = [o.name for b in fields if _in(b.label, "funder", "funder_or_grant")
                    for o in orgs_x.orgs_from_field("Rahoittaja", b.text)]
    if not funder_names:  # a list's lead-in: "X on myöntänyt tukea seuraaville hankkeille"
        funder_names = [o.name for o in orgs if o.role == "funder"][:1]
    consumed: set[int] = set()
    has_budget_label = any(_in(b.label, "budget") for b in fields)
    for b in fields:
        if _in(b.label, "applied_amount", "measure_cost"):
            consumed.add(id(b))
        elif _in(b.label, "funding_total") and len(funder_names) == 1:
            # "Julkinen rahoitus yhteensä" beside a single "Rahoittaja" is that funder's grant
            consumed.add(id(b))
            amount = parse_amount(b.text)
            if amount:
                rows.append(Funding(funder=funder_names[0], amount_eur=amount))
                if budget is None and not has_budget_label:
                    budget = amount
        elif (named := _FUND_GRANT.match(one_line(b.label or ""))) and (grant := _amount_and_share(b.text)):
            # "EAKR-tuki €: 86 400": the label names the fund that granted it
            consumed.add(id(b))
            rows.append(Funding(funder=named.group(1), amount_eur=grant[0], share_pct=grant[1]))
            orgs.append(Organisation(named.group(1), "funder"))
        elif (share_of := _share_of_org(b.label)) and (grant := _amount_and_share(b.text)):
            # "Esimerkki-Leader ry:n osuus €: 45 000": the label names whose money it is
            consumed.add(id(b))
            rows.append(Funding(funder=share_of, amount_eur=grant[0], share_pct=grant[1]))
            orgs.append(Organisation(share_of, "funder"))
        elif _in(b.label, "grant_amount", "funder_or_grant") and (grant := _amount_and_share(b.text)) is not None:
            # a bare amount under a grant label ("Tuki €: 70 000 €", "72 000 € (80 %)");
            # a sentence under the same label is read as prose below
            consumed.add(id(b))
            if funder_names:
                rows.append(Funding(funder=funder_names[0], amount_eur=grant[0], share_pct=grant[1]))
        elif _in(b.label, "budget") and (broken_down := funding_x.total_and_parts(b.text)):
            # "Budjetti: 241 612,50 €" over one line per payer that adds up to it
            consumed.add(id(b))
            budget = budget if budget is not None else broken_down[0]
            rows.extend(Funding(funder=name, amount_eur=amount) for name, amount in broken_down[1])
        elif (stated := funding_x.budget_from_text(b.label, b.text)) is not None:
            if len(find_amounts(b.text)) == 1:
                consumed.add(id(b))  # "100 000 €, josta X ry:n osuus 70 000 €" is read for its parts too
            budget = budget if budget is not None else stated
    for b in seg.blocks:
        if id(b) in consumed:
            continue
        if b.kind == "paragraph" and b.region == "main" and budget is None:
            budget = funding_x.budget_from_text(None, b.text)
        if b.kind in ("paragraph", "list_item") and b.region == "main" or b.kind == "field":
            for phrase, f in funding_x.funding_from_text(b.text):
                if not f.funder:
                    continue
                f.funder = orgs_x.to_nominative(f.funder)
                rows.append(f)
                orgs.append(Organisation(f.funder, "funder"))
    return _dedupe_funding(rows), budget, warnings


# a grant column or field named for its fund: "EAKR-tuki €", "ESR-avustus", "Leader-tuki"
_FUND_GRANT = re.compile(r"^([A-ZÅÄÖ][\w+]*(?:-[A-ZÅÄÖ][\w+]*)*)-(?:tuki|avustus|rahoitus)\b(?:\s*\(?€\)?)?\s*:?$")
# a column or field of one organisation's money: "Esimerkki ry:n osuus €", "Esimerkkilän
# kaupungin rahoitusosuus", "Exempelby kommuns andel"
_ORG_SHARE = re.compile(r"^(?P<org>.+?(?::n|:s|n|s))\s+(?:rahoitus)?(?:osuus|tuki|avustus|andel|bidrag)\b"
                        r"(?:\s*\(?€\)?)?\s*:?$", re.I)


def _share_of_org(label: str | None) -> str | None:
    """The organisation a money label names as the payer, in the nominative, or None."""
    m = _ORG_SHARE.match(one_line(label or ""))
    if not m:
        return None
    org = m.group("org")
    if org.endswith((":n", ":s")):
        nominative = org[:-2]
    elif org.endswith("s") and orgs_x.is_organisation(org[:-1]):
        nominative = org[:-1]  # a Swedish genitive ("Exempelby kommuns")
    else:
        nominative = orgs_x.to_nominative(org)
    return nominative if orgs_x.is_named_organisation(nominative) else None


_TRAILING_SHARE = re.compile(r"\s*\(\s*(\d{1,3}(?:[,.]\d+)?)\s*%\s*\)\s*$")


def _amount_and_share(value: str) -> tuple[float, float | None] | None:
    """A field value that is an amount, with the share in brackets after it if any."""
    m = _TRAILING_SHARE.search(value)
    amount = parse_amount(value[:m.start()] if m else value)
    if amount is None:
        return None
    return amount, (float(m.group(1).replace(",", ".")) if m else None)


def _is_known_funder(name: str) -> bool:
    return any(re.search(p, name, re.I) for p in _fields_rules()["table_funder_orgs"])


def _dedupe_funding(rows: list[Funding]) -> list[Funding]:
    seen = set()
    out = []
    for f in rows:
        key = (f.funder.lower(), f.year, round(f.amount_eur, 2))
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


# -- organisations --------------------------------------------------------------

def _orgs(seg: Segment) -> list[Organisation]:
    """Labelled fields first, then prose, then logo rows: the first owner wins."""
    fields: list[Organisation] = []
    prose: list[Organisation] = []
    logos: list[Organisation] = []
    role_heading: str | None = None  # a "Partners" / "Kumppanit" heading over a list
    for b in seg.blocks:
        if b.kind == "heading":
            role_heading = b.text if orgs_x.label_role(b.text) else None
        elif b.kind == "list_item" and role_heading:
            fields.extend(orgs_x.orgs_from_field(role_heading, b.text))
            continue
        if b.kind == "field":
            fields.extend(orgs_x.orgs_from_field(b.label or "", b.text))
        elif b.region == "context":  # a list's lead-in names the funder of every row
            lead, labelled = inline_fields(one_line(b.text))  # "… Avustusten myöntäjä: X."
            prose.extend(o for o in orgs_x.orgs_from_text(lead) if o.role == "funder")
            prose.extend(o for label, value in labelled for o in orgs_x.orgs_from_field(label, value)
                         if o.role == "funder")
        elif b.kind in ("paragraph", "list_item") and b.region == "main":
            if b.text:
                prose.extend(orgs_x.orgs_from_text(b.text))
            alts = [a for a in b.images if "logo" in a.lower()]
            if len(alts) >= 2:
                logos.extend(orgs_x.orgs_from_logos(alts))
    return orgs_x.merge_orgs(fields, prose, logos)


# -- municipality ---------------------------------------------------------------

def _municipality(seg: Segment, owner: str | None, ctx: DocContext, title_place: str | None = None) -> str | None:
    for b in seg.blocks:
        if b.kind == "field" and _in(b.label, "municipality"):
            return orgs_x.municipality_of(one_line(b.text))
    if title_place:
        return title_place
    if ctx.publisher_municipality:
        return ctx.publisher_municipality
    if owner:
        m = orgs_x.municipality_from_org(owner)
        if m:
            return m
    places = {m for b in _prose(seg) for m in _places(b.text)}
    if len(places) == 1:
        return places.pop()
    return None


_CAPITALISED = re.compile(r"\b[A-ZÅÄÖ][\w-]+")


def _places(text: str) -> set[str]:
    """Municipalities a text names in any inflection ("Lahden alueella" -> Lahti)."""
    return {m for w in _CAPITALISED.findall(text) if (m := orgs_x.municipality_of(w))}


# -- the project ------------------------------------------------------------------

def build_projects(segments: list[Segment], ctx: DocContext) -> list[Project]:
    """The projects of a page's segments (a segment without a name is none)."""
    prefetch_entities(c for seg in segments for c in contacts_x.name_clauses(_contact_blocks(seg)))
    return [p for p in (build_project(s, ctx) for s in segments) if p is not None]


def _contact_blocks(seg: Segment) -> list[Block]:
    """The segment's blocks without its own title (a name in a title is not a contact)."""
    return [b for b in seg.blocks if not (b.kind == "heading" and b is seg.blocks[0] and seg.kind != "page")]


def project_name(seg: Segment) -> tuple[str, list[str]]:
    """The name and aliases a segment's project gets."""
    name, aliases, _ = _name(seg)
    return _tail_after_comma(name)[0], aliases


def _tail_after_comma(name: str) -> tuple[str, str | None, str | None]:
    """(name, owner, place) of a title that ends with its owner or its place after a
    comma ("Kylätalo kuntoon, Esimerkkilän kunta", "Rantareitin kunnostus, Esimerkkilä"):
    the owner and the place are not part of the name (CONVENTIONS 2). A grant list's
    line that opens with its applicant ("Esimerkkilän kyläyhdistys ry: Kylätalo kuntoon")
    names the owner the same way (CONVENTIONS 5.2)."""
    owned = owner_in_title(name)
    if owned:
        rest, owner = owned
        return clean_name(rest)[0], owner, orgs_x.municipality_from_org(owner)
    head, sep, tail = name.rpartition(", ")
    if not sep or not head.strip():
        return name, None, None
    tail = tail.strip()
    if len(tail.split()) == 1 and orgs_x.municipality_of(tail) == tail:
        return clean_name(head)[0], None, tail
    return name, None, None


def build_project(seg: Segment, ctx: DocContext) -> Project | None:
    name, aliases, heading_period = _name(seg)
    name, title_owner, title_place = _tail_after_comma(name)
    if not name:
        return None
    orgs = _orgs(seg)
    if title_owner:
        orgs = orgs_x.merge_orgs([Organisation(title_owner, "owner")], orgs)
    funding, budget, warnings = _funding(seg, orgs)
    orgs = [o for o in orgs_x.merge_orgs(orgs) if o.name]
    owner = orgs_x.owner_of(orgs)
    period = _period(seg, heading_period)
    project = Project(
        name=name,
        aliases=aliases,
        owner=owner,
        municipality=_municipality(seg, owner, ctx, title_place),
        period=period or Period(),
        status=_status(seg),
        category=_category(seg),
        summary=_summary(seg),
        budget_eur=budget,
        contacts=contacts_x.contacts_from_blocks(_contact_blocks(seg), email_pattern=ctx.email_pattern,
                                                 page_blocks=list(ctx.page_blocks)),
        funding=funding,
        organisations=orgs,
        attachments=attachments_from_blocks(seg.blocks),
        warnings=warnings + (period.warnings if period else []),
    )
    # evidence: the text behind every value, for analysts to check (extract/evidence.py)
    project.evidence = evidence_x.collect(project, seg.blocks, ctx.page_blocks, seg.title)
    project.confidence = seg.confidence
    return project


def attach_labelled_contacts(projects: list[Project], blocks: list[Block], ctx: DocContext) -> None:
    """A shared "Lisätietoja" box that labels each person with a project's name
    ("Pyöräillen Iisalmeen: liikenneinsinööri Sami Korhonen, p. …") gives that
    project its contact, wherever on the page the box stands."""
    by_name = {name_key(p.name): p for p in projects}
    for p in projects:
        for alias in p.aliases:
            by_name.setdefault(name_key(alias), p)
    for b in blocks:
        project = by_name.get(name_key(b.label or "")) if b.kind == "field" else None
        if project is None:
            continue
        box = Block(kind="field", label="Lisätietoja", text=b.text, links=b.links, page=b.page, region=b.region)
        known = {name_key(c.name) for c in project.contacts}
        for c in contacts_x.contacts_from_blocks([box], email_pattern=ctx.email_pattern):
            if name_key(c.name) not in known:
                project.contacts.append(c)


def document_context(doc: Document) -> DocContext:
    """What the whole page says for each of its projects: the e-mail pattern, the publisher's municipality."""
    pattern = find_email_pattern(doc.text()) or find_email_pattern(doc.meta.get("footer", ""))
    publisher = None
    candidates = doc.meta.get("publisher", "").split("\n")
    if not any(c.strip() for c in candidates):
        # No page metadata (PDF, text): a letterhead line such as "Hämeenlinnan
        # kaupunki" above the title names the publisher.
        candidates = [line for b in doc.blocks[:3] if b.kind in ("paragraph", "heading") for line in b.text.split("\n")]
    for candidate in candidates:
        candidate = one_line(candidate)
        if candidate:
            # a municipality's own name or organisation, not a name that merely contains
            # one ("EURA 2021 – Hankehaku" is a register, not Eura)
            publisher = municipality_from_org(candidate) or (
                municipality_of(candidate) if len(candidate.split()) == 1 else None)
            if publisher:
                break
    return DocContext(email_pattern=pattern, publisher_municipality=publisher, page_blocks=tuple(doc.blocks))
