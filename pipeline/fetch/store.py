"""The raw store: fetched bytes under raw/<host>/<safe path>, and the fetch log.

A URL is attacker-controlled text, so the file name built from it is whitelisted
character by character, every ".." or absolute part is dropped, long names are
hashed, and the result is checked to lie under raw/ before anything is written.
The fetch log is SQLite (raw/fetch_log.sqlite): the next run reads ETags and
dates from it, and an analyst opens it with any SQLite client or DuckDB.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import sqlite3
from dataclasses import dataclass, fields
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from pipeline.write import atomic_write

LOG_NAME = "fetch_log.sqlite"
KIND_SUFFIX = {"html": ".html", "pdf": ".pdf", "text": ".txt"}
_KEEP_SUFFIXES = {"html": (".html", ".htm"), "pdf": (".pdf",), "text": (".txt",)}
_UNSAFE = re.compile(r"[^\w.\-]+")
MAX_SEGMENT = 80  # characters of one path segment before it is hashed
MAX_DEPTH = 12  # path segments kept below the host folder
MAX_TOTAL = 200  # characters of the whole relative path before it is hashed


class UnsafePath(ValueError):
    """A URL whose file name would leave the raw store."""


def now_iso() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _digest(text: str, n: int = 16) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:n]


def _segment(raw: str) -> str:
    """One safe path segment: whitelisted characters, no leading dots, bounded length."""
    seg = _UNSAFE.sub("_", unquote(raw)).lstrip(".")
    if len(seg) > MAX_SEGMENT:
        seg = f"{seg[:40]}_{_digest(seg)}"
    return seg or "_"


def safe_relpath(url: str, kind: str) -> PurePosixPath:
    """raw/-relative path for a URL: <host>/<path>, with a suffix that matches the bytes."""
    parts = urlsplit(url)
    host = _segment((parts.hostname or "nohost") + (f"_{parts.port}" if parts.port else ""))
    segs = [_segment(s) for s in parts.path.split("/") if s not in ("", ".", "..")]
    if not segs or parts.path.endswith("/"):
        segs.append("index")
    if parts.query:
        segs[-1] = f"{segs[-1]}_q{_digest(parts.query, 10)}"
    suffix = KIND_SUFFIX.get(kind, ".bin")
    if not segs[-1].lower().endswith(_KEEP_SUFFIXES.get(kind, (suffix,))):
        segs[-1] += suffix
    rel = PurePosixPath(host, *segs)
    if len(segs) > MAX_DEPTH or len(str(rel)) > MAX_TOTAL:
        rel = PurePosixPath(host, "_long", _digest(url, 32) + suffix)
    return rel


def resolve_inside(root: Path, rel: PurePosixPath | str) -> Path:
    """root/rel, refused unless it stays inside root (symlinks included)."""
    rel = PurePosixPath(rel)
    if rel.is_absolute() or ".." in rel.parts:
        raise UnsafePath(f"unsafe store path {str(rel)!r}")
    base = root.resolve()
    target = (base / rel).resolve()
    if target == base or base not in target.parents:
        raise UnsafePath(f"store path {str(rel)!r} leaves {root}")
    return target


@dataclass
class FetchEntry:
    """One URL's row of the fetch log."""

    url: str
    source: str = ""
    final_url: str | None = None
    http_status: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    sha256: str | None = None
    content_type: str | None = None  # the Content-Type header as sent
    kind: str | None = None  # html | pdf | text, sniffed from the bytes
    path: str | None = None  # raw/-relative file of the last good bytes
    first_seen: str | None = None
    last_seen: str | None = None  # last time the server gave the document (200 or 304)
    fetched_at: str | None = None  # last time it was asked for
    error: str | None = None  # why the last fetch gave nothing new, one line
    status: str | None = None  # the last fetch's outcome: ok, gone, not_found, skipped or error


_COLUMNS = [f.name for f in fields(FetchEntry)]
_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS fetch_log ({', '.join(c + (' TEXT PRIMARY KEY' if c == 'url' else
                                                     ' INTEGER' if c == 'http_status' else ' TEXT')
                                                 for c in _COLUMNS)});
CREATE TABLE IF NOT EXISTS robots (host TEXT PRIMARY KEY, body TEXT, etag TEXT, last_modified TEXT,
                                   http_status INTEGER, fetched_at TEXT);
"""


class RawStore:
    """Files under `root` and the fetch log beside them."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.root / LOG_NAME)
        self.db.executescript(_SCHEMA)
        have = {row[1] for row in self.db.execute("PRAGMA table_info(fetch_log)")}
        for column in _COLUMNS:  # a log written by an older version lacks the newer columns
            if column not in have:
                self.db.execute(f"ALTER TABLE fetch_log ADD COLUMN {column} TEXT")

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "RawStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the log ---------------------------------------------------------------
    def get(self, url: str) -> FetchEntry | None:
        row = self.db.execute(f"SELECT {', '.join(_COLUMNS)} FROM fetch_log WHERE url = ?", (url,)).fetchone()
        return FetchEntry(*row) if row else None

    def entries(self) -> list[FetchEntry]:
        rows = self.db.execute(f"SELECT {', '.join(_COLUMNS)} FROM fetch_log ORDER BY url").fetchall()
        return [FetchEntry(*r) for r in rows]

    def put(self, entry: FetchEntry) -> None:
        values = [getattr(entry, c) for c in _COLUMNS]
        self.db.execute(f"INSERT OR REPLACE INTO fetch_log ({', '.join(_COLUMNS)}) "
                        f"VALUES ({', '.join('?' * len(_COLUMNS))})", values)
        self.db.commit()

    def robots_get(self, host: str) -> tuple[str, str | None, str | None] | None:
        row = self.db.execute("SELECT body, etag, last_modified FROM robots WHERE host = ?", (host,)).fetchone()
        return tuple(row) if row else None  # type: ignore[return-value]

    def robots_put(self, host: str, body: str, etag: str | None, last_modified: str | None, status: int) -> None:
        self.db.execute("INSERT OR REPLACE INTO robots VALUES (?, ?, ?, ?, ?, ?)",
                        (host, body, etag, last_modified, status, now_iso()))
        self.db.commit()

    # -- the files -------------------------------------------------------------
    def file(self, entry: FetchEntry) -> Path | None:
        """The stored bytes of an entry, if they are still there."""
        if not entry.path:
            return None
        try:
            p = resolve_inside(self.root, entry.path)
        except UnsafePath:
            return None
        return p if p.is_file() else None

    def save(self, url: str, data: bytes, kind: str, previous: str | None = None) -> str:
        """Write the bytes atomically; return their raw/-relative path."""
        rel = safe_relpath(url, kind)
        if previous and PurePosixPath(previous).suffix == rel.suffix:
            rel = PurePosixPath(previous)  # keep the name the URL already has
        try:
            target = resolve_inside(self.root, rel)
            atomic_write(target, data)
        except (NotADirectoryError, IsADirectoryError, FileExistsError):
            # /a stored as a file and /a/b wanting a folder "a": fall back to a flat hashed name
            rel = PurePosixPath(rel.parts[0], "_", _digest(url, 32) + rel.suffix)
            atomic_write(resolve_inside(self.root, rel), data)
        return str(rel)
