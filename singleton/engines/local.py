"""Local engine: the main process reads and writes, worker processes extract.

Batches go to a process pool with at most ``2 × workers`` batches in flight (back-pressure: the
reader waits for the oldest batch before reading more), and results are committed strictly in
source order, so the cursor saved with each batch always means "everything before this row is in
the database" and ``--workers 1`` and ``--workers 8`` give identical mentions.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

import pyarrow as pa

from singleton.engines.batch import ExtractionSettings, extract_mentions
from singleton.sources import DocumentBatch

_WORKER_SETTINGS: ExtractionSettings | None = None


def _init_worker(settings: ExtractionSettings) -> None:
    # Ctrl-C goes to the whole process group; only the main process handles it (and commits).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    global _WORKER_SETTINGS
    _WORKER_SETTINGS = settings
    settings.extractor()  # load spaCy once per worker, before the first batch


def _extract_in_worker(doc_ids: list[str], texts: list[str], titles: list[str | None]) -> pa.Table:
    assert _WORKER_SETTINGS is not None
    return extract_mentions(_WORKER_SETTINGS, doc_ids, texts, titles)


def run_batches(
    batches: Iterator[DocumentBatch],
    settings: ExtractionSettings,
    commit: Callable[[DocumentBatch, pa.Table], None],
    *,
    workers: int = 1,
) -> None:
    """Extract every batch and hand ``(batch, mentions)`` to ``commit`` in source order."""
    if workers <= 1:
        for batch in batches:
            commit(batch, extract_mentions(settings, batch.doc_ids, batch.texts, batch.titles))
        return
    # spawn: the parent holds DuckDB and reader threads, which fork would copy half-alive
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_init_worker, initargs=(settings,)
    ) as pool:
        in_flight: deque[tuple[DocumentBatch, Future[pa.Table]]] = deque()
        try:
            for batch in batches:
                in_flight.append(
                    (batch, pool.submit(_extract_in_worker, batch.doc_ids, batch.texts, batch.titles))
                )
                if len(in_flight) >= 2 * workers:
                    done, future = in_flight.popleft()
                    commit(done, future.result())
            while in_flight:
                done, future = in_flight.popleft()
                commit(done, future.result())
        except BaseException:
            for _, future in in_flight:
                future.cancel()
            raise
