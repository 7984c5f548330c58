"""End to end on the held-out corpora (tests/heldout*): pages in
layouts the development corpus lacks, with gold written from CONVENTIONS.md alone.

Each was held out until its first measurement (see their README.md); since then
they guard against rules that fit only the development corpus.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.evaluate import FIELDS, evaluate, format_report

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("corpus", ["heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9",
                                    "heldout10", "heldout11", "heldout12"])
def test_heldout_quality_floor(tmp_path, corpus):
    held = ROOT / "tests" / corpus
    floor = json.loads((Path(__file__).parent / f"{corpus}_floor.json").read_text())
    proc = subprocess.run([sys.executable, str(ROOT / "run_pipeline.py"), "--raw", str(held / "docs"),
                           "--out", str(tmp_path), "-q"], capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    report = evaluate(held / "gold", tmp_path)
    below = {f: (round(report.scores[f].f1, 3), floor[f]) for f in FIELDS if report.scores[f].f1 + 1e-9 < floor[f]}
    assert not below, f"fields below their floor (f1, floor): {below}\n{format_report(report)}"
