"""The driver and the per-document function.

`process_document` is pure: bytes and metadata in, plain records out. It touches
no files and no global state beyond cached read-only rules and the spaCy model,
so a process pool or a cluster can run it as it is. `run` finds the documents,
calls it for each, and hands the results to the writer; a document that fails
becomes an error row and the run goes on.
"""
from __future__ import annotations

import hashlib
import logging
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from pipeline.config import Settings
from pipeline.extract.contacts import find_email_pattern
from pipeline.extract.orgs import municipality_from_org, municipality_of
from pipeline.extract.project import DocContext, build_project
from pipeline.normalise import document_row, project_rows, source_id_for
from pipeline.parse.blocks import Document, one_line
from pipeline.parse.errors import ParseError
from pipeline.parse.html import parse_html
from pipeline.parse.pdf import parse_pdf
from pipeline.parse.text import parse_text
from pipeline.segment import segment
from pipeline.write import write_tables

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DocInput:
    """Everything the per-document function needs besides the bytes."""

    source_url: str  # URL, or the raw/ path of a local file
    suffix: str  # ".html", ".pdf", ".txt" ...
    http_content_type: str | None = None
    content_selector: str | None = None


@dataclass
class DocResult:
    document: dict
    tables: dict[str, list[dict]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def sniff_type(data: bytes, suffix: str, http_content_type: str | None = None) -> str:
    """html | pdf | text, from the bytes first: servers and file names lie."""
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF"):
        return "pdf"
    low = head[:512].lower()
    if low.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in low or b"<body" in low:
        return "html"
    if suffix in (".html", ".htm") or (http_content_type or "").startswith("text/html"):
        return "html"
    if suffix == ".pdf":
        return "pdf"
    return "text"


def parse_document(data: bytes, source_id: str, inp: DocInput) -> Document:
    if not data:
        raise ParseError("empty file (0 bytes)")
    kind = sniff_type(data, inp.suffix, inp.http_content_type)
    if kind == "pdf":
        return parse_pdf(data, source_id, inp.source_url)
    if kind == "html":
        return parse_html(data, source_id, inp.source_url, http_content_type=inp.http_content_type,
                          content_selector=inp.content_selector)
    return parse_text(data, source_id, inp.source_url)


def _context(doc: Document, n_segments: int) -> DocContext:
    pattern = find_email_pattern(doc.text())
    publisher = None
    candidates = doc.meta.get("publisher", "").split("\n")
    if not any(c.strip() for c in candidates):
        # No page metadata (PDF, text): a letterhead line such as "Hämeenlinnan
        # kaupunki" above the title names the publisher.
        candidates = [line for b in doc.blocks[:3] if b.kind in ("paragraph", "heading") for line in b.text.split("\n")]
    for candidate in candidates:
        candidate = one_line(candidate)
        if candidate:
            publisher = municipality_from_org(candidate) or municipality_of(candidate)
            if publisher:
                break
    return DocContext(email_pattern=pattern, publisher_municipality=publisher, n_segments=n_segments,
                      page_blocks=tuple(doc.blocks))


def process_document(data: bytes, inp: DocInput) -> DocResult:
    """Bytes and metadata in, the document's rows for every table out."""
    source_id = source_id_for(inp.source_url)
    sha = hashlib.sha256(data).hexdigest()
    try:
        doc = parse_document(data, source_id, inp)
        segments = segment(doc)
        ctx = _context(doc, len(segments))
        projects = [p for p in (build_project(s, ctx) for s in segments) if p is not None]
    except ParseError as e:
        msg = one_line(str(e)) or type(e).__name__
        return DocResult(document_row(source_id, inp.source_url, sniff_type(data, inp.suffix), sha, "error", msg, 0))
    except RecursionError:
        return DocResult(document_row(source_id, inp.source_url, sniff_type(data, inp.suffix), sha, "error",
                                      "document nested too deeply to read", 0))
    except Exception as e:  # one bad document must never stop the run
        log.exception("unexpected failure on %s", inp.source_url)
        msg = f"internal error: {type(e).__name__}: {one_line(str(e))[:200]}"
        return DocResult(document_row(source_id, inp.source_url, sniff_type(data, inp.suffix), sha, "error", msg, 0))
    tables = project_rows(projects, source_id, inp.source_url)
    warnings = [w for p in projects for w in p.warnings]
    row = document_row(source_id, inp.source_url, doc.content_type, sha, "ok", None, len(projects),
                       parser=doc.meta.get("parser", doc.content_type), warnings=warnings)
    return DocResult(row, tables, warnings)


# -- the driver ---------------------------------------------------------------------

def discover(raw_dir: Path, extensions: Iterable[str]) -> list[Path]:
    """Every document under raw_dir, in a stable order."""
    exts = {e.lower() for e in extensions}
    return sorted(p for p in raw_dir.rglob("*") if p.is_file() and p.suffix.lower() in exts)


def _local_url(path: Path, raw_dir: Path) -> str:
    try:
        rel = path.resolve().relative_to(raw_dir.resolve())
        return f"{raw_dir.name}/{rel.as_posix()}"
    except ValueError:
        return path.as_posix()


@dataclass
class RunSummary:
    ok: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def exit_code(self) -> int:
        return 1 if self.errors else 0


def run(settings: Settings, progress: Callable[[Iterable], Iterable] | None = None) -> RunSummary:
    """Process every document under settings.raw_dir and write the tables."""
    t0 = time.perf_counter()
    paths = discover(settings.raw_dir, settings.extensions)
    results: list[DocResult] = []
    limit = int(settings.max_file_mb * 1024 * 1024)
    iterable = progress(paths) if progress else paths
    for path in iterable:
        url = _local_url(path, settings.raw_dir)
        selector = _selector_for(path, settings)
        inp = DocInput(source_url=url, suffix=path.suffix.lower(), content_selector=selector)
        try:
            size = path.stat().st_size
            if size > limit:
                data = b""
                sid = source_id_for(url)
                results.append(DocResult(document_row(sid, url, sniff_type(b"", inp.suffix), "", "error",
                                                      f"file too large ({size / 1048576:.1f} MB > "
                                                      f"{settings.max_file_mb:g} MB limit)", 0)))
                continue
            data = path.read_bytes()
        except OSError as e:
            sid = source_id_for(url)
            results.append(DocResult(document_row(sid, url, "unknown", "", "error", f"cannot read file: {e.strerror}", 0)))
            continue
        results.append(process_document(data, inp))
    summary = RunSummary()
    for r in results:
        if r.document["status"] == "error":
            summary.errors.append((r.document["source_url"], r.document["error"]))
        else:
            summary.ok += 1
    summary.counts = write_tables(results, settings)
    summary.seconds = time.perf_counter() - t0
    return summary


def _selector_for(path: Path, settings: Settings) -> str | None:
    try:
        rel = path.resolve().relative_to(settings.raw_dir.resolve())
    except ValueError:
        return None
    return settings.content_selectors.get(rel.parts[0]) if len(rel.parts) > 1 else None


def main_progress(paths: list[Path]) -> Iterable[Path]:
    """A progress bar on a terminal, plain log lines otherwise."""
    if sys.stderr.isatty():
        from tqdm import tqdm

        return tqdm(paths, unit="doc", file=sys.stderr)

    def lines() -> Iterable[Path]:
        for i, p in enumerate(paths, 1):
            log.info("[%d/%d] %s", i, len(paths), p)
            yield p

    return lines()
