"""Compare two runs: per-category singleton rates and floors side by side, with the difference.

The runs may live in one database or two (``singleton compare A B --db-b OTHER.duckdb``). Each
side's figures are exactly those of :func:`singleton.report.category_rows`; this module only
pairs them up (by category name, run A's order first) and formats the pairs.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from singleton import stats
from singleton.report import _json_safe
from singleton.store import Run

#: Figures copied from each side's report row, suffixed ``_a`` / ``_b``.
SIDE_KEYS = (
    "examples", "subjects", "singletons", "doubletons", "singleton_rate", "singleton_rate_ci",
    "floor", "floor_vacuous", "ceiling", "pair_singleton_rate", "conflict_rate",
)

TABLE_COLUMNS: list[tuple[str, str, str]] = [
    ("category", "category", "s"),
    ("examples_a", "N A", "d"),
    ("examples_b", "N B", "d"),
    ("singleton_rate_a", "sr A", ".3f"),
    ("singleton_rate_b", "sr B", ".3f"),
    ("singleton_rate_diff", "Δ sr", "+.3f"),
    ("singleton_rate_diff_ci", "Δ sr interval", "ci"),
    ("floor_a", "floor A", "floor_a"),
    ("floor_b", "floor B", "floor_b"),
    ("floor_diff", "Δ floor", "floor_diff"),
]


def _esty_variance(row: dict[str, Any]) -> float:
    """Esty's variance of f1/N, ``(f1(N − f1) + 2·N·f2) / N³`` (nan when N = 0)."""
    n, f1, f2 = row.get("examples") or 0, row.get("singletons") or 0, row.get("doubletons") or 0
    if not n:
        return math.nan
    return (f1 * (n - f1) + 2 * n * f2) / n**3


def compare_rows(
    rows_a: Sequence[dict[str, Any]], rows_b: Sequence[dict[str, Any]]
) -> list[dict[str, Any]]:
    """One dict per category present in either run.

    Keys: ``category``; each of :data:`SIDE_KEYS` with ``_a`` and ``_b`` (``None`` where the
    category is not in that run); ``singleton_rate_diff`` (B − A), ``singleton_rate_diff_ci``
    (Esty's normal interval for the difference, treating the two runs as independent samples —
    too wide when they share documents, meaningless when one contains the other; ``None`` when
    either rate has zero Esty variance), ``floor_diff`` (B − A of the clipped floors) and
    ``confidence``.
    """
    by_a = {r["category"]: r for r in rows_a}
    by_b = {r["category"]: r for r in rows_b}
    names = list(by_a) + [name for name in by_b if name not in by_a]
    confidence = next((r.get("confidence") for r in (*rows_a, *rows_b) if r.get("confidence")),
                      0.99)
    z = stats._z(confidence)
    out = []
    for name in names:
        a, b = by_a.get(name), by_b.get(name)
        row: dict[str, Any] = {"category": name, "confidence": confidence}
        for side, source in (("a", a), ("b", b)):
            for key in SIDE_KEYS:
                row[f"{key}_{side}"] = source.get(key) if source else None
        rate_a, rate_b = row["singleton_rate_a"], row["singleton_rate_b"]
        diff = ci = None
        if _number(rate_a) and _number(rate_b):
            diff = rate_b - rate_a
            variance = _esty_variance(a or {}) + _esty_variance(b or {})
            if variance > 0:
                half = z * math.sqrt(variance)
                ci = [diff - half, diff + half]
        row["singleton_rate_diff"] = diff
        row["singleton_rate_diff_ci"] = ci
        floor_a, floor_b = row["floor_a"], row["floor_b"]
        row["floor_diff"] = floor_b - floor_a if _number(floor_a) and _number(floor_b) else None
        out.append(row)
    return out


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not (isinstance(value, float) and math.isnan(value))


def _run_dict(run: Run, db: Path | str | None) -> dict[str, Any]:
    return {
        "id": run.id, "name": run.name, "db": str(db) if db is not None else None,
        "source": run.source, "status": run.status, "partial": bool(run.partial),
        "documents": run.documents, "bytes": run.bytes, "mentions": run.mentions,
    }


def _cell(row: dict[str, Any], key: str, fmt: str) -> str:
    value = row.get(key)
    if fmt == "ci":
        return "—" if not value else f"[{value[0]:+.3f}, {value[1]:+.3f}]"
    if fmt in ("floor_a", "floor_b"):
        side = fmt[-1]
        if not _number(value):
            return "—"
        return "vacuous" if row.get(f"floor_vacuous_{side}") else f"{value:.3f}"
    if fmt == "floor_diff":
        if (row.get("examples_a") and row.get("examples_b") and row.get("floor_vacuous_a")
                and row.get("floor_vacuous_b")):
            return "both vacuous"
        return "—" if not _number(value) else f"{value:+.3f}"
    if not _number(value) and not isinstance(value, str):
        return "—"
    return format(value, fmt)


def _header_lines(run_a: Run, run_b: Run, db_a: Any, db_b: Any) -> list[str]:
    from singleton.charts import run_label

    lines = [f"A: {run_label(run_a)}" + (f" · {db_a}" if db_b is not None else ""),
             f"B: {run_label(run_b)}" + (f" · {db_b}" if db_b is not None else "")]
    if any(run.partial or run.status != "finished" for run in (run_a, run_b)):
        lines.append("note: at least one run did not read its whole source; its figures "
                     "describe the part read.")
    return lines


NOTE = (
    "Δ = B − A. The interval for Δ sr treats the runs as independent samples (Esty's variance "
    "of each rate added): too wide when the runs share documents, meaningless when one "
    "contains the other. Floors are Theorem 2 lower bounds (calibrated model, δ = 0); "
    "'vacuous' = the bound is ≤ 0 at that N."
)


def format_table(rows: list[dict[str, Any]], run_a: Run, run_b: Run, *, db_a: Any = None,
                 db_b: Any = None) -> str:
    header = [h for _, h, _ in TABLE_COLUMNS]
    body = [[_cell(r, k, f) for k, _, f in TABLE_COLUMNS] for r in rows]
    widths = [max(len(x) for x in column) for column in zip(header, *body)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                         for i, (c, w) in enumerate(zip(cells, widths)))

    return "\n".join([*_header_lines(run_a, run_b, db_a, db_b), line(header),
                      *(line(c) for c in body), "", NOTE])


def format_json(rows: list[dict[str, Any]], run_a: Run, run_b: Run, *, db_a: Any = None,
                db_b: Any = None) -> str:
    return json.dumps(_json_safe({
        "run_a": _run_dict(run_a, db_a),
        "run_b": _run_dict(run_b, db_b if db_b is not None else db_a),
        "categories": rows,
    }), indent=2)


def format_markdown(rows: list[dict[str, Any]], run_a: Run, run_b: Run, *, db_a: Any = None,
                    db_b: Any = None, chart: str | None = None) -> str:
    header = [h for _, h, _ in TABLE_COLUMNS]
    lines = [f"# singleton: run {run_a.id} vs run {run_b.id}", ""]
    lines += [f"{line}  " for line in _header_lines(run_a, run_b, db_a, db_b)]
    lines += ["", "| " + " | ".join(header) + " |",
              "|" + "|".join("---" if i == 0 else "---:" for i in range(len(header))) + "|"]
    for row in rows:
        lines.append("| " + " | ".join(_cell(row, k, f) for k, _, f in TABLE_COLUMNS) + " |")
    lines += ["", NOTE, ""]
    changed = [r for r in rows if r.get("singleton_rate_diff_ci")
               and (r["singleton_rate_diff_ci"][0] > 0 or r["singleton_rate_diff_ci"][1] < 0)]
    if changed:
        parts = [f"{r['category']} ({r['singleton_rate_diff']:+.3f})" for r in changed]
        lines += [f"Singleton rates that differ beyond their interval: {', '.join(parts)}.", ""]
    else:
        lines += ["No category's singleton rate differs beyond its interval.", ""]
    if chart:
        lines += [f"![singleton rates and floors, run {run_a.id} vs run {run_b.id}]({chart})", ""]
    return "\n".join(lines)
