"""A crawl of the served corpus gives the corpus's tables, and reruns cost almost nothing.

The tests of this module run in order on one crawl: the first run, a second run
that must be conditional and parse nothing, one page changed, one page gone.
"""
from __future__ import annotations

import time
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest
from fetch_server import CORPUS, corpus_files, fetch_settings

from pipeline.config import Settings, Source
from pipeline.fetch.crawl import fetch_sources
from pipeline.fetch.store import RawStore
from pipeline.normalise import source_id_for
from pipeline.run import run
from pipeline.schema import TABLES

IDS = {"source_id", "source_url", "project_id"}
FETCH_ONLY = {"http_status", "last_seen", "fetch_error"}


def corpus_source(site) -> Source:
    return Source(name="local", start_urls=(site.base + "/",), allow=(site.base + "/",),
                  follow=(r"\.(html|pdf|txt)$",), max_depth=1, delay_s=0.0)


def comparable(out: Path, name: str, drop_sources: set[str] = frozenset()) -> list[str]:
    """A table's rows without the ids derived from the document's name (URL or path), as sorted strings."""
    df = pd.read_parquet(out / f"{name}.parquet")
    df = df[~df["source_id"].isin(drop_sources)] if "source_id" in df else df
    ids = [c for c in df.columns if df[c].map(lambda v: isinstance(v, str) and v[:4] in ("prj_", "doc_")).any()]
    df = df.drop(columns=[c for c in df.columns if c in IDS | FETCH_ONLY or c in ids])
    return sorted(repr(sorted(r.items())) for r in df.astype(object).where(df.notna(), None).to_dict("records"))


def snapshot(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.parquet"))}


@pytest.fixture(scope="module")
def first(site, tmp_path_factory):
    work = tmp_path_factory.mktemp("crawl")
    settings = fetch_settings(work, corpus_source(site))
    t0 = time.perf_counter()
    report = fetch_sources(settings)
    fetch_s = time.perf_counter() - t0
    summary = run(settings, progress=False)
    print(f"\nfirst run: fetch {fetch_s:.2f} s, extraction {summary.extraction_seconds:.2f} s, "
          f"total {summary.seconds:.2f} s")
    return SimpleNamespace(settings=settings, report=report, summary=summary, tables=snapshot(settings.out_dir),
                           hits=list(site.hits))


def test_crawl_fetches_every_page_and_pdf_and_refuses_the_rest(first, site):
    wanted = {f"{site.base}/{rel}" for rel in corpus_files()}
    assert wanted <= set(first.report.fetched)
    assert first.report.failed == []
    outside = f"http://localhost:{site.port}/"
    assert [u for u, _ in first.report.refused if u.startswith(outside)], "the link to another host was followed"
    assert not [h for h in first.hits if h.headers.get("Host", "").startswith("localhost")]
    assert first.summary.processed == len(wanted) + 1  # and the index page
    for hit in first.hits:
        assert hit.headers["User-Agent"].startswith("hankkeet-pipeline/") and "+http" in hit.headers["User-Agent"]
    with RawStore(first.settings.raw_dir) as store:
        pdf = store.get(f"{site.base}/pdf/d08_metropolia_hanke_esite.pdf")
        assert pdf.http_status == 200 and pdf.etag and pdf.sha256 and pdf.kind == "pdf"
        assert pdf.path == f"127.0.0.1_{site.port}/pdf/d08_metropolia_hanke_esite.pdf"


def test_crawl_gives_the_tables_of_the_corpus_folder(first, site, tmp_path):
    reference = Settings(raw_dir=CORPUS, out_dir=tmp_path / "ref", executor="inline")
    run(reference, progress=False)
    index_page = {source_id_for(site.base + "/")}
    for name in TABLES:
        assert comparable(first.settings.out_dir, name, index_page) == comparable(reference.out_dir, name), name
    docs = pd.read_parquet(first.settings.out_dir / "documents.parquet")
    assert docs["source_url"].str.startswith(site.base).all()
    assert (docs["http_status"] == 200).all() and docs["last_seen"].isna().all()


def test_second_run_is_conditional_and_parses_nothing(first, site):
    site.clear()
    report = fetch_sources(first.settings)
    assert report.fetched == [] and report.failed == [] and len(report.not_modified) == len(corpus_files()) + 1
    assert site.hits and all("If-None-Match" in h.headers and h.status == 304 for h in site.hits)
    summary = run(first.settings, progress=False)
    print(f"\nsecond run: extraction {summary.extraction_seconds:.3f} s, total {summary.seconds:.2f} s")
    assert summary.processed == 0
    assert summary.changes == {"new": 0, "changed": 0, "unchanged": len(corpus_files()) + 1, "removed": 0}
    assert snapshot(first.settings.out_dir) == first.tables


def test_touching_one_page_reextracts_that_page_alone(first, site):
    rel = "html/d03_juuka_jaarakentaminen.html"
    page = site.root / rel
    page.write_bytes(page.read_bytes().replace(b"</body>", "<!-- päivitetty --></body>".encode()))
    report = fetch_sources(first.settings)
    assert report.fetched == [f"{site.base}/{rel}"]
    summary = run(first.settings, progress=False)
    assert summary.processed == 1 and summary.changes["changed"] == 1


def test_a_page_that_is_gone_keeps_its_rows_marked(first, site):
    rel = "pdf/d09_tuusula_ruokamatkailu_hankesuunnitelma.pdf"
    url = f"{site.base}/{rel}"
    (site.root / rel).unlink()
    report = fetch_sources(first.settings)
    assert report.gone == [(url, "gone: HTTP 404")] and report.not_found == []
    summary = run(first.settings, progress=False)
    assert summary.exit_code == 0 and summary.statuses["gone"] == 1
    out = first.settings.out_dir
    docs = pd.read_parquet(out / "documents.parquet").set_index("source_url")
    row = docs.loc[url]
    assert row["status"] == "gone" and row["http_status"] == 404 and row["fetch_error"] == "gone: HTTP 404"
    assert isinstance(row["last_seen"], str) and row["last_seen"][:4].isdigit()
    projects = pd.read_parquet(out / "projects.parquet")
    before = pd.read_parquet(pd.io.common.BytesIO(first.tables["projects.parquet"]))
    sid = source_id_for(url)
    assert (projects["source_id"] == sid).sum() == (before["source_id"] == sid).sum() > 0
