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
from pathlib import Path
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
    summary: dict[str, CategoryCounts] | None = None,
) -> list[dict[str, Any]]:
    """One dict per category of the run with every figure of the JSON contract (``summary``:
    the run's :meth:`Store.fingerprint_summary`, when the caller already has it)."""
    summary_by_category = summary if summary is not None else store.fingerprint_summary(run.id, unit)
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
    if math.isnan(row["singleton_rate_2x"]):
        notes = [
            "no extrapolation: fewer than 50 examples or no subject stated twice, so "
            "singleton_rate_2x, singleton_rate_4x and good_toulmin_4x are left undefined"
        ]
    else:
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


def examples_for_positive_floor(
    singleton_rate: float, min_wrong_answers: float | None, confidence: float = 0.99
) -> float:
    """Examples N at which Theorem 2's floor turns positive if the singleton rate stayed at
    ``singleton_rate``: the smallest N with ``sr − 2/|E| − 6·ln(3N/γ)/√N > 0``.

    ``inf`` when ``sr ≤ 2/|E|`` (no corpus size makes the bound informative), ``nan`` when the
    rate is undefined. An optimistic figure: the singleton rate usually falls as a corpus grows.
    """
    if singleton_rate is None or math.isnan(singleton_rate):
        return math.nan
    gamma = 1.0 - confidence
    known = min_wrong_answers is not None and not math.isnan(min_wrong_answers)
    margin = singleton_rate - (2.0 / min_wrong_answers if known and min_wrong_answers else 0.0)
    if margin <= 0:
        return math.inf

    def slack(n: float) -> float:  # decreasing in n for n >= 1
        return 6.0 * math.log(3.0 * n / gamma) / math.sqrt(n)

    if slack(1.0) < margin:
        return 1.0
    low, high = 1.0, 2.0
    while slack(high) >= margin:
        low, high = high, high * 2.0
        if high > 1e30:
            return math.inf
    while high - low > max(1.0, low * 1e-6):
        mid = (low + high) / 2.0
        low, high = (mid, high) if slack(mid) >= margin else (low, mid)
    return float(math.ceil(high))


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
    """The report as Markdown: the table, a plain-language reading generated from the numbers,
    the caveats, and the charts (``charts``: paths relative to the report, as they should be
    linked)."""
    header = [h for _, h, _ in TABLE_COLUMNS]
    confidence = rows[0]["confidence"] if rows else 0.99
    lines = [f"# singleton report: {run.name}", ""]
    lines += [f"{line}  " for line in run_header(run)]
    lines += ["", f"Source: `{_source_text(run)}` · unit: {rows[0]['unit'] if rows else 'document'}"
              f" · confidence {confidence:.0%}", ""]
    lines += ["## What the numbers say", ""]
    lines += [f"- {item}" for item in reading(rows, run)]
    lines += ["", "## Per category", ""]
    lines += ["| " + " | ".join(header) + " |",
              "|" + "|".join("---" if i == 0 else "---:" for i in range(len(header))) + "|"]
    for row in rows:
        lines.append("| " + " | ".join(_cell(row, k, f) for k, _, f in TABLE_COLUMNS) + " |")
    lines += ["", "N: training examples (one per subject, value and document); f1, f2: subjects "
              "stated once, twice; sr: singleton rate f1/N with its interval; floor / ceiling: "
              "Theorem 2's lower / upper bound on a calibrated model's hallucination rate; pair "
              "sr: the rate counting (subject, value) pairs; conflict: share of subjects stated "
              "with more than one value.", ""]
    if charts:
        lines += ["## Charts", ""]
        for chart in charts:
            name = Path(chart).stem
            lines += [f"**{CHART_TITLES.get(name, name)}**", "", f"![{name}]({chart})", ""]
    lines += ["## Caveats", ""]
    lines += [f"- {item}" for item in caveats(rows, run)]
    return "\n".join(lines) + "\n"


CHART_TITLES = {
    "floors": "Singleton rate and Theorem 2 floor per category",
    "fingerprints": "Fingerprints: subjects stated once, twice, … r times",
    "growth": "Singleton rate vs corpus size (interpolated below, extrapolated above)",
}


def _source_text(run: Run) -> str:
    source = run.source or {}
    if source.get("kind") == "hub":
        return "/".join(p for p in (source.get("path"), source.get("config"),
                                    source.get("split")) if p)
    paths = source.get("paths") or ([source["path"]] if source.get("path") else [])
    return ", ".join(paths[:3]) + (f" (+{len(paths) - 3} more)" if len(paths) > 3 else "") \
        if paths else str(source.get("kind") or run.name)


def _pct(value: float) -> str:
    return f"{value:.1%}" if value < 0.1 else f"{value:.0%}"


def _names(items: Sequence[str], limit: int = 6) -> str:
    items = list(items)
    shown = ", ".join(f"**{x}**" for x in items[:limit])
    return shown + (f" and {len(items) - limit} more" if len(items) > limit else "")


def _question(name: str) -> str:
    category = BUILTIN_CATEGORIES.get(name)
    if category and category.question:
        return category.question.replace("{subject}", "X")
    return f"{name} of X?"


def finite_sample_term(n: int, confidence: float = 0.99) -> float:
    """Theorem 2's finite-sample term ``6·ln(3N/γ)/√N`` (what makes small categories vacuous)."""
    if n <= 0:
        return math.nan
    return 6.0 * math.log(3.0 * n / (1.0 - confidence)) / math.sqrt(n)


def reading(rows: list[dict[str, Any]], run: Run) -> list[str]:
    """A short plain-language reading of the result, generated from the numbers."""
    confidence = rows[0]["confidence"] if rows else 0.99
    found = [r for r in rows if r["examples"]]
    empty = [r["category"] for r in rows if not r["examples"]]
    total = sum(r["examples"] for r in found)
    items = [
        f"Run {run.id} read {run.documents:,} documents ({run.bytes / 1e6:,.1f} MB) and found "
        f"{total:,} training examples in {len(found)} of {len(rows)} categories."
        + (" It stopped before the end of the source, so every figure describes the part read."
           if run.partial or run.status != "finished" else "")
    ]
    if not found:
        items.append("No category has any example, so no rate or floor is defined; check the "
                     "source's text column and the categories (`singleton categories`).")
        return items
    informative = sorted((r for r in found if not r["floor_vacuous"]),
                         key=lambda r: -r["floor"])
    vacuous = [r for r in found if r["floor_vacuous"]]
    if informative:
        top = informative[:3]
        parts = [f"**{r['category']}** ({r['floor']:.3f}: at least {_pct(r['floor'])} wrong "
                 f"answers to questions like “{_question(r['category'])}”)" for r in top]
        items.append(
            f"Highest floors: {'; '.join(parts)}. With {confidence:.0%} confidence, a calibrated "
            "base model trained on this corpus hallucinates on these facts at least this often.")
    else:
        items.append(
            "No category has an informative floor: every Theorem 2 bound is vacuous (≤ 0) at "
            "this corpus size. The singleton rates below are still the theorem's message for a "
            "large corpus, but this run does not certify them.")
    if vacuous:
        smallest = min(vacuous, key=lambda r: r["examples"])
        largest = max(vacuous, key=lambda r: r["examples"])
        needs = []
        for r in sorted(vacuous, key=lambda r: -r["examples"])[:4]:
            needed = examples_for_positive_floor(r["singleton_rate"], r.get("answer_space"),
                                                 confidence)
            if math.isfinite(needed):
                needs.append(f"{r['category']} ≈ {needed:,.0f}")
        items.append(
            f"Vacuous floors: {_names([r['category'] for r in vacuous])}. Why: the bound "
            f"subtracts a finite-sample term 6·ln(3N/γ)/√N that is "
            f"{finite_sample_term(smallest['examples'], confidence):.2f} at N = "
            f"{smallest['examples']:,}"
            + (f" and {finite_sample_term(largest['examples'], confidence):.2f} at N = "
               f"{largest['examples']:,}" if largest is not smallest else "")
            + ", larger than the singleton rate minus 2/|E|; the term falls below 0.12 only "
            "past about a million examples."
            + (f" At the same rates the floor would turn positive at about: {'; '.join(needs)} "
               "examples (optimistic: rates fall as a corpus grows)." if needs else ""))
    by_rate = sorted(found, key=lambda r: -r["singleton_rate"])
    items.append(
        "Highest singleton rates: "
        + ", ".join(f"**{r['category']}** {r['singleton_rate']:.2f}" for r in by_rate[:3])
        + " — that share of their examples are about a subject stated only once"
        + (f"; lowest: **{by_rate[-1]['category']}** {by_rate[-1]['singleton_rate']:.2f}."
           if len(by_rate) > 3 else "."))
    control = next((r for r in found if r["category"] == "capital"), None)
    others = sorted(r["singleton_rate"] for r in found if r is not control)
    if control is not None and others:
        rate = control["singleton_rate"]
        if rate < others[0]:
            verdict = "the lowest of all categories, as it should be"
        elif rate < others[len(others) // 2]:
            verdict = "below most categories, as expected"
        elif control["examples"] < 200:
            verdict = "no lower than the fact categories: too few examples for repeats to show"
        else:
            verdict = "no lower than the fact categories, which points at extraction noise"
        items.append(f"Control: **capital** (capitals are stated again and again) has a singleton "
                     f"rate of {rate:.2f} over {control['examples']:,} examples — {verdict}.")
    noisy = [r for r in found if not _missing(r.get("conflict_rate"))
             and (r["conflict_rate"] >= 0.1
                  or r.get("pair_singleton_rate", 0) - r["singleton_rate"] >= 0.05)]
    if noisy:
        items.append(
            "Conflicting values: "
            + ", ".join(f"**{r['category']}** ({r['conflict_rate']:.0%} of subjects have more "
                        f"than one value)" for r in noisy)
            + " — either real disagreement between sources or extraction noise; "
            "`singleton sql --file sql/examples/conflicting_values.sql` lists them.")
    grow = [r for r in found if not _missing(r.get("singleton_rate_2x"))
            and r["examples"] >= 50]
    if grow:
        parts = [f"{r['category']} {r['singleton_rate']:.2f} → {r['singleton_rate_2x']:.2f}"
                 for r in sorted(grow, key=lambda r: -r["examples"])[:4]]
        items.append("At twice the corpus size (extrapolated) the singleton rates would be "
                     f"about: {'; '.join(parts)}"
                     + (" — if the part read is a random sample of the corpus."
                        if run.partial or run.status != "finished" else "."))
    if empty:
        items.append(f"No examples found for {_names(empty)}: no rate or floor is defined.")
    return items


def caveats(rows: list[dict[str, Any]], run: Run) -> list[str]:
    """What the floor assumes, in plain words (the last items depend on the run)."""
    items = [
        "**Calibrated model (δ = 0).** The floor is for a base model whose probabilities are "
        "calibrated; δ, the calibration error, cannot be read off a corpus. A miscalibrated model "
        "can hallucinate less than the floor (for example by declining to answer), at a cost in "
        "calibration.",
        "**Arbitrary facts.** The theorem assumes facts with no learnable pattern (a birthday "
        "cannot be inferred from a name). Where a value can be guessed from the subject, the "
        "bound is looser.",
        "**Frequency-weighted error.** The error it bounds weights subjects by how often they are "
        "asked in proportion to the training data, not uniformly over subjects: rare subjects "
        "are asked rarely.",
        "**Extraction.** Counts are of what the extractor found: a missed statement can turn a "
        "doubleton into a singleton (raising the rate), a false one adds noise. `singleton facts "
        "--category C --singletons` shows each singleton with its sentence.",
    ]
    if run.partial or run.status != "finished":
        items.append("**Partial read.** This run stopped before the end of its source. The "
                     "figures describe the part read; extrapolating to the whole corpus assumes "
                     "that part is a random sample, which a prefix of a sorted stream is not.")
    return items
