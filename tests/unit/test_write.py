"""Writing tables: contract types, sorted rows, spreadsheet-safe CSV, stable ids, readable files."""
from __future__ import annotations

import datetime as dt
import os
import stat

import pyarrow.parquet as pq
import pytest

from pipeline.config import Settings
from pipeline.normalise import project_id_for, source_id_for
from pipeline.write import to_arrow, write_tables


def test_ids_are_stable_and_distinct():
    sid = source_id_for("raw/html/hameenlinna_hankkeet.html")
    assert sid == source_id_for("raw/html/hameenlinna_hankkeet.html")
    assert project_id_for(sid, "Kerhoiloa 2021!") == project_id_for(sid, "kerhoiloa  2021")
    assert project_id_for(sid, "Kerhoiloa 2021!") != project_id_for(sid, "Kerhoiloa 2021!", 1)


def test_dates_from_stored_parts_become_date32_and_rows_are_sorted():
    rows = [{"project_id": "b", "name": "B", "source_id": "s", "source_url": "u", "start_date": "2020-02-01"},
            {"project_id": "a", "name": "A", "source_id": "s", "source_url": "u", "start_date": dt.date(2019, 4, 26)}]
    t = to_arrow("projects", rows)
    assert t.column("project_id").to_pylist() == ["a", "b"]
    assert t.column("start_date").to_pylist() == [dt.date(2019, 4, 26), dt.date(2020, 2, 1)]


def test_csv_neutralises_formulas_but_parquet_keeps_the_value(tmp_path):
    part = {"document": {"source_id": "s", "source_url": "raw/x.html", "content_type": "html", "sha256": "0",
                         "status": "ok", "error": None, "n_projects": 1},
            "tables": {"projects": [{"project_id": "p", "name": "=HYPERLINK(\"x\")", "source_id": "s",
                                     "source_url": "raw/x.html"}]}}
    write_tables([part], Settings(out_dir=tmp_path))
    assert pq.read_table(tmp_path / "projects.parquet").column("name").to_pylist() == ['=HYPERLINK("x")']
    csv = (tmp_path / "projects.csv").read_text(encoding="utf-8")
    assert "'=HYPERLINK" in csv
    assert not list(tmp_path.glob(".*.tmp"))  # no temporary file left behind


def test_e164_phones_stay_plain_in_the_csv(tmp_path):
    part = {"document": {"source_id": "s", "source_url": "raw/x.html", "content_type": "html", "sha256": "0",
                         "status": "ok", "error": None, "n_projects": 1},
            "tables": {"projects": [{"project_id": "p", "name": "P", "source_id": "s", "source_url": "raw/x.html"}],
                       "contacts": [{"project_id": "p", "name": "Hilkka Luukkonen", "phone": "+35836212555",
                                     "email_inferred": False, "source_id": "s"},
                                    {"project_id": "p", "name": "+1+1", "phone": None,
                                     "email_inferred": False, "source_id": "s"}]}}
    write_tables([part], Settings(out_dir=tmp_path))
    csv = (tmp_path / "contacts.csv").read_text(encoding="utf-8")
    assert "+35836212555" in csv and "'+358" not in csv and "'+1+1" in csv


def _part() -> dict:
    return {"document": {"source_id": "s", "source_url": "raw/x.html", "content_type": "html", "sha256": "0",
                         "status": "ok", "error": None, "n_projects": 1},
            "tables": {"projects": [{"project_id": "p", "name": "Kerhoiloa 2021!", "source_id": "s",
                                     "source_url": "raw/x.html"}]}}


def test_unchanged_parts_rewrite_only_the_manifest_and_a_missing_file_is_rebuilt(tmp_path):
    settings = Settings(out_dir=tmp_path, config_hash="c")
    write_tables([_part()], settings, run_stats={"extractor_version": "v1"})
    table = tmp_path / "projects.parquet"
    first = table.stat().st_mtime_ns
    write_tables([_part()], settings, run_stats={"extractor_version": "v1"})
    assert table.stat().st_mtime_ns == first  # not rewritten
    write_tables([_part()], settings, run_stats={"extractor_version": "v2"})
    assert table.stat().st_mtime_ns != first  # new code: rebuilt
    (tmp_path / "report.html").unlink()
    write_tables([_part()], settings, run_stats={"extractor_version": "v2"})
    assert (tmp_path / "report.html").exists()


def _modes(folder) -> dict[str, int]:
    return {p.name: stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir() if p.is_file()}


@pytest.fixture
def umask():
    """Set the process umask for one test, and put the old one back."""
    old = os.umask(0o022)
    yield os.umask
    os.umask(old)


def test_new_files_follow_the_umask_and_replaced_files_keep_their_mode(tmp_path, umask):
    umask(0o022)
    write_tables([_part()], Settings(out_dir=tmp_path / "a"))
    modes = _modes(tmp_path / "a")
    assert "report.html" in modes and "datapackage.json" in modes and "manifest.json" in modes
    assert set(modes.values()) == {0o644}, modes
    umask(0o077)
    write_tables([_part()], Settings(out_dir=tmp_path / "b"))
    assert set(_modes(tmp_path / "b").values()) == {0o600}
    table = tmp_path / "a" / "projects.parquet"
    table.chmod(0o640)
    write_tables([_part()], Settings(out_dir=tmp_path / "a", config_hash="changed"))  # every table rewritten
    assert _modes(tmp_path / "a")["projects.parquet"] == 0o640
    assert _modes(tmp_path / "a")["report.html"] == 0o644
