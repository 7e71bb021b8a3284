"""sql/examples/*.sql run on any singleton database; `singleton sql` stays read-only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sample_db import sample_dbs  # noqa: F401 - fixture

from conftest import REPO, run_cli
from singleton.cli import main
from singleton.commands import example_queries

EXAMPLES = sorted((REPO / "sql" / "examples").glob("*.sql"))
DATABASES = ("sample", "one_run", "empty_run", "no_run")


def test_at_least_six_examples_each_saying_what_it_answers() -> None:
    assert len(EXAMPLES) >= 6
    for path in EXAMPLES:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("-- ") and len(first) > 20, path.name
    required = {"top_facts", "singleton_facts", "conflicting_values", "fingerprint",
                "mentions_per_1000_docs", "shared_facts"}
    assert required <= {p.stem for p in EXAMPLES}


def test_examples_ship_with_the_package() -> None:
    assert set(example_queries()) == {p.stem for p in EXAMPLES}


def _run_json(db: Path, *args: str, capsys: pytest.CaptureFixture) -> list[dict]:
    code = main(["--db", str(db), "sql", *args, "--format", "json"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return json.loads(captured.out) if captured.out.strip() else []


@pytest.mark.parametrize("database", DATABASES)
def test_every_example_runs(database: str, sample_dbs: dict,  # noqa: F811
                            capsys: pytest.CaptureFixture) -> None:
    for path in EXAMPLES:
        rows = _run_json(sample_dbs[database], "--file", str(path), capsys=capsys)
        if database in ("empty_run", "no_run") and path.stem not in (
                "mentions_per_1000_docs", "category_summary", "run_overlap"):
            assert rows == [], path.name


def test_examples_answer_on_a_real_run(sample_dbs: dict, capsys: pytest.CaptureFixture) -> None:  # noqa: F811
    db = sample_dbs["sample"]
    top = _run_json(db, "--file", "top_facts", capsys=capsys)
    assert top and {"category", "rank", "subject", "value", "documents"} <= set(top[0])
    assert max(r["rank"] for r in top) <= 5
    singles = _run_json(db, "--file", "singleton_facts", capsys=capsys)
    assert singles and all(r["snippet"] and r["doc_id"] for r in singles)
    conflicts = _run_json(db, "--file", "conflicting_values", capsys=capsys)
    assert all(r["n_values"] > 1 and ";" in r["values_stated"] for r in conflicts)
    fingerprint = _run_json(db, "--file", "sql/examples/fingerprint.sql", capsys=capsys)
    assert fingerprint[0]["r"] == 1 and fingerprint[-1]["cumulative_share"] == 1
    density = _run_json(db, "--file", "mentions_per_1000_docs", capsys=capsys)
    assert {r["run_id"] for r in density} == {1, 2}
    shared = _run_json(db, "--file", "shared_facts", capsys=capsys)
    assert shared and all(r["run_a"] == 1 and r["run_b"] == 2 for r in shared)
    overlap = _run_json(db, "--file", "run_overlap", capsys=capsys)
    assert all(r["shared"] <= min(r["facts_a"], r["facts_b"]) for r in overlap)
    # one run: nothing is shared, the overlap lists run 1's facts alone
    assert _run_json(sample_dbs["one_run"], "--file", "shared_facts", capsys=capsys) == []


def test_sql_file_from_the_command_line(sample_dbs: dict) -> None:  # noqa: F811
    result = run_cli("--db", str(sample_dbs["sample"]), "sql", "--file",
                     "sql/examples/top_facts.sql", cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert "category" in result.stdout and "rows)" in result.stdout


@pytest.mark.parametrize("query", [
    "delete from mentions",
    "drop table mentions",
    "create table notes (x int)",
    "insert into runs (name, source, categories, options, extractor_version, status) "
    "values ('x', '{}', [], '{}', 'x', 'finished')",
    "copy mentions to 'stolen.csv'",
    "attach 'other.duckdb' as other",
])
def test_sql_is_read_only(query: str, sample_dbs: dict, tmp_path: Path) -> None:  # noqa: F811
    result = run_cli("--db", str(sample_dbs["sample"]), "sql", query, cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:"), result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "stolen.csv").exists()


def test_sql_file_errors(sample_dbs: dict, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:  # noqa: F811
    db = str(sample_dbs["sample"])
    assert main(["--db", db, "sql", "--file", str(tmp_path / "missing.sql")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error:") and "top_facts" in err  # lists the bundled examples
    assert main(["--db", db, "sql", "--file", str(tmp_path)]) == 2
    assert "directory" in capsys.readouterr().err
    bad = tmp_path / "bad.sql"
    bad.write_text("select nope from nowhere")
    assert main(["--db", db, "sql", "--file", str(bad)]) == 2
    assert capsys.readouterr().err.startswith("error: SQL:")
