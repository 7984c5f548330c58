"""The segmentation and confidence models: the committed weights are what the fit
script gives on the committed gold, and every corpus keeps its leave-one-out score (a model fitted
without a corpus, scored on it: the honest figure for pages not yet seen)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipeline.evaluate import format_report
from pipeline.quality import corpora, loco, macro_f1, main
from pipeline.segment.model import MODEL_PATH
from pipeline.understanding import CONFIDENCE_PATH

FLOOR = json.loads((Path(__file__).parent / "loco_floor.json").read_text())
needs_ocr = pytest.mark.skipif(shutil.which("tesseract") is None,
                               reason="the scanned corpus document is read by OCR (Tesseract not installed)")


@needs_ocr
def test_committed_models_are_the_fit_of_the_committed_gold(tmp_path):
    out, conf = tmp_path / "model.json", tmp_path / "confidence.json"
    assert main(["fit", "--out", str(out), "--confidence-out", str(conf)]) == 0
    assert json.loads(out.read_text()) == json.loads(MODEL_PATH.read_text()), \
        "pipeline/data/segment_model.json is stale: run `make fit` and commit it"
    assert json.loads(conf.read_text()) == json.loads(CONFIDENCE_PATH.read_text()), \
        "pipeline/data/confidence_model.json is stale: run `make fit` and commit it"


@needs_ocr
def test_leave_one_corpus_out_keeps_its_floor():
    assert set(FLOOR) == set(corpora())
    reports = loco(list(corpora()))
    below = {}
    for name, report in reports.items():
        got = {"projects": report.scores["projects"].f1, "macro": macro_f1(report)}
        below.update({f"{name} {k}": (round(v, 3), FLOOR[name][k]) for k, v in got.items()
                      if v + 1e-9 < FLOOR[name][k]})
    assert not below, f"corpora below their leave-one-out floor (f1, floor): {below}\n" + "\n".join(
        f"{n}\n{format_report(r)}" for n, r in reports.items())
