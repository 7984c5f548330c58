"""The same run on every executor gives byte-identical tables.

Where a document is processed (this process, a local pool, a Dask cluster) must
never change what lands in the tables: results arrive in a different order from
parallel workers, and the writer must not care. A small subset of raw/ (HTML, PDF,
text and one broken PDF, so the error row travels through each executor too)
keeps this fast; the Dask run uses an in-process LocalCluster.
"""
from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from pipeline.config import load_config
from pipeline.run import run
from pipeline.schema import TABLES

SUBSET = ("html/d01_pargas_avslutade_projekt.html", "html/d05_parainen_hulevesihanke_yhteystiedot.html",
          "pdf/d09_tuusula_ruokamatkailu_hankesuunnitelma.pdf", "txt/d06_tunturilappi_hankerekisteri.txt")


@pytest.fixture(scope="module")
def subset(raw_dir: Path, tmp_path_factory) -> Path:
    raw = tmp_path_factory.mktemp("raw")
    for rel in SUBSET:
        (raw / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(raw_dir / rel, raw / rel)
    (raw / "pdf" / "broken.pdf").write_bytes(b"%PDF-1.4\nthis is not a PDF body\n%%EOF\n")
    return raw


def _run(raw: Path, out: Path, executor: str) -> dict[str, bytes]:
    settings = dataclasses.replace(load_config(None), raw_dir=raw, out_dir=out, executor=executor, workers=2)
    summary = run(settings, progress=False)
    assert summary.processed == len(SUBSET) + 1
    assert [url for url, _ in summary.errors] == [f"{raw.name}/pdf/broken.pdf"]
    return {f"{name}.{ext}": (out / f"{name}.{ext}").read_bytes() for name in TABLES for ext in ("parquet", "csv")}


@pytest.fixture(scope="module")
def inline_tables(subset: Path, tmp_path_factory) -> dict[str, bytes]:
    tables = _run(subset, tmp_path_factory.mktemp("inline"), "inline")
    assert tables["projects.csv"].count(b"\n") > 3  # the subset really yields projects
    return tables


@pytest.mark.parametrize("executor", ["processes", "dask"])
def test_tables_identical_to_inline(executor: str, subset: Path, inline_tables: dict[str, bytes], tmp_path: Path):
    tables = _run(subset, tmp_path, executor)
    differing = [name for name, data in tables.items() if data != inline_tables[name]]
    assert not differing, f"{executor} differs from inline in {differing}"
