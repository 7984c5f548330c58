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
from functools import lru_cache

from pipeline.labels import is_label
from pipeline.language.keys import name_key
from pipeline.language.names import clean_name
from pipeline.language.periods import find_period, parse_period, split_trailing_period
from pipeline.parse.blocks import Block, Document, one_line
from pipeline.segment.candidates import Reading, Segment, page_titles
from pipeline.segment.vocab import (ITEM_TITLE, ends_with_type_word, has_type_word, is_facet, is_listing_title,
                                    is_not_project_title, is_project_word, status_of, words)

KINDS = ("page", "section", "row", "item", "record")
_MONEY = re.compile(r"\d\s*(?:€|eur\b|euro|miljoon|milj\.|M€|tuhatta)", re.I)
_CONTACT = re.compile(r"@|\(at\)|\[at\]|\b(?:puh|p|tel|tfn|phone)\.?\s*:?\s*\+?\d|\+358|\b0\d{1,3}[\s-]\d{3}", re.I)


def _log(n: int) -> float:
    return math.log1p(n) / math.log(16)  # 15 of a thing is 1.0


@lru_cache(maxsize=8192)
def _text_facts(text: str, label: str) -> tuple[bool, bool, bool, bool]:
    """(period, money, contact, project word) of one block's text."""
    t = one_line(text)[:600]
    period = bool(label and parse_period(t, label)) or find_period(t) is not None
    return (period, bool(_MONEY.search(t)), bool(_CONTACT.search(t)),
            any(is_project_word(w) for w in re.findall(r"\w+", t.lower())))


def _facts(blocks: list[Block]) -> dict[str, float]:
    period = money = contact = pword = False
    fields = 0
    for n, b in enumerate(blocks):
        if b.kind == "field" and is_label(b.label or ""):
            fields += 1
        if b.kind == "heading" or n > 40:
            continue
        p, m, c, w = _text_facts(b.text if b.kind != "table" else b.text[:600], b.label or "")
        period, money, contact, pword = period or p, money or m, contact or c, pword or w
    return {"fact: period": float(period), "fact: money": float(money), "fact: contact": float(contact),
            "fact: project word": float(pword), "fact: labelled fields": _log(fields)}


def _title(title: str) -> dict[str, float]:
    ws = words(title)
    name, period = split_trailing_period(title)
    return {
        "title: facet of a project": float(is_facet(title)),
        "title: status word": float(status_of(title) is not None),
        "title: programme or call": float(is_not_project_title(title)),
        "title: listing word": float(is_listing_title(title)),
        "title: project type word": float(has_type_word(title)),
        "title: ends with type word": float(ends_with_type_word(title)),
        "title: trailing period": float(period is not None),
        "title: minutes item": float(bool(ITEM_TITLE.match(title))),
        "title: words": _log(len(ws)),
        "title: sentence": float(len(ws) > 12 or one_line(title).endswith(".")),
        "title: empty": float(not name_key(name)),
    }


def _sub_records(blocks: list[Block], level: int) -> tuple[int, int]:
    """(headings inside, of which look like projects) below the record's own heading."""
    inner = [b for b in blocks[1:] if b.kind == "heading" and b.level > level]
    projectish = sum(1 for b in inner if not is_facet(b.text) and (has_type_word(b.text)
                                                                   or split_trailing_period(b.text)[1] is not None))
    return len(inner), projectish


def _agreement(title: str, doc: Document, blocks: list[Block]) -> float:
    """How many of the page's other title sources name the same thing."""
    key = name_key(clean_name(title)[0])
    if not key:
        return 0.0
    others = {name_key(clean_name(t)[0]) for src, t in page_titles(doc, blocks) if name_key(t) != name_key(title)}
    return _log(sum(1 for o in others if o and (key in o or o in key)))


def record_features(rec: Segment, reading: Reading, doc: Document, blocks: list[Block]) -> dict[str, float]:
    f = {f"kind: {k}": float(rec.kind == k) for k in KINDS}
    f.update(_title(rec.title))
    f.update(_facts(rec.blocks))
    inner, projectish = _sub_records(rec.blocks, rec.level if rec.kind == "section" else 0)
    f["sub: headings"] = _log(inner)
    f["sub: project-like headings"] = _log(projectish)
    siblings = reading.records
    f["siblings: count"] = _log(len(siblings) - 1)
    f["siblings: facet titles"] = sum(is_facet(s.title) for s in siblings) / len(siblings)
    f["section: level"] = rec.level / 6 if rec.kind == "section" else 0.0
    f["title: agrees with page titles"] = _agreement(rec.title, doc, blocks)
    f["place: aside"] = float(any(b.region == "aside" for b in rec.blocks[:1]))
    f["page: pdf"] = float(doc.content_type == "pdf")
    f["page: themed"] = float(rec.category is not None)
    return f


def reading_features(reading: Reading, doc: Document, blocks: list[Block]) -> list[dict[str, float]]:
    return [record_features(r, reading, doc, blocks) for r in reading.records]
