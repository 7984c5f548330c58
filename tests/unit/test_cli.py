"""The command line's exit codes and summary (0 all read, 1 some failed, 2 bad usage)."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "run_pipeline.py"), *args], capture_output=True, text=True,
                          cwd=cwd, timeout=300)


def test_invalid_config_exits_2_naming_the_key(tmp_path):
    cfg = tmp_path / "bad.yaml"
    cfg.write_text("settings:\n  executor: threads\n", encoding="utf-8")
    proc = run("--config", str(cfg), "--raw", str(tmp_path), "--out", str(tmp_path / "out"))
    assert proc.returncode == 2
    assert "settings.executor" in proc.stderr


def test_missing_raw_folder_exits_2(tmp_path):
    proc = run("--raw", str(tmp_path / "nope"), "--out", str(tmp_path / "out"))
    assert proc.returncode == 2 and "does not exist" in proc.stderr


def test_unknown_flag_exits_2(tmp_path):
    assert run("--frobnicate").returncode == 2


def test_a_failed_document_exits_1_and_is_listed(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(ROOT / "raw" / "html" / "d05_parainen_hulevesihanke_yhteystiedot.html", raw / "good.html")
    (raw / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <<>>\n")
    out = tmp_path / "out"
    proc = run("--raw", str(raw), "--out", str(out), "-q")
    assert proc.returncode == 1, proc.stderr
    assert "documents: 1 ok, 1 error" in proc.stdout
    assert "broken.pdf" in proc.stdout
    docs = pd.read_parquet(out / "documents.parquet").set_index("source_url")
    assert docs.loc["raw/broken.pdf", "status"] == "error"
    assert docs.loc["raw/broken.pdf", "error"].startswith("damaged PDF")
    assert docs.loc["raw/good.html", "n_projects"] == 1
    assert len(pd.read_parquet(out / "projects.parquet")) == 1
