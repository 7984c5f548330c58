"""Named features of a candidate record.

Every feature is a number in [0, 1] (or a small log count) with a name a person
can read, so a score is explained by its largest contributions. They describe
the record's title (a project name, a facet of a project, a theme, a listing),
the facts inside it (period, money, labelled fields, contacts, sub-records), its
siblings in the reading, and the page it sits on.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from pipeline.data import load_yaml
from pipeline.labels import is_contact_label, is_label
from pipeline.language.keys import name_key
from pipeline.language.names import ITEM_NUMBER, clean_name, is_sentence, name_in_sentence
from pipeline.language.orgnames import is_organisation, owner_in_title
from pipeline.language.periods import find_period, parse_period, split_trailing_period
from pipeline.parse.blocks import Block, Document, one_line
from pipeline.segment.candidates import Reading, Segment, page_titles
from pipeline.segment.vocab import (content_type, ends_with_type_word, has_plural_type_word, has_type_word, is_company_aid,
                                    is_decision_body, is_facet, is_listing_title, is_not_project_title, is_project_word,
                                    status_of, words)

KINDS = ("page", "section", "row", "item", "record", "box", "mention")
_MONEY = re.compile(r"\d\s*(?:€|eur\b|euro|miljoon|milj\.|M€|tuhatta)", re.I)
CONTACT = re.compile(r"@|\(at\)|\[at\]|\b(?:puh|p|tel|tfn|phone)\.?\s*:?\s*\+?\d|\+358|\b0\d{1,3}[\s-]\d{3}", re.I)


def _log(n: int) -> float:
    return math.log1p(n) / math.log(16)  # 15 of a thing is 1.0


@cache
def _role_cues() -> re.Pattern[str]:
    """The prose cues of an organisation's role ("X hallinnoi", "rahoittaa"), from the organisations' data."""
    patterns = (re.sub(r"\(\?P<\w+>", "(?:", c["pattern"]) for c in load_yaml("orgs.yaml")["cues"])
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


@lru_cache(maxsize=8192)
def _text_facts(text: str, label: str) -> tuple[bool, bool, bool, bool, bool]:
    """(period, money, contact, project word, organisation role) of one block's text."""
    t = one_line(text)[:600]
    period = bool(label and parse_period(t, label)) or find_period(t) is not None
    return (period, bool(_MONEY.search(t)), bool(CONTACT.search(t)),
            any(is_project_word(w) for w in re.findall(r"\w+", t.lower())), bool(_role_cues().search(t)))


def _table_money(b: Block) -> bool:
    """A table whose header names euros over cells with numbers ("Euroa", "Avustus €")."""
    header = " ".join(b.rows[0]).lower() if b.rows else ""
    return bool(re.search(r"€|\beur|euro|summa|avustus|tuki", header)) and any(
        re.search(r"\d\s?\d{3}", c) for row in b.rows[1:] for c in row)


def _facts(blocks: list[Block]) -> dict[str, float]:
    period = money = contact = pword = role = badge = False
    fields = 0
    for n, b in enumerate(blocks):
        if b.kind == "field" and is_label(b.label or "") and not is_contact_label(b.label or ""):
            fields += 1  # a project's facts; a contact is a fact of its own
        if b.kind == "heading" or n > 40:
            continue
        if b.kind == "table":
            money = money or _table_money(b)
        badge = badge or (len(b.text.split()) <= 4 and status_of(b.text) is not None)
        p, m, c, w, r = _text_facts(b.text[:600], b.label or "")
        period, money, contact, pword, role = period or p, money or m, contact or c, pword or w, role or r
    kicker = content_type(blocks)
    return {"fact: period": float(period), "fact: money": float(money), "fact: contact": float(contact),
            "fact: project word": float(pword), "fact: labelled fields": _log(fields),
            "fact: organisation role": float(role), "fact: status badge": float(badge),
            # one signal with its sign: a card typed as a project (+1) or as news or an event (-1)
            "kicker: content type": {"project": 1.0, "other": -1.0}.get(kicker or "", 0.0)}


def _title(title: str) -> dict[str, float]:
    ws = words(title)
    name, period = split_trailing_period(title)
    headline = is_sentence(title) and name_in_sentence(title) is not None
    return {
        "title: facet of a project": float(is_facet(title)),
        "title: status word": float(status_of(title) is not None),
        "title: programme or call": float(is_not_project_title(title)),
        "title: listing word": float(is_listing_title(title)),
        # a headline that names a project has its type word too: the two are told apart
        "title: project type word": float(has_type_word(title) and not headline),
        "title: plural type word": float(has_plural_type_word(title)),
        "title: headline naming a project": float(headline),
        "title: ends with type word": float(ends_with_type_word(title)),
        "title: trailing period": float(period is not None),
        # the whole title an organisation ("Esimerkkilän kunta" on a report's cover), not a
        # project with its owner after it ("Kylätalo kuntoon, Esimerkkilän kunta",
        # "Päätös X -hankkeen rahoituksesta / Esimerkkilän kunta")
        "title: organisation name": float((is_organisation(one_line(title)) or is_decision_body(title))
                                          and not has_type_word(title) and not re.search(r", | / ", title)),
        # a list line that names the project's owner ("Esimerkki ry: Kylätalo kuntoon")
        "title: names its owner": float(owner_in_title(one_line(title)) is not None),
        "title: minutes item": float(bool(ITEM_NUMBER.search(title))),
        "title: minutes item about another matter": float(bool(ITEM_NUMBER.search(title)) and not has_type_word(title)),
        "title: minutes item naming a project": float(bool(ITEM_NUMBER.search(title)) and has_type_word(title)),
        "title: words": _log(len(ws)),
        "title: sentence": float(len(ws) > 12 or one_line(title).endswith(".")),
        "title: empty": float(not name_key(name)),
    }


def _sub_records(blocks: list[Block], level: int) -> tuple[int, int]:
    """(headings inside, of which look like projects) below the record's own heading."""
    inner = [i for i, b in enumerate(blocks) if i and b.kind == "heading" and b.level > level]
    projectish = sum(1 for i in inner if not is_facet(blocks[i].text) and _projectish_heading(blocks, i))
    return len(inner), projectish


def _projectish_heading(blocks: list[Block], i: int) -> bool:
    """A heading that reads as a project's: a type word, a period, its owner after the name
    ("Kylätalo kuntoon, Esimerkkilän kunta"), or a status badge right below it."""
    text = blocks[i].text
    after = blocks[i + 1] if i + 1 < len(blocks) else None
    return (has_type_word(text) or split_trailing_period(text)[1] is not None
            or owner_in_title(one_line(text)) is not None
            or after is not None and after.kind == "paragraph" and len(after.text.split()) <= 3
            and status_of(after.text) is not None)


@dataclass(frozen=True)
class _Page:
    """What the page says, the same for every record of every reading: computed once."""

    titles: tuple[str, ...]  # every title the page offers (candidates.page_titles)
    facts: dict[str, float]  # the facts of all its blocks
    n_blocks: int
    pdf: bool
    titled_as_list: bool  # its h1 (or document title) names several projects


def _page(doc: Document, blocks: list[Block]) -> _Page:
    titles = tuple(t for _, t in page_titles(doc, blocks))
    h1 = next((b.text for b in blocks if b.kind == "heading" and b.level == 1), doc.title or "")
    return _Page(titles, _facts(blocks), len(blocks), doc.content_type == "pdf",
                 is_listing_title(h1) or has_plural_type_word(h1))


def _agreement(title: str, page: _Page) -> float:
    """How many of the page's other title sources name the same thing."""
    key = name_key(clean_name(title)[0])
    if not key:
        return 0.0
    others = {name_key(clean_name(t)[0]) for t in page.titles if name_key(t) != name_key(title)}
    return _log(sum(1 for o in others if o and (key in o or o in key)))


def _has_facts(f: dict[str, float]) -> bool:
    return bool(f["fact: period"] or f["fact: money"] or f["fact: labelled fields"] or f.get("title: trailing period"))


def record_features(rec: Segment, reading: Reading, page: _Page) -> dict[str, float]:
    f = {f"kind: {k}": float(rec.kind == k) for k in KINDS}
    f.update(_title(rec.title))
    f.update(_facts(rec.blocks))
    # an item of minutes is a project's only when it says what a project's is
    # (a whole page that mentions company aid somewhere is not about it: only its title counts)
    body = "" if rec.kind == "page" else " ".join(b.text for b in rec.blocks[:40] if b.kind != "heading")[:4000]
    f["fact: aid to a company"] = float(is_company_aid(rec.title, body, rec.category))
    f["title: minutes item without project facts"] = float(
        bool(f["title: minutes item"]) and not (f["fact: period"] or f["fact: money"] or f["fact: project word"]))
    inner, projectish = _sub_records(rec.blocks, rec.level if rec.kind == "section" else 0)
    f["sub: headings"] = _log(inner)
    f["sub: project-like headings"] = _log(projectish)
    f["siblings: count"] = _log(len(reading.records) - 1)
    f["section: level"] = rec.level / 6 if rec.kind == "section" else 0.0
    f["title: agrees with page titles"] = _agreement(rec.title, page)
    # the items or rows a heading or lead-in announces as projects ("Rahoitetut hankkeet",
    # "Rahoitusta myönnettiin seuraaville hankkeille:", "The following projects were funded")
    f["place: introduced as projects"] = float(has_plural_type_word(rec.lead))
    f["place: aside"] = float(any(b.region == "aside" for b in rec.blocks[:1]))
    f["place: share of the page"] = min(1.0, len(rec.blocks) / max(1, page.n_blocks))
    f["page: pdf"] = float(page.pdf)
    f["page: themed"] = float(rec.category is not None)
    if rec.kind != "page":
        f["page: titled as a list"] = float(page.titled_as_list)
        f["page: facts outside the record"] = float(_has_facts(page.facts) and not _has_facts(f))
    return f


def readings_features(readings: list[Reading], doc: Document, blocks: list[Block]) -> list[list[dict[str, float]]]:
    """The features of every record of every reading of one document."""
    page = _page(doc, blocks)
    return [_reading_features(r, page) for r in readings]


def _reading_features(reading: Reading, page: _Page) -> list[dict[str, float]]:
    feats = [record_features(r, reading, page) for r in reading.records]
    with_facts = sum(_has_facts(f) for f in feats)
    facets = sum(f["title: facet of a project"] for f in feats)
    for f in feats:
        own = _has_facts(f)
        f["siblings: share with facts"] = (with_facts - own) / max(1, len(feats) - 1) if len(feats) > 1 else 0.0
        f["siblings: share of facet titles"] = (facets - f["title: facet of a project"]) / max(1, len(feats) - 1) \
            if len(feats) > 1 else 0.0
    return feats
