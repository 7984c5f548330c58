"""docs/dataset.md, the dataset's contract for analysts, generated from pipeline/schema.py.

    python -m pipeline.dataset_doc      # rewrites docs/dataset.md

Every table, column, type, description, extension and document status comes
from the schema, and a test fails when the file is stale, so the document cannot
drift from what is written: edit pipeline/schema.py, then rerun this.
"""
from __future__ import annotations

from pathlib import Path

import pyarrow as pa

from pipeline.schema import CONTRACT_1_0, DOC_STATUSES, SCHEMA_VERSION, TABLES
from pipeline.write import atomic_write

PATH = Path(__file__).resolve().parents[1] / "docs" / "dataset.md"

INTRO = f"""# The dataset: what lands in extracted/

<!-- Generated from pipeline/schema.py by `python -m pipeline.dataset_doc`: edit those, not this file. -->

Analysts load these tables with pandas, DuckDB or Polars and join them on
`project_id` and `source_id`. Each table is written as `extracted/<table>.parquet`
(typed, with the Arrow types below) and `extracted/<table>.csv` (UTF-8, comma,
header row, ISO dates, empty cell for null; `--csv-dialect excel-fi` writes
semicolons, decimal commas and a BOM instead). `extracted/datapackage.json`
describes the same columns for Frictionless tools. Column names and meanings
below are the contract: columns may be added, never renamed or dropped without a
version bump written in `extracted/manifest.json` (schema version {SCHEMA_VERSION}).

A rerun on unchanged sources gives byte-identical Parquet and CSV (sorted rows, no
run timestamps inside these tables; those belong in the manifest).
"""


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _type(field: pa.Field) -> str:
    name = {pa.float64(): "float64", pa.date32(): "date32"}.get(field.type, str(field.type))
    return name + (", null" if field.nullable else "")


def render() -> str:
    out = [INTRO]
    for spec in TABLES.values():
        out += [f"## {spec.name} — {spec.description[0].lower()}{spec.description[1:].rstrip('.')}", "",
                "| column | type | meaning |", "|---|---|---|"]
        out += [f"| {f.name} | {_type(f)} | {_cell(spec.describe(f.name))} |" for f in spec.schema]
        out += ["", spec.notes, ""] if spec.notes else [""]
    out += ["## Extensions", "",
            "Added to the first contract (schema 1.0), as it allows: every column and table below is new, and "
            "every column of 1.0 is kept with its name and type.", "",
            "| table | column | meaning |", "|---|---|---|"]
    for spec in TABLES.values():
        if spec.name not in CONTRACT_1_0:
            out.append(f"| {spec.name} | the whole table | {_cell(spec.description)} |")
            continue
        out += [f"| {spec.name} | {name} | {_cell(spec.describe(name))} |"
                for name in spec.schema.names if name not in CONTRACT_1_0[spec.name]]
    out += ["", "## Document statuses", "",
            "`documents.status` says what became of each document. Only `error` is a failure of the run "
            "(exit status 1); the fetch's outcomes are statuses of their own.", "",
            "| status | meaning |", "|---|---|"]
    out += [f"| `{status}` | {_cell(meaning)} |" for status, meaning in DOC_STATUSES.items()]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    atomic_write(PATH, render().encode("utf-8"))
    print(f"wrote {PATH}")
