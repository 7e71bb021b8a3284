"""Benchmark: `singleton report` on a database of many mentions (default 10 million).

Generates synthetic mentions (heavy-tailed subject frequencies per category, as real corpora
have) straight into a singleton DuckDB file through the store's Arrow append path, then runs the
real `singleton report --format json` in a subprocess and measures its wall time and the peak
RSS of its process. The statistics are computed from the fingerprints DuckDB aggregates, so
Python never holds the mentions.

    python benchmarks/report_scale.py [--mentions 10000000] [--json] [--keep DB]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import psutil
import pyarrow as pa

from singleton.categories import BUILTIN_CATEGORIES
from singleton.mentions import MENTION_SCHEMA
from singleton.store import Store


def synthetic_batch(rng: np.random.Generator, size: int, categories: list[str], offset: int) -> pa.Table:
    # Zipf(1.6) subject ranks: a few subjects stated thousands of times, most once or twice
    subjects = rng.zipf(1.6, size) % 5_000_000
    category = np.array(categories)[rng.integers(0, len(categories), size)]
    values = rng.integers(0, 3, size)  # occasional conflicting values
    docs = offset + np.arange(size) // 3
    subject_keys = pa.array(np.char.add("person ", subjects.astype(str)))
    value_keys = pa.array(np.char.add("1990-01-0", (values + 1).astype(str)))
    doc_ids = pa.array(docs.astype(str))
    table = pa.table(
        {
            "category": pa.array(category),
            "subject": subject_keys,
            "subject_text": subject_keys,
            "value": value_keys,
            "value_text": value_keys,
            "doc_id": doc_ids,
            "char_start": pa.array(np.zeros(size, np.int64)),
            "char_end": pa.array(np.full(size, 40, np.int64)),
            "snippet": pa.array(np.full(size, "a short snippet of the sentence", object)),
        },
        schema=MENTION_SCHEMA,
    )
    return table.append_column("doc_hash", doc_ids)


def build_db(path: Path, mentions: int, seed: int = 0) -> float:
    rng = np.random.default_rng(seed)
    categories = list(BUILTIN_CATEGORIES)
    started = time.perf_counter()
    with Store(path) as store:
        run = store.create_run(name="synthetic", source={"kind": "synthetic"}, categories=categories,
                               options={}, extractor_version="synthetic")
        done = 0
        while done < mentions:
            size = min(1_000_000, mentions - done)
            batch = synthetic_batch(rng, size, categories, done)
            store.commit_batch(run.id, batch, cursor={"rows": done + size}, documents=size // 3,
                               bytes_read=size * 200, skipped=0)
            done += size
        store.set_status(run.id, "finished")
    return time.perf_counter() - started


def measure_report(db: Path) -> dict[str, float]:
    command = [sys.executable, "-m", "singleton", "--db", str(db), "report", "--format", "json"]
    started = time.perf_counter()
    process = psutil.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    peak = 0
    while process.poll() is None:
        try:
            peak = max(peak, process.memory_info().rss)
        except psutil.NoSuchProcess:
            break
        time.sleep(0.02)
    stdout, stderr = process.communicate()
    elapsed = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"report failed: {stderr.decode()}")
    rows = json.loads(stdout)
    return {"report_s": elapsed, "report_peak_rss_mb": peak / 1e6,
            "categories": len(rows), "examples": sum(r["examples"] for r in rows)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mentions", type=int, default=10_000_000)
    parser.add_argument("--json", action="store_true", help="print one JSON object on the last line")
    parser.add_argument("--keep", type=Path, help="write the database here and keep it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.keep or Path(tmp) / "bench.duckdb"
        build_s = build_db(db, args.mentions)
        result = {"mentions": args.mentions, "build_s": build_s, **measure_report(db),
                  "db_mb": db.stat().st_size / 1e6}
    print(f"{args.mentions:,} mentions written in {result['build_s']:.1f} s "
          f"({args.mentions / result['build_s'] / 1e6:.2f} M rows/s, {result['db_mb']:.0f} MB on disk)")
    print(f"singleton report --format json: {result['report_s']:.2f} s, "
          f"peak RSS {result['report_peak_rss_mb']:.0f} MB, {result['categories']} categories, "
          f"{result['examples']:,} examples")
    if args.json:
        print(json.dumps(result))


if __name__ == "__main__":
    main()
