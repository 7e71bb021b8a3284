from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa
import pytest

from singleton.errors import UserError
from singleton.mentions import MENTION_SCHEMA
from singleton.store import SCHEMA_VERSION, Store


def mentions(rows: list[tuple[str, str, str, str]]) -> pa.Table:
    """(category, subject, value, doc_id) rows as a mention table with a doc hash."""
    table = pa.Table.from_pylist(
        [
            {"category": c, "subject": s, "subject_text": s.title(), "value": v, "value_text": v,
             "doc_id": d, "char_start": 0, "char_end": 10, "snippet": f"{s} {v}"}
            for c, s, v, d in rows
        ],
        schema=MENTION_SCHEMA,
    )
    return table.append_column("doc_hash", pa.array([f"h{d}" for *_, d in rows], pa.string()))


def new_run(store: Store, categories=("birth_date",)):
    return store.create_run(name="t", source={"kind": "files", "paths": ["x"]},
                            categories=list(categories), options={}, extractor_version="test")


def test_batch_and_cursor_commit_together(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        run = new_run(store)
        store.commit_batch(run.id, mentions([("birth_date", "a", "1990", "1")]),
                           cursor={"rows": 5}, documents=5, bytes_read=100, skipped=1)
        got = store.run(run.id)
    assert (got.documents, got.bytes, got.skipped, got.mentions, got.cursor) == (5, 100, 1, 1, {"rows": 5})


def test_failed_batch_rolls_back_mentions_and_cursor(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        run = new_run(store)
        bad = mentions([("birth_date", "a", "1990", "1")]).drop_columns(["snippet"])
        with pytest.raises(duckdb.Error):
            store.commit_batch(run.id, bad, cursor={"rows": 5}, documents=5, bytes_read=1, skipped=0)
        assert store.con.sql("select count(*) from mentions").fetchall() == [(0,)]
        assert store.run(run.id).cursor == {}


def test_views_count_examples_per_unit(tmp_path: Path) -> None:
    rows = [
        ("birth_date", "jarred shaw", "1990-09-28", "1"),
        ("birth_date", "jarred shaw", "1990-09-28", "1"),  # same statement twice in one document
        ("birth_date", "jarred shaw", "1990-09-28", "3"),  # doc 3 is a copy of doc 1 (same hash below)
        ("birth_date", "willi schneider", "1963-03-13", "2"),
        ("birth_date", "willi schneider", "1963-03-14", "5"),  # a conflicting value
        ("birth_date", "ada", "1815-12-10", "6"),
    ]
    table = mentions(rows)
    hashes = ["h1", "h1", "h1", "h2", "h5", "h6"]
    table = table.set_column(table.schema.get_field_index("doc_hash"), "doc_hash", pa.array(hashes))
    with Store(tmp_path / "s.duckdb") as store:
        run = new_run(store)
        store.commit_batch(run.id, table, cursor={"rows": 6}, documents=6, bytes_read=1, skipped=0)
        document = store.fingerprint_summary(run.id, "document")["birth_date"]
        mention = store.fingerprint_summary(run.id, "mention")["birth_date"]
        dedup = store.fingerprint_summary(run.id, "dedup")["birth_date"]
        mention_dedup = store.fingerprint_summary(run.id, "mention_dedup")["birth_date"]
        assert store.fingerprints(run.id) == {"birth_date": {1: 1, 2: 2}}
    # document unit: shaw 2 (docs 1, 3), schneider 2 (two values), ada 1 -> N = 5
    assert document.subjects == {1: 1, 2: 2}
    assert document.pairs == {1: 3, 2: 1}  # (schneider, 13th), (schneider, 14th), ada once; shaw twice
    assert document.conflicting_subjects == 1
    # mention: shaw 3 statements, schneider 2, ada 1
    assert mention.subjects == {1: 1, 2: 1, 3: 1}
    # dedup: docs 1 and 3 share a hash, so shaw counts once
    assert dedup.subjects == {1: 2, 2: 1}
    # mention_dedup: shaw's two statements in doc 1 count, doc 3's copy does not
    assert mention_dedup.subjects == {1: 1, 2: 2}


def test_not_a_duckdb_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_text("these are my notes, not a database\n" * 10)
    with pytest.raises(UserError, match="not a DuckDB database"):
        Store(path)
    assert path.read_text().startswith("these are my notes")  # left untouched


def test_foreign_duckdb_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.sql("create table invoices(id int)")
    con.close()
    with pytest.raises(UserError, match="not a singleton one"):
        Store(path)


def test_incompatible_schema_version(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    Store(path).close()
    con = duckdb.connect(str(path))
    con.execute("update singleton_meta set value = '999' where key = 'schema_version'")
    con.close()
    with pytest.raises(UserError, match=f"schema version 999, this one reads {SCHEMA_VERSION}"):
        Store(path)


def test_read_only_store_needs_an_existing_database(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="no such database"):
        Store(tmp_path / "missing.duckdb", read_only=True)


def test_report_run_prefers_newest_finished(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        first = new_run(store)
        store.set_status(first.id, "finished")
        second = new_run(store)
        assert store.report_run().id == first.id
        assert store.unfinished_run().id == second.id
        with pytest.raises(UserError, match="no run 99"):
            store.run(99)
