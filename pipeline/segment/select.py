"""Choosing the reading: score every record, keep the reading with the best total.

A record whose probability is below the model's threshold is not a project. A
reading scores Σ (p − threshold) over the records it keeps, so one sure project
beats a page of facet sections, and five sure projects beat the one page that
lists them. A document whose best reading keeps nothing has no project.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from pipeline.parse.blocks import Document
from pipeline.segment.candidates import HINTED, Reading, readings
from pipeline.segment.features import readings_features
from pipeline.segment.model import Model, current


@dataclass
class ScoredReading:
    reading: Reading
    features: list[dict[str, float]]
    probabilities: list[float]
    threshold: float

    @property
    def kept(self) -> list[int]:
        return [i for i, p in enumerate(self.probabilities) if p >= self.threshold]

    @property
    def score(self) -> float:
        return sum(self.probabilities[i] - self.threshold for i in self.kept)


def featurise(doc: Document) -> list[tuple[Reading, list[dict[str, float]]]]:
    """Every reading of the document with its records' features (model-free: fitting reuses it)."""
    blocks, found = readings(doc)
    return list(zip(found, readings_features(found, doc, blocks)))


def score(featured: list[tuple[Reading, list[dict[str, float]]]], model: Model | None = None) -> list[ScoredReading]:
    model = model or current()
    return [ScoredReading(r, feats, [model.probability(f) for f in feats], model.threshold) for r, feats in featured]


# Two totals closer than this are a tie, which the reading listed first wins: the page
# before its parts, so that a part must beat the whole clearly (one h1 section that is
# all of the page but its contact box is the page, read with less of it).
TIE = 0.01


def best(scored: list[ScoredReading]) -> ScoredReading | None:
    """The reading with the highest total; the first listed wins a tie (the page before its parts)."""
    top = max(scored, key=lambda s: s.score, default=None)
    if top is None or top.score <= 0:
        return None
    return next(s for s in scored if s.score > 0 and s.score >= top.score - TIE)


def forced(scored: list[ScoredReading], page_type: str | None) -> ScoredReading | None:
    """The reading a source's hints impose: the records its record_selector picked, or
    the whole page for `page_type: single`; every record kept, whatever its score."""
    want = HINTED if any(s.reading.name == HINTED for s in scored) else "page" if page_type == "single" else None
    chosen = next((s for s in scored if s.reading.name == want), None)
    return replace(chosen, threshold=0.0) if chosen else None
