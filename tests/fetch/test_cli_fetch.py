"""`run_pipeline.py --fetch`: the scheduled job's view, with its lock and its log file."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from pipeline.fetch.lock import LockBusy, run_lock

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "run_pipeline.py"), *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)


def test_a_second_fetch_on_the_same_raw_is_refused_but_readers_share(tmp_path):
    with run_lock(tmp_path, exclusive=False), run_lock(tmp_path, exclusive=False):
        with pytest.raises(LockBusy, match="already using"):
            with run_lock(tmp_path, exclusive=True):
                pass
    with run_lock(tmp_path), pytest.raises(LockBusy):
        with run_lock(tmp_path, exclusive=False):
            pass


def test_fetch_from_the_command_line_writes_tables_and_a_run_log(site, tmp_path):
    cfg = tmp_path / "config.yaml"
    cfg.write_text(f"""
settings:
  raw_dir: {tmp_path / 'raw'}
  out_dir: {tmp_path / 'out'}
sources:
  - name: local
    start_urls: ["{site.base}/txt/d06_tunturilappi_hankerekisteri.txt"]
    allow: ["{site.base}/"]
    follow: []
    max_depth: 0
    content_selector: null
    delay_s: 0
""", encoding="utf-8")
    (tmp_path / "raw").mkdir()
    with run_lock(tmp_path / "raw"):
        busy = cli("--config", str(cfg), "--fetch", "-q")
    assert busy.returncode == 3 and "already using" in busy.stderr
    proc = cli("--config", str(cfg), "--fetch", "-q")
    assert proc.returncode == 0, proc.stderr
    assert "fetch: 1 new or changed, 0 not modified" in proc.stdout
    docs = pd.read_parquet(tmp_path / "out" / "documents.parquet")
    assert docs["source_url"].tolist() == [f"{site.base}/txt/d06_tunturilappi_hankerekisteri.txt"]
    logs = list((tmp_path / "logs").glob("run-*.log"))
    assert len(logs) == 1 and "run log:" in logs[0].read_text()  # the refused run left none
    again = cli("--config", str(cfg), "--fetch", "-q")
    assert "fetch: 0 new or changed, 1 not modified" in again.stdout and "0 processed" in again.stdout
