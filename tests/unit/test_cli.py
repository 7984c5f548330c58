"""The command line's exit statuses (the table of pipeline.cli, the README and --help), its
one-line errors, and its run log. The fetch statuses (0 with refusals, 3, 5) are in tests/fetch."""
from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from pipeline.cli import EXIT_STATUSES

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "raw" / "html" / "d05_parainen_hulevesihanke_yhteystiedot.html"


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "run_pipeline.py"), *args], capture_output=True, text=True,
                          cwd=cwd, timeout=300)


def run_log(out: Path) -> str:
    """The newest run log of the runs writing to out."""
    logs = sorted((out.parent / "logs").glob("run-*.log"), key=lambda p: p.stat().st_mtime_ns)
    return logs[-1].read_text(encoding="utf-8")


def one_line(proc: subprocess.CompletedProcess) -> str:
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
    return lines[0]


def test_the_readme_and_help_give_the_status_table_the_tests_assert():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = dict(re.findall(r"^\| (\d+) \| (.+) \|$", readme.split("### Exit status", 1)[1].split("\n\n")[1],
                            flags=re.M))
    assert {int(k): v for k, v in table.items()} == EXIT_STATUSES
    help_text = " ".join(run("--help").stdout.split())
    for code, meaning in EXIT_STATUSES.items():
        assert f"{code} {meaning.replace('`', '')}" in help_text


def test_the_scheduling_guide_says_what_success_is_per_status_and_alerts_on_5_and_70():
    guide = (ROOT / "docs" / "scheduling.md").read_text(encoding="utf-8")
    rows = {int(code): verdict for code, verdict in re.findall(r"^\| (\d+) \| ([^|]+?) \|", guide, flags=re.M)}
    assert set(rows) == set(EXIT_STATUSES)
    success = {code for code, verdict in rows.items() if verdict == "success"}
    assert {5, 70} <= {code for code, verdict in rows.items() if verdict == "failure, alert"}
    (unit,) = re.findall(r"^SuccessExitStatus=(.*)$", guide, flags=re.M)
    assert {0, *map(int, unit.split())} == success
    assert re.search(r"\[Unit\][^\[]*\nOnFailure=hankkeet-alert@%n\.service\n", guide)  # a [Unit] directive
    (cron,) = re.findall(r"case \$s in ([\d|]+)\)", guide)
    assert set(map(int, cron.split("|"))) == success
    runs = [line for line in guide.splitlines() if ".venv/bin/python run_pipeline.py --fetch" in line]
    assert len(runs) == 2 and all("--executor processes" in line for line in runs)


def test_invalid_config_exits_2_naming_the_key(tmp_path):
    cfg = tmp_path / "bad.yaml"
    cfg.write_text("settings:\n  executor: threads\n", encoding="utf-8")
    proc = run("--config", str(cfg), "--raw", str(tmp_path), "--out", str(tmp_path / "out"))
    assert proc.returncode == 2
    assert "settings.executor" in proc.stderr


def test_a_misspelt_source_key_exits_2_with_a_suggestion(tmp_path):
    cfg = tmp_path / "typo.yaml"
    cfg.write_text("sources:\n  - name: s\n    start_urls: ['https://example.fi/']\n    delay: 5\n", encoding="utf-8")
    proc = run("--config", str(cfg), "--raw", str(tmp_path), "--out", str(tmp_path / "out"))
    assert proc.returncode == 2
    assert one_line(proc) == "error: config key 'sources[0].delay': unknown key; did you mean 'delay_s'?"


def test_out_pointing_at_a_file_exits_2_in_one_line(tmp_path):
    (tmp_path / "raw").mkdir()
    (tmp_path / "out.txt").write_text("not a folder")
    proc = run("--raw", str(tmp_path / "raw"), "--out", str(tmp_path / "out.txt"))
    assert proc.returncode == 2
    assert one_line(proc) == f"error: output folder {tmp_path / 'out.txt'} is a file, not a folder"


@pytest.fixture
def unwritable(tmp_path) -> Path:
    """A folder this process cannot write: read-only by its mode, or (root ignores modes) one of sysfs."""
    if os.geteuid() != 0:
        folder = tmp_path / "read-only"
        folder.mkdir(mode=0o555)
        return folder
    if not Path("/sys/kernel").is_dir():
        pytest.skip("running as root without /sys: no folder root cannot write")
    return Path("/sys/kernel")


def test_out_in_a_folder_that_cannot_be_written_exits_2_in_one_line(tmp_path, unwritable):
    (tmp_path / "raw").mkdir()
    proc = run("--raw", str(tmp_path / "raw"), "--out", str(unwritable))
    assert proc.returncode == 2
    assert one_line(proc) == f"error: output folder {unwritable} cannot be written: Permission denied"


def test_tables_that_would_break_the_contract_exit_4_and_the_previous_ones_stand(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    shutil.copy(PAGE, raw / "page.html")
    assert run("--raw", str(raw), "--out", str(out), "-q").returncode == 0
    before = (out / "documents.parquet").read_bytes()
    (part,) = (out / ".parts").rglob("*.json")  # what the next run reuses: give it a status no contract allows
    part.write_text(part.read_text(encoding="utf-8").replace('"status": "ok"', '"status": "fine"'), encoding="utf-8")
    proc = run("--raw", str(raw), "--out", str(out), "-q")
    assert proc.returncode == 4
    line = one_line(proc)
    assert line.startswith("error: tables break the contract in pipeline/schema.py: documents: The cell \"fine\"")
    assert (out / "documents.parquet").read_bytes() == before
    assert "Traceback" in run_log(out).split("error: tables break the contract", 1)[1]


def test_an_internal_error_exits_70_with_one_line_and_the_traceback_in_the_log(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    shutil.copy(PAGE, raw / "page.html")
    out.mkdir()
    (out / ".parts").write_text("a file where the part store's folder belongs")
    proc = run("--raw", str(raw), "--out", str(out), "-q")
    assert proc.returncode == 70
    line = one_line(proc)
    assert line.startswith("error: internal error: NotADirectoryError: ") and "the traceback is in " in line
    log = run_log(out)
    assert "ERROR pipeline.runlog: error: internal error: NotADirectoryError" in log
    assert "Traceback (most recent call last):" in log and "atomic_write" in log


def test_ctrl_c_exits_130_in_one_line_and_loses_nothing(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    for i in range(40):  # long enough a run to be interrupted in the middle
        shutil.copy(PAGE, raw / f"page{i:02}.html")
    proc = subprocess.Popen([sys.executable, str(ROOT / "run_pipeline.py"), "--raw", str(raw), "--out", str(out), "-q"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    deadline = time.monotonic() + 120
    while "[2/40] documents done" not in "".join(p.read_text() for p in tmp_path.glob("logs/*.log")):
        assert proc.poll() is None and time.monotonic() < deadline, "the run ended before it could be interrupted"
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 130, stderr
    assert one_line(subprocess.CompletedProcess([], 130, stdout, stderr)) == (
        "error: interrupted; the documents read so far are kept, and the next run reuses them")
    assert "ERROR pipeline.runlog: error: interrupted" in run_log(out)
    again = run("--raw", str(raw), "--out", str(out), "-q")
    assert again.returncode == 0, again.stderr
    processed = int(re.search(r"; (\d+) processed\)", again.stdout).group(1))
    assert processed <= 38  # what was read before Ctrl-C was kept


def test_missing_raw_folder_exits_2(tmp_path):
    proc = run("--raw", str(tmp_path / "nope"), "--out", str(tmp_path / "out"))
    assert proc.returncode == 2 and "does not exist" in proc.stderr


def test_unknown_flag_exits_2(tmp_path):
    assert run("--frobnicate").returncode == 2


def test_a_failed_document_exits_1_and_is_listed(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(PAGE, raw / "good.html")
    (raw / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <<>>\n")
    out = tmp_path / "out"
    proc = run("--raw", str(raw), "--out", str(out), "-q")
    assert proc.returncode == 1, proc.stderr
    assert "documents: 1 ok, 1 error" in proc.stdout
    assert "broken.pdf" in proc.stdout
    log = run_log(out)  # the summary and every failure with its reason
    assert "INFO pipeline.runlog: documents: 1 ok, 1 error" in log
    assert "INFO pipeline.runlog:   failed: raw/broken.pdf: damaged PDF" in log
    docs = pd.read_parquet(out / "documents.parquet").set_index("source_url")
    assert docs.loc["raw/broken.pdf", "status"] == "error"
    assert docs.loc["raw/broken.pdf", "error"].startswith("damaged PDF")
    assert docs.loc["raw/good.html", "n_projects"] == 1
    assert len(pd.read_parquet(out / "projects.parquet")) == 1
