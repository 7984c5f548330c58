"""datapackage.json: generated from pipeline/schema.py, valid, and the same check guards every write."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.datapackage import ValidationError, descriptor, validate_csv
from pipeline.schema import TABLES


def _frictionless(*args: str) -> subprocess.CompletedProcess:
    exe = Path(sys.executable).parent / "frictionless"
    return subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=300)


def test_frictionless_validate_passes(extracted):
    proc = _frictionless("validate", "--json", str(extracted / "datapackage.json"))
    report = json.loads(proc.stdout)
    assert proc.returncode == 0 and report["valid"], proc.stdout[-3000:]
    assert {t["name"] for t in report["tasks"]} == set(TABLES)


def test_frictionless_validate_passes_in_excel_fi_dialect(extracted_excel_fi):
    proc = _frictionless("validate", str(extracted_excel_fi / "datapackage.json"))
    assert proc.returncode == 0, proc.stdout[-3000:]


def test_descriptor_describes_every_column_with_keys(extracted):
    written = json.loads((extracted / "datapackage.json").read_text(encoding="utf-8"))
    assert written == descriptor()
    resources = {r["name"]: r for r in written["resources"]}
    assert set(resources) == set(TABLES)
    for name, spec in TABLES.items():
        fields = resources[name]["schema"]["fields"]
        assert [f["name"] for f in fields] == spec.schema.names
        assert all(f["description"] for f in fields), name
    assert resources["projects"]["schema"]["primaryKey"] == ["project_id"]
    refs = {(fk["fields"][0], fk["reference"]["resource"]) for fk in resources["funding"]["schema"]["foreignKeys"]}
    assert ("project_id", "projects") in refs and ("source_id", "documents") in refs


def _csvs(extracted: Path) -> dict[str, bytes]:
    return {name: (extracted / f"{name}.csv").read_bytes() for name in TABLES}


def test_validation_rejects_a_broken_foreign_key(extracted):
    csvs = _csvs(extracted)
    header, first, *rest = csvs["funding"].decode("utf-8").splitlines()
    first = '"prj_nowhere"' + first[first.index(","):]
    csvs["funding"] = "\n".join([header, first, *rest, ""]).encode("utf-8")
    with pytest.raises(ValidationError, match="foreign key"):
        validate_csv(csvs)


def test_validation_rejects_an_unknown_status(extracted):
    csvs = _csvs(extracted)
    assert b',"ended",' in csvs["projects"]
    csvs["projects"] = csvs["projects"].replace(b',"ended",', b',"finished",', 1)
    with pytest.raises(ValidationError, match="status"):
        validate_csv(csvs)


def test_a_table_that_breaks_the_contract_is_not_written(tmp_path):
    from pipeline.config import Settings
    from pipeline.write import write_tables

    part = {"document": {"source_id": "doc_1", "source_url": "raw/x.html", "content_type": "html", "sha256": "0",
                         "status": "ok", "error": None, "n_projects": 1},
            "tables": {"projects": [{"project_id": "prj_1", "name": "Hanke", "source_id": "doc_1",
                                     "source_url": "raw/x.html", "status": "someday"}]}}
    with pytest.raises(ValidationError):
        write_tables([part], Settings(out_dir=tmp_path))
    assert list(tmp_path.iterdir()) == []
