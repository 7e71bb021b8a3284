"""Per-category report: counts from the database's views, statistics from :mod:`singleton.stats`.

Python never loads the mentions: DuckDB hands over the fingerprint (r, f_r) of each category,
which is all the estimators need however large the corpus.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Sequence
from typing import Any

from singleton import stats
from singleton.categories import BUILTIN_CATEGORIES, Category
from singleton.store import CategoryCounts, Run, Store

# columns of the text/CSV/Markdown table: (key, header, format)
TABLE_COLUMNS: list[tuple[str, str, str]] = [
    ("category", "category", "s"),
    ("examples", "N", "d"),
    ("subjects", "subjects", "d"),
    ("singletons", "f1", "d"),
    ("doubletons", "f2", "d"),
    ("singleton_rate", "sr=f1/N", ".3f"),
    ("singleton_rate_ci", "interval", "ci"),
    ("floor", "floor", "floor"),
    ("ceiling", "ceiling", ".3f"),
    ("pair_singleton_rate", "pair sr", ".3f"),
    ("conflict_rate", "conflict", ".3f"),
]

CAVEATS = (
    "floor = Theorem 2 of Kalai et al. (2025): a lower bound on the hallucination rate of a "
    "calibrated base model (delta = 0) on these arbitrary facts, weighted by how often each "
    "subject is asked in proportion to the training data; 'vacuous' = the finite-sample bound "
    "is <= 0 (too few examples), not a floor of zero."
)


def category_rows(
    store: Store,
    run: Run,
    *,
    unit: str = "document",
    confidence: float = 0.99,
    categories: Sequence[Category] | None = None,
) -> list[dict[str, Any]]:
    """One dict per category of the run with every figure of the JSON contract."""
    summary_by_category = store.fingerprint_summary(run.id, unit)
    known = {c.name: c for c in categories or ()}
    rows = []
    for name in run.categories:
        answer_space = run.options.get("answer_spaces", {}).get(name)
        if answer_space is None:  # runs written before answer spaces were stored with the run
            category = known.get(name) or BUILTIN_CATEGORIES.get(name)
            answer_space = category.answer_space if category else math.nan
        counts = summary_by_category.get(name, CategoryCounts())
        summary = stats.summarize(
            fingerprint=counts.subjects,
            confidence=confidence,
            min_wrong_answers=answer_space,
            max_wrong_answers=answer_space,
        )
        examples = summary["examples"]
        row: dict[str, Any] = {"category": name, **summary}
        row["pair_singleton_rate"] = _ratio(counts.pairs.get(1, 0), examples)
        row["conflict_rate"] = _ratio(counts.conflicting_subjects, summary["subjects"])
        row["pairs"] = sum(counts.pairs.values())
        row["answer_space"] = answer_space
        row["confidence"] = confidence
        row["unit"] = unit
        row["partial_read"] = bool(run.partial or run.status != "finished")
        row["notes"] = _notes(row)
        rows.append(row)
    return rows


def _notes(row: dict[str, Any]) -> list[str]:
    """Plain statements of what a row's numbers do and do not say."""
    if row["examples"] == 0:
        return ["no examples found (N = 0): the rate, interval and floor are undefined"]
    notes = ["singleton_rate_2x, singleton_rate_4x and good_toulmin_4x are extrapolations"]
    if row["floor_vacuous"]:
        notes.append(
            f"floor vacuous: with N = {row['examples']:,} the finite-sample term exceeds the rate"
        )
    if row["partial_read"]:
        notes.append(
            "partial read: the figures describe the part read; extrapolating from a non-random "
            "prefix of the stream is not reliable"
        )
    return notes


GROWTH_FACTORS = (0.1, 0.25, 0.5, 1.0, 2.0, 4.0)


def growth_rows(
    store: Store, run: Run, *, unit: str = "document", factors: Sequence[float] = GROWTH_FACTORS
) -> list[dict[str, Any]]:
    """Singleton rate at fractions and multiples of each category's observed size N: exact
    (hypergeometric) interpolation at or below N, smoothed extrapolation above it."""
    rows = []
    for category, fingerprint in sorted(store.fingerprints(run.id, unit).items()):
        n = sum(r * f for r, f in fingerprint.items())
        for factor in factors:
            size = max(1, round(n * factor)) if factor <= 1 else n * factor
            rows.append({
                "category": category,
                "factor": factor,
                "size": size,
                "singleton_rate": float(stats.singleton_rate_at(fingerprint, size)),
                "extrapolated": bool(stats.is_extrapolation(fingerprint, size)),
            })
    return rows


def format_growth(rows: list[dict[str, Any]]) -> str:
    factors = sorted({r["factor"] for r in rows})
    header = ["category", *(f"{f:g}×N" + ("*" if f > 1 else "") for f in factors)]
    table: dict[str, dict[float, float]] = {}
    for row in rows:
        table.setdefault(row["category"], {})[row["factor"]] = row["singleton_rate"]
    body = [[name, *(f"{by_factor[f]:.3f}" for f in factors)] for name, by_factor in table.items()]
    widths = [max(len(x) for x in col) for col in zip(header, *body)]
    lines = ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths)))
             for r in [header, *body]]
    lines.append("* extrapolated above the observed size (smoothed Good–Toulmin); at or below N: "
                 "exact expectation for a random subsample")
    return "\n".join(lines)


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else math.nan


def _json_safe(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json_safe(v) for v in value]
    return value


def _cell(row: dict[str, Any], key: str, fmt: str) -> str:
    value = row.get(key)
    if fmt == "ci":
        low, high = value or (math.nan, math.nan)
        return "—" if _missing(low) else f"[{low:.3f}, {high:.3f}]"
    if fmt == "floor":
        if _missing(value):
            return "—"
        return "vacuous" if row.get("floor_vacuous") else f"{value:.3f}"
    if _missing(value):
        return "—"
    return format(value, fmt)


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def run_header(run: Run) -> list[str]:
    lines = [
        f"run {run.id} ({run.name}): {run.documents:,} documents, {run.bytes / 1e6:,.1f} MB, "
        f"{run.mentions:,} mentions, status {run.status}"
    ]
    if run.partial or run.status != "finished":
        lines.append(
            "note: the run did not read the whole source, so these figures describe the part "
            "read; extrapolations from a non-random prefix of the stream are not reliable."
        )
    return lines


def table_notes(rows: list[dict[str, Any]]) -> list[str]:
    """Lines under the table for categories whose numbers need a word (N = 0)."""
    return [f"{r['category']}: {r['notes'][0]}" for r in rows if r["examples"] == 0]


def format_table(rows: list[dict[str, Any]]) -> str:
    header = [h for _, h, _ in TABLE_COLUMNS]
    body = [[_cell(r, k, f) for k, _, f in TABLE_COLUMNS] for r in rows]
    widths = [max(len(x) for x in column) for column in zip(header, *body)]
    lines = ["  ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(header, widths)))]
    for cells in body:
        lines.append("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths))))
    return "\n".join(lines)


def format_csv(rows: list[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    fields = [k for k in rows[0] if k != "singleton_rate_ci"] if rows else []
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([*fields, "singleton_rate_ci_low", "singleton_rate_ci_high"])
    for row in rows:
        low, high = row.get("singleton_rate_ci") or (None, None)
        writer.writerow([_csv_value(row[k]) for k in fields] + [_csv_value(low), _csv_value(high)])
    return buffer.getvalue()


def _csv_value(value: Any) -> Any:
    return "" if _missing(value) else value


def format_json(rows: list[dict[str, Any]]) -> str:
    return json.dumps(_json_safe(rows), indent=2)


def format_markdown(rows: list[dict[str, Any]], run: Run, *, charts: Sequence[str] = ()) -> str:
    header = [h for _, h, _ in TABLE_COLUMNS]
    lines = [f"# singleton report: {run.name}", ""]
    lines += [f"{line}  " for line in run_header(run)]
    lines += ["", "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in rows:
        lines.append("| " + " | ".join(_cell(row, k, f) for k, _, f in TABLE_COLUMNS) + " |")
    lines += ["", CAVEATS, ""]
    for chart in charts:
        lines.append(f"![{chart}]({chart})")
    return "\n".join(lines) + "\n"
