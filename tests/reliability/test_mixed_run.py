"""A run over a folder mixing every bad input with the sample corpus.

It must exit 1, list each bad document with its reason, read the hostile but
readable ones, and give exactly the same rows for the corpus documents as a run
over the corpus alone. It runs with the processes executor (2 workers, each under
the memory cap), as a nightly run would.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from pipeline.parse.ocr import NO_TEXT_LAYER, tesseract
from pipeline.schema import TABLES
from reliability import inputs as I
from reliability.test_matrix import CASES

ROOT = Path(__file__).resolve().parents[2]
# Spaces, Finnish letters and shell metacharacters: the name must pass through untouched.
ODD_NAME = "Hanke ä ö $(touch pwned); `id` & | 'x' \"y\" <z>.html"


def cli(raw: Path, out: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "run_pipeline.py"), "--raw", str(raw), "--out", str(out),
                           "-q", *extra], capture_output=True, text=True, cwd=raw.parent, timeout=600)


def tables(out: Path) -> dict[str, pd.DataFrame]:
    return {name: pd.read_parquet(out / f"{name}.parquet") for name in TABLES}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict:
    base = tmp_path_factory.mktemp("mixed")
    corpus, mixed = base / "corpus" / "raw", base / "mixed" / "raw"
    shutil.copytree(ROOT / "raw", corpus)
    shutil.copytree(ROOT / "raw", mixed)
    bad = mixed / "bad"
    bad.mkdir()
    for name, case in CASES.items():
        (bad / name).write_bytes(case.make())
    (bad / "scanned.pdf").write_bytes(I.pdf_scanned())
    (bad / "huge-30mb.html").write_bytes(I.html_huge(30))
    (bad / "500-pages.pdf").write_bytes(I.pdf_500_pages())
    (bad / ODD_NAME).write_bytes(I.project_page().encode("utf-8"))
    config = base / "config.yaml"
    config.write_text("settings:\n  executor: processes\n  workers: 2\n", encoding="utf-8")
    alone = cli(corpus, base / "corpus" / "out")
    together = cli(mixed, base / "mixed" / "out", "--config", str(config))
    assert not (mixed.parent / "pwned").exists() and not (bad / "pwned").exists()
    return {"alone": alone, "together": together, "alone_out": base / "corpus" / "out",
            "mixed_out": base / "mixed" / "out"}


def expected_outcomes() -> dict[str, tuple[str, str | None]]:
    out = {f"raw/bad/{name}": (c.status, c.error) for name, c in CASES.items()}
    out["raw/bad/scanned.pdf"] = ("ok", None) if tesseract() else ("error", NO_TEXT_LAYER)
    out["raw/bad/huge-30mb.html"] = ("ok", None)
    out["raw/bad/500-pages.pdf"] = ("ok", None)
    out[f"raw/bad/{ODD_NAME}"] = ("ok", None)
    return out


def test_exit_codes_and_the_list_of_failures(runs: dict) -> None:
    assert runs["alone"].returncode == 0, runs["alone"].stderr[-2000:]
    assert runs["together"].returncode == 1, runs["together"].stderr[-2000:]
    failed = {url: reason for url, (status, reason) in expected_outcomes().items() if status == "error"}
    for url, reason in failed.items():  # the summary names each bad document and why
        assert any(url in line and reason in line for line in runs["together"].stdout.splitlines()), (url, reason)


def test_each_bad_document_has_its_exact_outcome(runs: dict) -> None:
    docs = pd.read_parquet(runs["mixed_out"] / "documents.parquet").set_index("source_url")
    for url, (status, error) in expected_outcomes().items():
        row = docs.loc[url]
        assert (row["status"], None if pd.isna(row["error"]) else row["error"]) == (status, error), url
    assert docs.loc["raw/bad/huge-30mb.html", "n_projects"] == 1
    assert docs.loc["raw/bad/500-pages.pdf", "n_projects"] == 1
    assert docs.loc[f"raw/bad/{ODD_NAME}", "n_projects"] == 1


def test_hostile_but_readable_documents_give_their_project(runs: dict) -> None:
    projects = pd.read_parquet(runs["mixed_out"] / "projects.parquet").set_index("source_url")
    for url in ("raw/bad/huge-30mb.html", "raw/bad/500-pages.pdf", f"raw/bad/{ODD_NAME}"):
        row = projects.loc[url]
        assert (row["name"], row["owner"], str(row["start_date"]), str(row["end_date"])) == (
            I.PROJECT, I.OWNER, "2021-03-01", "2022-12-31"), url


def test_good_documents_give_exactly_the_same_rows(runs: dict) -> None:
    alone, together = tables(runs["alone_out"]), tables(runs["mixed_out"])
    corpus_ids = set(alone["documents"]["source_id"])
    assert len(corpus_ids) == len(list((ROOT / "raw").rglob("*.*")))
    for name, frame in alone.items():
        mine = together[name][together[name]["source_id"].isin(corpus_ids)].reset_index(drop=True)
        pd.testing.assert_frame_equal(mine, frame.reset_index(drop=True), check_exact=True, obj=name)
        assert len(frame) > 0, name
