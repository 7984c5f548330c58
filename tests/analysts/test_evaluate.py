"""`python -m pipeline.evaluate` as the README shows it, and what it says when the input is wrong."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd

from pipeline.evaluate import main

ROOT = Path(__file__).resolve().parents[2]


def test_the_readme_example_scores_tests_gold(extracted):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert ".venv/bin/python -m pipeline.evaluate tests/gold extracted" in readme
    proc = subprocess.run([sys.executable, "-m", "pipeline.evaluate", "tests/gold", str(extracted), "--json"],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr
    scores = json.loads(proc.stdout)
    assert scores["projects"]["tp"] >= 40 and scores["projects"]["f1"] > 0.9


def test_an_extra_project_is_named_not_only_numbered(extracted, tmp_path, capsys):
    doc = "html/d05_parainen_hulevesihanke_yhteystiedot.html"
    (tmp_path / "gold.json").write_text(json.dumps({"doc": doc, "expect_error": False, "projects": []}))
    assert main([str(tmp_path), str(extracted), "--details"]) == 0
    projects = pd.read_parquet(extracted / "projects.parquet")
    (pid, name), = projects.loc[projects["source_url"].str.endswith(doc), ["project_id", "name"]].values
    assert f"{doc} projects extra: <extra: {name} ({pid})>" in capsys.readouterr().out


def test_no_gold_document_among_the_extracted_ones_is_an_error(extracted, tmp_path, capsys):
    (tmp_path / "gold.json").write_text(json.dumps({"doc": "html/not_there.html", "expect_error": False,
                                                    "projects": [{"name": "Hanke"}]}))
    assert main([str(tmp_path), str(extracted)]) == 1
    captured = capsys.readouterr()
    assert "none of the gold documents" in captured.err and str(tmp_path) in captured.err and captured.out == ""


def test_a_missing_folder_is_named(extracted, tmp_path, capsys):
    assert main([str(tmp_path / "no-gold"), str(extracted)]) == 2
    assert f"gold folder {tmp_path / 'no-gold'} does not exist" in capsys.readouterr().err
    assert main([str(ROOT / "tests" / "gold"), str(tmp_path / "no-tables")]) == 2
    assert f"no extracted tables in {tmp_path / 'no-tables'}" in capsys.readouterr().err


def _rows(**project):
    base = {"project_id": "p1", "name": "Kylätalo kuntoon", "category": "Kylät"}
    return pd.DataFrame([{**base, **project}]).astype(object)


def _contacts(**contact):
    base = {"project_id": "p1", "name": "Maija Esimerkki", "email": "maija@esimerkkila.fi",
            "organisation": "Esimerkkilän kunta", "title": None, "phone": None, "email_inferred": None}
    return pd.DataFrame([{**base, **contact}]).astype(object)


def test_a_field_the_gold_never_annotates_is_not_scored():
    from pipeline.evaluate import Report, score_document
    from pipeline.quality import macro_f1

    empty = pd.DataFrame(columns=["project_id", "name", "funder", "year", "amount_eur", "share_pct", "role"])
    # an older gold batch: no category key, contacts without organisation
    old = {"doc": "x.html", "projects": [{"name": "Kylätalo kuntoon", "contacts": [
        {"name": "Maija Esimerkki", "email": "maija@esimerkkila.fi"}]}]}
    report = Report()
    score_document(report, old, _rows(), _contacts(), empty, empty)
    assert "category" not in report.judged and "contact_orgs" not in report.judged
    assert report.scores["category"].fp == 0 and report.scores["contact_orgs"].fp == 0
    assert "contact_emails" in report.judged and report.scores["contact_emails"].tp == 1
    # the same facts against gold that says there is no category: an extra fact
    new = {"doc": "x.html", "projects": [{"name": "Kylätalo kuntoon", "category": None, "contacts": [
        {"name": "Maija Esimerkki", "email": "maija@esimerkkila.fi", "organisation": None}]}]}
    strict = Report()
    score_document(strict, new, _rows(), _contacts(), empty, empty)
    assert strict.scores["category"].fp == 1 and strict.scores["contact_orgs"].fp == 1
    assert macro_f1(strict) < macro_f1(report)
