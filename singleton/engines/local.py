"""Local engine: the main process reads and writes, worker processes extract.

A source batch becomes one or more *work items*: its ordinary documents stay together in one
item, and a document longer than ``max_chars`` is cut into pieces of at most ``max_chars``
characters (at a line break where there is one), each piece its own item. So a 100 MB document
never reaches a worker whole, and memory is bounded by ``items in flight × max item size``.

At most ``2 × workers`` items are in flight (back-pressure: the reader waits for the oldest item
before reading more), and batches are committed strictly in source order, so the cursor saved
with each commit always means "everything before this row is in the database" and ``--workers 1``
and ``--workers 8`` give identical mentions. Consecutive finished batches are committed together,
at most once a second: a DuckDB transaction costs milliseconds, which per 256-document batch would
cap the single writer far below the read speed.

The Ray engine runs the same :func:`work_items` / :func:`extract_item` pair, so chunking is
identical in both engines.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field

import pyarrow as pa
import pyarrow.compute as pc

from singleton.engines.batch import ExtractionSettings, extract_mentions
from singleton.mentions import MENTION_SCHEMA
from singleton.sources import DocumentBatch

# Longest text handed to the extractor in one piece. Candidate sentences never cross a line
# break, so cutting after one changes no candidate; in-document name resolution does restart
# at each piece (a pronoun right after a cut may then resolve to the title only, or not at all).
MAX_CHUNK_CHARS = 1_000_000
# a cut is looked for in the last quarter of a piece: line break, else sentence end, else space
_CUT_WINDOW = 4

COMMIT_INTERVAL_S = 1.0  # at most one transaction per second ...
COMMIT_MAX_ROWS = 100_000  # ... unless this many mentions wait (bounds the buffer)

MENTIONS_OUT_SCHEMA = MENTION_SCHEMA.append(pa.field("doc_hash", pa.string(), nullable=False))

_WORKER_SETTINGS: ExtractionSettings | None = None


@dataclass
class WorkItem:
    """Texts for one extraction call: whole documents or pieces of one long document."""

    doc_ids: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    titles: list[str | None] = field(default_factory=list)
    offsets: list[int] = field(default_factory=list)  # piece start in its document
    doc_hashes: list[str | None] = field(default_factory=list)  # set for pieces: whole-doc hash

    @property
    def chars(self) -> int:
        return sum(len(t) for t in self.texts)


def batch_accounting(batch: DocumentBatch) -> DocumentBatch:
    """The batch without its texts: what a commit needs, kept while the texts are in flight."""
    return DocumentBatch(
        rows=batch.rows, bytes=batch.bytes, skipped=batch.skipped, malformed=batch.malformed
    )


def split_text(text: str, max_chars: int = MAX_CHUNK_CHARS) -> list[tuple[int, int]]:
    """``(start, end)`` spans covering ``text`` in order, each at most ``max_chars`` long."""
    if max_chars < 1:
        raise ValueError("max_chars must be positive")
    spans: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while n - start > max_chars:
        limit = start + max_chars
        lo = limit - max(max_chars // _CUT_WINDOW, 1)
        cut = text.rfind("\n", lo, limit) + 1
        if cut <= start:
            cut = text.rfind(". ", lo, limit) + 2
        if cut <= start + 1:
            cut = text.rfind(" ", lo, limit) + 1
        if cut <= start:
            cut = limit  # one very long word: a hard cut
        spans.append((start, cut))
        start = cut
    spans.append((start, n))
    return spans


def _streamed_hash(text: str, spans: list[tuple[int, int]]) -> str:
    """``content_hash(text)`` without a second full-size copy of a huge document."""
    digest = hashlib.blake2b(digest_size=16)
    for s, e in spans:
        digest.update(text[s:e].encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def work_items(batch: DocumentBatch, max_chars: int = MAX_CHUNK_CHARS) -> Iterator[WorkItem]:
    """The batch's documents in source order: short ones grouped, long ones one piece per item."""
    item = WorkItem()
    titles = batch.titles or [None] * len(batch.texts)
    for doc_id, text, title in zip(batch.doc_ids, batch.texts, titles):
        if len(text) <= max_chars:
            item.doc_ids.append(doc_id)
            item.texts.append(text)
            item.titles.append(title)
            item.offsets.append(0)
            item.doc_hashes.append(None)
            continue
        if item.texts:
            yield item
            item = WorkItem()
        spans = split_text(text, max_chars)
        whole = _streamed_hash(text, spans)
        for s, e in spans:  # slices are made one at a time, as items are consumed
            yield WorkItem([doc_id], [text[s:e]], [title], [s], [whole])
    if item.texts:
        yield item


def extract_item(settings: ExtractionSettings, item: WorkItem) -> pa.Table:
    """:func:`extract_mentions` over one work item, with ids, offsets and hashes of the whole
    documents. The extractor sees positional ids ("0", "1", ...) so that rows of two pieces, or
    of two documents sharing an id, map back to the right text."""
    table = extract_mentions(
        settings, [str(i) for i in range(len(item.texts))], item.texts, item.titles
    )
    if table.num_rows == 0:
        return MENTIONS_OUT_SCHEMA.empty_table()
    index = pc.cast(table.column("doc_id"), pa.int64())
    columns = {
        "doc_id": pc.take(pa.array(item.doc_ids, pa.string()), index),
    }
    if any(item.offsets):
        shift = pc.take(pa.array(item.offsets, pa.int64()), index)
        columns["char_start"] = pc.add(table.column("char_start"), shift)
        columns["char_end"] = pc.add(table.column("char_end"), shift)
    if any(h is not None for h in item.doc_hashes):
        whole = pc.take(pa.array(item.doc_hashes, pa.string()), index)
        columns["doc_hash"] = pc.coalesce(whole, table.column("doc_hash"))
    for name, values in columns.items():
        i = table.schema.get_field_index(name)
        table = table.set_column(i, table.schema.field(i), values)
    return table.cast(MENTIONS_OUT_SCHEMA)


def concat_mentions(tables: list[pa.Table]) -> pa.Table:
    tables = [t for t in tables if t.num_rows]
    if not tables:
        return MENTIONS_OUT_SCHEMA.empty_table()
    return tables[0] if len(tables) == 1 else pa.concat_tables(tables)


def _exit_with_parent(parent: int) -> None:
    """A worker outlives a main process killed with ``kill -9`` (nothing closes its queues);
    it exits on its own within a second of being orphaned."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(0)


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


def _init_worker(settings: ExtractionSettings) -> None:
    # Ctrl-C goes to the whole process group; only the main process handles it (and commits).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    global _WORKER_SETTINGS
    _WORKER_SETTINGS = settings
    settings.extractor()  # build the extractor once per worker, before the first batch


def _extract_in_worker(item: WorkItem) -> pa.Table:
    assert _WORKER_SETTINGS is not None
    return extract_item(_WORKER_SETTINGS, item)


@dataclass
class _Pending:
    """A source batch whose items are (being) extracted; committed when all are back."""

    batch: DocumentBatch
    futures: deque[Future[pa.Table]] = field(default_factory=deque)
    results: list[pa.Table] = field(default_factory=list)
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
                tables = [extract_item(settings, item) for item in work_items(batch, max_chars)]
                committer.add(batch_accounting(batch), concat_mentions(tables))
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
            committer.add(done.batch, concat_mentions(done.results))

    pool = ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_init_worker, initargs=(settings,)
    )
    try:
        for batch in batches:
            entry = _Pending(batch_accounting(batch))
            pending.append(entry)
            for item in work_items(batch, max_chars):
                entry.futures.append(pool.submit(_extract_in_worker, item))
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
