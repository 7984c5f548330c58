"""Finding the projects in a document: candidates → features → a fitted scorer → selection.

`candidates` proposes every reading of the document (the page as one project,
each heading level's sections, table rows, list items, label records);
`features` describes each record with named features; `model` scores them with
weights fitted by `python -m pipeline.segment.fit`; `select` keeps the reading
with the best total. `explain` returns all of it for `--explain`.
"""
from __future__ import annotations

from pipeline.parse.blocks import Document
from pipeline.segment.candidates import Reading, Segment, split_mentioned_projects
from pipeline.segment.select import ScoredReading, best, featurise, score
from pipeline.segment.vocab import rules, status_of

__all__ = ["Segment", "Reading", "ScoredReading", "segment", "explain", "rules", "status_of"]


def explain(doc: Document) -> tuple[list[ScoredReading], ScoredReading | None]:
    """Every scored reading of the document, and the one chosen (None: no project)."""
    _, featured = featurise(doc)
    scored = score(featured)
    return scored, best(scored)


def segment(doc: Document) -> list[Segment]:
    """The document's project records (possibly none), each with its confidence."""
    _, chosen = explain(doc)
    if chosen is None:
        return []
    out = []
    for i in chosen.kept:
        rec = chosen.reading.records[i]
        rec.confidence = chosen.probabilities[i]
        out.extend(split_mentioned_projects(rec) if rec.kind in ("page", "section") else [rec])
    return out
