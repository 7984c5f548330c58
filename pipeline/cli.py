"""Command line: `python run_pipeline.py [--config FILE] [--raw DIR] [--out DIR] [--fetch]`.

Every way a run can end has its exit status (EXIT_STATUSES; `--help` and the
README print the same table) and one line on stderr; the run log has the rest.
"""
from __future__ import annotations

import argparse
import dataclasses
import logging
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from pipeline.config import CSV_DIALECTS, ConfigError, Settings, load_config
from pipeline.runlog import console, run_log, say
from pipeline.write import atomic_write

EXIT_STATUSES: dict[int, str] = {
    0: "every document was read (fetched ones that are gone, not found or skipped are not failures)",
    1: "some documents could not be read: each is a `documents` row with status `error` and its reason, "
       "listed at the end; everything else was written",
    2: "bad usage or an invalid config (the message names the option or key): nothing was done",
    3: "another run holds the lock on the raw folder: nothing was done",
    4: "the tables would break the contract (a bug of ours): nothing was written, the previous tables stand",
    5: "a source could not be reached (named on stderr; this wins over 1): the tables were written from the rest",
    70: "internal error (a bug, or the system failing): one line on stderr, the traceback in the run log",
    130: "interrupted (Ctrl-C): the documents read so far are kept, and the next run reuses them",
}


def _epilog() -> str:
    return "exit status:\n" + "\n".join(textwrap.fill(text.replace("`", ""), 79, initial_indent=f"  {code:>3}  ",
                                                       subsequent_indent=" " * 7)
                                         for code, text in EXIT_STATUSES.items())


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="run_pipeline.py", epilog=_epilog(),
                                formatter_class=argparse.RawDescriptionHelpFormatter,
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
    p.add_argument("--explain", type=Path, metavar="FILE",
                   help="print how one document is read: its blocks, the candidate readings with their scores "
                        "and features, the records chosen and where every value came from; writes no tables")
    p.add_argument("--html", type=Path, metavar="OUT", help="with --explain: also write it as one HTML page")
    return p


def _explain(path: Path, html_out: Path | None) -> int:
    from pipeline.explain import as_html, as_text, explain_file
    from pipeline.parse.errors import ParseError

    if not path.is_file():
        return _fail(2, f"--explain: {path} is not a file")
    try:
        ex = explain_file(path)
    except ParseError as e:
        return _fail(1, f"{path}: {e}")
    sys.stdout.write(as_text(ex))
    if html_out:
        atomic_write(html_out, as_html(ex).encode("utf-8"))
        say(f"explanation written to {html_out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.html and not args.explain:
        parser.error("--html goes with --explain FILE")
    with console(args.quiet):
        if args.explain:
            return _explain(args.explain, args.html)
        try:
            settings = _settings(args)
        except ConfigError as e:
            return _fail(2, str(e))
        with run_log(settings.log_dir or Path(settings.out_dir).parent / "logs") as log_file:
            return _guarded(settings, args.quiet, log_file)


def _settings(args: argparse.Namespace) -> Settings:
    """The config with the command line applied, checked before any work; ConfigError says what is wrong."""
    config_path = args.config
    if config_path is None and Path("config.yaml").exists():
        config_path = Path("config.yaml")
    settings = load_config(config_path)
    options = {"raw_dir": args.raw, "out_dir": args.out, "executor": "dask" if args.dask_address else args.executor,
               "workers": args.workers, "dask_address": args.dask_address, "csv_dialect": args.csv_dialect,
               "use_cache": False if args.no_cache else None, "fetch": args.fetch or None}
    try:
        settings = dataclasses.replace(settings, **{k: v for k, v in options.items() if v is not None})
    except ValueError as e:  # pydantic's ValidationError: an option the schema refuses
        first = e.errors()[0]  # type: ignore[attr-defined]
        raise ConfigError(f"--{str(first['loc'][0]).replace('_', '-')}: {first['msg']}") from None
    if settings.fetch:
        if not settings.sources:
            raise ConfigError("--fetch needs at least one entry under 'sources' in the config")
        _writable(settings.raw_dir, "raw folder")
    if not settings.raw_dir.is_dir():
        raise ConfigError(f"raw folder {settings.raw_dir} does not exist or is not a folder")
    _writable(settings.out_dir, "output folder")
    return settings


def _writable(folder: Path, what: str) -> None:
    """Make the folder if needed and a file in it, or say why that cannot be done."""
    if folder.exists() and not folder.is_dir():
        raise ConfigError(f"{what} {folder} is a file, not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tempfile.TemporaryFile(dir=folder).close()
    except OSError as e:
        raise ConfigError(f"{what} {folder} cannot be written: {e.strerror or e}") from None


def _fail(status: int, message: str, exc_info: bool = False) -> int:
    say(f"error: {message}", logging.ERROR, exc_info=exc_info)
    return status


def _guarded(settings: Settings, quiet: bool, log_file: Path | None) -> int:
    """The run, with every way it can end turned into its exit status and one line."""
    from pipeline.fetch.lock import LockBusy, run_lock

    try:
        with run_lock(settings.raw_dir, exclusive=settings.fetch):
            return _run(settings, quiet)
    except LockBusy as e:
        return _fail(3, str(e))
    except KeyboardInterrupt:
        return _fail(130, "interrupted; the documents read so far are kept, and the next run reuses them")
    except Exception as e:
        where = f"the traceback is in {log_file}" if log_file else "no run log could be opened for the traceback"
        return _fail(70, f"internal error: {type(e).__name__}: {e} ({where})", exc_info=True)


def _run(settings: Settings, quiet: bool) -> int:
    unreachable: list[tuple[str, str]] = []
    if settings.fetch:
        from pipeline.fetch.crawl import fetch_sources

        t0 = time.perf_counter()
        rep = fetch_sources(settings)
        say(f"fetch: {len(rep.fetched)} new or changed, {len(rep.not_modified)} not modified, {len(rep.gone)} gone, "
            f"{len(rep.not_found)} not found, {len(rep.skipped)} skipped, {len(rep.failed)} failed, "
            f"{len(rep.refused)} links outside the allow lists; "
            f"{rep.requests} requests in {time.perf_counter() - t0:.1f} s")
        unreachable = rep.unreachable

    from pipeline.datapackage import ValidationError
    from pipeline.run import run  # heavy imports after argument checks

    try:
        summary = run(settings, progress=not quiet)
    except ValidationError as e:
        # a bug of ours, not of the input: nothing was written, the old tables stand
        first = " ".join(line.strip() for line in str(e).splitlines()[:2])
        return _fail(4, f"{first} (previous tables kept; every problem is in the run log)", exc_info=True)
    c, ch = summary.counts, summary.changes
    say("documents: " + ", ".join(f"{n} {status}" for status, n in summary.statuses.items())
        + f" ({ch['new']} new, {ch['changed']} changed, {ch['unchanged']} unchanged, {ch['removed']} removed; "
          f"{summary.processed} processed)")
    say(f"projects: {c.get('projects', 0)}, contacts: {c.get('contacts', 0)}, funding rows: {c.get('funding', 0)}, "
        f"organisations: {c.get('organisations', 0)}, attachments: {c.get('attachments', 0)}")
    for url, reason in summary.errors:
        say(f"  failed: {url}: {reason}")
    say(f"tables written to {settings.out_dir}/ in {summary.seconds:.1f} s")
    for name, reason in unreachable:
        _fail(5, f"source {name!r} could not be reached: {reason}")
    return 5 if unreachable else summary.exit_code


if __name__ == "__main__":
    sys.exit(main())
