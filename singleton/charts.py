"""Charts with matplotlib (Agg backend: files only, no display needed)."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from singleton.store import Run  # noqa: E402


def _caption(fig: plt.Figure, run: Run, extra: str = "") -> None:
    text = f"run {run.id}: {run.name} — {run.documents:,} documents, {run.bytes / 1e6:,.1f} MB"
    if run.partial or run.status != "finished":
        text += " (partial read)"
    if extra:
        text += f"\n{extra}"
    fig.text(0.01, 0.01, text, fontsize=8, color="0.35", ha="left", va="bottom")


def plot_floors(rows: list[dict[str, Any]], run: Run, path: Path) -> Path:
    """Singleton rate with its interval and the Theorem 2 floor per category, sorted."""
    rows = [r for r in rows if r["examples"]]
    rows.sort(key=lambda r: r["singleton_rate"])
    fig, ax = plt.subplots(figsize=(9, 0.45 * max(len(rows), 3) + 1.8))
    labels = [f"{r['category']}  (N={r['examples']:,})" for r in rows]
    y = list(range(len(rows)))
    rates = [r["singleton_rate"] for r in rows]
    lows = [max(r["singleton_rate"] - r["singleton_rate_ci"][0], 0) for r in rows]
    highs = [max(r["singleton_rate_ci"][1] - r["singleton_rate"], 0) for r in rows]
    ax.errorbar(rates, y, xerr=[lows, highs], fmt="o", color="tab:blue", capsize=3,
                label="singleton rate f1/N with interval")
    for yi, row in zip(y, rows):
        if row["floor_vacuous"]:
            ax.plot([0], [yi], marker="x", color="0.5", linestyle="none")
            ax.annotate("floor vacuous", (0.0, yi), xytext=(6, -3), textcoords="offset points",
                        fontsize=7, color="0.4")
        else:
            ax.plot([row["floor"]], [yi], marker="D", color="tab:red", linestyle="none")
    ax.plot([], [], marker="D", color="tab:red", linestyle="none",
            label=f"Theorem 2 floor ({rows[0]['confidence']:.0%} confidence)" if rows else "floor")
    ax.plot([], [], marker="x", color="0.5", linestyle="none", label="floor vacuous (N too small)")
    ax.set_yticks(y, labels)
    ax.set_xlim(0, 1)
    ax.set_xlabel("fraction of training examples (hallucination-rate floor for a calibrated model)")
    ax.set_title("Predicted hallucination floor per fact category")
    ax.grid(axis="x", alpha=0.3)
    ax.legend(loc="lower right", fontsize=8)
    _caption(fig, run, "vacuous: the finite-sample term exceeds the rate, so the bound says nothing")
    fig.tight_layout(rect=(0, 0.06, 1, 1))
    fig.savefig(path)
    plt.close(fig)
    return path


def plot_fingerprints(fingerprints: dict[str, dict[int, int]], run: Run, path: Path) -> Path:
    """Frequency of frequencies per category on log-log axes."""
    fig, ax = plt.subplots(figsize=(8, 5.5))
    for category, fingerprint in sorted(fingerprints.items()):
        if not fingerprint:
            continue
        r = sorted(fingerprint)
        ax.plot(r, [fingerprint[k] for k in r], marker="o", markersize=3, label=category)
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("r: times a subject is stated")
    ax.set_ylabel("f_r: number of subjects stated r times")
    ax.set_title("Fingerprints: how heavy the tail of rarely stated facts is")
    ax.grid(alpha=0.3, which="both")
    ax.legend(fontsize=7, ncol=2)
    _caption(fig, run)
    fig.tight_layout(rect=(0, 0.05, 1, 1))
    fig.savefig(path)
    plt.close(fig)
    return path


def nan_to_none(value: float) -> float | None:
    return None if math.isnan(value) else value


def growth_curve(fingerprint: dict[int, int], *, points: int = 40, max_factor: float = 4.0):
    """Sizes from 1% of N to ``max_factor`` × N with the predicted singleton rate at each."""
    import numpy as np

    from singleton import stats

    n = sum(r * f for r, f in fingerprint.items())
    below = np.unique(np.geomspace(max(1, n // 100), n, points // 2).round().astype(int))
    above = np.geomspace(n, n * max_factor, points // 2)[1:]
    return n, below, stats.singleton_rate_at(fingerprint, below), above, stats.singleton_rate_at(fingerprint, above)


def plot_growth(fingerprints: dict[str, dict[int, int]], run: Run, path: Path) -> Path:
    """Singleton rate against corpus size: exact interpolation below N, extrapolation above."""
    fig, ax = plt.subplots(figsize=(8, 5.5))
    colors = plt.rcParams["axes.prop_cycle"].by_key()["color"]
    for i, (category, fingerprint) in enumerate(sorted(fingerprints.items())):
        n = sum(r * f for r, f in fingerprint.items())
        if n < 2:
            continue
        color = colors[i % len(colors)]
        n, below, rate_below, above, rate_above = growth_curve(fingerprint)
        ax.plot(below, rate_below, color=color, label=category)
        ax.plot(above, rate_above, color=color, linestyle="--")
        ax.plot([n], [rate_below[-1]], marker="o", color=color)
    ax.set_xscale("log")
    ax.set_ylim(0, 1.02)
    ax.set_xlabel("corpus size (examples of the category)")
    ax.set_ylabel("singleton rate f1/N")
    ax.set_title("Singleton rate vs corpus size (solid: interpolated, dashed: extrapolated)")
    ax.grid(alpha=0.3, which="both")
    ax.legend(fontsize=7, ncol=2)
    _caption(fig, run, "dot: observed; dashed beyond it: extrapolation (Good–Toulmin, smoothed)")
    fig.tight_layout(rect=(0, 0.06, 1, 1))
    fig.savefig(path)
    plt.close(fig)
    return path
