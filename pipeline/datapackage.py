"""The Frictionless Data Package of a run, and the check every table passes first.

Both come from `pipeline/schema.py`: the descriptor (`datapackage.json`) is
generated from the contract, and the writer validates each table's CSV bytes
against that very descriptor with frictionless before anything is written. So
the description an analyst reads, the validation and the contract can never
disagree: there is only one of them.
"""
from __future__ import annotations

import json
from typing import Any

import pyarrow as pa

from pipeline.schema import ENUMS, SCHEMA_VERSION, TABLES

# How each CSV dialect is spelled in the descriptor; write.py writes by the same names.
DIALECTS: dict[str, dict[str, Any]] = {
    "default": {"delimiter": ",", "decimal": ".", "encoding": "utf-8"},
    "excel-fi": {"delimiter": ";", "decimal": ",", "encoding": "utf-8-sig"},
}


class ValidationError(ValueError):
    """A table broke its contract; nothing of the run was written."""


def _field_type(t: pa.DataType) -> str:
    if pa.types.is_string(t):
        return "string"
    if pa.types.is_floating(t):
        return "number"
    if pa.types.is_integer(t):
        return "integer"
    if pa.types.is_boolean(t):
        return "boolean"
    if pa.types.is_date(t):
        return "date"
    raise TypeError(f"no Table Schema type for {t}")


def table_schema(name: str, dialect: str = "default") -> dict[str, Any]:
    """The Table Schema of one table: fields, types, descriptions, constraints, keys."""
    spec = TABLES[name]
    fields = []
    for f in spec.schema:
        field: dict[str, Any] = {"name": f.name, "type": _field_type(f.type), "description": spec.describe(f.name)}
        constraints: dict[str, Any] = {}
        if not f.nullable:
            constraints["required"] = True
        if (name, f.name) in ENUMS:
            constraints["enum"] = list(ENUMS[(name, f.name)])
        if constraints:
            field["constraints"] = constraints
        if field["type"] == "number":
            field["decimalChar"] = DIALECTS[dialect]["decimal"]
        if field["type"] == "boolean":
            field["trueValues"], field["falseValues"] = ["true"], ["false"]
        fields.append(field)
    schema: dict[str, Any] = {"fields": fields, "missingValues": [""]}
    if spec.primary_key:
        schema["primaryKey"] = list(spec.primary_key)
    if spec.foreign_keys:
        schema["foreignKeys"] = [
            {"fields": list(local), "reference": {"resource": ref, "fields": list(cols)}}
            for local, ref, cols in spec.foreign_keys
        ]
    return schema


def resource(name: str, dialect: str = "default") -> dict[str, Any]:
    d = DIALECTS[dialect]
    return {
        "name": name,
        "path": f"{name}.csv",
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": d["encoding"],
        "description": TABLES[name].description,
        "dialect": {"delimiter": d["delimiter"], "header": True},
        "schema": table_schema(name, dialect),
    }


def descriptor(dialect: str = "default") -> dict[str, Any]:
    """The whole package; no run time in it, so an unchanged run rewrites it byte for byte."""
    return {
        "name": "hankkeet",
        "title": "Finnish public-sector development projects (hankkeet)",
        "description": "Projects, contacts, funding, organisations, attachments and the evidence behind every "
                       "value, extracted from public web pages and PDFs. Join on project_id and source_id; "
                       "run details are in manifest.json.",
        "version": SCHEMA_VERSION,
        "profile": "tabular-data-package",
        "resources": [resource(name, dialect) for name in TABLES],
    }


def descriptor_bytes(dialect: str = "default") -> bytes:
    return (json.dumps(descriptor(dialect), indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def validate_csv(csv_by_table: dict[str, bytes], dialect: str = "default") -> None:
    """Validate every table's CSV bytes, keys across tables included; raise on the first errors.

    Runs on the bytes about to be written, with the descriptor about to be
    written, so what passes here is what `frictionless validate` sees on disk.
    """
    from frictionless import Package  # heavy: import only when writing

    resources = [_buffer_resource(name, data, dialect) for name, data in csv_by_table.items()]
    report = Package(resources=resources).validate()
    if not report.valid:
        errors = [f"{task.name}: {e.message}" for task in report.tasks for e in task.errors][:10]
        raise ValidationError("tables break the contract in pipeline/schema.py:\n  " + "\n  ".join(errors))


def _buffer_resource(name: str, data: bytes, dialect: str) -> Any:
    """A frictionless Resource over CSV bytes in memory, described as on disk."""
    from frictionless import Dialect, Resource, Schema
    from frictionless.formats import CsvControl

    d = DIALECTS[dialect]
    return Resource(data, name=name, format="csv", encoding=d["encoding"],
                    schema=Schema.from_descriptor(table_schema(name, dialect)),
                    dialect=Dialect(controls=[CsvControl(delimiter=d["delimiter"])]))
