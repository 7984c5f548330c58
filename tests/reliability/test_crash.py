"""Crash safety: SIGKILL while the tables are being written, a worker killed mid-document."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from concurrent.futures import BrokenExecutor
from pathlib import Path

import pandas as pd
import pytest

from pipeline.executors import SoloPool
from pipeline.schema import TABLES

ROOT = Path(__file__).resolve().parents[2]
FIRST = ("html/d05_parainen_hulevesihanke_yhteystiedot.html", "txt/d06_tunturilappi_hankerekisteri.txt")
ADDED = "html/d03_juuka_jaarakentaminen.html"


def start(raw: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(ROOT / "run_pipeline.py"), "--raw", str(raw), "--out", str(out), "-q"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=raw.parent)


def snapshot(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in out.iterdir() if p.suffix in (".parquet", ".csv")}


def kill_while_writing(raw: Path, out: Path, old_manifest: bytes) -> bool:
    """Start a run and SIGKILL it as soon as a temporary table file appears; True when the
    kill landed before the run finished writing (the manifest, written last, is still old)."""
    proc = start(raw, out)
    try:
        while proc.poll() is None:
            if any(name.endswith(".tmp") for name in os.listdir(out)):
                proc.send_signal(signal.SIGKILL)
                break
    finally:
        proc.wait()
    return (out / "manifest.json").read_bytes() == old_manifest


def test_sigkill_while_writing_leaves_previous_tables_whole(tmp_path: Path) -> None:
    raw, out, ref_raw, ref_out = tmp_path / "raw", tmp_path / "out", tmp_path / "ref" / "raw", tmp_path / "ref" / "out"
    for rel in FIRST:
        (raw / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / "raw" / rel, raw / rel)
    assert start(raw, out).wait(timeout=300) == 0
    old = snapshot(out)
    old_manifest = (out / "manifest.json").read_bytes()
    shutil.copy(ROOT / "raw" / ADDED, raw / ADDED)  # the next run has more to write
    shutil.copytree(raw, ref_raw)
    assert start(ref_raw, ref_out).wait(timeout=300) == 0
    new = snapshot(ref_out)
    assert new != old

    for _ in range(8):  # the writes take milliseconds: retry until the kill lands among them
        if kill_while_writing(raw, out, old_manifest):
            break
    else:
        pytest.fail("could not kill the run while it was writing")
    for name in TABLES:  # every table is whole: the old version or the new, never a mix
        for ext in ("parquet", "csv"):
            data = (out / f"{name}.{ext}").read_bytes()
            assert data in (old[f"{name}.{ext}"], new[f"{name}.{ext}"]), f"{name}.{ext}"
        pd.read_parquet(out / f"{name}.parquet")
    assert start(raw, out).wait(timeout=300) == 0  # the next run completes
    assert snapshot(out) == new


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _answer() -> int:
    return 42


def test_a_killed_worker_costs_only_its_call() -> None:
    """The retry pool blames a call only when its own worker dies, and lives on after it."""
    solo = SoloPool(memory_mb=None)
    try:
        with pytest.raises(BrokenExecutor):
            solo.call(_die)
        assert solo.call(_answer) == 42
    finally:
        solo.close()
