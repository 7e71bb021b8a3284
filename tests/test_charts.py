"""Charts (`singleton plot`, singleton.charts) and the Markdown report that links them."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from sample_db import png_size, sample_db, sample_dbs  # noqa: F401 - fixtures

from conftest import run_cli
from singleton import charts, report, stats
from singleton.cli import main
from singleton.store import Run


def _fake_run(**changes: object) -> Run:
    values: dict = dict(
        id=7, name="fineweb", categories=["birth_date", "death_date", "capital", "spouse"],
        source={"kind": "hub", "path": "HuggingFaceFW/fineweb", "config": "sample-10BT",
                "split": "train"},
        options={}, extractor_version="test", status="finished", partial=False,
        documents=9_000_000, bytes=4 * 10**10, skipped=0, mentions=5_000_000, cursor={},
    )
    values.update(changes)
    return Run(**values)


def _synthetic(run: Run) -> tuple[list[dict], dict[str, dict[int, int]]]:
    """Large categories (informative floors) beside a small one and an empty one."""
    rng = np.random.default_rng(5)
    sizes = {"birth_date": (0.3, 2_000_000), "death_date": (0.5, 1_000_000), "capital": (3.0, 800),
             "spouse": (1.0, 0)}
    fingerprints, rows = {}, []
    for name, (shape, n) in sizes.items():
        counts = rng.poisson(rng.gamma(shape, 0.8 / shape, size=n)) if n else []
        fingerprints[name] = stats.fingerprint(counts)
        summary = stats.summarize(fingerprint=fingerprints[name], confidence=0.99,
                                  min_wrong_answers=364, max_wrong_answers=364)
        rows.append({"category": name, **summary, "answer_space": 364, "confidence": 0.99,
                     "unit": "document", "pair_singleton_rate": summary["singleton_rate"],
                     "conflict_rate": 0.0})
    return rows, fingerprints


# ------------------------------------------------------------------------ from a real run


def test_plot_draws_three_readable_pngs(sample_db: Path, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "charts"
    result = run_cli("--db", str(sample_db), "plot", "--out", str(out), "--run", "1")
    assert result.returncode == 0, result.stderr
    for name in ("floors", "fingerprints", "growth"):
        path = out / f"{name}.png"
        assert f"wrote {path}" in result.stdout
        assert path.stat().st_size > 10_000
        width, height = png_size(path)
        assert 800 <= width <= 2400 and 400 <= height <= 2000, (name, width, height)


def test_plot_svg(sample_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:  # noqa: F811
    assert main(["--db", str(sample_db), "plot", "--out", str(tmp_path), "--format", "svg"]) == 0
    for name in ("floors", "fingerprints", "growth"):
        text = (tmp_path / f"{name}.svg").read_text(encoding="utf-8")
        assert text.lstrip().startswith("<?xml") and "<svg" in text[:2000]
        assert len(text) > 10_000
    floors = (tmp_path / "floors.svg").read_text(encoding="utf-8")
    # titled, captioned with the source and the run, vacuous floors explained
    assert "Hallucination floor per fact category" in floors
    assert "enwiki_sample.jsonl.gz" in floors and "run 2" in floors
    assert "vacuous" in floors and "needs N" in floors
    growth = (tmp_path / "growth.svg").read_text(encoding="utf-8")
    assert "PARTIAL READ" in growth and "sampling band" in growth


def test_plot_empty_run_and_bad_out(sample_dbs: dict, tmp_path: Path,  # noqa: F811
                                    capsys: pytest.CaptureFixture) -> None:
    assert main(["--db", str(sample_dbs["empty_run"]), "plot", "--out", str(tmp_path)]) == 0
    assert all((tmp_path / f"{n}.png").stat().st_size > 10_000 for n in charts.CHART_NAMES)
    not_a_dir = tmp_path / "file"
    not_a_dir.write_text("x")
    assert main(["--db", str(sample_dbs["empty_run"]), "plot", "--out", str(not_a_dir)]) == 2
    assert "error:" in capsys.readouterr().err


# ------------------------------------------------------------------------ in process


def test_charts_with_informative_floors(tmp_path: Path) -> None:
    run = _fake_run(partial=True)
    rows, fingerprints = _synthetic(run)
    assert not rows[0]["floor_vacuous"]  # the chart draws a real floor
    paths = [
        charts.plot_floors(rows, run, tmp_path / "floors.png"),
        charts.plot_fingerprints(fingerprints, run, tmp_path / "fingerprints.png"),
        charts.plot_growth(fingerprints, run, tmp_path / "growth.png"),
    ]
    assert all(p.stat().st_size > 10_000 for p in paths)


def test_floor_rows_sorted_highest_floor_first() -> None:
    rows, _ = _synthetic(_fake_run())
    ordered = [r["category"] for r in sorted(rows, key=charts.floor_sort_key)]
    assert ordered[0] in ("birth_date", "death_date") and ordered[-1] == "spouse"


def test_extrapolation_band_is_the_estimator_and_its_spread() -> None:
    rng = np.random.default_rng(1)
    fp = stats.as_fingerprint(stats.fingerprint(rng.poisson(rng.gamma(0.5, 1.6, size=20_000))))
    sizes = fp.n * np.array([1.0, 1.5, 2.0, 4.0])
    rate, low, high = charts.extrapolation_band(fp, sizes, 0.95)
    assert np.allclose(rate, stats.singleton_rate_at(fp, sizes))
    assert np.all(low <= rate) and np.all(rate <= high)
    assert np.all(high - low > 0)
    # at N the band is Esty's interval
    esty_low, esty_high = stats.esty_interval(fp, 0.95)
    assert (low[0], high[0]) == pytest.approx((esty_low, esty_high), abs=1e-9)


def test_examples_for_positive_floor_is_where_the_floor_turns_positive() -> None:
    n = report.examples_for_positive_floor(0.2, 364, 0.99)
    assert stats.theorem2_floor(0.2, int(n), 364, 0.99) > 0
    assert stats.theorem2_floor(0.2, int(n) - 2, 364, 0.99) <= 0
    assert math.isinf(report.examples_for_positive_floor(0.001, 364))
    assert math.isnan(report.examples_for_positive_floor(math.nan, 364))


def test_source_label_names_the_source() -> None:
    assert charts.source_label(_fake_run()) == "HuggingFaceFW/fineweb/sample-10BT/train"
    files = _fake_run(source={"kind": "files", "paths": ["/data/a.jsonl.gz", "/data/b.jsonl.gz"]})
    assert charts.source_label(files).startswith("2 files (a.jsonl.gz")


# ------------------------------------------------------------------------ markdown report


def test_markdown_report_links_charts_and_reads_the_numbers(
    sample_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture  # noqa: F811
) -> None:
    out = tmp_path / "report" / "report.md"
    out.parent.mkdir()
    code = main(["--db", str(sample_db), "report", "--run", "1", "--format", "markdown",
                 "--out", str(out), "--charts", str(out.parent / "charts")])
    assert code == 0
    text = out.read_text(encoding="utf-8")
    for name in charts.CHART_NAMES:  # drawn because missing, linked relative to the report
        assert (out.parent / "charts" / f"{name}.png").is_file()
        assert f"](charts/{name}.png)" in text
    assert "## What the numbers say" in text and "| birth_date |" in text
    assert "Vacuous floors" in text and "finite-sample term" in text
    assert "Calibrated model (δ = 0)" in text and "Partial read" in text
    assert "Frequency-weighted" in text and "Arbitrary facts" in text
    # charts beside the report are found without --charts
    again = tmp_path / "report" / "again.md"
    assert main(["--db", str(sample_db), "report", "--format", "markdown", "--out",
                 str(again)]) == 0
    assert "](charts/floors.png)" in again.read_text(encoding="utf-8")


def test_markdown_reading_names_informative_floors() -> None:
    run = _fake_run()
    rows, _ = _synthetic(run)
    text = report.format_markdown(rows, run, charts=["charts/floors.png"])
    assert "Highest floors" in text and "**birth_date**" in text
    assert "![floors](charts/floors.png)" in text
    assert "No examples found for **spouse**" in text
    assert "Partial read" not in text
