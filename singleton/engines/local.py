"""Local engine: the main process reads and writes, worker processes extract.

Each source batch is cut into work items (:func:`.batch.work_items`: a document longer than the
chunk limit is cut into pieces), extracted by a pool of spawned worker processes
(:mod:`.worker`), and its rows turned into one Arrow table here.

At most ``2 × workers`` items are in flight (back-pressure: the reader waits for the oldest item
before reading more), and batches are committed strictly in source order, so the cursor saved
with each commit always means "everything before this row is in the database" and ``--workers 1``
and ``--workers 8`` give identical mentions. Consecutive finished batches are committed together,
at most once a second: a DuckDB transaction costs milliseconds, which per 256-document batch would
cap the single writer far below the read speed.

The Ray engine runs the same :func:`.batch.work_items` / :func:`.batch.item_rows` pair, so
chunking is identical in both engines.
"""

from __future__ import annotations

import multiprocessing
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import chain

import pyarrow as pa

from singleton.engines import worker
from singleton.engines.batch import MAX_CHUNK_CHARS, ExtractionSettings, item_rows, work_items
from singleton.mentions import concat_mentions, mentions_table
from singleton.sources import DocumentBatch

COMMIT_INTERVAL_S = 1.0  # at most one transaction per second ...
COMMIT_MAX_ROWS = 100_000  # ... unless this many mentions wait (bounds the buffer)


def batch_accounting(batch: DocumentBatch) -> DocumentBatch:
    """The batch without its texts: what a commit needs, kept while the texts are in flight."""
    return DocumentBatch(
        rows=batch.rows, bytes=batch.bytes, skipped=batch.skipped, malformed=batch.malformed
    )


class _Committer:
    """Merges consecutive finished batches (in source order) into one commit."""

    def __init__(
        self, commit: Callable[[DocumentBatch, pa.Table], None], interval_s: float
    ) -> None:
        self.commit = commit
        self.interval_s = interval_s
        self.batch: DocumentBatch | None = None
        self.tables: list[pa.Table] = []
        self.rows = 0
        self.last = time.monotonic()

    def add(self, batch: DocumentBatch, mentions: pa.Table) -> None:
        if self.batch is None:
            self.batch = DocumentBatch()
        for name in ("rows", "bytes", "skipped", "malformed"):
            setattr(self.batch, name, getattr(self.batch, name) + getattr(batch, name))
        self.tables.append(mentions)
        self.rows += mentions.num_rows
        if time.monotonic() - self.last >= self.interval_s or self.rows >= COMMIT_MAX_ROWS:
            self.flush()

    def flush(self) -> None:
        if self.batch is None:
            return
        # reset first: should the commit fail, nothing is left to be committed twice
        batch, tables = self.batch, self.tables
        self.batch, self.tables, self.rows = None, [], 0
        self.last = time.monotonic()
        self.commit(batch, concat_mentions(tables))


@dataclass
class _Pending:
    """A source batch whose items are (being) extracted; committed when all are back."""

    batch: DocumentBatch
    futures: deque[Future[list[tuple]]] = field(default_factory=deque)
    results: list[list[tuple]] = field(default_factory=list)  # rows of each item
    submitted: bool = False  # all of its items are submitted


def run_batches(
    batches: Iterator[DocumentBatch],
    settings: ExtractionSettings,
    commit: Callable[[DocumentBatch, pa.Table], None],
    *,
    workers: int = 1,
    max_chars: int = MAX_CHUNK_CHARS,
    commit_interval_s: float = COMMIT_INTERVAL_S,
) -> None:
    """Extract every batch and hand ``(batches, mentions)`` to ``commit`` in source order, one
    or more consecutive batches per call (``commit_interval_s=0``: one call per batch)."""
    committer = _Committer(commit, commit_interval_s)
    try:
        if workers <= 1:
            for batch in batches:
                rows = (item_rows(settings, item) for item in work_items(batch, max_chars))
                committer.add(batch_accounting(batch), mentions_table(chain.from_iterable(rows)))
        else:
            _run_in_pool(batches, settings, committer, workers, max_chars)
    except KeyboardInterrupt:
        committer.flush()  # keep what is finished: the run resumes after it
        raise
    committer.flush()


def _run_in_pool(
    batches: Iterator[DocumentBatch],
    settings: ExtractionSettings,
    committer: _Committer,
    workers: int,
    max_chars: int,
) -> None:
    # spawn: the parent holds DuckDB and reader threads, which fork would copy half-alive
    context = multiprocessing.get_context("spawn")
    limit = 2 * workers
    pending: deque[_Pending] = deque()
    in_flight = 0

    def collect_oldest() -> None:
        """Wait for the oldest item in flight; commit every batch that is complete."""
        nonlocal in_flight
        head = pending[0]
        if head.futures:
            head.results.append(head.futures.popleft().result())
            in_flight -= 1
        while pending and pending[0].submitted and not pending[0].futures:
            done = pending.popleft()
            committer.add(done.batch, mentions_table(chain.from_iterable(done.results)))

    pool = ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=worker.init_worker, initargs=(settings,)
    )
    try:
        for batch in batches:
            entry = _Pending(batch_accounting(batch))
            pending.append(entry)
            for item in work_items(batch, max_chars):
                entry.futures.append(pool.submit(worker.extract_in_worker, item))
                in_flight += 1
                while in_flight >= limit:
                    collect_oldest()
            del batch  # the texts now live only in the items in flight
            entry.submitted = True
            while pending and pending[0].submitted and not pending[0].futures:
                collect_oldest()
        while pending:
            collect_oldest()
    except BaseException:
        for entry in pending:
            for future in entry.futures:
                future.cancel()
        # no result is wanted any more: stop the workers now rather than letting the pool's
        # exit wait for batches in progress (Ctrl-C must not hang on a long document)
        for process in list(getattr(pool, "_processes", {}).values()):
            process.terminate()
        # and do not join the pool's manager thread: with workers killed mid-write it can
        # wait forever on their result pipe
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown(wait=True)
