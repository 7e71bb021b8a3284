"""Soak: the whole pipeline over the shared Wikipedia corpus, three times in a row into ONE
database, with the memory of the whole process tree sampled throughout.

Each pass is a complete `singleton run` of the same corpus (96,339 records, 56 M characters),
so the database ends with three finished runs. What it shows:

- memory does not grow from pass to pass: the peak RSS of the process tree (the main process,
  which reads, commits and holds DuckDB, plus its extraction workers) in the last pass is within
  a small margin of the first pass's, although the database has grown three-fold;
- counting is deterministic: documents, bytes, skipped rows, mentions and every category's
  examples / subjects / singletons are identical in every pass.

By default the passes run in this one long-lived process (``singleton.cli.main``, the CLI's own
entry point, called three times), which is where a leak would accumulate; ``--subprocess`` runs
each pass as a separate ``python -m singleton run`` instead. RSS is sampled with psutil every
``--interval`` seconds and summed over the process and all its descendants (shared library pages
are counted once per process, so the tree total overstates physical memory somewhat).

    python benchmarks/soak.py [--passes 3] [--workers 2] [--limit-docs N] [--subprocess] [--json]

Exit status 0 when counts are identical and growth is within ``--max-growth-mb``, 1 otherwise,
2 when the shared corpus is absent.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import psutil

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SINGLETON_SHARED_DATA", REPO.parent / "shared" / "data"))
CORPUS = SHARED / "enwiki-2021" / "enwiki_new_docs.jsonl.gz"
MB = 1024 * 1024


def tree_rss(root: psutil.Process) -> tuple[int, int, int]:
    """(bytes of the whole tree, bytes of ``root``, number of processes)."""
    try:
        procs = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0, 0, 0
    total, main, count = 0, 0, 0
    for proc in procs:
        try:
            rss = proc.memory_info().rss
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
        total += rss
        count += 1
        if proc.pid == root.pid:
            main = rss
    return total, main, count


class Sampler:
    """Samples the RSS of a process tree in a background thread."""

    def __init__(self, pid: int, interval: float) -> None:
        self.root = psutil.Process(pid)
        self.interval = interval
        self.samples: list[tuple[float, int, int, int]] = []  # (t, tree, main, processes)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._started = time.monotonic()

    def _loop(self) -> None:
        while not self._stop.is_set():
            total, main, count = tree_rss(self.root)
            if count:
                self.samples.append((time.monotonic() - self._started, total, main, count))
            self._stop.wait(self.interval)

    def __enter__(self) -> Sampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


@dataclass
class Pass:
    number: int
    run_id: int
    seconds: float
    documents: int
    bytes: int
    skipped: int
    mentions: int
    categories: dict[str, dict[str, int]]
    peak_tree_mb: float
    peak_main_mb: float
    median_tree_mb: float
    end_main_mb: float
    max_processes: int
    db_mb: float
    samples: int
    timeline_mb: list[tuple[float, float]] = field(default_factory=list)

    @property
    def counts(self) -> tuple[Any, ...]:
        return (self.documents, self.bytes, self.skipped, self.mentions,
                json.dumps(self.categories, sort_keys=True))


def run_counts(db: Path, run_id: int | None = None) -> tuple[int, dict[str, Any], dict[str, Any]]:
    """The newest run's counters and per-category counts, read after the pass in a separate
    process, so that the measured process does no work beyond the passes themselves."""
    done = subprocess.run(
        [sys.executable, __file__, "--counts-of", str(db), *([str(run_id)] if run_id else [])],
        capture_output=True, text=True, check=True,
    )
    run, counters, cats = json.loads(done.stdout)
    return run, counters, cats


def _run_counts_here(db: Path, run_id: int | None = None) -> tuple[int, dict[str, Any],
                                                                   dict[str, Any]]:
    from singleton.store import Store

    with Store(db, read_only=True) as store:
        runs = store.runs()
        run = runs[-1] if run_id is None else store.run(run_id)
        rows = store.con.execute(
            "SELECT category, examples, subjects, singletons, doubletons, pairs "
            "FROM category_stats WHERE run_id = ? ORDER BY category", [run.id]
        ).fetchall()
        cats = {
            row[0]: dict(zip(("examples", "subjects", "singletons", "doubletons", "pairs"),
                             (int(v or 0) for v in row[1:])))
            for row in rows
        }
        counters = {"status": run.status, "documents": run.documents, "bytes": run.bytes,
                    "skipped": run.skipped, "mentions": run.mentions}
    return run.id, counters, cats


def one_pass(number: int, argv: list[str], db: Path, *, subprocess_mode: bool,
             interval: float) -> Pass:
    started = time.perf_counter()
    if subprocess_mode:
        proc = subprocess.Popen([sys.executable, "-m", "singleton", *argv],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        with Sampler(proc.pid, interval) as sampler:
            _, stderr = proc.communicate()
        status = proc.returncode
    else:
        from singleton.cli import main

        stderr_buffer = io.StringIO()
        with Sampler(os.getpid(), interval) as sampler, \
                contextlib.redirect_stderr(stderr_buffer):
            status = main(argv)
        stderr = stderr_buffer.getvalue()
    seconds = time.perf_counter() - started
    if status != 0:
        raise SystemExit(f"pass {number} failed with exit status {status}:\n{stderr}")
    end_main = tree_rss(psutil.Process(os.getpid()))[1] if not subprocess_mode else 0
    run_id, counters, cats = run_counts(db)
    if counters["status"] != "finished":
        raise SystemExit(f"pass {number}: run {run_id} is {counters['status']}")
    trees = sorted(s[1] for s in sampler.samples) or [0]
    return Pass(
        number=number, run_id=run_id, seconds=round(seconds, 2),
        documents=counters["documents"], bytes=counters["bytes"], skipped=counters["skipped"],
        mentions=counters["mentions"], categories=cats,
        peak_tree_mb=round(max(s[1] for s in sampler.samples) / MB, 1) if sampler.samples else 0,
        peak_main_mb=round(max(s[2] for s in sampler.samples) / MB, 1) if sampler.samples else 0,
        median_tree_mb=round(trees[len(trees) // 2] / MB, 1),
        end_main_mb=round(end_main / MB, 1),
        max_processes=max((s[3] for s in sampler.samples), default=0),
        db_mb=round(db.stat().st_size / MB, 1),
        samples=len(sampler.samples),
        timeline_mb=[(round(t, 1), round(tree / MB, 1)) for t, tree, _, _ in sampler.samples[::10]],
    )


def main() -> int:
    if sys.argv[1:2] == ["--counts-of"]:  # internal: see run_counts
        run_id = int(sys.argv[3]) if len(sys.argv) > 3 else None
        print(json.dumps(_run_counts_here(Path(sys.argv[2]), run_id)))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--db", type=Path, help="database file (default: a fresh temporary one)")
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument("--limit-docs", type=int, help="read only the first N records per pass")
    parser.add_argument("--interval", type=float, default=0.2, help="RSS sampling period (s)")
    parser.add_argument("--subprocess", action="store_true",
                        help="run each pass as its own `python -m singleton run` process")
    parser.add_argument("--max-growth-mb", type=float, default=50.0,
                        help="allowed rise of the peak tree RSS from the first to the last pass")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()

    if not args.corpus.is_file():
        print(f"skipped: the shared corpus is not at {args.corpus} (set SINGLETON_SHARED_DATA)",
              file=sys.stderr)
        return 2
    workdir = None
    if args.db is None:
        workdir = tempfile.TemporaryDirectory(prefix="singleton-soak-")
        db = Path(workdir.name) / "soak.duckdb"
    else:
        db = args.db
        if db.exists():
            raise SystemExit(f"{db} exists; the soak starts from an empty database")
    argv = ["--db", str(db), "run", str(args.corpus), "--workers", str(args.workers), "--quiet"]
    if args.limit_docs:
        argv += ["--limit-docs", str(args.limit_docs)]

    passes: list[Pass] = []
    for number in range(1, args.passes + 1):
        done = one_pass(number, argv, db, subprocess_mode=args.subprocess, interval=args.interval)
        passes.append(done)
        if not args.json:
            print(f"pass {number}: run {done.run_id}, {done.seconds:.1f} s, "
                  f"{done.documents:,} records ({done.skipped:,} skipped), "
                  f"{done.bytes / 1e6:,.1f} MB of text, {done.mentions:,} mentions, "
                  f"peak RSS tree {done.peak_tree_mb:,.0f} MB (main {done.peak_main_mb:,.0f} MB, "
                  f"{done.max_processes} processes), DB {done.db_mb:,.1f} MB", flush=True)

    first, last = passes[0], passes[-1]
    identical = all(p.counts == first.counts for p in passes)
    growth_tree = round(last.peak_tree_mb - first.peak_tree_mb, 1)
    growth_main = round(last.peak_main_mb - first.peak_main_mb, 1)
    # what a long-lived process keeps after each pass (in-process mode only): a leak shows here
    growth_end = round(last.end_main_mb - first.end_main_mb, 1)
    stable = growth_tree <= args.max_growth_mb and growth_end <= args.max_growth_mb
    _, _, merged = run_counts(db, first.run_id)  # the first run is unchanged by the later ones
    first_unchanged = merged == first.categories
    result = {
        "corpus": str(args.corpus),
        "mode": "subprocess" if args.subprocess else "in-process",
        "workers": args.workers,
        "passes": [{k: v for k, v in asdict(p).items() if k != "categories"} for p in passes],
        "categories_per_pass": first.categories,
        "counts_identical": identical,
        "first_run_unchanged": first_unchanged,
        "peak_tree_growth_mb": growth_tree,
        "peak_main_growth_mb": growth_main,
        "end_main_growth_mb": None if args.subprocess else growth_end,
        "max_growth_mb": args.max_growth_mb,
        "memory_stable": stable,
        "docs_per_s": [round(p.documents / p.seconds) for p in passes],
        "text_mb_per_s": [round(p.bytes / 1e6 / p.seconds, 2) for p in passes],
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"counts identical in every pass: {identical} "
              f"({first.mentions:,} mentions, {len(first.categories)} categories)")
        print(f"peak RSS of the process tree, last pass minus first: {growth_tree:+.1f} MB "
              f"({first.peak_tree_mb:,.0f} -> {last.peak_tree_mb:,.0f} MB)")
        if not args.subprocess:
            print(f"RSS of the main process after each pass: "
                  f"{' -> '.join(f'{p.end_main_mb:,.0f}' for p in passes)} MB "
                  f"({growth_end:+.1f} MB)")
        print(f"peak RSS of the main process per pass (DuckDB checkpoints included): "
              f"{' / '.join(f'{p.peak_main_mb:,.0f}' for p in passes)} MB")
        print(f"verdict (allowed growth {args.max_growth_mb:.0f} MB): "
              f"{'no growth' if stable else 'GROWTH'}")
        print(f"database after {len(passes)} passes: {last.db_mb:,.1f} MB")
    if workdir is not None:
        workdir.cleanup()
    return 0 if identical and stable and first_unchanged else 1


if __name__ == "__main__":
    sys.exit(main())
