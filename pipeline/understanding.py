"""Whether a document was understood: each project's confidence, the document's
confidence, and the page's reading in a few words with the reasons when it was weak.

Both confidences are logistic models over named features, fitted on the gold by
`python -m pipeline.quality fit` (weights in `pipeline/data/confidence_model.json`):
- a project's confidence is the probability that its row is a real project: from
  the segmentation model's probability for its record, which of period, owner,
  status, money and contacts were found, and what is odd about the page;
- a document's confidence is the probability that its reading is right (every
  project found, none extra, and most facts agreeing with the gold): from its
  projects' confidences, how many facts they carry, how far the chosen reading
  stood above the next one, and, when no project was found, how close one came.

A document below the fitted threshold is a weak reading: a warning naming it, the
reasons in `documents.understanding`, and an entry under "Documents to check" in
the report. So is, whatever its score, a page with a project's words and facts that
gave no project, one project with two periods each under a period label (two
projects read as one), and a page of which nothing was read (confidence 0). The reasons
are observations that explain a low score: an error page, a page with nothing to
read (no title and no project), no project on a page that looks like one, two
readings almost alike, a project without any fact, a
project named after the site, one project with several labelled periods. A
reading the source's hints forced (`record_selector`, `page_type`) is the user's
own: it keeps its confidence but is not flagged.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pipeline.extract.money import find_amounts
from pipeline.language.keys import name_key
from pipeline.language.periods import leading_period_label, parse_period, period_label_kind
from pipeline.parse.blocks import Block, Document, one_line
from pipeline.records import Project
from pipeline.segment import ScoredReading, page_type
from pipeline.segment.candidates import HINTED, page_titles
from pipeline.segment.vocab import is_error_title
from pipeline.segment.model import Model

CONFIDENCE_PATH = Path(__file__).resolve().parent / "data" / "confidence_model.json"
AMBIGUOUS_MARGIN = 0.05  # two readings whose scores differ by less than this share of the best
SEVERAL_PERIODS = 2  # labelled periods of one project that suggest several projects
NOTHING_TO_READ = "nothing to read"
LOOKS_LIKE_ONE = "no project found in a page that looks like one"
SEVERAL = "several projects read as one"
REASONS = {  # reason -> its feature name
    "error page": "error page",
    LOOKS_LIKE_ONE: "looks like a project page",
    "ambiguous": "ambiguous",
    SEVERAL: "several periods",
    "project without any fact": "project without any fact",
    "title is the site name": "title is the site name",
}
FACTS = ("period", "owner", "status", "money", "contacts")


def facts_of(p: Project) -> dict[str, bool]:
    return dict(zip(FACTS, (bool(p.period.start or p.period.end), bool(p.owner), bool(p.status),
                            p.budget_eur is not None or bool(p.funding), bool(p.contacts))))


def facts_found(p: Project) -> float:
    """The share of a project's core facts that were found."""
    return sum(facts_of(p).values()) / len(FACTS)


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
    if chosen is None and page is None:  # no project, and not even a title was found
        error = any(is_error_title(t) for _, t in page_titles(doc, doc.blocks))
        reasons.append("error page: it describes no project" if error else f"{NOTHING_TO_READ}: no title, no project")
    if chosen is None and page is not None:
        f = page.features[0]
        if f["fact: project word"] and (f["fact: period"] or f["fact: labelled fields"] or f["fact: money"]):
            reasons.append(LOOKS_LIKE_ONE)
    ranked = sorted((s for s in scored if s.score > 0), key=lambda s: -s.score)
    if len(ranked) > 1 and len(ranked[0].kept) != len(ranked[1].kept) \
            and ranked[0].score - ranked[1].score < AMBIGUOUS_MARGIN * ranked[0].score:
        reasons.append(f"ambiguous: {len(ranked[0].kept)} or {len(ranked[1].kept)} projects, "
                       f"two readings within {AMBIGUOUS_MARGIN:.0%}")
    if chosen is not None and len(chosen.kept) == 1:
        periods = {q for b in chosen.reading.records[chosen.kept[0]].blocks if (q := _labelled_period(b))}
        if len(periods) >= SEVERAL_PERIODS:
            reasons.append(f"{SEVERAL}: {len(periods)} periods, each labelled as the project's")
    if any(facts_found(p) == 0 for p in projects):
        reasons.append("project without any fact")
    sites = _site_names(doc)
    if any(name_key(p.name) in sites for p in projects):
        reasons.append("title is the site name")
    return reasons


def _labelled_period(b: Block) -> tuple | None:
    """(start, end) of a block that states a project's period under its label
    ("Toteutusaika: 1.3.2025–28.2.2027", "Hankeaika 2023–2025. Hallinnoija: …"); a date in
    running text may be anything's (a call, a meeting, a phase)."""
    if b.kind == "field":
        label, text = b.label or "", b.text
    elif b.kind in ("paragraph", "list_item"):
        label = leading_period_label(b.text) or ""
        text = b.text[len(label):]
    else:
        return None
    q = parse_period(one_line(text).strip(" :")[:80], label) if period_label_kind(label) == "period" else None
    return (q.start, q.end) if q and q.start and q.end else None


def _reason_features(reasons: list[str]) -> dict[str, float]:
    return {f"reason: {feature}": float(any(key in r for r in reasons)) for key, feature in REASONS.items()}


# The segmentation's certainty counts up to p = 0.9: beyond it a record is a project either
# way, and the facts decide how well it was read. Uncapped, a page that lost its facts
# could gain confidence through its records' certainty. Training AUC of the document
# model when the cap was chosen: 0.779 at 0.95, 0.787 at 0.9, 0.792 at 0.85; 0.9 flags
# more of the development documents read wrong than 0.85 does.
SURE = 0.9


def _logit(p: float | None) -> float:
    p = min(max(p or 0.0, 1 - SURE), SURE)
    return math.log(p / (1 - p))


def project_features(p: Project, reasons: list[str], n_projects: int) -> dict[str, float]:
    return {"segmentation: log-odds": _logit(p.confidence),
            **{f"fact: {k}": float(v) for k, v in facts_of(p).items()},
            "name: words": min(len(p.name.split()), 12) / 12,
            "page: projects (log)": math.log1p(n_projects),
            **_reason_features(reasons)}


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PATTERN = re.compile(r"(?:etunimi|förnamn|fornamn|firstname|first|forename)\W", re.I)
MIN_AMOUNT = 1000  # smaller sums are fees and prices, not a project's money


def facts_read(doc: Document, projects: list[Project]) -> float:
    """The share of the euro amounts and e-mail addresses in the page's main text that a
    project took (as a budget, a grant or a contact): a page read right leaves few behind.
    A page with none has nothing to show: 0."""
    texts = [b.text for b in doc.blocks if b.region == "main" and b.kind in ("paragraph", "list_item", "field", "table")]
    amounts = {round(m.amount) for t in texts for m in find_amounts(t) if m.amount >= MIN_AMOUNT and not m.is_range}
    emails = {e.lower().rstrip(".") for t in texts for e in _EMAIL.findall(t)
              if not _PATTERN.match(e)}  # "etunimi.sukunimi@…" tells the form of the addresses
    taken = {round(x) for p in projects for x in (p.budget_eur, *(f.amount_eur for f in p.funding)) if x}
    taken_emails = {c.email.lower() for p in projects for c in p.contacts if c.email}
    total = len(amounts) + len(emails)
    return (len(amounts & taken) + len(emails & taken_emails)) / total if total else 0.0


def document_features(doc: Document, scored: list[ScoredReading], chosen: ScoredReading | None,
                      projects: list[Project], confidences: list[float], reasons: list[str]) -> dict[str, float]:
    ranked = sorted((s.score for s in scored if s.score > 0), reverse=True)
    margin = (ranked[0] - ranked[1]) / ranked[0] if len(ranked) > 1 else 1.0
    closest = max((p for s in scored for p in s.probabilities), default=0.5)  # no record: no evidence
    facts = [facts_found(p) for p in projects]
    page = next((s.features[0] for s in scored if s.reading.name == "page"), {})
    nothing = not projects
    return {"no project": float(nothing),
            "no project: best record log-odds": _logit(closest) if nothing else 0.0,
            "no project: page names projects": float(nothing and bool(page.get("fact: project word"))),
            "no project: page has periods or money": float(nothing and bool(page.get("fact: period")
                                                                           or page.get("fact: money"))),
            "page: pdf": float(bool(page.get("page: pdf"))),
            "lowest project confidence: log-odds": _logit(min(confidences)) if confidences else 0.0,
            "mean project confidence": sum(confidences) / len(confidences) if confidences else 0.0,
            "lowest facts found": min(facts, default=0.0),
            "mean facts found": sum(facts) / len(facts) if facts else 0.0,
            "margin to the next reading": margin if chosen is not None else 0.0,
            "projects (log)": math.log1p(len(projects)),
            "page: share of its facts read": facts_read(doc, projects),
            **_reason_features(reasons)}


@dataclass(frozen=True)
class ConfidenceModels:
    project: Model
    document: Model  # its threshold: below it, a document is a weak reading

    def to_json(self) -> str:
        return json.dumps({"project": json.loads(self.project.to_json()),
                           "document": json.loads(self.document.to_json())}, indent=1, ensure_ascii=False) + "\n"

    @classmethod
    def from_dict(cls, d: dict) -> "ConfidenceModels":
        return cls(Model.from_dict(d["project"]), Model.from_dict(d["document"]))


@cache
def committed() -> ConfidenceModels:
    return ConfidenceModels.from_dict(json.loads(CONFIDENCE_PATH.read_text(encoding="utf-8")))


@dataclass
class Assessment:
    reasons: list[str]  # what is odd about the reading
    projects: list[float]  # each project's confidence, in order
    document: float  # the document's confidence
    weak: bool  # below the document threshold

    @property
    def why_weak(self) -> list[str]:
        """For a weak reading, why (its reasons, or its low confidence); else nothing."""
        if not self.weak:
            return []
        return self.reasons or [f"low confidence {self.document:.2f}"]

    def understanding(self, chosen: ScoredReading | None) -> str:
        """The page type and, for a weak reading, why: documents.understanding."""
        return "; ".join([page_type(chosen), *(f"weak: {r}" for r in self.why_weak)])


def assess(doc: Document, scored: list[ScoredReading], chosen: ScoredReading | None, projects: list[Project],
           models: ConfidenceModels | None = None) -> Assessment:
    models = models or committed()
    reasons = weak_reasons(doc, scored, chosen, projects)
    confs = [round(models.project.probability(project_features(p, reasons, len(projects))), 3) for p in projects]
    document = round(models.document.probability(document_features(doc, scored, chosen, projects, confs, reasons)), 3)
    if any(r.startswith(NOTHING_TO_READ) for r in reasons):
        document = 0.0  # a page of which nothing was read was not understood: no gold page says how often
    # a reading the source's hints chose is the user's own: it is scored, not flagged
    hinted = bool(doc.meta.get("page_type")) or (chosen is not None and chosen.reading.name == HINTED)
    # a page with a project's words and facts that gave no project is always worth a look:
    # a funding call costs the reader a glance, a project missed costs the data
    # and so is one project that states two periods of its own under their labels: two
    # projects' boxes read as one (no gold page read right does that)
    missed = LOOKS_LIKE_ONE in reasons or any(r.startswith(SEVERAL) for r in reasons)
    return Assessment(reasons, confs, document, (document < models.document.threshold or missed) and not hinted)
