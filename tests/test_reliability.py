"""Crash safety: kill -9, Ctrl-C, resume, --restart and refused resumes, through the real CLI.

Every test runs ``singleton run`` in a subprocess over the bundled sample (3,000 documents) with
``--batch-docs 50`` so that commits are frequent, watches the plain progress lines on stderr
(``SINGLETON_PROGRESS_INTERVAL=0``: one line after every committed batch) to stop the run at a
known point, inspects the database after the stop (DuckDB admits no reader while the writer
holds the file), resumes with the same command and compares the mentions with those of an
uninterrupted run: no duplicates, no gaps.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb
import psutil
import pytest

from conftest import ARTICLES, REPO, run_cli, write_jsonl

TOTAL_DOCS = 3000  # documents in the bundled sample
RUN_ARGS = ("run", "--batch-docs", "50", "--workers", "1", "--quiet")
RUN_ARGS_2_WORKERS = ("run", "--batch-docs", "50", "--workers", "2", "--quiet")
MENTION_COLUMNS = (
    "category, subject, subject_text, value, value_text, doc_id, char_start, char_end, snippet, "
    "doc_hash"
)
PROGRESS = re.compile(r"^run (\d+): ([\d,]+) docs")
# a commit after every batch (the local engine otherwise merges batches into one commit a
# second) and a progress line after every commit
ENV = {"SINGLETON_COMMIT_INTERVAL": "0", "SINGLETON_PROGRESS_INTERVAL": "0", "PYTHONUNBUFFERED": "1"}
TIMEOUT_S = 240


@dataclass
class Stopped:
    returncode: int
    stderr: str
    docs_seen: int  # documents reported committed by the last progress line before the signal
    children: list[int]  # worker processes alive when the signal was sent


def run_and_stop(db: Path, *args: str, at_docs: int | None, sig: int = signal.SIGKILL,
                 on_resume_line: bool = False) -> Stopped:
    """Start ``singleton --db DB [args]`` and send ``sig`` once a progress line reports at least
    ``at_docs`` documents (or, with ``on_resume_line``, as soon as it says it is resuming, before
    it commits anything new). SIGKILL goes to the main process only (``kill -9 PID``), SIGINT to
    the process group (what Ctrl-C in a terminal does). ``at_docs=None``: run to the end."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "singleton", "--db", str(db), *args],
        cwd=db.parent, env={**os.environ, **ENV}, stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE, text=True, start_new_session=True,
    )
    timed_out = threading.Event()

    def give_up() -> None:
        timed_out.set()
        os.killpg(proc.pid, signal.SIGKILL)

    watchdog = threading.Timer(TIMEOUT_S, give_up)
    watchdog.start()
    lines: list[str] = []
    docs_seen, children = 0, []
    try:
        assert proc.stderr is not None
        for line in proc.stderr:
            lines.append(line)
            match = PROGRESS.match(line)
            if match:
                docs_seen = int(match.group(2).replace(",", ""))
            due = (on_resume_line and line.startswith("resuming run")) or (
                at_docs is not None and match is not None and docs_seen >= at_docs
            )
            if due:
                children = [c.pid for c in psutil.Process(proc.pid).children(recursive=True)]
                if sig == signal.SIGKILL:
                    os.kill(proc.pid, signal.SIGKILL)
                else:
                    os.killpg(proc.pid, sig)
                break
        lines.append(proc.stderr.read())
        proc.wait()
    finally:
        watchdog.cancel()
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert not timed_out.is_set(), f"singleton run did not stop within {TIMEOUT_S} s"
    return Stopped(proc.returncode, "".join(lines), docs_seen, children)


def runs_of(db: Path) -> list[dict]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        cursor = con.execute(
            "SELECT id, status, documents, bytes, skipped, mentions, cursor, "
            "(SELECT count(*) FROM mentions m WHERE m.run_id = r.id) AS stored "
            "FROM runs r ORDER BY id"
        )
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]
    finally:
        con.close()


def mentions_of(db: Path) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(f"SELECT {MENTION_COLUMNS} FROM mentions ORDER BY ALL").fetchall()
    finally:
        con.close()


def cursor_rows(run: dict) -> int:
    return int(json.loads(run["cursor"]).get("rows", 0))


def assert_consistent(run: dict) -> None:
    """What one transaction per batch guarantees at any stop: counters, cursor and stored
    mentions agree."""
    assert run["stored"] == run["mentions"], run
    assert cursor_rows(run) == run["documents"], run


def assert_unfinished_mid_run(db: Path, stopped: Stopped, status: str = "running") -> dict:
    (run,) = runs_of(db)
    assert run["status"] == status, (run, stopped.stderr[-2000:])
    assert 0 < cursor_rows(run) < TOTAL_DOCS, run
    assert cursor_rows(run) >= stopped.docs_seen  # a progress line is printed after its commit
    assert_consistent(run)
    return run


def assert_gone(pids: list[int], within_s: float = 30) -> None:
    """Worker processes of a killed run exit on their own (they watch their parent)."""
    deadline = time.monotonic() + within_s
    alive = pids
    while alive and time.monotonic() < deadline:
        time.sleep(0.5)
        alive = [p for p in alive if psutil.pid_exists(p)
                 and psutil.Process(p).status() != psutil.STATUS_ZOMBIE]
    for pid in alive:  # clean up before failing
        with contextlib.suppress(psutil.NoSuchProcess):
            psutil.Process(pid).kill()
    assert not alive, f"worker processes outlived the killed run: {alive}"


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The reference: the same command, never interrupted (run once, shared by the pytest-xdist
    workers through a file lock)."""
    from filelock import FileLock

    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):  # .../pytest-N/popen-gwK: share pytest-N
        shared = shared.parent
    db = shared / "reliability-reference.duckdb"
    with FileLock(str(shared / "reliability-reference.lock")):
        if not (shared / "reliability-reference.done").exists():
            db.unlink(missing_ok=True)
            done = run_cli("--db", str(db), *RUN_ARGS, env=ENV, timeout=TIMEOUT_S)
            assert done.returncode == 0, done.stderr
            (shared / "reliability-reference.done").touch()
    (run,) = runs_of(db)
    assert run["status"] == "finished" and run["documents"] == TOTAL_DOCS
    return {"run": run, "mentions": mentions_of(db)}


def assert_same_as_uninterrupted(db: Path, reference: dict) -> None:
    runs = runs_of(db)
    finished = [r for r in runs if r["status"] == "finished"]
    assert len(runs) == 1 and len(finished) == 1, runs
    (run,) = finished
    for key in ("documents", "bytes", "skipped", "mentions", "stored"):
        assert run[key] == reference["run"][key], key
    got = mentions_of(db)
    assert len(got) == len(reference["mentions"])  # no duplicates, no gaps...
    assert got == reference["mentions"]  # ...and the very same rows


# ----------------------------------------------------------------------------- kill -9


def test_kill_9_at_several_points_then_resume_counts_exactly_once(
    tmp_path: Path, uninterrupted: dict
) -> None:
    db = tmp_path / "k.duckdb"
    # 1. right after the first committed batch
    first = run_and_stop(db, *RUN_ARGS, at_docs=1)
    assert first.returncode == -signal.SIGKILL, first.stderr
    after_first = assert_unfinished_mid_run(db, first)
    # 2. the same command resumes (with two extraction workers this time: workers are not part
    # of what a resume must match); killed mid-run
    second = run_and_stop(db, *RUN_ARGS_2_WORKERS, at_docs=1500)
    assert f"resuming run {after_first['id']} after {after_first['documents']:,} documents" in (
        second.stderr
    )
    assert second.returncode == -signal.SIGKILL
    after_second = assert_unfinished_mid_run(db, second)
    assert cursor_rows(after_second) > cursor_rows(after_first)
    # the orphaned workers exit by themselves
    assert second.children, "expected worker processes under --workers 2"
    assert_gone(second.children)
    # 3. killed again as soon as it resumes, before it commits anything new
    third = run_and_stop(db, *RUN_ARGS, at_docs=None, on_resume_line=True)
    assert third.returncode == -signal.SIGKILL
    (after_third,) = runs_of(db)
    assert after_third["status"] == "running"
    assert cursor_rows(after_third) >= cursor_rows(after_second)
    assert_consistent(after_third)
    # 4. resume to the end
    last = run_and_stop(db, *RUN_ARGS, at_docs=None)
    assert last.returncode == 0, last.stderr
    assert "Traceback" not in last.stderr
    assert_same_as_uninterrupted(db, uninterrupted)


# ----------------------------------------------------------------------------- Ctrl-C


def test_ctrl_c_stops_cleanly_with_130_and_resumes_to_the_same_mentions(
    tmp_path: Path, uninterrupted: dict
) -> None:
    db = tmp_path / "c.duckdb"
    # the worker-pool path: Ctrl-C reaches the whole process group, workers included
    stopped = run_and_stop(db, *RUN_ARGS_2_WORKERS, at_docs=1000, sig=signal.SIGINT)
    assert stopped.returncode == 130, stopped.stderr
    assert "Traceback" not in stopped.stderr
    assert "run the same command again to resume" in stopped.stderr
    run = assert_unfinished_mid_run(db, stopped, status="interrupted")
    assert_gone(stopped.children, within_s=5)  # the workers stopped with it
    assert f"run {run['id']} keeps {run['documents']:,} documents" in stopped.stderr
    # resumed with the reference's own options (workers are not part of what must match)
    done = run_cli("--db", str(db), *RUN_ARGS, env=ENV, timeout=TIMEOUT_S)
    assert done.returncode == 0, done.stderr
    assert f"resuming run {run['id']}" in done.stderr
    assert_same_as_uninterrupted(db, uninterrupted)


# ----------------------------------------------------------------------------- --restart


def test_restart_discards_the_unfinished_run_and_starts_over(
    tmp_path: Path, uninterrupted: dict
) -> None:
    db = tmp_path / "r.duckdb"
    stopped = run_and_stop(db, *RUN_ARGS, at_docs=500)
    old = assert_unfinished_mid_run(db, stopped)
    done = run_cli("--db", str(db), *RUN_ARGS, "--restart", env=ENV, timeout=TIMEOUT_S)
    assert done.returncode == 0, done.stderr
    assert f"discarded unfinished run {old['id']} (--restart)" in done.stderr
    assert "resuming" not in done.stderr
    (run,) = runs_of(db)
    assert run["id"] != old["id"]
    assert_same_as_uninterrupted(db, uninterrupted)


# ----------------------------------------------------------------------------- refused resume


def test_resuming_with_other_source_or_categories_is_refused_and_changes_nothing(
    tmp_path: Path,
) -> None:
    from singleton.sources import bundled_sample_path

    corpus = tmp_path / "sample.jsonl.gz"
    shutil.copy(bundled_sample_path(), corpus)
    args = ("run", str(corpus), "--batch-docs", "50", "--workers", "1", "--quiet")
    db = tmp_path / "x.duckdb"
    stopped = run_and_stop(db, *args, at_docs=100)
    before = assert_unfinished_mid_run(db, stopped)
    other = write_jsonl(tmp_path / "other.jsonl", ARTICLES)

    def append_a_document() -> None:  # the same file name, other content
        with gzip.open(corpus, "ab") as handle:
            handle.write(b'{"id": "new", "text": "Someone (born 1 May 1900) was a person."}\n')
        os.utime(corpus, (time.time() + 5, time.time() + 5))

    attempts = [
        ("its source was", ("run", str(other), "--batch-docs", "50", "--workers", "1"), None),
        ("its categories were", (*args, "--categories", "birth_date"), None),
        ("its source file has changed", args, append_a_document),
    ]
    for what, attempt, prepare in attempts:
        if prepare is not None:
            prepare()
        done = run_cli("--db", str(db), *attempt, env=ENV, timeout=TIMEOUT_S)
        assert done.returncode == 2, (what, done.stderr)
        assert "Traceback" not in done.stderr
        errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
        assert len(errors) == 1, done.stderr
        message = errors[0]
        assert f"run {before['id']} is unfinished" in message
        assert "other settings" in message and "--restart" in message
        assert what in message, message  # says what differs
        assert runs_of(db) == [before]  # refused before touching anything


# ----------------------------------------------------------------------------- one transaction


CRASH_IN_COMMIT = textwrap.dedent(
    """
    import os, sys
    sys.path.insert(0, {tests!r})
    from test_store import mentions
    from singleton.store import Store

    store = Store({db!r})
    run = store.create_run(name="t", source={{}}, categories=["birth_date"], options={{}},
                           extractor_version="test")
    store.commit_batch(run.id, mentions([("birth_date", "a", "1990", "1")]),
                       cursor={{"rows": 1}}, documents=1, bytes_read=10, skipped=0)
    execute = store.con.execute

    def crash_at(sql, *args, **kwargs):
        if sql.startswith({marker!r}):
            os._exit(9)  # the process dies here, like kill -9, with the transaction open
        return execute(sql, *args, **kwargs)

    class Con:  # DuckDB's connection cannot be patched; wrap it
        def __getattr__(self, name):
            return getattr(store.con_real, name)
        execute = staticmethod(crash_at)

    store.con_real, store.con = store.con, Con()
    store.commit_batch(run.id, mentions([("birth_date", "b", "1991", "2"), ("birth_date", "c",
                       "1992", "3")]), cursor={{"rows": 3}}, documents=2, bytes_read=20, skipped=0)
    """
)


@pytest.mark.parametrize(
    ("marker", "expect_rows", "expect_mentions"),
    [
        ("UPDATE runs SET cursor", 1, 1),  # mentions inserted, cursor not yet: all rolled back
        ("COMMIT", 1, 1),  # both written, not committed: all rolled back
    ],
)
def test_a_crash_inside_a_batch_transaction_loses_the_whole_batch_and_nothing_else(
    tmp_path: Path, marker: str, expect_rows: int, expect_mentions: int
) -> None:
    db = tmp_path / "t.duckdb"
    script = CRASH_IN_COMMIT.format(tests=str(REPO / "tests"), db=str(db), marker=marker)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 9, done.stderr
    (run,) = runs_of(db)
    assert cursor_rows(run) == expect_rows
    assert run["mentions"] == run["stored"] == expect_mentions
    assert [m[1] for m in mentions_of(db)] == ["a"]


# ----------------------------------------------------------------------------- the soak script


def test_soak_benchmark_runs_end_to_end_on_a_small_corpus(tmp_path: Path) -> None:
    """benchmarks/soak.py on 200 sample documents, two passes (the figures are not asserted,
    only that the passes count identically)."""
    from singleton.sources import bundled_sample_path

    corpus = tmp_path / "small.jsonl.gz"
    with gzip.open(bundled_sample_path(), "rb") as source, gzip.open(corpus, "wb") as target:
        for _, line in zip(range(200), source):
            target.write(line)
    done = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "soak.py"), "--corpus", str(corpus),
         "--passes", "2", "--workers", "1", "--max-growth-mb", "1000", "--json"],
        capture_output=True, text=True, timeout=TIMEOUT_S,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout)
    assert result["counts_identical"] is True and result["memory_stable"] is True
    assert [p["documents"] for p in result["passes"]] == [200, 200]
    assert all(p["peak_tree_mb"] > 0 for p in result["passes"])


def test_ctrl_c_during_a_batch_transaction_takes_effect_after_the_commit(tmp_path: Path) -> None:
    """DuckDB turns an interrupt that arrives while it scans the batch into an error of its own
    (seen as "internal error: InvalidInputException ... KeyboardInterrupt"); the store holds
    Ctrl-C until the transaction is done, then raises it: the batch is kept, the exit is clean."""
    sys.path.insert(0, str(REPO / "tests"))
    from test_store import mentions

    from singleton.store import Store

    with Store(tmp_path / "s.duckdb") as store:
        run = store.create_run(name="t", source={}, categories=["birth_date"], options={},
                               extractor_version="test")
        real = store.con

        class Interrupting:  # DuckDB's connection cannot be patched; wrap it
            def __getattr__(self, name: str) -> object:
                return getattr(real, name)

            def execute(self, sql: str, *args: object) -> object:
                if sql.startswith("INSERT INTO mentions"):
                    # Ctrl-C, mid-transaction (to the main thread, which handles it)
                    signal.pthread_kill(threading.main_thread().ident, signal.SIGINT)
                return real.execute(sql, *args)

        store.con = Interrupting()  # type: ignore[assignment]
        batch = mentions([("birth_date", "a", "1990", "1"), ("birth_date", "b", "1991", "2")])
        # Python's own Ctrl-C handler, whatever this process inherited: a shell starts a
        # background job ("… &", nohup) with SIGINT ignored, and Python then installs none
        inherited = signal.signal(signal.SIGINT, signal.default_int_handler)
        try:
            with pytest.raises(KeyboardInterrupt):
                store.commit_batch(run.id, batch, cursor={"rows": 2}, documents=2,
                                   bytes_read=20, skipped=0)
        finally:
            signal.signal(signal.SIGINT, inherited)
        store.con = real
        got = store.run(run.id)
        assert (got.cursor, got.mentions) == ({"rows": 2}, 2)
        assert real.execute("SELECT count(*) FROM mentions").fetchall() == [(2,)]
