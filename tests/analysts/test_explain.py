"""`run_pipeline.py --explain FILE [--html OUT]`: how one document was read, in text
and as a page checked in a real headless Chromium."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cdp_browser import Browser, find_chromium

ROOT = Path(__file__).resolve().parents[2]
LISTING = ROOT / "raw" / "html" / "h05_sitra_kestava_arki.html"


def _explain(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "run_pipeline.py"), "--explain", *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)


def test_text_shows_blocks_readings_records_and_evidence_in_order():
    proc = _explain(str(LISTING))
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    sections = [out.index(s) for s in ("## 1. Blocks", "## 2. Page type: listing", "## 3. Records chosen",
                                       "## 4. Projects and where each value came from")]
    assert sections == sorted(sections)
    readings = out[sections[1]:sections[2]]
    assert "h3 sections: score" in readings and "chosen" in readings and "page: score" in readings
    # every record shows its probability and the features that weighed most
    assert "'MISTÄ ON KYSE?': title: facet of a project -" in readings
    assert "projects.status: exact match: 'Päättynyt'" in out


def test_a_file_that_is_not_there_is_a_usage_error():
    proc = _explain(str(ROOT / "raw" / "no_such_file.html"))
    assert proc.returncode == 2 and "is not a file" in proc.stderr


def test_html_colours_blocks_by_record_and_says_why(tmp_path):
    chromium = find_chromium()
    if chromium is None:
        pytest.skip("no Chromium: install Debian's 'chromium' package")
    page = tmp_path / "explain.html"
    proc = _explain(str(LISTING), "--html", str(page))
    assert proc.returncode == 0, proc.stderr
    with Browser(chromium) as browser:
        browser.open(page.as_uri())
        blocks = browser.evaluate("""[...document.querySelectorAll('div.b')].map(d => ({
            bg: getComputedStyle(d).backgroundColor, why: d.title, h: d.getBoundingClientRect().height}))""")
        legend = browser.evaluate("[...document.querySelectorAll('ul.legend li')].map(li => li.textContent)")
        errors = browser.console_errors()
        browser.screenshot(tmp_path / "explain.png")
    projects = [line[4:] for line in proc.stdout.splitlines() if line.startswith("### ")]
    assert errors == [], errors
    assert len(projects) >= 2 and legend == projects
    taken = [b for b in blocks if b["why"].startswith("record ")]
    assert len({b["bg"] for b in taken}) == len(projects)  # one colour per record
    assert any(b["why"] == "not in any project record" for b in blocks)
    assert all(b["h"] > 0 for b in blocks)
    assert (tmp_path / "explain.png").stat().st_size > 20_000
