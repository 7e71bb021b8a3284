"""Charts with matplotlib (Agg backend: files only, no display needed).

Four charts, each titled, with labelled axes and a caption naming the source and the run:

* :func:`plot_floors` — per category, the singleton rate with its interval and Theorem 2's floor,
  sorted, with N; vacuous floors marked and explained.
* :func:`plot_fingerprints` — small multiples, one log-log frequency-of-frequencies panel per
  category (shared axes, so the tails compare at a glance).
* :func:`plot_growth` — small multiples of the singleton rate against corpus size: exact
  interpolation below the size read, extrapolation above it (dashed, with a band; see
  :func:`extrapolation_band` for what the band means), the observed point marked.
* :func:`plot_compare` — two runs side by side per category (see :mod:`singleton.compare`).

Every function takes plain data (the per-category dicts of :func:`singleton.report.category_rows`
and ``{category: {r: f_r}}`` fingerprints) and a path whose suffix (``.png`` / ``.svg``) picks the
format; it returns the path.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402

from singleton import stats  # noqa: E402
from singleton.store import Run  # noqa: E402

RATE_COLOR = "#1f4e99"  # singleton rate
FLOOR_COLOR = "#c0392b"  # Theorem 2 floor
VACUOUS_COLOR = "#8c8c8c"
OBSERVED_COLOR = "#222222"
RUN_COLORS = ("#1f4e99", "#e07b00")  # compare: run A, run B
DPI = 110

_STYLE = {
    "font.size": 9.5,
    "axes.titlesize": 10,
    "axes.labelsize": 9.5,
    "xtick.labelsize": 8.5,
    "ytick.labelsize": 8.5,
    "legend.fontsize": 8.5,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "svg.fonttype": "none",
    "svg.hashsalt": "singleton",  # reproducible SVG ids
}


# ------------------------------------------------------------------------------- captions


def source_label(run: Run) -> str:
    """A short human name for the run's source (dataset/config/split, a file name, ...)."""
    source = run.source or {}
    if source.get("kind") == "hub":
        parts = [source.get("path"), source.get("config"), source.get("split")]
        return "/".join(p for p in parts if p)
    paths = source.get("paths") or ([source["path"]] if source.get("path") else [])
    if len(paths) == 1:
        return Path(paths[0]).name
    if paths:
        return f"{len(paths)} files ({Path(paths[0]).name}, …)"
    return str(source.get("kind") or run.name)


def run_label(run: Run) -> str:
    """One line naming a run: id, name, source, size and status."""
    status = run.status
    if run.partial:
        status += ", partial read"
    elif run.status != "finished":
        status += ", incomplete"
    return (
        f"run {run.id} “{run.name}” · source {source_label(run)} · {run.documents:,} documents, "
        f"{run.bytes / 1e6:,.1f} MB · {status}"
    )


def _is_partial(run: Run) -> bool:
    return bool(run.partial or run.status != "finished")


UNIT_TEXT = {
    "document": "one example per (subject, value, document)",
    "mention": "every statement is an example",
    "dedup": "one example per (subject, value, distinct document)",
    "mention_dedup": "every statement of distinct documents",
}


def _caption(fig: plt.Figure, lines: Sequence[str]) -> None:
    """Caption lines at the bottom left, one per line; a partial-read warning in red."""
    height = fig.get_figheight()
    for i, line in enumerate(reversed(lines)):
        warning = line.startswith("PARTIAL READ")
        fig.text(0.01, (0.07 + 0.135 * i) / height, line, fontsize=7.5, ha="left", va="bottom",
                 color=FLOOR_COLOR if warning else "0.3",
                 fontweight="bold" if warning else "normal")


def _save(fig: plt.Figure, path: Path) -> Path:
    path = Path(path)
    fmt = path.suffix.lstrip(".").lower() or "png"
    metadata = {"Creator": "singleton", "Date": None} if fmt == "svg" else {"Software": "singleton"}
    fig.savefig(path, dpi=DPI, format=fmt, metadata=metadata)
    plt.close(fig)
    return path


def _fmt_count(value: float) -> str:
    """3,000 / 41k / 2.3M — compact counts for annotations."""
    if math.isnan(value):
        return "—"
    if math.isinf(value):
        return "∞"
    if value < 10_000:
        return f"{value:,.0f}"
    for unit, size in (("T", 1e12), ("B", 1e9), ("M", 1e6), ("k", 1e3)):
        if value >= size:
            scaled = value / size
            return f"{scaled:,.0f}{unit}" if scaled >= 100 else f"{scaled:.3g}{unit}"
    return f"{value:,.0f}"


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


# ------------------------------------------------------------------------------- floors


def floor_sort_key(row: Mapping[str, Any]) -> tuple[float, float, int]:
    """Highest floor first, then highest singleton rate, then most examples; empty last."""
    if not row.get("examples"):
        return (1.0, 1.0, 0)
    floor = 0.0 if row.get("floor_vacuous") else float(row.get("floor") or 0.0)
    return (-floor, -float(row["singleton_rate"]), -int(row["examples"]))


def _share_axis_limit(values: Sequence[float]) -> float:
    """Upper x limit for shares: 100 %, or less when every value is small (rounded up)."""
    top = max([v for v in values if not _missing(v)], default=1.0)
    for limit in (0.1, 0.2, 0.3, 0.5, 0.75):
        if top <= limit * 0.92:
            return limit
    return 1.0


def plot_floors(rows: list[dict[str, Any]], run: Run, path: Path) -> Path:
    """Singleton rate with its interval and Theorem 2's floor per category, sorted.

    One row per category of the run, highest floor (then highest rate) on top. A dot is the
    singleton rate f1/N with its interval (a bar); a red diamond on a red bar from 0 is the floor
    where it is informative; a grey cross at 0 marks a vacuous floor. Columns at the right repeat
    sr, N and the floor in numbers and, for vacuous floors, the number of examples at which the
    same rate would give a positive floor.
    """
    from singleton.report import examples_for_positive_floor

    rows = sorted(rows, key=floor_sort_key)
    confidence = rows[0]["confidence"] if rows else 0.99
    unit = rows[0].get("unit", "document") if rows else "document"
    caption = [
        run_label(run) + f" · unit: {UNIT_TEXT.get(unit, unit)}",
        f"floor: with {confidence:.0%} confidence, a calibrated base model (δ = 0) trained on this "
        "corpus hallucinates at least this often on these arbitrary facts (subjects weighted as in",
        "the training data).  vacuous: the finite-sample term 6·ln(3N/γ)/√N exceeds sr − 2/|E|, so "
        "the bound is ≤ 0 and says nothing — it is not a floor of zero.",
        "needs N ≈: examples at which the same rate would give a positive floor (optimistic: the "
        "rate usually falls as a corpus grows).",
    ]
    if _is_partial(run):
        caption.append("PARTIAL READ: these figures describe only the part of the source read.")
    n_rows = max(len(rows), 1)
    top_in, bottom_in = 1.05, 0.55 + 0.135 * len(caption) + 0.15
    height = top_in + bottom_in + 0.42 * n_rows
    x_max = _share_axis_limit([r["singleton_rate_ci"][1] for r in rows if r.get("examples")])
    with plt.rc_context(_STYLE):
        fig = plt.figure(figsize=(11, height))
        ax = fig.add_axes((0.17, bottom_in / height, 0.47, 1 - (top_in + bottom_in) / height))
        y_positions = list(range(len(rows)))[::-1]  # first row on top
        for y, row in zip(y_positions, rows):
            n = row.get("examples") or 0
            if not n:
                ax.text(0.01 * x_max, y, "no examples found", va="center", fontsize=8,
                        color="0.45", style="italic")
                _floor_columns(ax, y, "—", "0", "—", "0.45")
                continue
            rate = row["singleton_rate"]
            low, high = row["singleton_rate_ci"]
            ax.plot([low, high], [y, y], color=RATE_COLOR, lw=5, alpha=0.25,
                    solid_capstyle="butt")
            ax.plot([rate], [y], "o", color=RATE_COLOR, ms=6.5, zorder=3, clip_on=False)
            if row.get("floor_vacuous"):
                ax.plot([0], [y], "x", color=VACUOUS_COLOR, ms=7, mew=1.8, zorder=3,
                        clip_on=False)
                needed = examples_for_positive_floor(rate, row.get("answer_space"), confidence)
                why = ("vacuous: sr ≤ 2/|E|" if math.isinf(needed)
                       else f"vacuous · needs N ≈ {_fmt_count(needed)}")
                _floor_columns(ax, y, f"{rate:.3f}", f"{n:,}", why, VACUOUS_COLOR, italic=True)
            else:
                floor = row["floor"]
                ax.plot([0, floor], [y, y], color=FLOOR_COLOR, lw=2.2, alpha=0.55,
                        solid_capstyle="butt", zorder=2)
                ax.plot([floor], [y], "D", color=FLOOR_COLOR, ms=6.5, zorder=4)
                _floor_columns(ax, y, f"{rate:.3f}", f"{n:,}", f"{floor:.3f}", FLOOR_COLOR,
                               bold=True)
        ax.set_yticks(y_positions, [r["category"] for r in rows])
        ax.set_ylim(-0.7, len(rows) - 0.3)
        ax.set_xlim(0, x_max)
        ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
        ax.grid(axis="x", alpha=0.3)
        ax.tick_params(axis="y", length=0, pad=9)
        for y in y_positions:
            ax.axhline(y, color="0.93", lw=0.6, zorder=0)
        ax.set_xlabel("share of the category's training examples"
                      + ("" if x_max == 1.0 else f" (axis cut at {x_max:.0%})"))
        for x, text, align in ((1.1, "sr", "right"), (1.27, "N", "right"),
                               (1.32, f"floor ({confidence:.0%})", "left")):
            ax.text(x, 1.0, text, transform=ax.transAxes, ha=align, va="bottom",
                    fontweight="bold", fontsize=8.5)
        handles = [
            Line2D([], [], marker="o", color=RATE_COLOR, ms=6.5, lw=0,
                   label=f"singleton rate sr = f1/N (bar: {confidence:.0%} interval)"),
            Line2D([], [], marker="D", color=FLOOR_COLOR, ms=6.5, lw=2.2,
                   label="Theorem 2 floor"),
            Line2D([], [], marker="x", color=VACUOUS_COLOR, ms=7, mew=1.8, lw=0,
                   label="floor vacuous (too few examples)"),
        ]
        fig.legend(handles=handles, loc="upper left", ncol=3, frameon=False,
                   bbox_to_anchor=(0.17 - 0.01, 1 - 0.48 / height), columnspacing=1.6)
        fig.text(0.17, 1 - 0.14 / height,
                 "Hallucination floor per fact category (Kalai et al. 2025, Theorem 2)",
                 fontsize=12, fontweight="bold", va="top")
        _caption(fig, caption)
        return _save(fig, path)


def _floor_columns(ax: plt.Axes, y: float, rate_text: str, n_text: str, floor_text: str,
                   color: str, *, bold: bool = False, italic: bool = False) -> None:
    transform = matplotlib.transforms.blended_transform_factory(ax.transAxes, ax.transData)
    ax.text(1.1, y, rate_text, transform=transform, ha="right", va="center", fontsize=8.5,
            color=RATE_COLOR)
    ax.text(1.27, y, n_text, transform=transform, ha="right", va="center", fontsize=8.5,
            color="0.2")
    ax.text(1.32, y, floor_text, transform=transform, ha="left", va="center", fontsize=8.5,
            color=color, fontweight="bold" if bold else "normal",
            style="italic" if italic else "normal")


# ------------------------------------------------------------------------------- small multiples


def _grid(count: int, *, max_cols: int = 4) -> tuple[int, int]:
    """Rows and columns for ``count`` small multiples (3 columns for 5, 6 or 9 panels)."""
    cols = max(1, count) if count <= 4 else (3 if count in (5, 6, 9) else max_cols)
    return math.ceil(max(count, 1) / cols), cols


def _grid_figure(
    count: int, *, top_in: float, bottom_in: float, panel_w: float = 3.0, panel_h: float = 1.95,
    left_in: float = 0.95, right_in: float = 0.25, hspace_in: float = 0.78, wspace_in: float = 0.28,
) -> tuple[plt.Figure, np.ndarray]:
    """A figure of small multiples with fixed margins in inches (so the title, legend, axis
    labels and caption never overlap whatever the number of panels)."""
    n_rows, n_cols = _grid(count)
    width = left_in + right_in + n_cols * panel_w + (n_cols - 1) * wspace_in
    height = top_in + bottom_in + n_rows * panel_h + (n_rows - 1) * hspace_in
    fig, axes = plt.subplots(n_rows, n_cols, figsize=(width, height), sharex=True, sharey=True,
                             squeeze=False)
    fig.subplots_adjust(left=left_in / width, right=1 - right_in / width,
                        top=1 - top_in / height, bottom=bottom_in / height,
                        wspace=wspace_in / panel_w, hspace=hspace_in / panel_h)
    for ax in axes.flat[count:]:
        ax.set_visible(False)
    if count % n_cols:  # panels above an empty slot in the last row get their own x labels
        for col in range(count % n_cols, n_cols):
            if n_rows > 1:
                axes[n_rows - 2, col].xaxis.set_tick_params(labelbottom=True)
    return fig, axes


def _grid_text(fig: plt.Figure, *, title: str, xlabel: str, ylabel: str, caption_lines: int,
               left_in: float = 0.95) -> None:
    height = fig.get_figheight()
    fig.text(0.5, 1 - 0.14 / height, title, ha="center", va="top", fontsize=12,
             fontweight="bold")
    fig.text(0.5, (0.16 + 0.135 * caption_lines + 0.12) / height, xlabel, ha="center",
             va="bottom", fontsize=9.5)
    fig.text(0.2 / fig.get_figwidth(), 0.5, ylabel, rotation=90, ha="left", va="center",
             fontsize=9.5)


def _log_locator(top: float) -> matplotlib.ticker.Locator:
    """Ticks at 1, 2, 5, 10, … over up to three decades, at powers of ten beyond."""
    subs = (1.0, 2.0, 5.0) if top <= 2_000 else (1.0,)
    return matplotlib.ticker.LogLocator(base=10, subs=subs)


def _plain_number(value: float, _pos: int | None = None) -> str:
    if value <= 0:
        return ""
    if value >= 10_000:
        return _fmt_count(value)
    return f"{value:,.0f}" if value >= 1 else f"{value:g}"


def _categories(run: Run, fingerprints: Mapping[str, Mapping[int, int]]) -> list[str]:
    names = list(run.categories)
    names += [c for c in fingerprints if c not in names]
    return names


def plot_fingerprints(
    fingerprints: dict[str, dict[int, int]], run: Run, path: Path, *, unit: str = "document"
) -> Path:
    """Frequency of frequencies per category: one log-log panel each, shared axes.

    In each panel a point (r, f_r) says f_r subjects are stated exactly r times; the singletons
    (r = 1) are red. A steep fall from r = 1 means most subjects are stated once (a heavy tail of
    rarely stated facts, a high singleton rate); a flat curve means facts repeat.
    """
    names = _categories(run, fingerprints)
    all_r = [r for fp in fingerprints.values() for r, f in fp.items() if f]
    all_f = [f for fp in fingerprints.values() for f in fp.values() if f]
    caption = [
        run_label(run) + f" · unit: {UNIT_TEXT.get(unit, unit)}",
        "red: singletons f1, the numerator of the singleton rate sr = f1/N. A steep fall from "
        "r = 1 = a heavy tail of facts stated once; a flatter curve = facts that repeat.",
    ]
    bottom_in = 0.5 + 0.135 * len(caption) + 0.45
    with plt.rc_context(_STYLE):
        fig, axes = _grid_figure(len(names), top_in=0.85, bottom_in=bottom_in)
        for ax, name in zip(axes.flat, names):
            fp = stats.as_fingerprint({int(r): int(f) for r, f in
                                       (fingerprints.get(name) or {}).items()})
            ax.set_xscale("log")
            ax.set_yscale("log")
            ax.grid(alpha=0.25, which="major")
            if not fp.n:
                ax.set_title(f"{name}\nno examples", fontsize=8.5, color="0.45")
                continue
            many = fp.r.size > 60
            ax.plot(fp.r, fp.f, "-", color=RATE_COLOR, lw=0.8, alpha=0.45)
            ax.plot(fp.r, fp.f, "o", color=RATE_COLOR, ms=2.2 if many else 3.8)
            if fp.f1:
                ax.plot([1], [fp.f1], "o", color=FLOOR_COLOR, ms=6.5, zorder=3)
            ax.text(0.97, 0.95, f"f1 = {fp.f1:,}\nf2 = {fp.f2:,}", transform=ax.transAxes,
                    ha="right", va="top", fontsize=7.5, color=FLOOR_COLOR, linespacing=1.3)
            ax.set_title(f"{name}\nN = {fp.n:,} · {fp.subjects:,} subjects · sr {fp.f1 / fp.n:.2f}",
                         fontsize=8.5)
        first = axes.flat[0]
        x_max = max(max(all_r, default=10) * 1.5, 12)
        y_max = max(all_f, default=10) * 3.0
        first.set_xlim(0.75, x_max)
        first.set_ylim(0.7, y_max)
        for axis, top in ((first.xaxis, x_max), (first.yaxis, y_max)):
            axis.set_major_locator(_log_locator(top))
            axis.set_major_formatter(matplotlib.ticker.FuncFormatter(_plain_number))
            axis.set_minor_formatter(matplotlib.ticker.NullFormatter())
        _grid_text(fig, title="Fingerprints: how many subjects are stated once, twice, … r times",
                   xlabel="r: number of examples stating the subject (log scale)",
                   ylabel="f_r: subjects stated exactly r times (log scale)",
                   caption_lines=len(caption))
        _caption(fig, caption)
        return _save(fig, path)


# ------------------------------------------------------------------------------- growth


def extrapolation_band(
    fingerprint: Mapping[int, int] | stats.Fingerprint,
    sizes: Sequence[float] | np.ndarray,
    confidence: float = 0.95,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(rate, low, high)`` at each size above N: the extrapolated singleton rate and its band.

    The extrapolation (:func:`singleton.stats.gamma_poisson_rate`) is a function of the observed
    rate f1/N and of f2/f1, increasing in f1/N. The band carries the sampling uncertainty of
    f1/N through it: the same extrapolation started from the ends of Esty's interval at
    ``confidence``. At N it is exactly Esty's interval. It is sampling spread, not model error.
    """
    fp = stats.as_fingerprint(fingerprint)
    sizes = np.asarray(sizes, dtype=np.float64)
    rate = np.asarray(stats.singleton_rate_at(fp, sizes), dtype=np.float64).reshape(sizes.shape)
    if fp.n == 0 or fp.f1 == 0:
        nan = np.full(sizes.shape, math.nan)
        return rate, nan, nan
    low_rate, high_rate = stats.esty_interval(fp, confidence)
    ratio = fp.f2 / fp.f1
    factors = (sizes / fp.n).ravel().tolist()
    low = np.array([stats.gamma_poisson_rate(low_rate, ratio, f) for f in factors])
    high = np.array([stats.gamma_poisson_rate(high_rate, ratio, f) for f in factors])
    return (rate, np.clip(low.reshape(sizes.shape), 0.0, 1.0),
            np.clip(high.reshape(sizes.shape), 0.0, 1.0))


def growth_curve(
    fingerprint: Mapping[int, int], *, points: int = 40, max_factor: float = 4.0
) -> tuple[int, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """``(N, sizes_below, rate_below, sizes_above, rate_above)``: examples from 1% of N (at
    least 1) to N, interpolated exactly, and from N to ``max_factor``·N, extrapolated."""
    fp = stats.as_fingerprint(fingerprint)
    n = fp.n
    below = np.unique(np.geomspace(max(1, n // 100), n, points // 2).round().astype(int))
    above = np.geomspace(n, n * max_factor, points // 2)[1:]
    return (n, below, np.asarray(stats.singleton_rate_at(fp, below)), above,
            np.asarray(stats.singleton_rate_at(fp, above)))


#: Below this many examples, or with no subject stated twice, the growth chart does not
#: extrapolate: the smoothed estimator's order k is then so small that its bias dominates.
MIN_EXTRAPOLATION_EXAMPLES = stats.MIN_EXTRAPOLATION_EXAMPLES
#: Beyond this multiple of the size read the extrapolation is drawn fainter ("rough").
RELIABLE_FACTOR = 2.0


def plot_growth(
    fingerprints: dict[str, dict[int, int]],
    run: Run,
    path: Path,
    *,
    confidence: float = 0.95,
    max_factor: float = 4.0,
    unit: str = "document",
) -> Path:
    """Singleton rate against corpus size, one panel per category, shared axes.

    The x axis counts documents, assuming a category's examples grow in proportion to the
    documents read (so every panel shares it and the observed point sits at the documents read).
    Below it, the solid line is the exact expected rate of a random subsample; above it, the
    dashed line is the Gamma–Poisson extrapolation with a band (:func:`extrapolation_band`) up to
    ``max_factor`` times the size read (fainter beyond :data:`RELIABLE_FACTOR`). The observed
    rate is a dot with its Esty interval. Categories with fewer than
    :data:`MIN_EXTRAPOLATION_EXAMPLES` examples, or no subject stated twice, are not extrapolated.
    """
    names = _categories(run, fingerprints)
    documents = max(int(run.documents), 1)
    partial = _is_partial(run)
    caption = [
        run_label(run) + f" · unit: {UNIT_TEXT.get(unit, unit)}",
        "x: documents, assuming a category's examples grow in proportion to the documents read. "
        "Solid: the exact expected rate of a random subsample.",
        f"Dashed: Gamma–Poisson extrapolation fitted to f1/N and f2/f1; band: the same from the "
        f"ends of the {confidence:.0%} interval of f1/N (sampling spread), not model error;",
        f"beyond {RELIABLE_FACTOR:g}× the size read (fainter) treat it as rough. Not extrapolated: "
        f"fewer than {MIN_EXTRAPOLATION_EXAMPLES} examples or no subject stated twice.",
    ]
    if partial:
        caption.append("PARTIAL READ: the extrapolation assumes the part read is a random "
                       "sample of the corpus; a prefix of a sorted stream is not, so the dashed "
                       "lines may mislead.")
    bottom_in = 0.5 + 0.135 * len(caption) + 0.45
    with plt.rc_context(_STYLE):
        fig, axes = _grid_figure(len(names), top_in=1.2, bottom_in=bottom_in)
        for ax, name in zip(axes.flat, names):
            fp = stats.as_fingerprint({int(r): int(f) for r, f in
                                       (fingerprints.get(name) or {}).items()})
            ax.axvspan(documents, documents * max_factor * 1.5, color="0.95", zorder=0, lw=0)
            ax.axvline(documents, color="0.55", lw=0.8, ls=":", zorder=1)
            ax.set_xscale("log")
            ax.grid(alpha=0.25, which="major")
            if fp.n == 0:
                ax.set_title(f"{name}\nno examples", fontsize=8.5, color="0.45")
                continue
            n = fp.n
            sr = fp.f1 / n
            scale = documents / n  # documents per example
            ci_low, ci_high = stats.esty_interval(fp, confidence)
            if n >= 2:
                _, below, rate_below, _, _ = growth_curve(fp.as_dict(), max_factor=max_factor)
                ax.plot(below * scale, rate_below, "-", color=RATE_COLOR, lw=1.8, zorder=3)
            extrapolate = stats.can_extrapolate(fp)
            if extrapolate:
                above = np.geomspace(n, n * max_factor, 40)[1:]
                rate_above, low, high = extrapolation_band(fp, above, confidence)
                high = np.minimum(high, ci_high)
                x = np.concatenate([[n], above]) * scale
                y = np.concatenate([[sr], rate_above])
                y_low = np.concatenate([[ci_low], low])
                y_high = np.concatenate([[ci_high], high])
                near = x <= documents * RELIABLE_FACTOR * 1.0001
                far = x >= documents * RELIABLE_FACTOR * 0.9999
                for part, alpha_band, alpha_line in ((near, 0.2, 1.0), (far, 0.12, 0.5)):
                    ax.fill_between(x[part], y_low[part], y_high[part], color=RATE_COLOR,
                                    alpha=alpha_band, lw=0, zorder=2)
                    ax.plot(x[part], y[part], "--", color=RATE_COLOR, lw=1.6, alpha=alpha_line,
                            zorder=3)
                title = f"{name}\nN = {n:,} · sr {sr:.2f} → {rate_above[-1]:.2f} at {max_factor:g}×"
            else:
                why = "too few to extrapolate" if n < MIN_EXTRAPOLATION_EXAMPLES else "no repeats"
                title = f"{name}\nN = {n:,} · sr {sr:.2f} · {why}"
            ax.plot([documents, documents], [ci_low, ci_high], color=OBSERVED_COLOR, lw=1,
                    alpha=0.6, zorder=4)
            ax.plot([documents], [sr], "o", color=OBSERVED_COLOR, ms=5, zorder=5)
            ax.set_title(title, fontsize=8.5)
        first = axes.flat[0]
        first.set_xlim(documents / 100, documents * max_factor * 1.15)
        first.set_ylim(0, 1.04)
        first.yaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
        first.xaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(_plain_number))
        _grid_text(fig, title="Singleton rate vs corpus size: smaller corpora interpolated, "
                   "larger extrapolated",
                   xlabel=f"corpus size in documents (log scale) — {documents:,} read "
                   "(dotted line); shaded: larger than the part read",
                   ylabel="singleton rate f1/N", caption_lines=len(caption))
        handles = [
            Line2D([], [], color=RATE_COLOR, lw=1.8, label="interpolated (exact)"),
            Line2D([], [], color=OBSERVED_COLOR, marker="o", lw=1, ms=5,
                   label=f"observed, {confidence:.0%} interval"),
            Line2D([], [], color=RATE_COLOR, lw=1.6, ls="--", label="extrapolated"),
            Patch(color=RATE_COLOR, alpha=0.2, lw=0,
                  label=f"{confidence:.0%} sampling band"),
        ]
        fig.legend(handles=handles, loc="upper center", ncol=4, frameon=False,
                   bbox_to_anchor=(0.5, 1 - 0.45 / fig.get_figheight()))
        _caption(fig, caption)
        return _save(fig, path)


# ------------------------------------------------------------------------------- compare


def plot_compare(rows: list[dict[str, Any]], run_a: Run, run_b: Run, path: Path,
                 *, labels: tuple[str, str] | None = None) -> Path:
    """Two runs per category: singleton rates with intervals and floors, and the difference.

    ``rows`` are :func:`singleton.compare.compare_rows` dicts. Each category has two lines: run A
    (blue) above run B (orange); dots are singleton rates with their interval, diamonds the
    floors (a cross at 0 where vacuous). The right column gives the difference B − A.
    """
    label_a, label_b = labels or (f"A: run {run_a.id} ({run_a.name})",
                                  f"B: run {run_b.id} ({run_b.name})")
    rows = sorted(rows, key=lambda r: (-(abs(r["singleton_rate_diff"])
                                         if not _missing(r.get("singleton_rate_diff")) else -1),
                                       r["category"]))
    confidence = next((r["confidence"] for r in rows if r.get("confidence")), 0.99)
    n_rows = max(len(rows), 1)
    height = 2.7 + 0.55 * n_rows
    with plt.rc_context(_STYLE):
        fig = plt.figure(figsize=(10.5, height))
        top_in, bottom_in = 1.1, 1.15
        ax = fig.add_axes((0.21, bottom_in / height, 0.52, 1 - (top_in + bottom_in) / height))
        y_positions = list(range(len(rows)))[::-1]
        transform = matplotlib.transforms.blended_transform_factory(ax.transAxes, ax.transData)
        for y, row in zip(y_positions, rows):
            for side, offset, color in (("a", 0.17, RUN_COLORS[0]), ("b", -0.17, RUN_COLORS[1])):
                yy = y + offset
                n = row.get(f"examples_{side}")
                rate = row.get(f"singleton_rate_{side}")
                if not n or _missing(rate):
                    ax.text(0.01, yy, "no examples", va="center", fontsize=7, color="0.5",
                            style="italic")
                    continue
                low, high = row[f"singleton_rate_ci_{side}"]
                ax.plot([low, high], [yy, yy], color=color, lw=4, alpha=0.3,
                        solid_capstyle="butt")
                ax.plot([rate], [yy], "o", color=color, ms=6, zorder=3, clip_on=False)
                if row.get(f"floor_vacuous_{side}"):
                    ax.plot([0], [yy], "x", color=color, ms=6, mew=1.6, clip_on=False, zorder=3)
                else:
                    ax.plot([row[f"floor_{side}"]], [yy], "D", color=color, ms=6, zorder=4,
                            mec="white", mew=0.6)
            diff = row.get("singleton_rate_diff")
            floor_diff = row.get("floor_diff")
            ax.text(1.1, y, "—" if _missing(diff) else f"{diff:+.3f}", transform=transform,
                    ha="right", va="center", fontsize=8.5, fontweight="bold")
            both_vacuous = bool(row.get("examples_a") and row.get("examples_b")
                                and row.get("floor_vacuous_a") and row.get("floor_vacuous_b"))
            floor_text = ("both vacuous" if both_vacuous else
                          "—" if _missing(floor_diff) else f"{floor_diff:+.3f}")
            ax.text(1.15, y, floor_text, transform=transform, ha="left", va="center",
                    fontsize=8.5, color=VACUOUS_COLOR if both_vacuous else FLOOR_COLOR,
                    style="italic" if both_vacuous else "normal")
            ax.axhline(y - 0.5, color="0.9", lw=0.6, zorder=0)
        ax.set_yticks(y_positions, [r["category"] for r in rows])
        ax.set_ylim(-0.6, len(rows) - 0.4)
        x_max = _share_axis_limit(
            [r[f"singleton_rate_ci_{side}"][1] for r in rows for side in "ab"
             if r.get(f"examples_{side}") and r.get(f"singleton_rate_ci_{side}")])
        ax.set_xlim(0, x_max)
        ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
        ax.grid(axis="x", alpha=0.3)
        ax.tick_params(axis="y", length=0, pad=9)
        ax.set_xlabel("share of the category's training examples"
                      + ("" if x_max == 1.0 else f" (axis cut at {x_max:.0%})"))
        ax.text(1.1, 1.0, "Δ sr", transform=ax.transAxes, ha="right", va="bottom",
                fontweight="bold", fontsize=8.5)
        ax.text(1.15, 1.0, "Δ floor", transform=ax.transAxes, ha="left", va="bottom",
                fontweight="bold", fontsize=8.5)
        handles = [
            Line2D([], [], marker="o", color=RUN_COLORS[0], lw=4, label=label_a),
            Line2D([], [], marker="o", color=RUN_COLORS[1], lw=4, label=label_b),
            Line2D([], [], marker="D", color="0.3", lw=0, label="floor"),
            Line2D([], [], marker="x", color="0.3", lw=0, mew=1.6, label="floor vacuous"),
        ]
        fig.legend(handles=handles, loc="upper left", ncol=2, frameon=False,
                   bbox_to_anchor=(0.21, 1 - 0.42 / height))
        fig.text(0.21, 1 - 0.1 / height, "Singleton rate and hallucination floor: two runs "
                 "compared", fontsize=12, fontweight="bold", va="top")
        _caption(fig, [
            "A: " + run_label(run_a),
            "B: " + run_label(run_b),
            f"dot: singleton rate f1/N, bar: its {confidence:.0%} interval; diamond: Theorem 2 "
            f"floor at {confidence:.0%} confidence (calibrated model, δ = 0). Δ = B − A; "
            "sorted by |Δ sr|.",
        ])
        return _save(fig, path)


# ------------------------------------------------------------------------------- all charts

CHART_NAMES = ("floors", "fingerprints", "growth")


def write_charts(
    store: Any,
    run: Run,
    out_dir: Path,
    *,
    fmt: str = "png",
    unit: str = "document",
    confidence: float = 0.99,
) -> list[Path]:
    """Draw floors, fingerprints and growth for ``run`` of ``store`` (a
    :class:`singleton.store.Store`) into ``out_dir``; return the paths written."""
    from singleton import report

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    summary = store.fingerprint_summary(run.id, unit)  # one aggregation pass for all three
    rows = report.category_rows(store, run, unit=unit, confidence=confidence, summary=summary)
    fingerprints = {category: counts.subjects for category, counts in summary.items()}
    return [
        plot_floors(rows, run, out_dir / f"floors.{fmt}"),
        plot_fingerprints(fingerprints, run, out_dir / f"fingerprints.{fmt}", unit=unit),
        plot_growth(fingerprints, run, out_dir / f"growth.{fmt}", confidence=confidence,
                    unit=unit),
    ]
