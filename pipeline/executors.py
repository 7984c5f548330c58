"""Where the per-document work runs, behind `concurrent.futures.Executor`.

* `inline`: in the calling process, one document at a time (tests, debugging).
* `processes`: a local process pool; each worker loads the spaCy model once in its
  initializer, so nothing heavy is ever pickled.
* `dask`: Dask distributed (`pip install .[dask]`), against a running scheduler
  (`--dask-address tcp://host:8786`) or an in-process LocalCluster. Workers load the
  model on first use, once per worker process.

The pipeline's stages never import Dask: only this module does, and only when
asked for it. The driver sees an Executor and nothing else.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
from concurrent.futures import BrokenExecutor, Executor, Future, ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any, Callable, Iterator

EXECUTORS = ("inline", "processes", "dask")


class InlineExecutor(Executor):
    """Runs each call at submit time in this process; returns a finished Future."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future:
        fut: Future = Future()
        try:
            fut.set_result(fn(*args, **kwargs))
        except BaseException as e:  # the driver turns it into an error row
            fut.set_exception(e)
        return fut


def worker_init(memory_mb: int | None = None) -> None:
    """Per-worker set-up: an address-space cap and the model, loaded once. Ctrl-C is the
    driver's to handle (it stops the run with one line); a worker ignores it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if memory_mb:
        limit_memory(memory_mb)
    from pipeline.nlp import get_nlp

    get_nlp()


def limit_memory(memory_mb: int) -> None:
    """Cap this process's address space so a hostile document fails with MemoryError
    instead of taking the machine down."""
    try:
        import resource

        limit = memory_mb * 1024 * 1024
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard == resource.RLIM_INFINITY or hard > limit:
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, ValueError, OSError):  # not on this platform; the time limit still holds
        pass


class SoloPool:
    """Runs one call at a time in a single worker process, started on first use and
    again after a death: a document whose worker died is retried here, alone, so a
    second death can only be its own."""

    def __init__(self, memory_mb: int | None = None) -> None:
        self.memory_mb = memory_mb
        self._pool: ProcessPoolExecutor | None = None

    def call(self, fn: Callable[..., Any], /, *args: Any) -> Any:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("forkserver"),
                                             initializer=worker_init, initargs=(self.memory_mb,))
        try:
            return self._pool.submit(fn, *args).result()
        except BrokenExecutor:
            self.close()
            raise

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


@contextmanager
def make_executor(kind: str = "inline", workers: int | None = None, dask_address: str | None = None,
                  memory_mb: int | None = None) -> Iterator[Executor]:
    """An executor of the given kind, shut down on exit."""
    if kind not in EXECUTORS:
        raise ValueError(f"unknown executor {kind!r}; expected one of {', '.join(EXECUTORS)}")
    if kind == "inline":
        yield InlineExecutor()
        return
    n = workers or os.cpu_count() or 1
    if kind == "processes":
        ctx = multiprocessing.get_context("forkserver")
        ex = ProcessPoolExecutor(max_workers=n, mp_context=ctx, initializer=worker_init, initargs=(memory_mb,))
        try:
            yield ex
        finally:  # after Ctrl-C or an error, documents not started yet are not waited for
            ex.shutdown(wait=True, cancel_futures=True)
        return
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as e:  # pragma: no cover - depends on the install
        raise RuntimeError("the dask executor needs the optional extra: pip install '.[dask]'") from e
    if dask_address:
        client = Client(dask_address)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        yield client.get_executor(pure=False)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
