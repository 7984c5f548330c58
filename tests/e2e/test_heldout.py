"""End to end on the second corpus (tests/heldout): pages in layouts the
development corpus lacks, with gold written from CONVENTIONS.md alone.

It was held out until the first measurement (see tests/heldout/README.md); since
then it guards against rules that fit only the development corpus.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from pipeline.evaluate import FIELDS, evaluate, format_report

ROOT = Path(__file__).resolve().parents[2]
HELDOUT = ROOT / "tests" / "heldout"
FLOOR = json.loads((Path(__file__).parent / "heldout_floor.json").read_text())


def test_heldout_quality_floor(tmp_path):
    proc = subprocess.run([sys.executable, str(ROOT / "run_pipeline.py"), "--raw", str(HELDOUT / "docs"),
                           "--out", str(tmp_path), "-q"], capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    report = evaluate(HELDOUT / "gold", tmp_path)
    below = {f: (round(report.scores[f].f1, 3), FLOOR[f]) for f in FIELDS if report.scores[f].f1 + 1e-9 < FLOOR[f]}
    assert not below, f"fields below their floor (f1, floor): {below}\n{format_report(report)}"
