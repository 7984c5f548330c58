"""Fit the confidence models (pipeline/understanding.py) on the gold answers.

Each corpus is read with a segmentation model fitted without it, so the
confidences learn how far segmentation can be trusted on pages it has not seen,
not on pages it was fitted on. Every project row is an example for the project
model (1: it is a gold project of its document). Every document is an example for
the document model (1: its projects are exactly the gold ones and at least
RIGHT_FACTS of its facts agree with the gold). The document threshold is the
highest at which at least CHECK_PRECISION of the documents below it were read
wrong, each document scored by models fitted without its corpus: a list of
documents to check that is mostly worth checking on pages not yet seen.
"""
from __future__ import annotations

import math
import sys
from dataclasses import dataclass

from pipeline.evaluate import RIGHT_FACTS, Report, read_right, score_rows
from pipeline.explain import Explanation, read
from pipeline.normalise import project_rows, source_id_for
from pipeline.parse.document import DocInput
from pipeline.quality import Example, GoldDoc, corpora, fit, fit_logistic
from pipeline.segment.model import Model, use
from pipeline.understanding import ConfidenceModels, assess, document_features, project_features, weak_reasons

CHECK_PRECISION = 0.9  # of the documents flagged to check, at least this share must be read wrong


@dataclass
class UnseenReading:
    doc: GoldDoc
    ex: Explanation
    reasons: list[str]
    project_labels: list[int]
    right: bool


def judge(d: GoldDoc, ex: Explanation) -> tuple[list[int], bool]:
    """Whether each project is a gold project, and whether the whole document was read right."""
    path = d.path.as_posix()
    tables = project_rows(ex.projects, source_id_for(path), path)
    report = Report()
    matched = score_rows(report, d.gold, tables)
    return [int(row["project_id"] in matched) for row in tables["projects"]], read_right(report)


def unseen_readings(docs: list[GoldDoc], exs: list[Example]) -> list[UnseenReading]:
    """Every gold document read by a segmentation model fitted without its corpus."""
    out = []
    for c in corpora():
        mine = [d for d in docs if d.corpus == c]
        if not mine:
            continue
        use(fit([e for e in exs if e.doc.corpus != c], [n for n in corpora() if n != c]))
        try:
            for d in mine:
                inp = DocInput(d.path.as_posix(), d.path.suffix.lower())
                try:
                    ex = read(d.path.read_bytes(), source_id_for(inp.source_url), inp)
                except Exception as e:  # an error document (truncated, needs OCR that is not installed)
                    print(f"skipped {d.path.name}: {e}", file=sys.stderr)
                    continue
                labels, right = judge(d, ex)
                reasons = weak_reasons(ex.doc, ex.readings, ex.chosen, ex.projects)
                out.append(UnseenReading(d, ex, reasons, labels, right))
        finally:
            use(None)
    return out


# Evidence never lowers confidence: a field found, the facts found, the projects'
# confidence and a clear margin over the next reading. A feature of these the fit weighs
# below zero (money on training pages read wrong for other reasons) is left out and the
# rest refitted, so a page loses confidence when its facts go.
EVIDENCE = ("fact: ", "lowest facts found", "mean facts found", "lowest project confidence",
            "mean project confidence", "margin to the next reading", "page: share of its facts read")


def _logistic(X: list[dict[str, float]], y: list[int], meta: dict) -> Model:
    weights, bias, names = fit_logistic(X, y, EVIDENCE)
    return Model(weights, bias, 0.5, {**meta, "examples": len(y), "positives": int(sum(y)), "features": names})


def check_threshold(ps: list[float], right: list[int]) -> float:
    """The highest threshold whose flagged documents (p below it) are at least CHECK_PRECISION wrong."""
    ok = [0.0]
    for t in sorted(set(ps)):
        flagged = [r for p, r in zip(ps, right) if p < t]
        if flagged and 1 - sum(flagged) / len(flagged) >= CHECK_PRECISION:
            ok.append(t)
    return round(max(ok), 3)


def _fit_models(readings: list[UnseenReading], meta: dict) -> tuple[Model, Model]:
    """The project model, then the document model fitted on the project model's confidences."""
    pX = [project_features(p, r.reasons, len(r.ex.projects)) for r in readings for p in r.ex.projects]
    project = _logistic(pX, [lab for r in readings for lab in r.project_labels], meta)
    return project, _logistic([_document_features(project, r) for r in readings],
                              [int(r.right) for r in readings], meta)


def _document_features(project: Model, r: UnseenReading) -> dict[str, float]:
    confs = [round(project.probability(project_features(p, r.reasons, len(r.ex.projects))), 3) for p in r.ex.projects]
    return document_features(r.ex.doc, r.ex.readings, r.ex.chosen, r.ex.projects, confs, r.reasons)


def _held_out_probabilities(readings: list[UnseenReading]) -> list[float]:
    """Each document's confidence from models fitted without its corpus: the threshold is
    chosen on these, as a new page will score, not on the documents the models learnt."""
    ps = {}
    for c in dict.fromkeys(r.doc.corpus for r in readings):
        project, document = _fit_models([r for r in readings if r.doc.corpus != c], {})
        ps.update({id(r): round(document.probability(_document_features(project, r)), 3)
                   for r in readings if r.doc.corpus == c})
    return [ps[id(r)] for r in readings]


def fit_confidence(readings: list[UnseenReading], fitted_on: list[str]) -> ConfidenceModels:
    project, document = _fit_models(readings, {"fitted_on": fitted_on, "right_facts": RIGHT_FACTS})
    y = [int(r.right) for r in readings]
    ps = [round(document.probability(_document_features(project, r)), 3) for r in readings]
    held = _held_out_probabilities(readings)
    t = check_threshold(held, y)
    flagged = [r for p, r in zip(held, y) if p < t]
    return ConfidenceModels(project, Model(document.weights, document.bias, t, {
        **document.meta, "training_auc": round(auc(ps, y), 4), "held_out_auc": round(auc(held, y), 4),
        "flagged": len(flagged), "flagged_wrong": len(flagged) - sum(flagged), "wrong": len(y) - sum(y)}))


def auc(scores: list[float], right: list[int]) -> float:
    """The share of (right, wrong) pairs where the right document scores higher (ties count half)."""
    pos = [s for s, r in zip(scores, right) if r]
    neg = [s for s, r in zip(scores, right) if not r]
    if not pos or not neg:
        return math.nan
    return sum((p > n) + 0.5 * (p == n) for p in pos for n in neg) / (len(pos) * len(neg))


def loco_confidence(readings: list[UnseenReading]) -> tuple[float, float, float]:
    """Document confidence on corpora left out: each corpus scored by confidence models
    fitted on the others' readings. (ordering of right over wrong, share of flagged
    documents read wrong, share of wrong documents flagged)."""
    ps, ys, flagged = [], [], []
    for c in dict.fromkeys(r.doc.corpus for r in readings):
        models = fit_confidence([r for r in readings if r.doc.corpus != c], [])
        for r in (r for r in readings if r.doc.corpus == c):
            a = assess(r.ex.doc, r.ex.readings, r.ex.chosen, r.ex.projects, models)
            ps.append(a.document)
            ys.append(int(r.right))
            flagged.append(a.weak)
    n_flagged = sum(flagged)
    wrong_flagged = sum(f and not y for f, y in zip(flagged, ys))
    return auc(ps, ys), wrong_flagged / max(1, n_flagged), wrong_flagged / max(1, len(ys) - sum(ys))
