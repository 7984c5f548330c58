"""Each misbehaviour of a server has an outcome: retried, failed with its reason, or refused (skipped,
not found), in the fetch log and in `documents` alike."""
from __future__ import annotations

from types import SimpleNamespace

import pandas as pd
import pytest
from fetch_server import HUGE_BYTES, PAGE, corpus_files, fetch_settings

from pipeline.config import Source
from pipeline.fetch.crawl import fetch_sources
from pipeline.fetch.store import RawStore
from pipeline.run import run

MAX_BYTES = 200_000


@pytest.fixture(scope="module")
def faults(site, tmp_path_factory):
    work = tmp_path_factory.mktemp("faults")
    source = Source(name="faults", start_urls=(site.base + "/faults/",), allow=(site.base + "/",), follow=(".",),
                    max_depth=1, delay_s=0.0, timeout_s=0.5, retries=2, backoff_s=0.05, max_bytes=MAX_BYTES)
    settings = fetch_settings(work, source)
    report = fetch_sources(settings)
    summary = run(settings, progress=False)
    docs = pd.read_parquet(settings.out_dir / "documents.parquet").set_index("source_url")
    with RawStore(settings.raw_dir) as store:
        log = {e.url: e for e in store.entries()}
    return SimpleNamespace(base=site.base + "/faults/", report=report, summary=summary, docs=docs, log=log,
                           hits=list(site.hits), raw=settings.raw_dir)


def _hits(faults, path):
    return [h for h in faults.hits if h.path == path]


def test_a_500_is_retried_and_recovers(faults):
    assert [h.status for h in _hits(faults, "/faults/flaky.html")] == [500, 200]
    row = faults.docs.loc[faults.base + "flaky.html"]
    assert row["status"] == "ok" and row["n_projects"] >= 1


def test_a_429_waits_for_retry_after(faults):
    first, second = _hits(faults, "/faults/ratelimited.html")
    assert (first.status, second.status) == (429, 200)
    assert second.at - first.at >= 0.95  # Retry-After: 1, not the 0.05 s backoff
    assert faults.docs.loc[faults.base + "ratelimited.html", "status"] == "ok"


def test_a_redirect_within_allow_is_followed(faults):
    assert faults.log[faults.base + "moved.html"].final_url.endswith("/" + PAGE)
    assert faults.docs.loc[faults.base + "moved.html", "status"] == "ok"


def test_a_redirect_outside_allow_is_refused_as_skipped(faults):
    assert not [h for h in faults.hits if h.headers.get("Host", "").startswith("localhost")]
    row = faults.docs.loc[faults.base + "moved-out.html"]
    assert row["status"] == "skipped" and "outside the source's allow list" in row["fetch_error"]
    assert pd.isna(row["error"]) and faults.log[faults.base + "moved-out.html"].status == "skipped"


def test_robots_disallow_is_never_requested_and_skipped(faults):
    url = faults.base.replace("/faults/", "/private/secret.html")
    assert not [h for h in faults.hits if h.path.startswith("/private/")]
    row = faults.docs.loc[url]
    assert (row["status"], row["fetch_error"], pd.isna(row["error"])) == ("skipped", "disallowed by robots.txt", True)
    assert (faults.log[url].status, faults.log[url].error) == ("skipped", "disallowed by robots.txt")


def test_a_link_that_was_never_there_is_not_found(faults):
    row = faults.docs.loc[faults.base + "missing.html"]
    assert (row["status"], row["http_status"], row["fetch_error"]) == ("not_found", 404, "not found: HTTP 404")
    assert pd.isna(row["error"]) and pd.isna(row["last_seen"]) and row["n_projects"] == 0
    assert faults.log[faults.base + "missing.html"].status == "not_found"


def test_an_endpoint_slower_than_the_timeout_is_retried_then_skipped(faults):
    assert len(_hits(faults, "/faults/slow.html")) == 3  # retries=2
    row = faults.docs.loc[faults.base + "slow.html"]
    assert row["status"] == "error" and row["error"].startswith("timed out after 0.5 s")
    assert faults.log[faults.base + "slow.html"].status == "error"


def test_a_response_over_the_size_limit_is_stopped_not_retried(faults):
    assert HUGE_BYTES > MAX_BYTES and len(_hits(faults, "/faults/huge.html")) == 1
    row = faults.docs.loc[faults.base + "huge.html"]
    assert row["status"] == "error" and f"{MAX_BYTES} byte limit" in row["error"]
    assert not list(faults.raw.rglob("huge*"))


def test_a_pdf_served_as_text_html_is_read_as_pdf(faults):
    entry = faults.log[faults.base + "pdf-as-html"]
    assert entry.content_type.startswith("text/html") and entry.kind == "pdf" and entry.path.endswith(".pdf")
    row = faults.docs.loc[faults.base + "pdf-as-html"]
    assert row["status"] == "ok" and row["content_type"] == "pdf" and row["n_projects"] >= 1


def test_failures_are_reported_apart_from_refusals_and_the_run_goes_on(faults):
    assert {u for u, _ in faults.report.failed} == {faults.base + p for p in ("slow.html", "huge.html")}
    assert {u for u, _ in faults.report.skipped} == {faults.base + "moved-out.html",
                                                     faults.base.replace("/faults/", "/private/secret.html")}
    assert [u for u, _ in faults.report.not_found] == [faults.base + "missing.html"]
    assert faults.report.unreachable == []
    assert faults.summary.statuses == {"ok": 5, "error": 2, "unchanged": 0, "gone": 0, "not_found": 1, "skipped": 2}
    assert faults.summary.exit_code == 1  # the two that could not be read, not the refusals


def test_requests_to_one_host_are_spaced_by_the_delay(site, tmp_path):
    urls = tuple(f"{site.base}/{rel}" for rel in corpus_files()[:3])
    source = Source(name="paced", start_urls=urls, allow=(site.base + "/",), max_depth=0, delay_s=0.3)
    site.clear()
    report = fetch_sources(fetch_settings(tmp_path, source))
    assert sorted(report.fetched) == sorted(urls)
    times = [h.at for h in site.hits]
    assert len(times) == 4  # robots.txt and three documents
    assert all(b - a >= 0.29 for a, b in zip(times, times[1:]))
