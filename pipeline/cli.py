"""Command line: `python run_pipeline.py [--config FILE] [--raw DIR] [--out DIR]`.

Exit status: 0 when every document was read, 1 when some failed (everything else
is still written), 2 for bad usage or an invalid config.
"""
from __future__ import annotations

import argparse
import dataclasses
import logging
import sys
from pathlib import Path

from pipeline.config import ConfigError, load_config


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
    if args.workers is not None and args.workers < 1:
        print("error: --workers must be at least 1", file=sys.stderr)
        return 2
    if not settings.raw_dir.is_dir():
        print(f"error: raw folder {settings.raw_dir} does not exist or is not a folder", file=sys.stderr)
        return 2

    from pipeline.run import run  # heavy imports after argument checks

    summary = run(settings, progress=not args.quiet)
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
