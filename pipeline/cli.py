"""Command line: `python run_pipeline.py [--config FILE] [--raw DIR] [--out DIR]`.

Exit status: 0 when every document was read, 1 when some failed (everything else
is still written), 2 for bad usage or an invalid config, 3 when another run holds
the raw folder's lock (see docs/scheduling.md), 4 when the tables would break the
contract (nothing is written).
"""
from __future__ import annotations

import argparse
import dataclasses
import logging
import os
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from pipeline.config import CSV_DIALECTS, ConfigError, load_config


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="run_pipeline.py",
                                description="Extract Finnish project data from raw pages and PDFs into tables.")
    p.add_argument("--config", type=Path, default=None, help="YAML config (default: config.yaml if present)")
    p.add_argument("--raw", type=Path, default=None, help="folder of .html/.htm/.pdf/.txt documents (recursive)")
    p.add_argument("--out", type=Path, default=None, help="folder for the output tables")
    p.add_argument("--executor", choices=("inline", "processes", "dask"), default=None,
                   help="where documents are processed (default from config: inline)")
    p.add_argument("--workers", type=int, default=None, help="worker processes (default: number of cores)")
    p.add_argument("--dask-address", default=None, help="scheduler of an existing Dask cluster, tcp://host:8786")
    p.add_argument("--no-cache", action="store_true", help="reprocess every document, ignoring stored parts")
    p.add_argument("-q", "--quiet", action="store_true", help="only warnings and the summary")
    p.add_argument("--csv-dialect", choices=CSV_DIALECTS, default=None,
                   help="CSV flavour: default (comma) or excel-fi (semicolon, decimal comma, UTF-8 with BOM)")
    p.add_argument("--fetch", action="store_true",
                   help="first crawl the config's sources into the raw folder (conditional requests), "
                        "then process what was fetched")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    config_path = args.config
    if config_path is None and Path("config.yaml").exists():
        config_path = Path("config.yaml")
    try:
        settings = load_config(config_path)
    except ConfigError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if args.raw is not None:
        settings = dataclasses.replace(settings, raw_dir=args.raw)
    if args.out is not None:
        settings = dataclasses.replace(settings, out_dir=args.out)
    overrides = {"executor": args.executor, "workers": args.workers, "dask_address": args.dask_address}
    settings = dataclasses.replace(settings, **{k: v for k, v in overrides.items() if v is not None})
    if args.dask_address and settings.executor != "dask":
        settings = dataclasses.replace(settings, executor="dask")
    if args.no_cache:
        settings = dataclasses.replace(settings, use_cache=False)
    if args.csv_dialect is not None:
        settings = dataclasses.replace(settings, csv_dialect=args.csv_dialect)
    if args.workers is not None and args.workers < 1:
        print("error: --workers must be at least 1", file=sys.stderr)
        return 2
    if args.fetch:
        if not settings.sources:
            print("error: --fetch needs at least one entry under 'sources' in the config", file=sys.stderr)
            return 2
        settings = dataclasses.replace(settings, fetch=True)
        settings.raw_dir.mkdir(parents=True, exist_ok=True)
    if not settings.raw_dir.is_dir():
        print(f"error: raw folder {settings.raw_dir} does not exist or is not a folder", file=sys.stderr)
        return 2
    from pipeline.fetch.lock import LockBusy, run_lock

    try:
        with run_lock(settings.raw_dir, exclusive=settings.fetch), _run_log(settings):
            return _run(settings, args.quiet)
    except LockBusy as e:
        print(f"error: {e}", file=sys.stderr)
        return 3


@contextmanager
def _run_log(settings) -> Iterator[None]:
    """One log file per run, so a scheduled job's history can be read afterwards."""
    log_dir = settings.log_dir or Path(settings.out_dir).parent / "logs"
    path = log_dir / f"run-{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}.log"
    root = logging.getLogger()
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError as e:
        root.warning("no run log file (%s)", e)
        yield
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for h in root.handlers:
        if h.level == logging.NOTSET:
            h.setLevel(root.level)  # the console keeps the level the user asked for
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    root.info("run log: %s", path)
    try:
        yield
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
        handler.close()


def _run(settings, quiet: bool) -> int:
    if settings.fetch:
        from pipeline.fetch.crawl import fetch_sources

        t0 = time.perf_counter()
        rep = fetch_sources(settings)
        print(f"fetch: {len(rep.fetched)} new or changed, {len(rep.not_modified)} not modified, "
              f"{len(rep.gone)} gone, {len(rep.failed)} failed, {len(rep.refused)} links refused; "
              f"{rep.requests} requests in {time.perf_counter() - t0:.1f} s")
        for url, reason in rep.failed:
            print(f"  not fetched: {url}: {reason}")

    from pipeline.datapackage import ValidationError
    from pipeline.run import run  # heavy imports after argument checks

    try:
        summary = run(settings, progress=not quiet)
    except ValidationError as e:
        # a bug of ours, not of the input: nothing was written, the old tables stand
        print(f"error: {str(e).splitlines()[0]} (previous tables kept; see the log)", file=sys.stderr)
        logging.getLogger("pipeline").error("%s", e)
        return 4
    c = summary.counts
    ch = summary.changes
    print(f"documents: {summary.ok} ok, {len(summary.errors)} error "
          f"({ch['new']} new, {ch['changed']} changed, {ch['unchanged']} unchanged, {ch['gone']} gone; "
          f"{summary.processed} processed)")
    print(f"projects: {c.get('projects', 0)}, contacts: {c.get('contacts', 0)}, funding rows: {c.get('funding', 0)}, "
          f"organisations: {c.get('organisations', 0)}, attachments: {c.get('attachments', 0)}")
    for url, reason in summary.errors:
        print(f"  failed: {url}: {reason}")
    print(f"tables written to {settings.out_dir}/ in {summary.seconds:.1f} s")
    return summary.exit_code


if __name__ == "__main__":
    sys.exit(main())
