"""How well does the singleton rate extrapolate? A check on real counts.

Takes the subject counts of each category of a finished run, draws a random subsample of a
quarter of the examples (without replacement), extrapolates the subsample's singleton rate to 2×
and 4× its size with :func:`singleton.stats.singleton_rate_at`, and compares with the exact rate
of the full counts at those sizes (exact interpolation, since 2× and 4× the subsample are ≤ N).

    python benchmarks/extrapolation_check.py --db singleton.duckdb [--run ID] [--seeds 5] [--json]
"""

from __future__ import annotations

import argparse
import json

import numpy as np

from singleton import stats
from singleton.store import Store


def check(counts: np.ndarray, rng: np.random.Generator) -> dict[str, float]:
    n = int(counts.sum())
    examples = np.repeat(np.arange(len(counts)), counts)
    sample = np.bincount(rng.choice(examples, n // 4, replace=False))
    sample = sample[sample > 0]
    m = int(sample.sum())
    row = {"n": n, "subsample": m, "subsample_rate": stats.singleton_rate(sample)}
    for factor in (2, 4):
        row[f"predicted_{factor}x"] = float(stats.singleton_rate_at(sample, factor * m))
        row[f"true_{factor}x"] = float(stats.singleton_rate_at(counts, factor * m))
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True)
    parser.add_argument("--run", type=int)
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--min-examples", type=int, default=1000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with Store(args.db, read_only=True) as store:
        run = store.report_run(args.run)
        fingerprints = store.fingerprints(run.id)
    results = {}
    for category, fingerprint in sorted(fingerprints.items()):
        counts = stats.counts_from_fingerprint(fingerprint)
        if counts.sum() < args.min_examples:
            continue
        rows = [check(counts, np.random.default_rng(seed)) for seed in range(args.seeds)]
        mean = {k: float(np.mean([r[k] for r in rows])) for k in rows[0]}
        results[category] = mean
        print(f"{category:18s} N={mean['n']:>8,.0f}  from 25%: sr {mean['subsample_rate']:.3f}  "
              f"2x pred {mean['predicted_2x']:.3f} true {mean['true_2x']:.3f}  "
              f"4x pred {mean['predicted_4x']:.3f} true {mean['true_4x']:.3f}")
    if args.json:
        print(json.dumps(results))


if __name__ == "__main__":
    main()
