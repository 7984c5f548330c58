"""The README's worked example end to end: a listing of boxes without headings, then
the hints that say how to read it, then one right row per box."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[2]
RAW = ROOT / "tests" / "hints" / "raw"
HINTS = """settings:
  folders:
    kunta:
      record_selector: div.nosto
      title_selector: p.otsikko
"""


def _run(tmp_path: Path, config: str) -> tuple[subprocess.CompletedProcess, Path]:
    (tmp_path / "config.yaml").write_text(config, encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, str(ROOT / "run_pipeline.py"), "--config", str(tmp_path / "config.yaml"),
                           "--raw", str(RAW), "--out", str(out), "-q"], capture_output=True, text=True, cwd=ROOT,
                          timeout=300)
    return proc, out


def test_without_hints_the_page_is_one_wrong_row_and_a_document_to_check(tmp_path):
    proc, out = _run(tmp_path, "settings: {}\n")
    assert proc.returncode == 0, proc.stderr
    assert pd.read_parquet(out / "projects.parquet")["name"].tolist() == ["Kehittämistoiminta"]
    assert "hankkeet.html: weak reading: several projects read as one: 3 periods" in proc.stderr
    report = (out / "report.html").read_text(encoding="utf-8")
    assert "python run_pipeline.py --explain " in report.split('id="sources"')[0]


def test_hints_give_one_right_row_per_box(tmp_path):
    proc, out = _run(tmp_path, HINTS)
    assert proc.returncode == 0, proc.stderr
    projects = pd.read_parquet(out / "projects.parquet").sort_values("name")
    assert list(zip(projects["name"], projects["owner"], projects["start_date"].astype(str))) == [
        ("Kirjastoauto kylille", "Esimerkkilän kunta", "2025-03-01"),
        ("Koululaisten kesätyöt", "Esimerkkilän Nuoret ry", "2025-05-01"),
        ("Rantareitin kunnostus", "Esimerkkilän kunta", "2025-01-01")]
    docs = pd.read_parquet(out / "documents.parquet")
    assert docs["understanding"].tolist() == ["listing (record_selector)"]


def test_a_selector_that_matches_nothing_is_a_warning_naming_the_document(tmp_path):
    proc, out = _run(tmp_path, HINTS.replace("div.nosto", "div.ei-ole") + "      content_selector: main\n")
    assert proc.returncode == 0, proc.stderr
    assert "hankkeet.html: content_selector 'main' matches nothing: the whole page was read" in proc.stderr
    assert "hankkeet.html: record_selector 'div.ei-ole' matches nothing" in proc.stderr


def test_page_type_and_labels_hints(tmp_path):
    proc, out = _run(tmp_path, "settings:\n  folders:\n    kunta:\n      page_type: single\n"
                               "      labels: {\"Toteutusaika\": period}\n")
    assert proc.returncode == 0, proc.stderr
    assert pd.read_parquet(out / "documents.parquet")["understanding"].tolist()[0].startswith("single project")
    assert len(pd.read_parquet(out / "projects.parquet")) == 1


def test_an_unknown_hint_key_stops_the_run(tmp_path):
    proc, _ = _run(tmp_path, HINTS.replace("record_selector", "recrd_selector"))
    assert proc.returncode == 2
    assert "settings.folders.kunta.recrd_selector': unknown key; did you mean 'record_selector'?" in proc.stderr


LABELS_RAW = ROOT / "tests" / "hints" / "labels_raw"


def test_a_labels_hint_reads_a_label_value_grid_the_registry_does_not_know(tmp_path):
    """A facts grid of label and value divs: the labels the registry knows are read
    (name, owner, period, funder); "Kustannukset yht." and "Verkosto" are this site's
    own, and only the source's `labels:` hint makes them the budget and the partners."""
    def run(config: str) -> Path:
        (tmp_path / "config.yaml").write_text(config, encoding="utf-8")
        out = tmp_path / "out"
        proc = subprocess.run([sys.executable, str(ROOT / "run_pipeline.py"), "--config", str(tmp_path / "config.yaml"),
                               "--raw", str(LABELS_RAW), "--out", str(out), "-q", "--no-cache"],
                              capture_output=True, text=True, cwd=ROOT, timeout=300)
        assert proc.returncode == 0, proc.stderr
        return out

    out = run("settings: {}\n")
    [p] = pd.read_parquet(out / "projects.parquet").itertuples()
    assert (p.name, p.owner, str(p.start_date), p.budget_eur == p.budget_eur) == \
        ("Kylien verkostohanke", "Sotkamon kunta", "2024-03-01", False)
    assert "partner" not in set(pd.read_parquet(out / "organisations.parquet")["role"])
    out = run('settings:\n  folders:\n    seutu:\n      labels: {"Kustannukset yht.": budget, "Verkosto": partner}\n')
    assert pd.read_parquet(out / "projects.parquet")["budget_eur"].tolist() == [84000.0]
    orgs = pd.read_parquet(out / "organisations.parquet")
    assert sorted(orgs[orgs["role"] == "partner"]["name"]) == ["Kainuun Kylät ry", "Vuokatin kyläyhdistys ry"]
