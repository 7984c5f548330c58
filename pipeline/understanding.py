"""Whether a document was understood: each project's confidence, and the page's
reading in a few words with the reason when it was weak.

A project's confidence is the segmentation model's probability that its record is
a project, discounted when few of its facts were found: p × (½ + ½ × the share of
period, owner, status, money and contacts that it has). A reading is weak when
no project was found on a page that looks like one, when two readings of the page
score almost alike, when a project has none of those facts, or when a project is
named after the site that publishes it, or when one project's text gives several
periods (a listing read as one page). Each weak reading is a warning naming the
document, and the documents table keeps it in `understanding`.
"""
from __future__ import annotations

from pipeline.language.keys import name_key
from pipeline.language.periods import find_period
from pipeline.parse.blocks import Document, one_line
from pipeline.records import Project
from pipeline.segment import ScoredReading, page_type

AMBIGUOUS_MARGIN = 0.05  # two readings whose scores differ by less than this share of the best
SEVERAL_PERIODS = 2  # distinct periods in one project's text that suggest several projects


def facts_found(p: Project) -> float:
    """The share of a project's core facts that were found."""
    facts = (p.period.start or p.period.end, p.owner, p.status, p.budget_eur is not None or p.funding, p.contacts)
    return sum(bool(f) for f in facts) / len(facts)


def confidence(p: Project) -> float | None:
    if p.confidence is None:
        return None
    return round(p.confidence * (0.5 + 0.5 * facts_found(p)), 3)


def _site_names(doc: Document) -> set[str]:
    """What the page calls its site: the publisher, the part of <title> after a separator."""
    names = {one_line(n) for n in doc.meta.get("publisher", "").split("\n") if n.strip()}
    for sep in (" | ", " – ", " - ", " :: "):
        if doc.title and sep in doc.title:
            names.add(doc.title.rsplit(sep, 1)[1])
    return {name_key(n) for n in names if name_key(n)}


def weak_reasons(doc: Document, scored: list[ScoredReading], chosen: ScoredReading | None,
                 projects: list[Project]) -> list[str]:
    reasons = []
    page = next((s for s in scored if s.reading.name == "page"), None)
    if chosen is None and page is not None:
        f = page.features[0]
        if f["fact: project word"] and (f["fact: period"] or f["fact: labelled fields"] or f["fact: money"]) \
                and not f["page: error page"]:
            reasons.append("no project found in a page that looks like one")
    ranked = sorted((s for s in scored if s.score > 0), key=lambda s: -s.score)
    if len(ranked) > 1 and len(ranked[0].kept) != len(ranked[1].kept) \
            and ranked[0].score - ranked[1].score < AMBIGUOUS_MARGIN * ranked[0].score:
        reasons.append(f"ambiguous: {len(ranked[0].kept)} or {len(ranked[1].kept)} projects, "
                       f"two readings within {AMBIGUOUS_MARGIN:.0%}")
    if chosen is not None and len(chosen.kept) == 1:
        periods = {(q.start, q.end) for b in chosen.reading.records[chosen.kept[0]].blocks
                   if b.kind in ("paragraph", "list_item", "field") and (q := find_period(b.text))}
        if len(periods) >= SEVERAL_PERIODS:
            reasons.append(f"one project with {len(periods)} periods: several projects read as one?")
    if any(facts_found(p) == 0 for p in projects):
        reasons.append("project without any fact")
    sites = _site_names(doc)
    if any(name_key(p.name) in sites for p in projects):
        reasons.append("title is the site name")
    return reasons


def understanding(chosen: ScoredReading | None, reasons: list[str]) -> str:
    return "; ".join([page_type(chosen), *(f"weak: {r}" for r in reasons)])
