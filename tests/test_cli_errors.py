"""Every bad input of issue 7 through the real CLI, in a subprocess, as a user meets it.

A user error is exit status 2 with exactly one line on stderr, starting ``error:`` and saying
what is wrong, and no traceback (unless ``--debug``). Rows that cannot be read are a clean skip:
the run finishes, counts them and names the count in a warning. Also the safe defaults:
``--trust-remote-code`` is off unless given, ``singleton sql`` is read-only without file-system
access, and nothing in the package shells out.
"""

from __future__ import annotations

import ast
import gzip
import json
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from conftest import ARTICLES, REPO, run_cli, write_jsonl

FAST = ("--categories", "birth_date,birth_place", "--workers", "1")


def assert_user_error(done: subprocess.CompletedProcess, *needles: str) -> str:
    """Exit 2, one ``error:`` line and nothing else on stderr, no traceback; returns the line."""
    assert done.returncode == 2, (done.returncode, done.stderr)
    assert "Traceback" not in done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, done.stderr
    (line,) = lines
    assert line.startswith("error: "), line
    for needle in needles:
        assert needle in line, (needle, line)
    return line


def runs_json(db: Path) -> list[dict]:
    """The runs table, read directly (what ``singleton runs --format json`` shows)."""
    if not db.exists():
        return []
    con = duckdb.connect(str(db), read_only=True)
    try:
        cursor = con.execute("SELECT * FROM runs ORDER BY id")
        names = [d[0] for d in cursor.description]
        runs = [dict(zip(names, row)) for row in cursor.fetchall()]
    finally:
        con.close()
    for run in runs:
        run["cursor"] = json.loads(run["cursor"])
    return runs


@pytest.fixture(scope="module")
def small_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A finished singleton database over the four test articles (not to be modified)."""
    folder = tmp_path_factory.mktemp("small")
    corpus = write_jsonl(folder / "articles.jsonl", ARTICLES)
    db = folder / "small.duckdb"
    done = run_cli("--db", str(db), "run", str(corpus), *FAST, "--quiet")
    assert done.returncode == 0, done.stderr
    return db


def copy_db(small_db: Path, tmp_path: Path) -> Path:
    db = tmp_path / "copy.duckdb"
    shutil.copy(small_db, db)
    return db


# ------------------------------------------------------------------------ missing, wrong type


def test_missing_file(tmp_path: Path) -> None:
    done = run_cli("--db", str(tmp_path / "db.duckdb"), "run", "nope/corpus.jsonl.gz", cwd=tmp_path)
    assert_user_error(done, "nope/corpus.jsonl.gz", "no such file or directory")
    assert runs_json(tmp_path / "db.duckdb") == []


def test_missing_directory(tmp_path: Path) -> None:
    done = run_cli("--db", str(tmp_path / "db.duckdb"), "run", str(tmp_path / "no_such_dir") + "/")
    assert_user_error(done, "no_such_dir", "no such file or directory")


def test_directory_without_data_files(tmp_path: Path) -> None:
    (tmp_path / "corpus").mkdir()
    done = run_cli("--db", str(tmp_path / "db.duckdb"), "run", str(tmp_path / "corpus"))
    assert_user_error(done, "corpus", "holds no data files")


@pytest.mark.parametrize("name", ["corpus.csv", "corpus.xlsx", "corpus"])
def test_unsupported_extension(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("id,text\n1,hello\n", encoding="utf-8")
    done = run_cli("--db", str(tmp_path / "db.duckdb"), "run", str(path))
    assert_user_error(done, name, "unsupported file type", ".jsonl")


def test_no_file_matches_a_glob(tmp_path: Path) -> None:
    done = run_cli("--db", str(tmp_path / "db.duckdb"), "run", str(tmp_path / "*.parquet"))
    assert_user_error(done, "no file matches")


# ------------------------------------------------------------------------ empty input


@pytest.mark.parametrize("name", ["empty.jsonl", "empty.jsonl.gz", "empty.parquet", "empty.txt"])
def test_empty_file(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_bytes(b"")
    done = run_cli("--db", str(tmp_path / "db.duckdb"), "run", str(tmp_path / name), *FAST)
    assert_user_error(done, name, "empty")


def test_file_with_no_documents_in_it(tmp_path: Path) -> None:
    blank = tmp_path / "blank.jsonl"
    blank.write_text("\n  \n\n", encoding="utf-8")
    nothing = tmp_path / "nothing.jsonl.gz"
    with gzip.open(nothing, "wb"):
        pass  # a valid gzip stream of zero bytes: the file itself is not empty
    db = tmp_path / "db.duckdb"
    for path in (blank, nothing):
        done = run_cli("--db", str(db), "run", str(path), *FAST)
        assert_user_error(done, path.name, "holds no documents")
    assert runs_json(db) == []  # no empty run is left behind


# ------------------------------------------------------------------------ broken files


def many_articles(count: int) -> list[dict]:
    return [{**ARTICLES[i % 4], "id": str(i)} for i in range(count)]


def test_truncated_gzip_is_an_error_naming_where_it_broke(tmp_path: Path) -> None:
    whole = write_jsonl(tmp_path / "whole.jsonl.gz", many_articles(2000), gz=True)
    corpus = tmp_path / "download.jsonl.gz"
    corpus.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])  # a partial download
    db = tmp_path / "db.duckdb"
    args = ("run", str(corpus), *FAST, "--batch-docs", "50", "--quiet")
    done = run_cli("--db", str(db), *args, env={"SINGLETON_COMMIT_INTERVAL": "0"})
    assert_user_error(done, "download.jsonl.gz", "cannot read after line", "ends early",
                      "--restart")
    (run,) = runs_json(db)  # what was read before the break is kept, the run is resumable
    assert run["status"] == "failed" and 0 < run["documents"] < 2000
    # the file replaced by a good copy: the old cursor does not apply to it...
    shutil.copy(whole, corpus)
    assert_user_error(run_cli("--db", str(db), *args), "source file has changed", "--restart")
    # ...and --restart counts it from the start
    done = run_cli("--db", str(db), *args, "--restart")
    assert done.returncode == 0, done.stderr
    (run,) = runs_json(db)
    assert (run["status"], run["documents"]) == ("finished", 2000)


@pytest.mark.parametrize(
    ("name", "content", "needles"),
    [
        ("fake.jsonl.gz", b"this was never gzipped\n", ("fake.jsonl.gz", "corrupt")),
        ("broken.parquet", b"PAR1" + bytes(range(256)) * 8, ("broken.parquet", "Parquet")),
        ("broken.json", b'[{"text": "a"}, {"text": ', ("broken.json", "cannot read")),
    ],
)
def test_corrupt_file_is_an_error(tmp_path: Path, name: str, content: bytes,
                                  needles: tuple[str, ...]) -> None:
    (tmp_path / name).write_bytes(content)
    done = run_cli("--db", str(tmp_path / "db.duckdb"), "run", str(tmp_path / name), *FAST)
    assert_user_error(done, *needles)


# ------------------------------------------------------------------------ bad rows: skipped


def test_malformed_json_and_invalid_utf8_are_skipped_counted_and_warned(tmp_path: Path) -> None:
    good = [json.dumps(a, ensure_ascii=False).encode("utf-8") for a in ARTICLES[:2]]
    lines = [
        good[0],
        b'{"id": "x", "text": "truncated',  # malformed JSON
        b'\xff\xfe{"id": "y", "text": "Latin-1 \xe9t\xe9"}',  # invalid UTF-8
        b"[1, 2, 3]",  # JSON, but not an object
        good[1],
    ]
    corpus = tmp_path / "messy.jsonl"
    corpus.write_bytes(b"\n".join(lines) + b"\n")
    db = tmp_path / "db.duckdb"
    done = run_cli("--db", str(db), "run", str(corpus), *FAST, "--quiet")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    warnings = [line for line in done.stderr.splitlines() if line.startswith("warning:")]
    assert any("skipped 3 malformed rows" in w for w in warnings), done.stderr
    (run,) = runs_json(db)
    assert run["status"] == "finished"
    assert (run["documents"], run["skipped"]) == (5, 3)
    assert run["cursor"] == {"rows": 5, "malformed": 3}
    ids = run_cli("--db", str(db), "sql", "select distinct doc_id from mentions order by 1",
                  "--format", "json")
    assert [r["doc_id"] for r in json.loads(ids.stdout)] == ["1", "2"]  # the rest is processed


def test_null_and_non_string_text_are_skipped_and_counted(tmp_path: Path) -> None:
    records = [
        ARTICLES[0],
        {"id": "null", "text": None},
        {"id": "number", "text": 42},
        {"id": "list", "text": ["a", "b"]},
        {"id": "blank", "text": "   "},
        {"id": "missing"},
        ARTICLES[1],
    ]
    corpus = write_jsonl(tmp_path / "nulls.jsonl", records)
    db = tmp_path / "db.duckdb"
    done = run_cli("--db", str(db), "run", str(corpus), *FAST, "--quiet")
    assert done.returncode == 0, done.stderr
    assert "skipped 5 rows without text" in done.stderr
    (run,) = runs_json(db)
    assert (run["documents"], run["skipped"], run["status"]) == (7, 5, "finished")
    assert run["mentions"] >= 2  # both good documents state a birth date


def test_null_text_in_a_parquet_file_is_skipped_and_counted(tmp_path: Path) -> None:
    table = pa.Table.from_pylist([ARTICLES[0], {"id": "n", "title": "x", "text": None}])
    pq.write_table(table, tmp_path / "docs.parquet")
    db = tmp_path / "db.duckdb"
    done = run_cli("--db", str(db), "run", str(tmp_path / "docs.parquet"), *FAST, "--quiet")
    assert done.returncode == 0, done.stderr
    (run,) = runs_json(db)
    assert (run["documents"], run["skipped"]) == (2, 1)


# ------------------------------------------------------------------------ columns


def test_missing_text_column_lists_the_available_columns(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "c.jsonl", [{"id": "1", "headline": "x", "summary": "y"}])
    db = tmp_path / "db.duckdb"
    done = run_cli("--db", str(db), "run", str(corpus), *FAST)
    assert_user_error(done, "cannot find a text column", "available columns: id, headline, summary",
                      "--text-column")
    done = run_cli("--db", str(db), "run", str(corpus), "--text-column", "body", *FAST)
    assert_user_error(done, "no text column 'body'", "available columns: id, headline, summary")
    assert runs_json(db) == []


def test_missing_text_column_in_parquet_lists_the_available_columns(tmp_path: Path) -> None:
    pq.write_table(pa.Table.from_pylist([{"doc": "x", "lang": "en"}]), tmp_path / "d.parquet")
    done = run_cli("--db", str(tmp_path / "db.duckdb"), "run", str(tmp_path / "d.parquet"), *FAST)
    assert_user_error(done, "available columns: doc, lang")


# ------------------------------------------------------------------------ configs and splits


def dataset_with_configs(root: Path) -> Path:
    """A local dataset directory whose README declares two configs, en and fr."""
    for config in ("en", "fr"):
        (root / config).mkdir(parents=True)
        write_jsonl(root / config / "train.jsonl", ARTICLES[:2])
    (root / "README.md").write_text(
        "---\nconfigs:\n"
        "- config_name: en\n  data_files:\n  - split: train\n    path: en/*.jsonl\n"
        "- config_name: fr\n  data_files:\n  - split: train\n    path: fr/*.jsonl\n"
        "---\n# two configs\n",
        encoding="utf-8",
    )
    return root


def test_unknown_or_missing_config_lists_the_configs(tmp_path: Path) -> None:
    corpus = dataset_with_configs(tmp_path / "corpus")
    db = tmp_path / "db.duckdb"
    done = run_cli("--db", str(db), "run", str(corpus), "--config", "de", *FAST)
    assert_user_error(done, "unknown dataset config 'de'", "available configs: en, fr")
    done = run_cli("--db", str(db), "run", str(corpus), *FAST)
    assert_user_error(done, "several configs", "--config", "en, fr")
    done = run_cli("--db", str(db), "run", str(corpus), "--config", "fr", *FAST, "--quiet")
    assert done.returncode == 0, done.stderr  # and the right one works
    assert [r["status"] for r in runs_json(db)] == ["finished"]


def test_unknown_split_of_a_local_dataset_lists_the_splits(tmp_path: Path) -> None:
    corpus = dataset_with_configs(tmp_path / "corpus")
    done = run_cli("--db", str(tmp_path / "db.duckdb"), "run", str(corpus), "--config", "en",
                   "--split", "test", *FAST)
    assert_user_error(done, "no split 'test'", "available splits: train", "--split")


def test_unknown_split_of_a_saved_dataset_dict_lists_the_splits(tmp_path: Path) -> None:
    import datasets

    datasets.disable_progress_bars()
    datasets.DatasetDict({
        "validation": datasets.Dataset.from_list(ARTICLES),
        "test": datasets.Dataset.from_list(ARTICLES[:1]),
    }).save_to_disk(str(tmp_path / "saved"))
    db = tmp_path / "db.duckdb"
    # the default split, train, is not there
    done = run_cli("--db", str(db), "run", str(tmp_path / "saved"), *FAST)
    assert_user_error(done, "no split 'train'", "available splits: validation, test")
    done = run_cli("--db", str(db), "run", str(tmp_path / "saved"), "--split", "dev", *FAST)
    assert_user_error(done, "no split 'dev'", "available splits: validation, test")


# ------------------------------------------------------------------------ the Hub


def test_hub_unreachable_fails_fast(tmp_path: Path) -> None:
    (tmp_path / "hf").mkdir()
    env = {"HF_ENDPOINT": "http://127.0.0.1:9", "HF_HOME": str(tmp_path / "hf"),
           "HF_HUB_OFFLINE": "0", "HF_DATASETS_OFFLINE": "0"}
    started = time.monotonic()
    done = run_cli("--db", str(tmp_path / "db.duckdb"), "run", "someone/some-corpus", *FAST,
                   env=env, timeout=120)
    elapsed = time.monotonic() - started
    assert_user_error(done, "someone/some-corpus", "http://127.0.0.1:9", "cannot be reached")
    assert elapsed < 45, f"took {elapsed:.1f} s"  # start-up included; the probe itself is ~0 s


class FlakyStream:
    """A streamed Hub dataset whose connection drops after ``fail_after`` rows (a mock at the
    Hub boundary: what ``datasets.load_dataset(..., streaming=True)`` returns)."""

    def __init__(self, rows: list[dict], fail_after: int | None, start: int = 0) -> None:
        self.rows, self.fail_after, self.start = rows, fail_after, start

    def skip(self, n: int) -> FlakyStream:
        return FlakyStream(self.rows, self.fail_after, self.start + n)

    def iter(self, batch_size: int) -> Iterator[dict]:  # the datasets API
        for begin in range(self.start, len(self.rows), batch_size):
            if self.fail_after is not None and begin >= self.fail_after:
                raise ConnectionError("Connection reset by peer")
            chunk = self.rows[begin:begin + batch_size]
            yield {key: [row[key] for row in chunk] for key in chunk[0]}


def test_connection_dropped_mid_stream_is_an_error_and_the_rerun_resumes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import datasets

    import singleton.sources
    from singleton.cli import main

    rows = many_articles(3000)
    stream = {"now": FlakyStream(rows, fail_after=2000)}
    monkeypatch.setattr(datasets, "load_dataset", lambda *a, **k: stream["now"])
    monkeypatch.setattr(singleton.sources, "hub_reachable", lambda *a, **k: True)
    monkeypatch.setenv("SINGLETON_COMMIT_INTERVAL", "0")
    db = tmp_path / "db.duckdb"
    argv = ["--db", str(db), "run", "someone/corpus", *FAST, "--batch-docs", "100", "--quiet"]
    assert main(argv) == 2
    line = capsys.readouterr().err.strip().splitlines()[-1]
    assert line.startswith("error: someone/corpus")
    assert "ConnectionError" in line and "rerun the same command to resume" in line
    (run,) = runs_json(db)
    assert run["status"] == "failed" and run["documents"] == 2000
    stream["now"] = FlakyStream(rows, fail_after=None)  # the connection is back
    assert main(argv) == 0
    assert "resuming run" in capsys.readouterr().err
    (run,) = runs_json(db)
    assert (run["status"], run["documents"]) == ("finished", 3000)


# ------------------------------------------------------------------------ the database


def test_database_in_use_by_another_writer_is_a_clear_error_not_a_wait(
    small_db: Path, tmp_path: Path
) -> None:
    db = copy_db(small_db, tmp_path)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; con = duckdb.connect(sys.argv[1]); "
         "print('locked', flush=True); time.sleep(300)", str(db)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        corpus = write_jsonl(tmp_path / "a.jsonl", ARTICLES)
        for command in (("run", str(corpus), *FAST), ("sql", "select 1"), ("runs",), ("report",)):
            started = time.monotonic()
            done = run_cli("--db", str(db), *command, timeout=60)  # no wait-forever
            line = assert_user_error(done, str(db), "in use by another process",
                                     f"PID {holder.pid}")
            assert "--db" in line
            assert time.monotonic() - started < 45
    finally:
        holder.kill()
        holder.wait()


def test_not_a_duckdb_file(tmp_path: Path) -> None:
    text = tmp_path / "notes.duckdb"
    text.write_text("these are my notes, not a database\n" * 10, encoding="utf-8")
    for command in (("runs",), ("report",), ("sql", "select 1"), ("run", "--limit-docs", "1")):
        done = run_cli("--db", str(text), *command)
        assert_user_error(done, str(text), "not a DuckDB database")
    assert text.read_text(encoding="utf-8").startswith("these are my notes")  # untouched


def test_a_duckdb_database_of_something_else(tmp_path: Path) -> None:
    other = tmp_path / "other.duckdb"
    con = duckdb.connect(str(other))
    con.execute("CREATE TABLE customers (id INTEGER, name VARCHAR)")
    con.close()
    done = run_cli("--db", str(other), "run", "--limit-docs", "1", *FAST)
    assert_user_error(done, "not a singleton one", "customers")


def test_database_path_is_a_directory(tmp_path: Path) -> None:
    done = run_cli("--db", str(tmp_path), "runs")
    assert_user_error(done, "is a directory")


def test_missing_database_for_a_read_command(tmp_path: Path) -> None:
    done = run_cli("--db", str(tmp_path / "none.duckdb"), "report")
    assert_user_error(done, "no such database", "singleton run")
    assert not (tmp_path / "none.duckdb").exists()  # reading never creates one


def test_database_of_an_incompatible_schema_version(small_db: Path, tmp_path: Path) -> None:
    db = copy_db(small_db, tmp_path)
    con = duckdb.connect(str(db))
    con.execute("UPDATE singleton_meta SET value = '999' WHERE key = 'schema_version'")
    con.close()
    corpus = write_jsonl(tmp_path / "a.jsonl", ARTICLES)
    for command in (("runs",), ("report",), ("sql", "select 1"), ("run", str(corpus), *FAST)):
        done = run_cli("--db", str(db), *command)
        assert_user_error(done, str(db), "schema version 999", "incompatible")


# ------------------------------------------------------------------------ SQL


@pytest.mark.parametrize(
    ("query", "needle"),
    [
        ("selec 1", "syntax error"),
        ("select * from mentionz", "mentionz"),  # DuckDB adds "Did you mean" lines
        ("select count(*) from mentions where", "syntax error"),
        ("select nosuchcolumn from runs", "nosuchcolumn"),
    ],
)
def test_sql_errors_are_one_line(small_db: Path, query: str, needle: str) -> None:
    done = run_cli("--db", str(small_db), "sql", query)
    assert_user_error(done, "SQL", needle)


# ------------------------------------------------------------------------ categories file


@pytest.mark.parametrize(
    ("name", "content", "needles"),
    [
        ("bad.toml",
         '[categories.mine]\ndescription = "x"\nsubject_kind = "person"\nvalue_kind = "date"\n'
         'answer_space = "many"\nquestion = "When {subject}?"\ntriggers = ["born"]\n'
         'patterns = ["{SUBJ:NAME} born {VALUE:DATE}"]\n',
         ("bad.toml", "mine", "answer_space")),
        ("typo.toml", '[categories.birth_date]\ntrigers = ["born"]\n',
         ("typo.toml", "birth_date", "trigers")),
        ("broken.toml", "[categories.mine\ndescription = \n", ("broken.toml", "TOML")),
        ("bad.yaml", "categories:\n  mine:\n    description: x\n    subject_kind: alien\n"
         "    value_kind: date\n    answer_space: 10\n    question: When {subject}?\n"
         "    triggers: [born]\n    patterns: ['{SUBJ:NAME} born {VALUE:DATE}']\n",
         ("bad.yaml", "mine", "subject_kind")),
        ("missing.yaml", "categories:\n  mine:\n    description: x\n",
         ("missing.yaml", "mine", "missing field")),
        ("nothing.toml", 'title = "my categories"\n', ("nothing.toml", "categories")),
    ],
)
def test_invalid_categories_file_is_an_error_at_the_field(
    tmp_path: Path, name: str, content: str, needles: tuple[str, ...]
) -> None:
    (tmp_path / name).write_text(content, encoding="utf-8")
    db = tmp_path / "db.duckdb"
    done = run_cli("--db", str(db), "run", "--categories-file", str(tmp_path / name),
                   "--limit-docs", "1")
    assert_user_error(done, *needles)
    assert runs_json(db) == []


def test_unknown_category_name(tmp_path: Path) -> None:
    done = run_cli("--db", str(tmp_path / "db.duckdb"), "run", "--categories", "birth_dates")
    assert_user_error(done, "birth_dates")


# ------------------------------------------------------------------------ usage, --debug


@pytest.mark.parametrize(
    "args",
    [("run", "--workers", "0"), ("run", "--no-such-flag"), ("frobnicate",),
     ("report", "--confidence", "2")],
)
def test_usage_errors(tmp_path: Path, args: tuple[str, ...]) -> None:
    assert_user_error(run_cli("--db", str(tmp_path / "db.duckdb"), *args))


def test_debug_shows_the_traceback_of_a_user_error(tmp_path: Path) -> None:
    done = run_cli("--db", str(tmp_path / "db.duckdb"), "--debug", "run", "missing.jsonl")
    assert done.returncode == 2
    assert "Traceback" in done.stderr and "UserError" in done.stderr
    assert done.stderr.strip().splitlines()[-1].startswith("error: missing.jsonl")


# ------------------------------------------------------------------------ safe defaults


def test_trust_remote_code_reaches_load_dataset_only_when_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A mock at the Hub boundary: ``datasets.load_dataset`` records what it is asked."""
    import datasets

    import singleton.sources
    from singleton.cli import main

    calls: list[dict] = []

    def fake_load_dataset(path: str, *args: object, **kwargs: object) -> object:
        calls.append({"path": path, "args": args, **kwargs})
        return datasets.Dataset.from_list(ARTICLES).to_iterable_dataset()

    monkeypatch.setattr(datasets, "load_dataset", fake_load_dataset)
    monkeypatch.setattr(singleton.sources, "hub_reachable", lambda *a, **k: True)
    base = ["run", "someone/corpus", *FAST, "--quiet"]
    assert main(["--db", str(tmp_path / "a.duckdb"), *base]) == 0
    assert main(["--db", str(tmp_path / "b.duckdb"), *base, "--trust-remote-code"]) == 0
    assert [c["path"] for c in calls] == ["someone/corpus", "someone/corpus"]
    assert calls[0]["streaming"] is True
    assert "trust_remote_code" not in calls[0]  # off by default: not even passed
    assert calls[1]["trust_remote_code"] is True


def test_sql_is_read_only_and_cannot_touch_the_file_system(small_db: Path, tmp_path: Path) -> None:
    db = copy_db(small_db, tmp_path)
    before = db.read_bytes()
    secret = tmp_path / "secret.csv"
    secret.write_text("a,b\n1,2\n", encoding="utf-8")
    attempts = {
        "delete from mentions": "read-only",
        "drop table runs": "read-only",
        "create table t (x int)": "read-only",
        f"copy (select 1) to '{tmp_path / 'out.csv'}'": "",
        f"select * from read_csv('{secret}')": "",
        f"attach '{tmp_path / 'new.duckdb'}' as other": "",
        "set enable_external_access = true": "",
        "install httpfs": "",
        "load httpfs": "",
    }
    for query, needle in attempts.items():
        done = run_cli("--db", str(db), "sql", query)
        assert_user_error(done, needle)
    assert not (tmp_path / "out.csv").exists()
    assert not (tmp_path / "new.duckdb").exists()
    assert db.read_bytes() == before
    ok = run_cli("--db", str(db), "sql", "select count(*) as n from runs", "--format", "json")
    assert ok.returncode == 0 and json.loads(ok.stdout) == [{"n": 1}]


FORBIDDEN_MODULES = {"subprocess", "pty", "commands", "popen2"}
FORBIDDEN_OS_CALLS = {"system", "popen", "execl", "execle", "execlp", "execlpe", "execv", "execve",
                      "execvp", "execvpe", "spawnl", "spawnle", "spawnlp", "spawnlpe", "spawnv",
                      "spawnve", "spawnvp", "spawnvpe", "posix_spawn", "posix_spawnp", "startfile"}


def test_nothing_in_the_package_shells_out() -> None:
    offences = []
    files = sorted((REPO / "singleton").rglob("*.py"))
    assert len(files) > 10
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            where = f"{path.relative_to(REPO)}:{getattr(node, 'lineno', '?')}"
            if isinstance(node, ast.Import):
                offences += [f"{where} import {a.name}" for a in node.names
                             if a.name.split(".")[0] in FORBIDDEN_MODULES]
            elif isinstance(node, ast.ImportFrom):
                if (node.module or "").split(".")[0] in FORBIDDEN_MODULES:
                    offences.append(f"{where} from {node.module} import ...")
                if node.module == "os":
                    offences += [f"{where} from os import {a.name}" for a in node.names
                                 if a.name in FORBIDDEN_OS_CALLS]
            elif isinstance(node, ast.Attribute) and node.attr in FORBIDDEN_OS_CALLS:
                if isinstance(node.value, ast.Name) and node.value.id == "os":
                    offences.append(f"{where} os.{node.attr}")
            elif isinstance(node, ast.keyword) and node.arg == "shell":
                offences.append(f"{where} shell=...")
    assert not offences, offences



@pytest.mark.parametrize(
    ("variable", "value", "command"),
    [
        ("SINGLETON_DUCKDB_MEMORY", "lots", ("runs",)),
        ("SINGLETON_PROGRESS_INTERVAL", "often", ("run", "--limit-docs", "1", *FAST)),
        ("SINGLETON_COMMIT_INTERVAL", "-1", ("run", "--limit-docs", "1", *FAST)),
    ],
)
def test_bad_environment_setting_is_a_clear_error(
    small_db: Path, tmp_path: Path, variable: str, value: str, command: tuple[str, ...]
) -> None:
    db = copy_db(small_db, tmp_path)
    done = run_cli("--db", str(db), *command, env={variable: value})
    assert_user_error(done, f"{variable}={value!r}")
    assert len(runs_json(db)) == 1  # no run was started
