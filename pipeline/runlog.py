"""What a run says, and where: the console, and one log file per run.

The console (stderr) shows one line per record, at the level asked for (-q:
warnings and up). The run log (`logs/run-*.log`) keeps everything at INFO with
tracebacks, so a scheduled run can be explained afterwards. Whatever any module
logs at WARNING or above while a document is read, in this process or in a
worker, travels back with the document's rows (`document_log`) and the driver
logs it naming the document: the same lines whichever executor ran it.
"""
from __future__ import annotations

import logging
import os
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
log = logging.getLogger(__name__)
_READING: set[int] = set()  # threads reading a document: what they log goes with it, not to the handlers


class _OneLine(logging.Formatter):
    """The console's format: the first line of a record; tracebacks stay in the run log."""

    def format(self, record: logging.LogRecord) -> str:
        return super().format(record).split("\n", 1)[0]


def _outside_documents(record: logging.LogRecord) -> bool:
    return record.thread not in _READING


def _not_printed(record: logging.LogRecord) -> bool:
    return not getattr(record, "printed", False)


@contextmanager
def console(quiet: bool) -> Iterator[None]:
    """Log to stderr while the block runs: INFO and up, or WARNING and up when quiet."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_OneLine(FORMAT))
    handler.setLevel(logging.WARNING if quiet else logging.INFO)
    handler.addFilter(_outside_documents)
    handler.addFilter(_not_printed)
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    try:
        yield
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)


def say(line: str, level: int = logging.INFO, exc_info: bool = False) -> None:
    """A line for the operator: printed (stdout, or stderr from WARNING up) and kept in the run log."""
    print(line, file=sys.stderr if level >= logging.WARNING else sys.stdout, flush=True)
    log.log(level, "%s", line, exc_info=exc_info, extra={"printed": True})


@contextmanager
def run_log(log_dir: Path) -> Iterator[Path | None]:
    """One log file per run, so a scheduled job's history can be read afterwards; yields its path."""
    path = log_dir / f"run-{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}.log"
    root = logging.getLogger()
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError as e:
        log.warning("no run log file (%s)", e)
        yield None
        return
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(_outside_documents)
    root.addHandler(handler)
    log.info("run log: %s", path)
    try:
        yield path
    finally:
        root.removeHandler(handler)
        handler.close()


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.thread = threading.get_ident()
        self.lines: list[list] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self.thread:
            self.lines.append([record.levelno, self.format(record)])


@contextmanager
def document_log() -> Iterator[list[list]]:
    """What this thread logs at WARNING and up while it reads one document, as [level, text]
    pairs (tracebacks included), kept for the driver instead of reaching any handler bare."""
    collect = _Collect()
    root = logging.getLogger()
    root.addHandler(collect)
    _READING.add(collect.thread)
    try:
        yield collect.lines
    finally:
        _READING.discard(collect.thread)
        root.removeHandler(collect)
