"""Time the pipeline on generated corpora of N documents (`make bench`).

    python -m benchmarks.run [--sizes 200,2000,20000] [--workers 2] [--executor processes]

For each N: the generated corpus (benchmarks/generate.py) is run through
`run_pipeline.py` as a user runs it, in a subprocess with a cold cache, once over
its HTML and once over its PDFs, so HTML documents/s and PDF pages/s are each
measured on their own; then both again unchanged (the incremental path a nightly
rerun takes). Peak RSS is the largest sum of resident memory over the whole
process tree (driver and workers), sampled with psutil. trafilatura extracts plain
text from the same HTML files on a pool of the same size, and our HTML time is
printed as a multiple of it. Numbers are printed, never asserted.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

from benchmarks.generate import generate

ROOT = Path(__file__).resolve().parents[1]
WORK = Path(__file__).resolve().parent / ".work"


@dataclass
class Timing:
    seconds: float
    peak_rss_mb: float
    cpu_s: float  # user+sys of the whole tree: what the run costs whatever else the machine does


@dataclass
class Row:
    n: int
    html_docs: int
    pdf_docs: int
    pdf_pages: int
    html_s: float
    pdf_s: float
    html_cpu_s: float
    pdf_cpu_s: float
    rerun_s: float
    peak_rss_mb: float
    trafilatura_s: float

    @property
    def total_s(self) -> float:
        return self.html_s + self.pdf_s


def timed_run(args: list[str], sample_s: float = 0.05) -> Timing:
    """Run a command; its wall time, the peak of its process tree's summed RSS and the
    tree's CPU time (each process's last sample: a worker's final ~50 ms may be missed)."""
    import psutil

    t0 = time.perf_counter()
    proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    root = psutil.Process(proc.pid)
    peak = 0
    cpu: dict[int, float] = {}
    while proc.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            break
        rss = 0
        for p in tree:
            try:
                rss += p.memory_info().rss
                t = p.cpu_times()
                cpu[p.pid] = t.user + t.system
            except psutil.Error:
                pass
        peak = max(peak, rss)
        time.sleep(sample_s)
    out, err = proc.communicate()
    seconds = time.perf_counter() - t0
    if proc.returncode not in (0, 1):  # 1 = some documents failed, still a finished run
        raise RuntimeError(f"{' '.join(args)} exited {proc.returncode}:\n{err[-3000:]}")
    return Timing(seconds, peak / 2**20, sum(cpu.values()))


def pipeline_cmd(raw: Path, out: Path, executor: str, workers: int) -> list[str]:
    return [sys.executable, str(ROOT / "run_pipeline.py"), "--raw", str(raw), "--out", str(out), "-q",
            "--executor", executor, "--workers", str(workers)]


def _trafilatura_chunk(paths: list[str]) -> int:
    import trafilatura

    chars = 0
    for p in paths:
        chars += len(trafilatura.extract(Path(p).read_bytes().decode("utf-8", "replace")) or "")
    return chars


def time_trafilatura(paths: list[Path], workers: int) -> float:
    """trafilatura's plain-text extraction of the same files, on `workers` processes
    (start-up included, as ours is)."""
    chunks = [[str(p) for p in paths[i::workers * 8]] for i in range(workers * 8)]
    t0 = time.perf_counter()
    with ProcessPoolExecutor(max_workers=workers) as ex:
        list(ex.map(_trafilatura_chunk, chunks))
    return time.perf_counter() - t0


def bench_size(n: int, executor: str, workers: int, work: Path) -> Row:
    corpus = work / f"corpus-{n}"
    t0 = time.perf_counter()
    index = generate(n, corpus)
    print(f"[{n}] corpus ready in {time.perf_counter() - t0:.1f} s", file=sys.stderr, flush=True)
    pdfs = [f for f in index["files"] if f["pages"]]
    html_paths = [corpus / f["path"] for f in index["files"] if not f["pages"]]
    times: dict[str, Timing] = {}
    for part in ("html", "pdf"):
        out = work / f"out-{n}-{part}"
        subprocess.run(["rm", "-rf", str(out)], check=True)
        times[part] = timed_run(pipeline_cmd(corpus / part, out, executor, workers))
        print(f"[{n}] {part}: {times[part].seconds:.1f} s, peak {times[part].peak_rss_mb:.0f} MB",
              file=sys.stderr, flush=True)
        times[part + "-rerun"] = timed_run(pipeline_cmd(corpus / part, out, executor, workers))
    traf = time_trafilatura(html_paths, workers)
    return Row(n=n, html_docs=len(html_paths), pdf_docs=len(pdfs), pdf_pages=sum(f["pages"] for f in pdfs),
               html_s=times["html"].seconds, pdf_s=times["pdf"].seconds,
               html_cpu_s=times["html"].cpu_s, pdf_cpu_s=times["pdf"].cpu_s,
               rerun_s=times["html-rerun"].seconds + times["pdf-rerun"].seconds,
               peak_rss_mb=max(t.peak_rss_mb for t in times.values()), trafilatura_s=traf)


def machine() -> str:
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{platform.machine()}, {os.cpu_count()} cores, {mem:.0f} GiB, Python {platform.python_version()}"


def table(rows: list[Row], executor: str, workers: int) -> str:
    lines = [f"machine: {machine()}; load average {os.getloadavg()[0]:.1f} at the end; executor {executor}, "
             f"{workers} workers; cold cache, start-up included. CPU s = user+sys of the whole process tree.",
             "",
             "| N | HTML docs | HTML docs/s | PDF docs (pages) | PDF pages/s | all docs/s | total s | CPU s | "
             "peak RSS MB | unchanged rerun s | trafilatura s (HTML) | ours / trafilatura |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r.n:,} | {r.html_docs:,} | {r.html_docs / r.html_s:.1f} | {r.pdf_docs:,} ({r.pdf_pages:,}) | "
                     f"{r.pdf_pages / r.pdf_s:.1f} | {r.n / r.total_s:.1f} | {r.total_s:.1f} | "
                     f"{r.html_cpu_s + r.pdf_cpu_s:.0f} | {r.peak_rss_mb:.0f} | "
                     f"{r.rerun_s:.1f} | {r.trafilatura_s:.1f} | {r.html_s / r.trafilatura_s:.1f}× |")
    for a, b in zip(rows, rows[1:]):
        lines.append(f"\ngrowth {a.n:,} -> {b.n:,} documents (×{b.n / a.n:g}): time ×{b.total_s / a.total_s:.2f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Time the pipeline on generated corpora.")
    ap.add_argument("--sizes", default="200,2000,20000", help="comma-separated corpus sizes")
    ap.add_argument("--executor", default="processes", choices=("inline", "processes", "dask"))
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--work", type=Path, default=WORK, help="where corpora and outputs go")
    args = ap.parse_args(argv)
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    args.work.mkdir(parents=True, exist_ok=True)
    rows = []
    for n in sizes:
        rows.append(bench_size(n, args.executor, args.workers, args.work))
        (args.work / "results.json").write_text(json.dumps([asdict(r) for r in rows], indent=1))
    print(table(rows, args.executor, args.workers))
    return 0


if __name__ == "__main__":
    sys.exit(main())
