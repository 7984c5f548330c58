"""`run_pipeline.py --fetch` as a scheduled job meets it: exit status, lock, run log, file modes."""
from __future__ import annotations

import json
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from fetch_server import CORPUS, corpus_files, start

from pipeline.fetch.lock import LockBusy, run_lock

ROOT = Path(__file__).resolve().parents[2]
PAGE = "txt/d06_tunturilappi_hankerekisteri.txt"


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "run_pipeline.py"), *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=300, umask=0o022)


def config(work: Path, base: str, *paths: str, max_depth: int = 0) -> str:
    cfg = work / "config.yaml"
    cfg.write_text(f"""
settings:
  raw_dir: {work / 'raw'}
  out_dir: {work / 'out'}
sources:
  - name: local
    start_urls: {json.dumps([base + p for p in paths])}
    allow: ["{base}/"]
    follow: ['\\.(html|pdf|txt)$']
    max_depth: {max_depth}
    delay_s: 0
    backoff_s: 0.01
""", encoding="utf-8")
    return str(cfg)


def run_log(work: Path) -> str:
    logs = sorted((work / "logs").glob("run-*.log"), key=lambda p: p.stat().st_mtime_ns)
    return logs[-1].read_text(encoding="utf-8")


def test_a_second_fetch_on_the_same_raw_is_refused_but_readers_share(tmp_path):
    with run_lock(tmp_path, exclusive=False), run_lock(tmp_path, exclusive=False):
        with pytest.raises(LockBusy, match="already using"):
            with run_lock(tmp_path, exclusive=True):
                pass
    with run_lock(tmp_path), pytest.raises(LockBusy):
        with run_lock(tmp_path, exclusive=False):
            pass


def test_a_run_refused_by_the_lock_exits_3_and_logs_it(site, tmp_path):
    cfg = config(tmp_path, site.base, "/" + PAGE)
    (tmp_path / "raw").mkdir()
    with run_lock(tmp_path / "raw"):
        busy = cli("--config", cfg, "--fetch", "-q")
    assert busy.returncode == 3 and busy.stderr.strip().splitlines() == [
        f"error: another pipeline run is already using {tmp_path / 'raw'}/ (it holds the lock); "
        "this run exits without doing anything"]
    assert "ERROR pipeline.runlog: error: another pipeline run is already using" in run_log(tmp_path)
    assert not (tmp_path / "out" / "documents.parquet").exists()


def test_refusals_are_not_failures_and_gone_is_one_count(site, tmp_path):
    cfg = config(tmp_path, site.base, "/" + PAGE, "/private/secret.html", "/faults/missing.html")
    first = cli("--config", cfg, "--fetch", "-q")
    assert first.returncode == 0, first.stdout + first.stderr
    assert "fetch: 1 new or changed, 0 not modified, 0 gone, 1 not found, 1 skipped, 0 failed" in first.stdout
    assert "documents: 1 ok, 0 error, 0 unchanged, 0 gone, 1 not_found, 1 skipped" in first.stdout
    docs = pd.read_parquet(tmp_path / "out" / "documents.parquet").set_index("source_url")
    assert docs["status"].to_dict() == {site.base + "/" + PAGE: "ok", site.base + "/private/secret.html": "skipped",
                                        site.base + "/faults/missing.html": "not_found"}
    log = run_log(tmp_path)
    assert f"INFO pipeline.fetch.crawl: skipped {site.base}/private/secret.html: disallowed by robots.txt" in log
    assert "pipeline.runlog: documents: 1 ok, 0 error" in log and "tables written to" in log
    # whatever the service's umask did before, what it writes is readable by the analysts' group and others
    written = [p for p in (tmp_path / "out").iterdir() if p.is_file()] + [
        p for p in (tmp_path / "raw").rglob("*") if p.is_file() and p.suffix in (".txt", ".sqlite")]
    assert {stat.S_IMODE(p.stat().st_mode) for p in written} == {0o644}, written

    page = site.root / PAGE
    kept = page.read_bytes()
    page.unlink()
    try:
        second = cli("--config", cfg, "--fetch", "-q")
    finally:
        page.write_bytes(kept)
    assert second.returncode == 0, second.stdout + second.stderr
    assert "fetch: 0 new or changed, 0 not modified, 1 gone, 1 not found, 1 skipped" in second.stdout
    assert "documents: 0 ok, 0 error, 0 unchanged, 1 gone, 1 not_found, 1 skipped" in second.stdout
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert manifest["run"]["statuses"]["gone"] == 1 and manifest["run"]["removed"] == 0
    row = pd.read_parquet(tmp_path / "out" / "documents.parquet").set_index("source_url").loc[site.base + "/" + PAGE]
    assert (row["status"], row["http_status"]) == ("gone", 404) and row["n_projects"] > 0  # the last rows stand
    report = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert f"gone: HTTP 404; last seen {row['last_seen']}" in report


def test_an_unreachable_source_exits_5_and_its_host_is_given_up(tmp_path):
    root = tmp_path / "site"
    for rel in corpus_files()[:8]:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(CORPUS / rel, root / rel)
    server, site = start(root)
    cfg = config(tmp_path, site.base, "/", max_depth=1)
    try:
        first = cli("--config", cfg, "--fetch", "-q")
    finally:
        server.shutdown()
        server.server_close()
    assert first.returncode == 0 and "fetch: 9 new or changed" in first.stdout, first.stdout + first.stderr
    t0 = time.monotonic()
    dead = cli("--config", cfg, "--fetch", "-q")
    took = time.monotonic() - t0
    assert dead.returncode == 5, dead.stdout + dead.stderr
    assert f"error: source 'local' could not be reached: 127.0.0.1:{site.port}: connection failed: ConnectError" \
        in dead.stderr
    # robots.txt three times, then the host is given up: the nine known URLs are not asked
    assert "; 3 requests in" in dead.stdout and "9 failed" in dead.stdout and took < 30
    assert "documents: 0 ok, 0 error, 9 unchanged" in dead.stdout  # the last good rows stand
    log = run_log(tmp_path)
    assert f"WARNING pipeline.fetch.http: giving up on 127.0.0.1:{site.port} for this run: 3 connection failures" \
           " in a row" in log
    assert "error: source 'local' could not be reached" in log
