"""The local engine's worker processes: build the extractor once, then extract work items.

Imports nothing heavy (no pyarrow, no DuckDB): a spawned worker starts in a fifth of a second
and returns plain row tuples; the main process makes the Arrow tables.
"""

from __future__ import annotations

import os
import signal
import threading
import time

from singleton.engines.batch import ExtractionSettings, WorkItem, item_rows

_SETTINGS: ExtractionSettings | None = None


def _exit_with_parent(parent: int) -> None:
    """A worker outlives a main process killed with ``kill -9`` (nothing closes its queues);
    it exits on its own within a second of being orphaned."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(0)


def init_worker(settings: ExtractionSettings) -> None:
    # Ctrl-C goes to the whole process group; only the main process handles it (and commits).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    global _SETTINGS
    _SETTINGS = settings
    settings.extractor()  # build the extractor once per worker, before the first batch


def extract_in_worker(item: WorkItem) -> list[tuple]:
    assert _SETTINGS is not None
    return item_rows(_SETTINGS, item)
