from __future__ import annotations

import json
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from conftest import ARTICLES, write_jsonl
from singleton.errors import UserError
from singleton.sources import (
    Columns,
    DatasetsSource,
    LineFileSource,
    bundled_sample,
    open_source,
)


def collect(source, **kwargs):
    ids, texts, titles, rows, skipped, malformed, nbytes = [], [], [], 0, 0, 0, 0
    for batch in source.batches(**kwargs):
        ids += batch.doc_ids
        texts += batch.texts
        titles += batch.titles
        rows += batch.rows
        skipped += batch.skipped
        malformed += batch.malformed
        nbytes += batch.bytes
    return {"ids": ids, "texts": texts, "titles": titles, "rows": rows, "skipped": skipped,
            "malformed": malformed, "bytes": nbytes}


def test_jsonl_gz_file_reads_all_documents_with_ids_and_titles(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "docs.jsonl.gz", ARTICLES, gz=True)
    source = open_source(str(path))
    assert isinstance(source, LineFileSource)
    got = collect(source, batch_docs=3)
    assert got["ids"] == ["1", "2", "3", "4"]
    assert got["titles"][1] == "Willi Schneider (skeleton racer)"
    assert got["bytes"] == sum(len(a["text"].encode()) for a in ARTICLES)


def test_parquet_file_goes_through_load_dataset(tmp_path: Path) -> None:
    path = tmp_path / "docs.parquet"
    pq.write_table(pa.Table.from_pylist(ARTICLES), path)
    source = open_source(str(path))
    assert isinstance(source, DatasetsSource)
    got = collect(source)
    assert got["ids"] == ["1", "2", "3", "4"]
    assert got["texts"][1].startswith("Wilfried")


def test_local_dataset_directory_of_jsonl_gz_via_load_dataset(tmp_path: Path) -> None:
    folder = tmp_path / "corpus" / "data"
    folder.mkdir(parents=True)
    write_jsonl(folder / "train-00000.jsonl.gz", ARTICLES[:2], gz=True)
    source = open_source(str(tmp_path / "corpus"))
    assert isinstance(source, DatasetsSource) and source.kind == "local"
    got = collect(source)
    assert sorted(got["ids"]) == ["1", "2"]


def test_save_to_disk_directory_and_unknown_split(tmp_path: Path) -> None:
    import datasets

    datasets.Dataset.from_list(ARTICLES).save_to_disk(str(tmp_path / "saved"))
    got = collect(open_source(str(tmp_path / "saved")))
    assert got["ids"] == ["1", "2", "3", "4"]
    datasets.DatasetDict({"validation": datasets.Dataset.from_list(ARTICLES)}).save_to_disk(
        str(tmp_path / "dict")
    )
    with pytest.raises(UserError, match="available splits: validation"):
        collect(open_source(str(tmp_path / "dict")))


def test_skip_rows_resumes_exactly_where_a_run_stopped(tmp_path: Path) -> None:
    records = [{"text": f"document number {i}"} for i in range(10)]
    path = write_jsonl(tmp_path / "docs.jsonl", records)
    whole = collect(open_source(str(path)))["texts"]
    assert collect(open_source(str(path)), skip_rows=4)["texts"] == whole[4:]
    assert collect(open_source(str(path)), skip_rows=4, limit_rows=3)["texts"] == whole[4:7]
    parquet = tmp_path / "docs.parquet"
    pq.write_table(pa.Table.from_pylist(records), parquet)
    assert collect(open_source(str(parquet)), skip_rows=4)["texts"] == whole[4:]


def test_stable_ids_when_the_source_has_none(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "noid.jsonl", [{"content": "a"}, {"content": "b"}])
    first = collect(open_source(str(path)))["ids"]
    assert first == ["noid.jsonl:1", "noid.jsonl:2"]
    assert collect(open_source(str(path)))["ids"] == first


def test_text_files_one_document_per_line(tmp_path: Path) -> None:
    path = tmp_path / "web.txt"
    path.write_text("first page\n\nsecond page\n", encoding="utf-8")
    got = collect(open_source(str(path)))
    assert got["texts"] == ["first page", "second page"]


def test_glob_reads_files_in_sorted_order(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "b.jsonl", ARTICLES[2:])
    write_jsonl(tmp_path / "a.jsonl", ARTICLES[:2])
    got = collect(open_source(str(tmp_path / "*.jsonl")))
    assert got["ids"] == ["1", "2", "3", "4"]


def test_bad_rows_are_skipped_and_counted(tmp_path: Path) -> None:
    path = tmp_path / "messy.jsonl"
    path.write_bytes(
        b'{"text": "good one"}\n'
        b'{"text": broken json\n'
        b'{"text": null}\n'
        b'{"text": 42}\n'
        b'\xff\xfe not utf-8\n'
        b'[1, 2]\n'
        b'{"text": "good two"}\n'
    )
    got = collect(open_source(str(path)))
    assert got["texts"] == ["good one", "good two"]
    assert got["rows"] == 7
    assert got["skipped"] == 2  # null and non-string text
    assert got["malformed"] == 3  # bad JSON, bad UTF-8, not an object


def test_missing_text_column_lists_available_columns(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "x.jsonl", [{"body_html": "x", "url": "u"}])
    with pytest.raises(UserError, match="available columns: body_html, url"):
        collect(open_source(str(path)))
    with pytest.raises(UserError, match="no text column 'txt'"):
        collect(open_source(str(path), columns=Columns(text="txt")))


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p / "missing.jsonl", "no such file"),
        (lambda p: (p / "doc.csv").write_text("a,b\n") and p / "doc.csv", "unsupported file type"),
        (lambda p: (p / "empty.jsonl").write_text("") or p / "empty.jsonl", "the file is empty"),
        (lambda p: p / "nothing-*.jsonl", "no file matches"),
    ],
)
def test_bad_paths_are_user_errors(tmp_path: Path, make, message: str) -> None:
    with pytest.raises(UserError, match=message):
        open_source(str(make(tmp_path)))


def test_hub_name_fails_fast_when_the_hub_is_unreachable(monkeypatch: pytest.MonkeyPatch) -> None:
    # the boundary: a closed local port stands in for an unreachable Hub
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")
    monkeypatch.setenv("HF_HOME", "/nonexistent-singleton-test-cache")
    source = open_source("wikimedia/wikipedia", config="20231101.en")
    assert isinstance(source, DatasetsSource) and source.kind == "hub"
    started = time.monotonic()
    with pytest.raises(UserError, match="cannot be reached"):
        collect(source)
    assert time.monotonic() - started < 15


def test_bundled_sample_is_real_wikipedia() -> None:
    got = collect(bundled_sample(), limit_rows=50)
    assert got["rows"] == 50
    assert all(title for title in got["titles"])
    assert sum(len(t) for t in got["texts"]) > 10_000


def test_describe_is_json_and_stable(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "d.jsonl", ARTICLES)
    assert json.dumps(open_source(str(path)).describe()) == json.dumps(open_source(str(path)).describe())
