"""End to end through the real CLI: run -> report -> sql -> facts -> plot, and a report that
matches a small case computed by hand."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from conftest import ARTICLES, run_cli, write_jsonl

# the JSON keys DESIGN.md promises for `report --format json`
DESIGN_KEYS = {
    "category", "examples", "subjects", "singletons", "doubletons", "singleton_rate",
    "singleton_rate_ci", "floor", "floor_vacuous", "ceiling", "pair_singleton_rate",
    "conflict_rate",
}
BUILT_IN = {
    "birth_date", "death_date", "birth_place", "death_place", "founding_date", "founder", "spouse",
    "author", "publication_date", "headquarters", "capital", "educated_at",
}
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def test_end_to_end_on_the_bundled_sample(tmp_path: Path) -> None:
    """`singleton run` with no source (the bundled sample, all categories), then report, sql,
    facts and plot on its database, each through the real CLI."""
    db = tmp_path / "sample.duckdb"
    done = run_cli("--db", str(db), "run", "--workers", "2", cwd=tmp_path, timeout=600)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    # the summary: header, per-category table, the next commands
    assert "3,000 documents" in done.stdout and "status finished" in done.stdout
    assert "birth_date" in done.stdout and "next:" in done.stdout
    assert f"singleton report --db {db}" in done.stdout

    # report --format json: one object per category with the keys DESIGN.md promises
    done = run_cli("--db", str(db), "report", "--format", "json")
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert {r["category"] for r in rows} == BUILT_IN
    for row in rows:
        assert set(row) >= DESIGN_KEYS, DESIGN_KEYS - set(row)
    births = next(r for r in rows if r["category"] == "birth_date")
    assert births["examples"] > 1000  # the sample is mostly biographies
    assert births["singleton_rate"] == pytest.approx(births["singletons"] / births["examples"])
    low, high = births["singleton_rate_ci"]
    assert 0 <= low <= births["singleton_rate"] <= high <= 1
    assert births["floor"] == 0 and births["floor_vacuous"] is True  # N ~ 2,000 is too few
    for fmt in ("table", "csv", "markdown"):
        other = run_cli("--db", str(db), "report", "--format", fmt)
        assert other.returncode == 0 and "birth_date" in other.stdout, other.stderr

    # sql sees the counts the report shows
    done = run_cli(
        "--db", str(db), "sql",
        "select examples, subjects, singletons from category_stats where category = 'birth_date'",
        "--format", "json",
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [
        {"examples": births["examples"], "subjects": births["subjects"],
         "singletons": births["singletons"]}
    ]
    runs = json.loads(run_cli("--db", str(db), "runs", "--format", "json").stdout)
    assert [(r["status"], r["documents"]) for r in runs] == [("finished", 3000)]
    total = json.loads(run_cli("--db", str(db), "sql", "select count(*) as n from mentions",
                               "--format", "json").stdout)
    assert total == [{"n": runs[0]["mentions"]}]

    # facts: singletons with their provenance
    done = run_cli("--db", str(db), "facts", "--category", "birth_date", "--singletons",
                   "--limit", "5", "--format", "json")
    assert done.returncode == 0, done.stderr
    facts = json.loads(done.stdout)
    assert len(facts) == 5
    for fact in facts:
        assert fact["subject_count"] == 1 and fact["count"] == 1
        assert fact["snippet"] and fact["doc_id"]

    # plot: three real, non-blank PNG charts
    import matplotlib.image

    out = tmp_path / "charts"
    done = run_cli("--db", str(db), "plot", "--out", str(out))
    assert done.returncode == 0, done.stderr
    for name in ("floors.png", "fingerprints.png", "growth.png"):
        path = out / name
        assert path.read_bytes()[:8] == PNG_MAGIC, name
        image = matplotlib.image.imread(path)
        height, width = image.shape[:2]
        assert height >= 200 and width >= 300, (name, image.shape)
        assert image.std() > 0.01, f"{name} is blank"


def test_report_matches_a_small_case_computed_by_hand(tmp_path: Path) -> None:
    """The four test articles (tests/conftest.py): 1 and 3 are the same Jarred Shaw article
    (born 1990-09-28), 2 is Willi Schneider (born 1963-03-13 in Mediaș), 4 states no fact."""
    corpus = write_jsonl(tmp_path / "articles.jsonl", ARTICLES)
    db = tmp_path / "small.duckdb"
    done = run_cli("--db", str(db), "run", str(corpus), "--categories", "birth_date,birth_place",
                   "--workers", "1", "--quiet")
    assert done.returncode == 0, done.stderr

    facts = json.loads(run_cli(
        "--db", str(db), "sql", "select category, value, doc_id from mentions order by all",
        "--format", "json").stdout)
    assert facts == [
        {"category": "birth_date", "value": "1963-03-13", "doc_id": "2"},
        {"category": "birth_date", "value": "1990-09-28", "doc_id": "1"},
        {"category": "birth_date", "value": "1990-09-28", "doc_id": "3"},
        {"category": "birth_place", "value": facts[3]["value"], "doc_id": "2"},
    ]
    assert facts[3]["value"].startswith("medias")

    # birth_date by hand, one example per (subject, value, document):
    #   Shaw: documents 1 and 3 -> stated twice; Schneider: document 2 -> once
    n, f1, f2, subjects = 3, 1, 1, 2
    sr = f1 / n
    answer_space = 364  # |E_c| of birth_date (wrong days of the year)
    gamma = 1 - 0.99
    unclipped = sr - 2 / answer_space - 6 * math.log(3 * n / gamma) / math.sqrt(n)
    report = {r["category"]: r for r in json.loads(
        run_cli("--db", str(db), "report", "--format", "json").stdout)}
    births = report["birth_date"]
    assert (births["examples"], births["subjects"], births["singletons"], births["doubletons"]) \
        == (n, subjects, f1, f2)
    assert births["singleton_rate"] == pytest.approx(sr)
    assert births["pair_singleton_rate"] == pytest.approx(1 / 3)  # the same pairs here
    assert births["conflict_rate"] == 0
    assert births["floor_unclipped"] == pytest.approx(unclipped)
    assert births["floor"] == 0 and births["floor_vacuous"] is True
    places = report["birth_place"]
    assert (places["examples"], places["singletons"], places["singleton_rate"]) == (1, 1, 1.0)

    # identical documents counted once: Shaw is now stated once, like Schneider
    dedup = {r["category"]: r for r in json.loads(
        run_cli("--db", str(db), "report", "--format", "json", "--dedup", "exact").stdout)}
    assert (dedup["birth_date"]["examples"], dedup["birth_date"]["singletons"]) == (2, 2)
    assert dedup["birth_date"]["singleton_rate"] == 1.0
    # every statement counted: the same as documents here (one statement per document)
    mention = {r["category"]: r for r in json.loads(
        run_cli("--db", str(db), "report", "--format", "json", "--unit", "mention").stdout)}
    assert mention["birth_date"]["examples"] == 3
