"""One run at a time per raw/ folder.

A nightly job that overruns into the next one must not have two crawls writing
the same store, so a fetching run takes an exclusive, non-blocking flock on the
raw/ folder itself, and a run that only reads raw/ takes a shared one: readers
may overlap each other but never a fetch (no lock file to go stale or to need write access; the kernel
drops the lock when the process dies, however it dies).
"""
from __future__ import annotations

import fcntl
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


class LockBusy(RuntimeError):
    """Another run holds the lock; the message says which folder."""


@contextmanager
def run_lock(raw_dir: Path, exclusive: bool = True) -> Iterator[None]:
    """Hold the lock on raw_dir for the duration of the block, or raise LockBusy at once."""
    fd = os.open(raw_dir, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            raise LockBusy(f"another pipeline run is already using {raw_dir}/ "
                           "(it holds the lock); this run exits without doing anything") from None
        yield
    finally:
        os.close(fd)
