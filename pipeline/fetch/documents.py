"""What the run learns from the fetch log: URLs, HTTP content types, outcomes.

A fetched file is named by its URL in the tables (source_url), not by its place
in raw/, so its ids are the same whichever folder the store lives in. A fetch
that was refused or found nothing is not a document that failed: its row takes
the fetch's own status (`gone`, `not_found`, `skipped`). A document that could
not be fetched this time keeps the rows of its last good bytes, marked
`unchanged`, and so does a gone or skipped one under its own status; the row's
`http_status`, `last_seen` and `fetch_error` say why. Only a document that never
gave bytes and failed to be fetched is an `error`.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.config import Source
from pipeline.hints import NO_HINTS, Hints
from pipeline.fetch.store import LOG_NAME, FetchEntry, UnsafePath, resolve_inside
from pipeline.normalise import source_id_for


@dataclass(frozen=True)
class FetchedDoc:
    url: str
    source: str  # the config source that fetched it
    path: Path | None  # the last good bytes, if any
    content_type: str | None  # the Content-Type header as sent
    hints: Hints  # its source's (pipeline/hints.py)
    http_status: int | None
    last_seen: str | None
    error: str | None  # why the last fetch gave nothing new
    status: str | None  # the last fetch's outcome (pipeline.fetch.crawl)

    @property
    def source_id(self) -> str:
        return source_id_for(self.url)


@dataclass
class FetchIndex:
    docs: list[FetchedDoc] = field(default_factory=list)
    by_path: dict[Path, FetchedDoc] = field(default_factory=dict)
    by_id: dict[str, FetchedDoc] = field(default_factory=dict)


def _read_log(raw_dir: Path) -> list[FetchEntry]:
    """The log's rows, read-only; a folder that was never fetched into has none."""
    db_path = raw_dir / LOG_NAME
    if not db_path.is_file():
        return []
    db = sqlite3.connect(f"file:{db_path.resolve()}?mode=ro", uri=True)
    db.row_factory = sqlite3.Row
    try:  # by name: a log of an older version lacks the newer columns
        return [FetchEntry(**{k: r[k] for k in r.keys() if k in FetchEntry.__dataclass_fields__})
                for r in db.execute("SELECT * FROM fetch_log ORDER BY url")]
    except sqlite3.DatabaseError:
        return []
    finally:
        db.close()


def fetched_documents(raw_dir: Path, sources: tuple[Source, ...]) -> FetchIndex:
    """The fetch log of raw_dir as documents, with each source's hints."""
    by_name = {s.name: s for s in sources}
    index = FetchIndex()
    for e in _read_log(raw_dir):
        path = None
        if e.path:
            try:
                path = resolve_inside(raw_dir, e.path)
            except UnsafePath:
                path = None
            path = path if path is not None and path.is_file() else None
        doc = FetchedDoc(e.url, e.source, path, e.content_type, by_name.get(e.source, NO_HINTS), e.http_status, e.last_seen,
                         e.error, e.status)
        index.docs.append(doc)
        index.by_id[doc.source_id] = doc
        if path is not None:
            index.by_path[path] = doc
    return index


# fetch outcomes that are a document's status as they are: not failures of the run
OWN_STATUSES = ("gone", "not_found", "skipped")


def mark_outcomes(parts: list[dict], index: FetchIndex) -> None:
    """Add the HTTP outcome to each fetched document's row (in place)."""
    for part in parts:
        row = part["document"]
        doc = index.by_id.get(row["source_id"])
        if doc is None:
            continue
        row["http_status"] = 200 if doc.http_status == 304 else doc.http_status
        if not doc.error:
            continue
        row.update(last_seen=doc.last_seen, fetch_error=doc.error)
        if doc.status in OWN_STATUSES:
            row.update(status=doc.status, error=None)
        elif row["status"] == "ok":
            row["status"] = "unchanged"
