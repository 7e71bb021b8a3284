"""The DuckDB store: runs, mentions, and the views of ``sql/`` (the single source of truth).

Exactly-once counting: a batch's mentions and the run's cursor are committed in ONE transaction,
so after a crash the database holds the mentions of exactly the documents before the cursor.
Only one process may write a database file at a time (DuckDB's own file lock).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import tempfile
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from types import FrameType
from typing import Any

import duckdb
import pyarrow as pa

from singleton.errors import UserError

SCHEMA_VERSION = "1"
UNITS = ("document", "mention", "dedup", "mention_dedup")
DUCKDB_MAGIC = b"DUCK"  # bytes 8..12 of every DuckDB database file


def sql_text(name: str) -> str:
    """A file of the shipped ``sql/`` folder (``schema.sql``, ``views.sql``, ``examples/x.sql``)."""
    return resources.files("singleton.sql").joinpath(name).read_text(encoding="utf-8")


def _check_is_duckdb(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    with open(path, "rb") as handle:
        header = handle.read(12)
    if header[8:12] != DUCKDB_MAGIC:
        raise UserError(f"{path}: not a DuckDB database (pass another file with --db)")


def connect(path: str | Path, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the database with clear errors for the usual mistakes."""
    path = Path(path)
    if read_only and not path.exists():
        raise UserError(f"{path}: no such database; run `singleton run` first or pass --db")
    if path.is_dir():
        raise UserError(f"{path}: is a directory, not a database file")
    _check_is_duckdb(path)
    try:
        con = duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as exc:
        message = str(exc)
        if "lock" in message.lower():
            holder = re.search(r"\(PID (\d+)\)", message)
            who = f"another process (PID {holder.group(1)})" if holder else "another process"
            raise UserError(
                f"{path}: the database is in use by {who}, e.g. a `singleton run` still going "
                "(one writer per file); wait for it to finish or pass another --db"
            ) from exc
        raise UserError(f"{path}: cannot open the database: {message.splitlines()[0]}") from exc
    except duckdb.Error as exc:
        raise UserError(f"{path}: cannot open the database: {str(exc).splitlines()[0]}") from exc
    return con


@dataclass
class Run:
    id: int
    name: str
    source: dict[str, Any]
    categories: list[str]
    options: dict[str, Any]
    extractor_version: str
    status: str
    partial: bool
    documents: int
    bytes: int
    skipped: int
    mentions: int
    cursor: dict[str, Any]

    @property
    def resumable(self) -> bool:
        return self.status in ("running", "interrupted", "failed")


_RUN_COLUMNS = (
    "id, name, source, categories, options, extractor_version, status, partial, documents, "
    "bytes, skipped, mentions, cursor"
)


def _run_from_row(row: Sequence[Any]) -> Run:
    return Run(
        id=row[0], name=row[1], source=json.loads(row[2]), categories=list(row[3]),
        options=json.loads(row[4]), extractor_version=row[5], status=row[6], partial=row[7],
        documents=row[8], bytes=row[9], skipped=row[10], mentions=row[11],
        cursor=json.loads(row[12]),
    )


class Store:
    """A singleton database: schema checked on open, views (re)created when writable."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.con = connect(self.path, read_only=read_only)
        try:
            self._limit_memory()
            self._check_schema()
        except BaseException:
            self.con.close()
            raise

    def _limit_memory(self) -> None:
        """Bound DuckDB's memory (it spills big aggregations to a temp directory instead), so a
        report over tens of millions of mentions stays well under a gigabyte."""
        default = "600MB" if self.read_only else "1GB"
        limit = os.environ.get("SINGLETON_DUCKDB_MEMORY", default)
        spill = Path(tempfile.gettempdir()) / "singleton-duckdb-spill"
        try:
            self.con.execute(f"SET memory_limit = '{limit.replace(chr(39), '')}'")
        except duckdb.Error as exc:
            raise UserError(
                f"SINGLETON_DUCKDB_MEMORY={limit!r}: {str(exc).splitlines()[0]}"
            ) from exc
        self.con.execute(f"SET temp_directory = '{spill}'")

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _first(self, query: str, params: list[Any] | None = None) -> tuple[Any, ...] | None:
        """First row of a query, or None (results are always fetched to the end: DuckDB 2
        refuses new work on a connection while a result is still open)."""
        rows = self.con.execute(query, params or []).fetchall()
        return rows[0] if rows else None

    # -- schema ---------------------------------------------------------------------------

    def _check_schema(self) -> None:
        tables = {r[0] for r in self.con.sql("SELECT table_name FROM information_schema.tables").fetchall()}
        if "singleton_meta" not in tables:
            if tables - {"singleton_meta"}:
                raise UserError(
                    f"{self.path}: a DuckDB database, but not a singleton one (its tables: "
                    f"{', '.join(sorted(tables))}); pass another --db"
                )
            if self.read_only:
                raise UserError(f"{self.path}: the database is empty; run `singleton run` first")
            self._create_schema()
            return
        row = self._first("SELECT value FROM singleton_meta WHERE key = 'schema_version'")
        version = row[0] if row else "?"
        if version != SCHEMA_VERSION:
            raise UserError(
                f"{self.path}: written by an incompatible singleton (schema version {version}, "
                f"this one reads {SCHEMA_VERSION}); use a new --db or the singleton that wrote it"
            )
        # the views follow the installed singleton: persisted when writable, and as temporary
        # views (which shadow the stored ones) on a read-only connection
        views = sql_text("views.sql")
        if self.read_only:
            views = views.replace("CREATE OR REPLACE MACRO", "CREATE OR REPLACE TEMP MACRO")
            views = views.replace("CREATE OR REPLACE VIEW", "CREATE OR REPLACE TEMP VIEW")
        self.con.execute(views)

    def _create_schema(self) -> None:
        self.con.execute("BEGIN")
        self.con.execute(sql_text("schema.sql"))
        self.con.execute(sql_text("views.sql"))
        self.con.execute(
            "INSERT INTO singleton_meta VALUES ('schema_version', ?)", [SCHEMA_VERSION]
        )
        self.con.execute("COMMIT")

    # -- runs -----------------------------------------------------------------------------

    def runs(self) -> list[Run]:
        rows = self.con.sql(f"SELECT {_RUN_COLUMNS} FROM runs ORDER BY id").fetchall()
        return [_run_from_row(r) for r in rows]

    def run(self, run_id: int) -> Run:
        row = self._first(f"SELECT {_RUN_COLUMNS} FROM runs WHERE id = ?", [run_id])
        if row is None:
            known = ", ".join(str(r.id) for r in self.runs()) or "none"
            raise UserError(f"{self.path}: no run {run_id} (runs: {known})")
        return _run_from_row(row)

    def unfinished_run(self) -> Run | None:
        row = self._first(
            f"SELECT {_RUN_COLUMNS} FROM runs WHERE status <> 'finished' ORDER BY id DESC LIMIT 1"
        )
        return _run_from_row(row) if row else None

    def report_run(self, run_id: int | None = None) -> Run:
        """The run a report describes: the one asked for, else the newest finished, else newest."""
        if run_id is not None:
            return self.run(run_id)
        row = self._first(
            f"SELECT {_RUN_COLUMNS} FROM runs ORDER BY status = 'finished' DESC, id DESC LIMIT 1"
        )
        if row is None:
            raise UserError(f"{self.path}: holds no run yet; run `singleton run` first")
        return _run_from_row(row)

    def create_run(
        self,
        *,
        name: str,
        source: dict[str, Any],
        categories: list[str],
        options: dict[str, Any],
        extractor_version: str,
    ) -> Run:
        run_id = self.con.execute(
            "INSERT INTO runs (name, source, categories, options, extractor_version, status) "
            "VALUES (?, ?, ?, ?, ?, 'running') RETURNING id",
            [name, json.dumps(source, sort_keys=True), categories,
             json.dumps(options, sort_keys=True), extractor_version],
        ).fetchall()[0][0]
        return self.run(run_id)

    def delete_run(self, run_id: int) -> None:
        self.con.execute("BEGIN")
        self.con.execute("DELETE FROM mentions WHERE run_id = ?", [run_id])
        self.con.execute("DELETE FROM runs WHERE id = ?", [run_id])
        self.con.execute("COMMIT")

    def set_status(self, run_id: int, status: str, *, partial: bool | None = None) -> None:
        finished = "current_timestamp" if status == "finished" else "NULL"
        self.con.execute(
            f"UPDATE runs SET status = ?, partial = coalesce(?, partial), updated_at = "
            f"current_timestamp, finished_at = {finished} WHERE id = ?",
            [status, partial, run_id],
        )

    def commit_batch(
        self,
        run_id: int,
        mentions: pa.Table,
        *,
        cursor: dict[str, Any],
        documents: int,
        bytes_read: int,
        skipped: int,
    ) -> None:
        """Append a batch's mentions and advance the cursor in one transaction.

        Ctrl-C during the transaction takes effect right after it (commits take milliseconds):
        DuckDB would otherwise turn the interrupt into an error of whatever it was scanning."""
        with interrupts_deferred():
            self.con.execute("BEGIN")
            try:
                if mentions.num_rows:
                    batch = mentions.add_column(
                        0, "run_id", pa.array([run_id] * mentions.num_rows, pa.int32())
                    )
                    self.con.register("_batch", batch)
                    self.con.execute("INSERT INTO mentions BY NAME SELECT * FROM _batch")
                    self.con.unregister("_batch")
                self.con.execute(
                    "UPDATE runs SET cursor = ?, documents = documents + ?, bytes = bytes + ?, "
                    "skipped = skipped + ?, mentions = mentions + ?, updated_at = current_timestamp "
                    "WHERE id = ?",
                    [json.dumps(cursor), documents, bytes_read, skipped, mentions.num_rows, run_id],
                )
                self.con.execute("COMMIT")
            except BaseException:
                self.con.execute("ROLLBACK")
                raise

    # -- queries --------------------------------------------------------------------------

    def fingerprint_summary(self, run_id: int, unit: str = "document") -> dict[str, CategoryCounts]:
        """Per category of one run: the subject fingerprint, the (subject, value) pair
        fingerprint and the number of conflicting subjects, from ONE aggregation pass in DuckDB
        (``fingerprint_summary_by_unit``): all the statistics need, however big the run."""
        _check_unit(unit)
        rows = self.con.execute(
            "SELECT category, kind, r, f_r, conflicting FROM fingerprint_summary_by_unit(?) "
            "WHERE run_id = ? ORDER BY category, kind, r",
            [unit, run_id],
        ).fetchall()
        result: dict[str, CategoryCounts] = {}
        for category, kind, r, f_r, conflicting in rows:
            counts = result.setdefault(category, CategoryCounts())
            if kind == "subject":
                counts.subjects[int(r)] = int(f_r)
                counts.conflicting_subjects += int(conflicting)
            else:
                counts.pairs[int(r)] = int(f_r)
        return result

    def fingerprints(self, run_id: int, unit: str = "document", *, pairs: bool = False) -> dict[str, dict[int, int]]:
        """``{category: {r: f_r}}`` of subjects (or of (subject, value) pairs) for one run."""
        return {
            category: counts.pairs if pairs else counts.subjects
            for category, counts in self.fingerprint_summary(run_id, unit).items()
        }


@dataclass
class CategoryCounts:
    """What the database hands to the statistics for one category."""

    subjects: dict[int, int] = field(default_factory=dict)  # r -> subjects stated r times
    pairs: dict[int, int] = field(default_factory=dict)  # r -> (subject, value) pairs stated r times
    conflicting_subjects: int = 0  # subjects stated with more than one value


@contextlib.contextmanager
def interrupts_deferred() -> Iterator[None]:
    """Hold SIGINT (Ctrl-C) until the block is done, then deliver it as usual.

    Only the main thread receives signals; elsewhere this is a no-op."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[tuple[int, FrameType | None]] = []

    def hold(signum: int, frame: FrameType | None) -> None:
        received.append((signum, frame))

    previous = signal.signal(signal.SIGINT, hold)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if received:
            if callable(previous):
                previous(*received[0])
            elif previous == signal.SIG_DFL:
                raise KeyboardInterrupt


def unit_name(unit: str, dedup: str = "none") -> str:
    """The views' unit for ``--unit`` and ``--dedup`` (exact: identical documents count once)."""
    if dedup not in ("none", "exact"):
        raise UserError(f"unknown --dedup {dedup!r}; choose none or exact")
    if dedup == "none":
        return unit
    return {"document": "dedup", "mention": "mention_dedup"}.get(unit, unit)


def _check_unit(unit: str) -> None:
    if unit not in UNITS:
        raise UserError(f"unknown unit {unit!r}; choose one of {', '.join(UNITS)}")
