"""`singleton compare` and singleton.compare: two runs side by side."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sample_db import png_size, sample_db, sample_dbs  # noqa: F401 - fixtures

from conftest import run_cli
from singleton import compare
from singleton.cli import main


def test_compare_json_pairs_categories_with_differences(
    sample_db: Path, capsys: pytest.CaptureFixture  # noqa: F811
) -> None:
    assert main(["--db", str(sample_db), "compare", "1", "2", "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["run_a"]["id"] == 1 and result["run_b"]["id"] == 2
    rows = {r["category"]: r for r in result["categories"]}
    birth = rows["birth_date"]
    assert birth["examples_a"] > birth["examples_b"] > 0
    assert birth["singleton_rate_diff"] == pytest.approx(
        birth["singleton_rate_b"] - birth["singleton_rate_a"])
    low, high = birth["singleton_rate_diff_ci"]
    assert low < birth["singleton_rate_diff"] < high
    assert birth["floor_diff"] == pytest.approx(birth["floor_b"] - birth["floor_a"])
    for key in ("floor_vacuous_a", "floor_vacuous_b", "singleton_rate_ci_a", "ceiling_b"):
        assert key in birth


def test_compare_table_markdown_and_chart(sample_db: Path, tmp_path: Path) -> None:  # noqa: F811
    result = run_cli("--db", str(sample_db), "compare", "1", "2", "--out-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "Δ sr" in result.stdout and "birth_date" in result.stdout
    assert "A: run 1" in result.stdout and "B: run 2" in result.stdout
    chart = tmp_path / "compare.png"
    assert chart.stat().st_size > 10_000 and png_size(chart)[0] >= 800
    out = tmp_path / "compare.md"
    result = run_cli("--db", str(sample_db), "compare", "1", "2", "--format", "markdown",
                     "--out-dir", str(tmp_path), "--out", str(out))
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert "| birth_date |" in text and "](compare.png)" in text


def test_compare_across_databases(sample_dbs: dict, capsys: pytest.CaptureFixture) -> None:  # noqa: F811
    code = main(["--db", str(sample_dbs["sample"]), "compare", "2", "1",
                 "--db-b", str(sample_dbs["one_run"]), "--format", "json"])
    assert code == 0
    result = json.loads(capsys.readouterr().out)
    assert result["run_b"]["db"].endswith("one_run.duckdb")
    assert result["run_a"]["name"] == "sample-half" and result["run_b"]["name"] == "sample"


def test_compare_same_run_differs_by_nothing(sample_db: Path,  # noqa: F811
                                             capsys: pytest.CaptureFixture) -> None:
    assert main(["--db", str(sample_db), "compare", "1", "1", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)["categories"]
    assert all(r["singleton_rate_diff"] in (0, None) for r in rows)


def test_compare_with_an_empty_run(sample_db: Path, sample_dbs: dict,  # noqa: F811
                                   capsys: pytest.CaptureFixture, tmp_path: Path) -> None:
    code = main(["--db", str(sample_db), "compare", "1", "1", "--db-b",
                 str(sample_dbs["empty_run"]), "--out-dir", str(tmp_path)])
    assert code == 0
    out = capsys.readouterr().out
    assert "birth_date" in out and "educated_at" in out  # categories of either run
    assert (tmp_path / "compare.png").is_file()


@pytest.mark.parametrize("args, message", [
    (["1", "9"], "no run 9"),
    (["1", "2", "--db-b", "missing.duckdb"], "no such database"),
    (["1"], "required"),
])
def test_compare_usage_errors(args: list[str], message: str, sample_db: Path,  # noqa: F811
                              capsys: pytest.CaptureFixture, tmp_path: Path,
                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["--db", str(sample_db), "compare", *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error:") and message in err


def test_compare_rows_pairs_missing_categories() -> None:
    a = [{"category": "x", "examples": 10, "singletons": 5, "doubletons": 1,
          "singleton_rate": 0.5, "floor": 0.0, "floor_vacuous": True, "confidence": 0.95}]
    b = [{"category": "y", "examples": 4, "singletons": 4, "doubletons": 0,
          "singleton_rate": 1.0, "floor": 0.0, "floor_vacuous": True, "confidence": 0.95}]
    rows = compare.compare_rows(a, b)
    assert [r["category"] for r in rows] == ["x", "y"]
    assert rows[0]["examples_b"] is None and rows[0]["singleton_rate_diff"] is None
    assert rows[1]["singleton_rate_a"] is None
