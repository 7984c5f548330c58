"""Writing the tables: typed Parquet, CSV and a manifest, each atomically.

Every file is written to a temporary name in the same folder and renamed over the
old one, so a run killed mid-write leaves the previous tables whole. Rows are
sorted by the contract's keys and no run-specific value enters a table, so an
unchanged input gives byte-identical files; run times live in the manifest.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import re
import secrets
import stat
import time
from datetime import date, datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from pipeline.datapackage import descriptor_bytes, validate_csv
from pipeline.duplicates import link_duplicates
from pipeline.report import render as render_report
from pipeline.schema import SCHEMA_VERSION, TABLES

if TYPE_CHECKING:
    from pipeline.config import Settings

PACKAGES = ("beautifulsoup4", "lxml", "spacy", "spacy-fi-experimental-web-md", "dateparser", "pandas", "pyarrow",
            "pdfplumber", "phonenumbers")


def atomic_write(path: Path, data: bytes, durable: bool = True) -> None:
    """Write bytes to path so that readers see the old file or the new one, never half.

    A new file gets the mode the umask gives any file (0644 under the usual 022, so
    analysts can read what a service account wrote); a replaced file keeps its mode.
    `durable` also forces the bytes to disk before the rename, so a power cut cannot
    leave an empty file under the name. A cache entry whose loss only costs a rerun
    of one document skips it: the sync per file was a tenth of a run's time.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode: int | None = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        mode = None
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    # not mkstemp, which makes every file 0600: the kernel applies the umask to 0666 here
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb") as f:
            if mode is not None:
                os.fchmod(f.fileno(), mode)
            f.write(data)
            if durable:
                f.flush()
                os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def to_arrow(name: str, rows: list[dict]) -> pa.Table:
    """Rows to an Arrow table with the contract's types, sorted by its keys.

    Rows may come from stored parts, where dates are ISO strings.
    """
    spec = TABLES[name]
    cols = spec.schema.names
    dates = [f.name for f in spec.schema if pa.types.is_date(f.type)]
    clean = []
    for r in rows:
        row = {c: r.get(c) for c in cols}
        for c in dates:
            if isinstance(row[c], str):
                row[c] = date.fromisoformat(row[c])
        clean.append(row)
    table = pa.Table.from_pylist(clean, schema=spec.schema)
    if table.num_rows:
        table = table.sort_by([(k, "ascending") for k in spec.sort_by])
    return table


def _parquet_bytes(table: pa.Table) -> bytes:
    buf = io.BytesIO()
    pq.write_table(table, buf, compression="zstd", write_statistics=True)
    return buf.getvalue()


def _csv_bytes(table: pa.Table, dialect: str = "default") -> bytes:
    """The CSV; "excel-fi" is what Finnish Excel opens directly: semicolons, decimal comma, UTF-8 with BOM."""
    buf = io.BytesIO()
    table = neutralise_for_spreadsheets(table)
    delimiter = ","
    if dialect == "excel-fi":
        table, delimiter = decimal_comma(table), ";"
        buf.write(b"\xef\xbb\xbf")
    pacsv.write_csv(table, buf, write_options=pacsv.WriteOptions(include_header=True, quoting_style="needed",
                                                                 delimiter=delimiter))
    return buf.getvalue()


def _fi_number(v: float) -> str:
    return str(int(v)) if v.is_integer() and abs(v) < 1e15 else repr(v).replace(".", ",")


def decimal_comma(table: pa.Table) -> pa.Table:
    """Float columns as text with a decimal comma ("1200000,5"); Parquet keeps the numbers."""
    cols = []
    for col, field in zip(table.columns, table.schema):
        if pa.types.is_floating(field.type):
            col = pa.array([None if v is None else _fi_number(v) for v in col.to_pylist()], type=pa.string())
            field = pa.field(field.name, pa.string(), nullable=field.nullable)
        cols.append((field, col))
    return pa.Table.from_arrays([c for _, c in cols], schema=pa.schema([f for f, _ in cols]))


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# An E.164 phone number starts with "+" but is digits only: no spreadsheet runs it,
# and the contract promises the plain form in the CSV too.
_PHONE = re.compile(r"\+\d{6,15}")


def neutralise_for_spreadsheets(table: pa.Table) -> pa.Table:
    """Prefix text cells a spreadsheet would run as a formula with an apostrophe.

    Only the CSV gets this; the Parquet keeps the true value.
    """
    cols = []
    for col, field in zip(table.columns, table.schema):
        if pa.types.is_string(field.type):
            values = [("'" + v) if isinstance(v, str) and v.startswith(_FORMULA_START) and not _PHONE.fullmatch(v)
                      else v for v in col.to_pylist()]
            col = pa.array(values, type=field.type)
        cols.append(col)
    return pa.Table.from_arrays(cols, schema=table.schema)


def _versions() -> dict[str, str]:
    out = {}
    for p in PACKAGES:
        try:
            out[p] = metadata.version(p)
        except metadata.PackageNotFoundError:
            out[p] = "not installed"
    return out


def collect(parts: Iterable[dict]) -> dict[str, list[dict]]:
    """Per-document parts ({"document": row, "tables": {name: rows}}) to rows per table."""
    tables: dict[str, list[dict]] = {name: [] for name in TABLES}
    for part in parts:
        tables["documents"].append(part["document"])
        for name, rows in part.get("tables", {}).items():
            tables[name].extend(rows)
    return tables


def _fingerprint(parts: list[dict], settings: "Settings", run_stats: dict | None) -> str:
    """A hash of everything the tables are made from: the parts, the settings that
    shape the files, the schema and the code's version."""
    h = hashlib.sha256()
    for value in (SCHEMA_VERSION, settings.config_hash, repr(settings.csv_dialect),
                  (run_stats or {}).get("extractor_version", "")):
        h.update(str(value).encode() + b"\0")
    h.update(json.dumps(parts, sort_keys=True, default=str, ensure_ascii=False).encode("utf-8"))
    return h.hexdigest()


def _read_manifest(out: Path) -> dict:
    try:
        return json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def write_tables(parts: Iterable[dict], settings: "Settings", documents: dict[str, str] | None = None,
                 run_stats: dict | None = None) -> dict[str, int]:
    """Write every table as Parquet and CSV, then the manifest; return row counts.

    `documents` (source_id -> sha256) goes into the manifest so the next run can
    tell new, changed, unchanged and gone documents apart.
    """
    out = Path(settings.out_dir)
    parts = list(parts)
    dialect = settings.csv_dialect
    fingerprint = _fingerprint(parts, settings, run_stats)
    previous = _read_manifest(out)
    outputs = [f"{name}.{ext}" for name in TABLES for ext in ("parquet", "csv")] + ["datapackage.json", "report.html"]
    if previous.get("tables_fingerprint") == fingerprint and all((out / f).exists() for f in outputs):
        # The same parts, settings and code give the same bytes: a nightly rerun
        # over unchanged sources rewrites only the manifest.
        counts = dict(previous.get("row_counts", {}))
    else:
        tables = collect(parts)
        tables["projects"] = link_duplicates(tables["projects"])  # cross-document: only here are all projects seen
        arrow = {name: to_arrow(name, rows) for name, rows in tables.items()}
        csv = {name: _csv_bytes(table, dialect) for name, table in arrow.items()}
        validate_csv(csv, dialect)  # against the datapackage below; raises before anything is written
        counts = {}
        for name, table in arrow.items():
            atomic_write(out / f"{name}.parquet", _parquet_bytes(table))
            atomic_write(out / f"{name}.csv", csv[name])
            counts[name] = table.num_rows
        atomic_write(out / "datapackage.json", descriptor_bytes(dialect))
        atomic_write(out / "report.html", render_report(arrow).encode("utf-8"))
    manifest = {
        "tables_fingerprint": fingerprint,
        "schema_version": SCHEMA_VERSION,
        "run_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "run_epoch": time.time(),
        "config_hash": settings.config_hash,
        "raw_dir": str(settings.raw_dir),
        "package_versions": _versions(),
        "row_counts": counts,
        "run": run_stats or {},
        "documents": dict(sorted((documents or {}).items())),
        "tables": {name: {"parquet": f"{name}.parquet", "csv": f"{name}.csv"} for name in TABLES},
    }
    atomic_write(out / "manifest.json", (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
    return counts
