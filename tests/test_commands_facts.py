"""`singleton facts`: facts with their provenance (a snippet and a document for each)."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from sample_db import sample_db, sample_dbs  # noqa: F401 - fixtures

from conftest import run_cli
from singleton.cli import main


def _facts(db: Path, *args: str, capsys: pytest.CaptureFixture) -> list[dict]:
    code = main(["--db", str(db), "facts", *args, "--format", "json"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return json.loads(captured.out)


def test_singletons_are_count_one_facts_with_snippet_and_document(
    sample_db: Path, capsys: pytest.CaptureFixture  # noqa: F811
) -> None:
    rows = _facts(sample_db, "--category", "birth_date", "--run", "1", "--singletons",
                  "--limit", "500", capsys=capsys)
    assert len(rows) > 100
    assert all(r["count"] == 1 and r["subject_count"] == 1 for r in rows)
    assert all(r["snippet"].strip() and r["doc_id"] for r in rows)
    # each row's provenance is a real mention of that fact in that document
    con = duckdb.connect(str(sample_db), read_only=True)
    try:
        for row in rows[:50]:
            found = con.execute(
                "SELECT count(*) FROM mentions WHERE run_id = 1 AND category = 'birth_date' "
                "AND doc_id = ? AND value = ? AND subject_text = ? AND snippet = ?",
                [row["doc_id"], row["value"], row["subject"], row["snippet"]],
            ).fetchall()[0][0]
            assert found >= 1, row
        subjects = {r["subject"] for r in rows}
        repeated = con.execute(
            "SELECT any_value(m.subject_text) FROM mentions m JOIN subject_counts s "
            "USING (run_id, category, subject) WHERE m.run_id = 1 AND "
            "m.category = 'birth_date' AND s.n > 1 GROUP BY m.subject").fetchall()
    finally:
        con.close()
    assert repeated and not subjects & {r[0] for r in repeated}


def test_min_count_and_subject_filters(sample_db: Path, capsys: pytest.CaptureFixture) -> None:  # noqa: F811
    frequent = _facts(sample_db, "--category", "death_date", "--run", "1", "--min-count", "2",
                      capsys=capsys)
    assert all(r["count"] >= 2 for r in frequent)
    everything = _facts(sample_db, "--category", "birth_date", "--run", "1", "--limit", "3",
                        capsys=capsys)
    assert [r["count"] for r in everything] == sorted((r["count"] for r in everything),
                                                      reverse=True)
    name = everything[0]["subject"]
    part = name.split()[-1]
    matched = _facts(sample_db, "--category", "birth_date", "--run", "1", "--subject",
                     part.upper(), capsys=capsys)
    assert matched and all(part.lower() in r["subject"].lower() for r in matched)


def test_facts_table_output(sample_db: Path) -> None:  # noqa: F811
    result = run_cli("--db", str(sample_db), "facts", "--category", "birth_date", "--singletons",
                     "--limit", "5")
    assert result.returncode == 0, result.stderr
    header = result.stdout.splitlines()[0].split()
    assert header == ["subject", "value", "count", "subject_count", "doc_id", "snippet"]
    assert "(5 rows)" in result.stdout


@pytest.mark.parametrize("args, message", [
    (["--category", "nope"], "has no category 'nope'"),
    (["--category", "birth_date", "--singletons", "--min-count", "2"], "not allowed with"),
    (["--category", "birth_date", "--min-count", "0"], "at least 1"),
    (["--category", "birth_date", "--run", "99"], "no run 99"),
])
def test_facts_usage_errors(args: list[str], message: str, sample_db: Path,  # noqa: F811
                            capsys: pytest.CaptureFixture) -> None:
    assert main(["--db", str(sample_db), "facts", *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error:") and message in err


def test_facts_of_an_empty_run(sample_dbs: dict, capsys: pytest.CaptureFixture) -> None:  # noqa: F811
    assert _facts(sample_dbs["empty_run"], "--category", "birth_date", "--singletons",
                  capsys=capsys) == []
