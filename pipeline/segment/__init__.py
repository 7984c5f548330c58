"""Finding the projects in a document: candidates → features → a fitted scorer → selection.

`candidates` proposes every reading of the document (the page as one project,
each heading level's sections, table rows, list items, label records);
`features` describes each record with named features; `model` scores them with
weights fitted by `python -m pipeline.segment.fit`; `select` keeps the reading
with the best total. `explain` returns all of it for `--explain`.
"""
from __future__ import annotations

import re
from functools import cache

from pipeline.data import load_yaml
from pipeline.language.names import ITEM_NUMBER
from pipeline.parse.blocks import Document
from pipeline.segment.candidates import HINTED, Reading, Segment, split_mentioned_projects
from pipeline.segment.features import CONTACT
from pipeline.segment.select import ScoredReading, best, featurise, forced, score
from pipeline.segment.vocab import rules, status_of

__all__ = ["Segment", "Reading", "ScoredReading", "segment", "explain", "records", "page_type", "rules", "status_of"]


def explain(doc: Document) -> tuple[list[ScoredReading], ScoredReading | None]:
    """Every scored reading of the document, and the one chosen (None: no project)."""
    featured = featurise(doc)
    scored = score(featured)
    return scored, forced(scored, doc.meta.get("page_type")) or best(
        [s for s in scored if not (doc.meta.get("page_type") == "listing" and s.reading.name == "page")])


def records(chosen: ScoredReading | None) -> list[Segment]:
    """The project records of a chosen reading, each with its confidence; a project
    named in passing inside a page or section becomes a record of its own."""
    if chosen is None:
        return []
    out = []
    if len(chosen.kept) == 1 and chosen.reading.records[chosen.kept[0]].kind in ("section", "box"):
        _take_project_contacts(chosen)
    for i in chosen.kept:
        rec = chosen.reading.records[i]
        rec.confidence = chosen.probabilities[i]
        parts = split_mentioned_projects(rec) if rec.kind in ("page", "section") else [rec]
        for part in parts:
            part.confidence = rec.confidence
        out.extend(parts)
    return out


def _take_project_contacts(chosen: ScoredReading) -> None:
    """The one project of a page takes the contact cards of people titled for a project's
    work ("projektipäällikkö, Esimerkki ry, puh. …") that stand in the page's other
    sections: an e-mail's sign-off above its signature, a post's footer."""
    rec = chosen.reading.records[chosen.kept[0]]
    own = {id(b) for b in rec.blocks}
    rec.blocks = [*rec.blocks, *(b for i, other in enumerate(chosen.reading.records) if i not in chosen.kept
                                 for b in other.blocks
                                 if b.kind in ("paragraph", "field") and b.region == "main" and id(b) not in own
                                 and _project_role().search(b.text) and CONTACT.search(b.text))]


@cache
def _project_role() -> re.Pattern[str]:
    return re.compile(load_yaml("contacts.yaml")["project_role_title"], re.I)


def segment(doc: Document) -> list[Segment]:
    """The document's project records (possibly none)."""
    return records(explain(doc)[1])


def page_type(chosen: ScoredReading | None) -> str:
    """What the chosen reading says the page is."""
    if chosen is None:
        return "no project"
    kept = [chosen.reading.records[i] for i in chosen.kept]
    if chosen.reading.name == HINTED:
        return "listing (record_selector)"
    if any(ITEM_NUMBER.search(r.title) for r in chosen.reading.records):
        return "minutes"
    if len(kept) == 1:
        return "single project"
    return {"row": "table of projects", "item": "list of projects", "record": "register records",
            "mention": "projects named in the text"}.get(
        kept[0].kind, "listing")
