"""The same run on every executor gives byte-identical tables and the same log lines.

Where a document is processed (this process, a local pool, a Dask cluster) must
never change what lands in the tables, nor what the run log says about each
document: results arrive in a different order from parallel workers, and
warnings are raised in other processes. A small subset of raw/ (HTML, PDF, text,
one page whose funding table does not add up, and one broken PDF, so the error
row travels through each executor too) keeps this fast; the Dask run uses an
in-process LocalCluster.
"""
from __future__ import annotations

import dataclasses
import logging
import shutil
from pathlib import Path

import pytest

from pipeline.config import load_config
from pipeline.run import run
from pipeline.schema import TABLES

SUBSET = ("html/d01_pargas_avslutade_projekt.html", "html/d05_parainen_hulevesihanke_yhteystiedot.html",
          "pdf/d09_tuusula_ruokamatkailu_hankesuunnitelma.pdf", "txt/d06_tunturilappi_hankerekisteri.txt",
          "html/oulu_kuntalaislahtoinen_kaupunkikehittaminen.html")


@pytest.fixture(scope="module")
def subset(raw_dir: Path, tmp_path_factory) -> Path:
    raw = tmp_path_factory.mktemp("raw")
    for rel in SUBSET:
        (raw / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(raw_dir / rel, raw / rel)
    (raw / "pdf" / "broken.pdf").write_bytes(b"%PDF-1.4\nthis is not a PDF body\n%%EOF\n")
    return raw


class _Lines(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(f"{record.levelname} {record.name}: {record.getMessage()}")


def _run(raw: Path, out: Path, executor: str) -> tuple[dict[str, bytes], list[str]]:
    """The tables, and the driver's log lines about the documents (a worker's would reach no run log)."""
    settings = dataclasses.replace(load_config(None), raw_dir=raw, out_dir=out, executor=executor, workers=2)
    handler = _Lines()
    logging.getLogger("pipeline.run").addHandler(handler)
    try:
        summary = run(settings, progress=False)
    finally:
        logging.getLogger("pipeline.run").removeHandler(handler)
    assert summary.processed == len(SUBSET) + 1
    assert [url for url, _ in summary.errors] == [f"{raw.name}/pdf/broken.pdf"]
    tables = {f"{name}.{ext}": (out / f"{name}.{ext}").read_bytes() for name in TABLES for ext in ("parquet", "csv")}
    return tables, sorted(handler.lines)


@pytest.fixture(scope="module")
def inline(subset: Path, tmp_path_factory) -> tuple[dict[str, bytes], list[str]]:
    tables, lines = _run(subset, tmp_path_factory.mktemp("inline"), "inline")
    assert tables["projects.csv"].count(b"\n") > 3  # the subset really yields projects
    page = f"{subset.name}/html/oulu_kuntalaislahtoinen_kaupunkikehittaminen.html"
    assert f"WARNING pipeline.run: {page}: funding table: years of 'ESR' sum to 664654.00, the totals column " \
           "says 664655.00" in lines  # a warning names its document
    return tables, lines


@pytest.mark.parametrize("executor", ["processes", "dask"])
def test_tables_and_log_identical_to_inline(executor: str, subset: Path, inline, tmp_path: Path):
    tables, lines = _run(subset, tmp_path, executor)
    differing = [name for name, data in tables.items() if data != inline[0][name]]
    assert not differing, f"{executor} differs from inline in {differing}"
    assert lines == inline[1]
