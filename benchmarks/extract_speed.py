"""Benchmark: single-process ``extract()`` throughput, with a breakdown by stage.

Reads the corpus with the project's own source reader into memory first (reading is not timed),
then times, on the same documents, in one process:

* ``extract``: the whole :func:`singleton.extract.extract` call (MB/s of text, characters as
  UTF-8 bytes of the usable texts, the unit the throughput benchmark uses);
* ``prefilter``: the trigger scan alone (:meth:`Prefilter.candidates` on every document), and
  the share of documents and of characters that become candidate windows;
* ``patterns``: the anchored pattern matching on those windows (:meth:`Extractor.matches`),
  without normalisation and resolution; the rest of ``extract`` is mention building.

CPU time of this process (``time.process_time``) is reported next to wall time, because on a
shared machine wall time also measures the neighbours.

    python benchmarks/extract_speed.py --corpus PATH [--limit N] [--repeat R] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time

from singleton.extract import get_extractor
from singleton.sources import open_source


def load(corpus: str, limit: int | None) -> tuple[list[str], list[str], list[str | None], int]:
    ids: list[str] = []
    texts: list[str] = []
    titles: list[str | None] = []
    nbytes = 0
    for batch in open_source(corpus).batches(limit_rows=limit):
        ids += batch.doc_ids
        texts += batch.texts
        titles += batch.titles
        nbytes += batch.bytes
    return ids, texts, titles, nbytes


def _timed(fn) -> tuple[float, float]:
    w, c = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - w, time.process_time() - c


def measure(corpus: str, limit: int | None = None, repeat: int = 1) -> dict:
    ids, texts, titles, nbytes = load(corpus, limit)
    mb = nbytes / 1e6
    ex = get_extractor()
    ex.extract(texts[:20], ids[:20], titles[:20])  # compile patterns, warm caches

    def best(fn) -> tuple[float, float]:
        runs = [_timed(fn) for _ in range(max(1, repeat))]
        return min(r[0] for r in runs), min(r[1] for r in runs)

    rows = [0]

    def run_extract() -> None:
        rows[0] = ex.extract(texts, ids, titles).num_rows

    cands: list = []

    def run_prefilter() -> None:
        cands[:] = [ex.prefilter.candidates(t) for t in texts]

    n_matches = [0]

    def run_patterns() -> None:
        n = 0
        for t, c in zip(texts, cands, strict=True):
            for _ in ex.matches(t, c):
                n += 1
        n_matches[0] = n

    ext_w, ext_c = best(run_extract)
    pre_w, pre_c = best(run_prefilter)
    pat_w, pat_c = best(run_patterns)
    chars = sum(len(t) for t in texts)
    cand_chars = sum(c.end - c.start for cs in cands for c in cs)
    return {
        "corpus": corpus,
        "docs": len(texts),
        "mb": round(mb, 2),
        "rows": rows[0],
        "extract_mb_s": round(mb / ext_c, 2),
        "extract_mb_s_wall": round(mb / ext_w, 2),
        "prefilter_mb_s": round(mb / pre_c, 2),
        "prefilter_share": round(pre_c / ext_c, 3),
        "candidate_docs": round(sum(1 for c in cands if c) / max(1, len(texts)), 3),
        "candidate_windows": sum(len(c) for c in cands),
        "candidate_chars": round(cand_chars / max(1, chars), 3),
        "pattern_s": round(pat_c, 3),
        "pattern_share": round(pat_c / ext_c, 3),
        "pattern_matches": n_matches[0],
        "mention_s": round(max(0.0, ext_c - pre_c - pat_c), 3),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", required=True, help="a corpus path the source reader accepts")
    ap.add_argument("--limit", type=int, default=None, help="read at most N rows")
    ap.add_argument("--repeat", type=int, default=1, help="best of R runs per stage")
    ap.add_argument("--json", action="store_true", help="print one JSON object last")
    args = ap.parse_args(argv)
    r = measure(args.corpus, args.limit, args.repeat)
    if args.json:
        print(json.dumps(r))
        return 0
    print(f"corpus            {r['corpus']}: {r['docs']} docs, {r['mb']} MB of text")
    print(
        f"extract()         {r['extract_mb_s']} MB/s CPU ({r['extract_mb_s_wall']} MB/s wall), "
        f"{r['rows']} rows"
    )
    print(
        f"  prefilter       {r['prefilter_mb_s']} MB/s ({r['prefilter_share']:.0%} of extract);"
        f" candidates: {r['candidate_docs']:.0%} of docs, {r['candidate_windows']} windows, "
        f"{r['candidate_chars']:.0%} of characters"
    )
    print(
        f"  patterns        {r['pattern_s']} s ({r['pattern_share']:.0%} of extract), "
        f"{r['pattern_matches']} regex matches"
    )
    print(f"  mentions        {r['mention_s']} s (normalise, resolve, rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
