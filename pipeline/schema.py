"""The output contract (shared/DATASET.md), defined once.

Every table's columns, Arrow types and sort keys live here; the writer, the
validation before writing and the tests read them from this module, so the
contract cannot drift between places. Extend it by adding columns; renaming or
dropping one needs a SCHEMA_VERSION bump, recorded in the manifest.
"""
from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

SCHEMA_VERSION = "1.0.0"


@dataclass(frozen=True)
class Table:
    name: str
    schema: pa.Schema
    sort_by: tuple[str, ...]
    description: str


def _s(*fields: tuple[str, pa.DataType, bool]) -> pa.Schema:
    return pa.schema([pa.field(n, t, nullable=nullable) for n, t, nullable in fields])


STR, F64, BOOL = pa.string(), pa.float64(), pa.bool_()

TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        Table(
            "projects",
            _s(
                ("project_id", STR, False), ("name", STR, False), ("owner", STR, True),
                ("municipality", STR, True), ("start_date", pa.date32(), True), ("end_date", pa.date32(), True),
                ("start_precision", STR, True), ("end_precision", STR, True), ("status", STR, True),
                ("category", STR, True), ("summary", STR, True), ("budget_eur", F64, True),
                ("source_id", STR, False), ("source_url", STR, False),
                # extensions (additive): other names the document uses for the project
                ("aliases", STR, True),
            ),
            ("source_id", "project_id"),
            "One row per project found in a document.",
        ),
        Table(
            "contacts",
            _s(
                ("project_id", STR, False), ("name", STR, False), ("title", STR, True),
                ("organisation", STR, True), ("email", STR, True), ("email_inferred", BOOL, False),
                ("phone", STR, True), ("source_id", STR, False),
            ),
            ("source_id", "project_id", "name", "email"),
            "One row per person named as a contact of a project.",
        ),
        Table(
            "funding",
            _s(
                ("project_id", STR, False), ("funder", STR, False), ("year", pa.int16(), True),
                ("amount_eur", F64, False), ("share_pct", F64, True), ("is_maximum", BOOL, False),
                ("source_id", STR, False),
            ),
            ("source_id", "project_id", "funder", "year", "amount_eur"),
            "One row per funder, per year where the source splits by year.",
        ),
        Table(
            "organisations",
            _s(("project_id", STR, False), ("name", STR, False), ("role", STR, False), ("source_id", STR, False)),
            ("source_id", "project_id", "role", "name"),
            "One row per organisation named in a role.",
        ),
        Table(
            "attachments",
            _s(("project_id", STR, False), ("title", STR, False), ("url", STR, False), ("source_id", STR, False)),
            ("source_id", "project_id", "url", "title"),
            "Linked documents of a project (reports, PDFs).",
        ),
        Table(
            "documents",
            _s(
                ("source_id", STR, False), ("source_url", STR, False), ("content_type", STR, False),
                ("sha256", STR, False), ("status", STR, False), ("error", STR, True), ("n_projects", pa.int32(), False),
                # extensions: how the text was read and what was logged about it
                ("parser", STR, True), ("warnings", STR, True),
            ),
            ("source_id",),
            "One row per raw document the run looked at, failures included.",
        ),
    )
}

ROLES = ("owner", "partner", "funder", "implementer")
STATUSES = ("ongoing", "ended", "planned")
PRECISIONS = ("day", "month", "year")
DOC_STATUSES = ("ok", "error", "unchanged")
