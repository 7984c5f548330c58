"""The driver and the per-document function.

`process_document` is pure: bytes and metadata in, plain rows out. It touches no
files and no global state beyond cached read-only rules and the spaCy model, so
an executor can run it anywhere (`pipeline/executors.py`). `run` finds the
documents, reuses the part of every document whose bytes did not change, submits
the rest, collects results as they complete, turns any failure into that
document's error row, and has the writer build the tables from the parts.
"""
from __future__ import annotations

import hashlib
import json
import logging
import signal
import sys
import threading
import time
from collections import Counter
from concurrent.futures import FIRST_COMPLETED, BrokenExecutor, Executor, Future, wait
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Protocol

from pipeline.cache import PartStore, extractor_version
from pipeline.config import Settings
from pipeline.executors import SoloPool, make_executor
from pipeline.fetch.documents import fetched_documents, mark_outcomes
from pipeline.hints import HINT_KEYS, NO_HINTS, Hints
from pipeline.labels import extra_labels
from pipeline.explain import read
from pipeline.normalise import document_row, project_rows, source_id_for
from pipeline.parse.blocks import one_line
from pipeline.parse.errors import ParseError
from pipeline.parse.document import DocInput
from pipeline.parse.sniff import sniff_type
from pipeline.runlog import document_log
from pipeline.schema import DOC_STATUSES
from pipeline.write import write_tables

log = logging.getLogger(__name__)


@dataclass
class DocResult:
    """One document's rows for every table; `document` is its documents-table row, `log`
    what was logged about it ([level, text]: its warnings, and whatever any module
    logged at WARNING and up while reading it), for the driver to log naming it."""

    document: dict
    tables: dict[str, list[dict]] = field(default_factory=dict)
    log: list[list] = field(default_factory=list)

    def as_part(self) -> dict:
        """The plain dict stored as the document's part (the rows are plain already;
        `dataclasses.asdict` would deep-copy every row for nothing)."""
        return {"document": self.document, "tables": self.tables, "log": self.log}


def _error(source_id: str, inp: DocInput, data: bytes, sha: str, message: str) -> DocResult:
    kind = sniff_type(data, inp.suffix, inp.http_content_type) if data else "unknown"
    return DocResult(document_row(source_id, inp.source_url, kind, sha, "error", one_line(message)[:300], 0))


def process_document(data: bytes, inp: DocInput) -> DocResult:
    """Bytes and metadata in, the document's rows for every table and what was logged about it out."""
    with document_log() as logged, extra_labels(inp.hints.labels or {}):
        result = _read(data, inp)
    known = {text for _, text in result.log}
    result.log += [line for line in logged if line[1] not in known]
    return result


def _read(data: bytes, inp: DocInput) -> DocResult:
    source_id = source_id_for(inp.source_url)
    sha = hashlib.sha256(data).hexdigest()
    try:
        ex = read(data, source_id, inp)
    except ParseError as e:
        return _error(source_id, inp, data, sha, str(e) or type(e).__name__)
    except DocumentTimeout as e:
        return _error(source_id, inp, data, sha, str(e))
    except RecursionError:
        return _error(source_id, inp, data, sha, "document nested too deeply to read")
    except MemoryError:
        return _error(source_id, inp, data, sha, "document needs more memory than the per-document limit")
    except Exception as e:  # one bad document must never stop the run
        log.exception("internal error while reading it")
        return _error(source_id, inp, data, sha, f"internal error: {type(e).__name__}: {e}")
    a = ex.assessment
    tables = project_rows(ex.projects, source_id, inp.source_url, a.projects)
    warnings = [w for p in ex.projects for w in p.warnings] + [f"weak reading: {r}" for r in a.why_weak]
    row = document_row(source_id, inp.source_url, ex.doc.content_type, sha, "ok", None, len(ex.projects),
                       parser=ex.doc.meta.get("parser", ex.doc.content_type), warnings=warnings,
                       understanding=a.understanding(ex.chosen), confidence=a.document)
    return DocResult(row, tables, [[logging.WARNING, w] for w in dict.fromkeys(warnings)])


# The sha256 of no bytes: the documents row of a file that could not be read.
EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()


class DocumentTimeout(BaseException):
    """The per-document time limit ran out.

    A BaseException, like KeyboardInterrupt: parsers catch `Exception` to keep the
    rest of a document when one page breaks, and must not swallow the limit too.
    """


def process_with_limit(data: bytes, inp: DocInput, timeout_s: float | None) -> DocResult:
    """process_document under a wall-clock limit (where signals are available).

    SIGALRM interrupts pure-Python and most C work in the worker's main thread; in
    a thread (Dask's threaded workers) the limit cannot be set and is skipped.
    """
    if not timeout_s or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGALRM"):
        return process_document(data, inp)

    message = f"timed out after {timeout_s:g} s (per-document limit)"

    def _raise(signum, frame):  # noqa: ARG001
        raise DocumentTimeout(message)

    # The timer re-fires every quarter second: an alarm that lands in a destructor
    # or a callback is swallowed there ("Exception ignored in …"), the next is not.
    deadline = time.monotonic() + timeout_s
    old = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, timeout_s, 0.25)
    try:
        try:
            result = process_document(data, inp)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)
    except DocumentTimeout:  # a re-fired alarm after process_document had caught the first
        return _error(source_id_for(inp.source_url), inp, data, hashlib.sha256(data).hexdigest(), message)
    if result.document["status"] == "ok" and time.monotonic() > deadline + 0.25:
        # every alarm was swallowed: the limit still holds
        return _error(source_id_for(inp.source_url), inp, data, result.document["sha256"], message)
    return result


# -- the driver ---------------------------------------------------------------------

def discover(raw_dir: Path, extensions: Iterable[str]) -> list[Path]:
    """Every document under raw_dir, in a stable order."""
    exts = {e.lower() for e in extensions}
    return sorted(p for p in raw_dir.rglob("*") if p.is_file() and not p.name.startswith(".")
                  and p.suffix.lower() in exts)


def local_url(path: Path, raw_dir: Path) -> str:
    """The raw/ path that names a local document (its source_url)."""
    try:
        rel = path.resolve().relative_to(raw_dir.resolve())
        return f"{raw_dir.name}/{rel.as_posix()}"
    except ValueError:
        return path.as_posix()


@dataclass
class RunSummary:
    statuses: Counter = field(default_factory=lambda: Counter(dict.fromkeys(DOC_STATUSES, 0)))  # documents by status
    errors: list[tuple[str, str]] = field(default_factory=list)  # (url, reason) of the documents that failed
    counts: dict[str, int] = field(default_factory=dict)
    # bytes against the previous run; removed: in the previous run, not in this one
    changes: dict[str, int] = field(default_factory=lambda: {"new": 0, "changed": 0, "unchanged": 0, "removed": 0})
    processed: int = 0  # documents parsed this run (the rest came from parts)
    seconds: float = 0.0
    extraction_seconds: float = 0.0

    @property
    def exit_code(self) -> int:
        return 1 if self.errors else 0


class Progress(Protocol):
    def update(self, n: int = 1) -> None: ...
    def close(self) -> None: ...


class _LogProgress:
    def __init__(self, total: int) -> None:
        self.total, self.done = total, 0

    def update(self, n: int = 1) -> None:
        self.done += n
        log.info("[%d/%d] documents done", self.done, self.total)

    def close(self) -> None:
        pass


def make_progress(total: int, enabled: bool = True) -> Progress:
    """A progress bar on a terminal, plain log lines otherwise."""
    if enabled and sys.stderr.isatty():
        from tqdm import tqdm

        return tqdm(total=total, unit="doc", file=sys.stderr)
    return _LogProgress(total)


@dataclass(frozen=True)
class _Task:
    path: Path
    inp: DocInput
    source_id: str
    fetch_error: str | None = None  # a fetched URL that never gave bytes: why


def _previous_documents(out_dir: Path) -> dict[str, str]:
    """source_id -> sha256 of the previous run, from its manifest."""
    try:
        manifest = json.loads((out_dir / "manifest.json").read_text(encoding="utf-8"))
        return dict(manifest.get("documents", {}))
    except (OSError, ValueError):
        return {}


def run(settings: Settings, progress: bool = True) -> RunSummary:
    """Process every document under settings.raw_dir and write the tables."""
    t0 = time.perf_counter()
    summary = RunSummary()
    store = PartStore(settings.cache_dir or settings.out_dir / ".parts", version=_parts_version(settings))
    previous = _previous_documents(settings.out_dir)
    tasks = []
    fetched = fetched_documents(settings.raw_dir, settings.sources)  # URLs and HTTP outcomes of fetched files
    names = {s.name for s in settings.sources}
    paths = ([d.path for d in fetched.docs if d.path and d.source in names] if settings.fetch
             else discover(settings.raw_dir, settings.extensions))
    for path in paths:
        got = fetched.by_path.get(path.resolve())
        url = got.url if got else local_url(path, settings.raw_dir)
        inp = DocInput(source_url=url, suffix=path.suffix.lower(), http_content_type=got.content_type if got else None,
                       hints=got.hints if got else hints_for(path, settings),
                       ocr=settings.ocr)
        tasks.append(_Task(path, inp, source_id_for(url)))
    if settings.fetch:
        tasks += [_Task(Path(), DocInput(d.url, ""), d.source_id, d.error or "nothing fetched")
                  for d in fetched.docs if d.path is None and d.source in names]
    parts: dict[str, tuple[str, str]] = {}  # source_id -> (sha256, source_url); rows stay on disk
    limit = int(settings.max_file_mb * 1024 * 1024)
    bar = make_progress(len(tasks), progress)
    t_extract = time.perf_counter()

    unread: list[dict] = []  # documents whose bytes could not be had: nothing to key a part by

    def record(task: _Task, sha: str, result: DocResult | dict) -> None:
        part = result.as_part() if isinstance(result, DocResult) else result
        for level, text in part.get("log", ()):
            log.log(level, "%s: %s", task.inp.source_url, text)
        if not sha:
            unread.append(part)
        elif isinstance(result, DocResult):
            store.put(sha, task.source_id, part)
        parts[task.source_id] = (sha, task.inp.source_url)
        bar.update()

    # The pool starts on the first document that needs work: a rerun over unchanged
    # documents never pays for starting workers and loading the model in each.
    with ExitStack() as stack:
        ex: Executor | None = None
        pending: dict[Future, tuple[_Task, str]] = {}
        suspects: list[tuple[_Task, str]] = []  # in flight when a worker died
        window = max(4, 4 * (settings.workers or 2))

        def new_pool():
            return make_executor(settings.executor, settings.workers, settings.dask_address, settings.memory_mb)

        def drain(block_until_below: int) -> None:
            while len(pending) > block_until_below:
                done, _ = wait(list(pending), return_when=FIRST_COMPLETED)
                for fut in done:
                    task, sha = pending.pop(fut)
                    try:
                        result = fut.result()
                    except BrokenExecutor:  # a worker died: its pool fails every pending call
                        suspects.append((task, sha))
                        continue
                    except Exception as e:  # the task could not run
                        result = _error(task.source_id, task.inp, b"", sha, f"worker failed: {type(e).__name__}: {e}")
                    record(task, sha, result)

        for task in tasks:
            if task.fetch_error:
                record(task, "", _error(task.source_id, task.inp, b"", EMPTY_SHA256, task.fetch_error))
                continue
            try:
                size = task.path.stat().st_size
                data = task.path.read_bytes() if size <= limit else b""
            except OSError as e:
                record(task, "", _error(task.source_id, task.inp, b"", EMPTY_SHA256, f"cannot read file: {e.strerror}"))
                continue
            if size > limit:
                record(task, "", _error(task.source_id, task.inp, b"", EMPTY_SHA256,
                                        f"file too large ({size / 1048576:.1f} MB > {settings.max_file_mb:g} MB limit)"))
                continue
            sha = hashlib.sha256(data).hexdigest()
            old = previous.get(task.source_id)
            summary.changes["new" if old is None else "unchanged" if old == sha else "changed"] += 1
            cached = store.get(sha, task.source_id) if settings.use_cache else None
            if cached is not None:
                record(task, sha, cached)
                continue
            summary.processed += 1
            if ex is None:
                ex = stack.enter_context(new_pool())
            try:
                pending[ex.submit(process_with_limit, data, task.inp, settings.timeout_s)] = (task, sha)
            except BrokenExecutor:  # the pool lost a worker: the rest go to a fresh one
                ex = stack.enter_context(new_pool())
                pending[ex.submit(process_with_limit, data, task.inp, settings.timeout_s)] = (task, sha)
            drain(window)
        drain(0)
        _retry_alone(suspects, settings, record)
    bar.close()
    summary.extraction_seconds = time.perf_counter() - t_extract
    summary.changes["removed"] = len(set(previous) - set(parts))
    results = [part for sid, (sha, _) in sorted(parts.items()) if sha and (part := store.get(sha, sid))] + unread
    mark_outcomes(results, fetched)
    for part in results:
        doc = part["document"]
        summary.statuses[doc["status"]] += 1
        if doc["status"] == "error":
            summary.errors.append((doc["source_url"], doc["error"]))
    summary.counts = write_tables(results, settings, documents={sid: sha for sid, (sha, _) in parts.items()},
                                  run_stats={"extractor_version": store.version, "processed": summary.processed,
                                             **summary.changes, "statuses": summary.statuses})
    summary.seconds = time.perf_counter() - t0
    return summary


def _retry_alone(suspects: list, settings: Settings, record) -> None:
    """Rerun, one at a time in a fresh worker, the documents in flight when a worker
    died (killed by the OS, out of memory, a crash in C code). Only a document whose
    own worker dies again gets the error; the others lose nothing."""
    solo = SoloPool(settings.memory_mb)
    try:
        for task, sha in suspects:
            try:
                data = task.path.read_bytes()
                result = solo.call(process_with_limit, data, task.inp, settings.timeout_s)
            except BrokenExecutor:
                result = _error(task.source_id, task.inp, b"", sha,
                                "worker process died while reading it (killed, out of memory or crashed)")
            except Exception as e:
                result = _error(task.source_id, task.inp, b"", sha, f"worker failed: {type(e).__name__}: {e}")
            record(task, sha, result)
    finally:
        solo.close()


def _parts_version(settings: Settings) -> str:
    """The code's version, and the hints' when there are any: a hint added or changed
    rereads the documents it may concern instead of reusing their stored rows."""
    hints = [f"{s.name}: {[getattr(s, k) for k in HINT_KEYS]}" for s in settings.sources
             if any(getattr(s, k) for k in HINT_KEYS)]
    hints += [f"{k}: {v!r}" for k, v in sorted(settings.folders.items())]
    hints += [f"{k}: content_selector {v!r}" for k, v in sorted(settings.content_selectors.items())]
    return extractor_version() + ("-" + hashlib.sha256("\n".join(hints).encode()).hexdigest()[:8] if hints else "")


def hints_for(path: Path, settings: Settings) -> Hints:
    """The hints of the raw/ sub-folder a local document sits in (`settings.folders`)."""
    try:
        rel = path.resolve().relative_to(settings.raw_dir.resolve())
    except ValueError:
        return NO_HINTS
    folder = rel.parts[0] if len(rel.parts) > 1 else None
    hints = settings.folders.get(folder, NO_HINTS) if folder else NO_HINTS
    selector = settings.content_selectors.get(folder) if folder else None
    return replace(hints, content_selector=selector) if selector and not hints.content_selector else hints
