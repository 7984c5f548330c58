"""report.html in a real headless Chromium: the charts render and the console stays clean."""
from __future__ import annotations

import re

import pytest

from cdp_browser import Browser, find_chromium

SVG_STATS = """[...document.querySelectorAll('svg')].map(s => {
  const r = s.getBoundingClientRect();
  return {w: r.width, h: r.height, marks: s.querySelectorAll('path, rect, use').length,
          texts: s.querySelectorAll('text').length};
})"""


@pytest.fixture(scope="module")
def chromium() -> str:
    binary = find_chromium()
    if binary is None:
        pytest.skip("no Chromium: install Debian's 'chromium' package (needs root and apt-get to do it here)")
    return binary


def test_report_renders_charts_without_console_errors(extracted, chromium, tmp_path):
    page = extracted / "report.html"
    assert page.exists()
    with Browser(chromium) as browser:
        browser.open(page.as_uri())
        svgs = browser.evaluate(SVG_STATS)
        headings = browser.evaluate("[...document.querySelectorAll('h2')].map(h => h.id)")
        failed_rows = browser.evaluate("document.querySelectorAll('#sources ~ table tbody tr').length")
        errors = browser.console_errors()
        browser.screenshot(tmp_path / "report.png")
    assert errors == [], errors
    assert len(svgs) == 2, svgs  # the timeline and the funding chart
    for svg in svgs:
        assert svg["w"] > 300 and svg["h"] > 150, svg
        assert svg["marks"] > 20 and svg["texts"] > 5, svg  # bars and axis labels actually drawn
    assert {"check", "sources", "coverage", "timeline", "funding", "warnings"} <= set(headings)
    assert failed_rows >= 17
    assert (tmp_path / "report.png").stat().st_size > 20_000


def test_report_is_self_contained_and_deterministic(extracted):
    page = (extracted / "report.html").read_text(encoding="utf-8")
    for needle in ("<script", "@import", "<iframe", "<img", "<link rel=\"stylesheet"):
        assert needle not in page.lower(), f"report.html must not load anything: found {needle!r}"
    loads = re.findall(r'(?:src|href)\s*=\s*"(?!data:|#)[^"]*"|url\((?!#)', page)
    assert loads == [], loads
    from pipeline.report import render
    import pyarrow.parquet as pq
    from pipeline.schema import TABLES
    again = render({name: pq.read_table(extracted / f"{name}.parquet") for name in TABLES})
    assert again == page  # same tables, same bytes: no run time inside


def test_report_lists_failed_documents_with_reasons(tmp_path, raw_dir, pipeline_runner):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "broken.pdf").write_bytes(b"%PDF-1.4\nnot really a pdf")
    (raw / "empty.html").write_bytes(b"")
    (raw / "page.html").write_bytes((raw_dir / "html" / "d03_juuka_jaarakentaminen.html").read_bytes())
    proc = pipeline_runner(raw, tmp_path / "out")
    assert proc.returncode == 1, proc.stderr
    page = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "Failed documents (2)" in page
    assert "raw/broken.pdf" in page and "raw/empty.html" in page and "empty file" in page
