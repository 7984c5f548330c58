"""One pipeline run over the committed corpus, shared by the analysts' tests."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_pipeline(raw: Path, out: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "run_pipeline.py"), "--raw", str(raw), "--out", str(out), "-q",
                           *extra], capture_output=True, text=True, cwd=ROOT, timeout=600)


@pytest.fixture(scope="session")
def pipeline_runner():
    """run_pipeline, for tests that need a run of their own (conftest modules cannot be imported by name)."""
    return run_pipeline


@pytest.fixture(scope="session")
def extracted(tmp_path_factory, raw_dir) -> Path:
    out = tmp_path_factory.mktemp("analysts") / "extracted"
    proc = run_pipeline(raw_dir, out)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return out


@pytest.fixture(scope="session")
def extracted_excel_fi(tmp_path_factory, raw_dir, extracted) -> Path:
    """The same run in the excel-fi dialect; it reuses the first run's per-document parts, so it is quick."""
    out = tmp_path_factory.mktemp("analysts_fi") / "extracted"
    shutil.copytree(extracted / ".parts", out / ".parts")
    proc = run_pipeline(raw_dir, out, "--csv-dialect", "excel-fi")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return out
