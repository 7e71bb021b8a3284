"""The local engine's worker side: plain rows, and a start-up without pyarrow."""

from __future__ import annotations

import subprocess
import sys

from conftest import JARRED_SHAW
from singleton.categories import load_categories
from singleton.engines import batch
from singleton.engines.batch import ExtractionSettings, WorkItem, extract_item, item_rows
from singleton.mentions import MENTIONS_OUT_SCHEMA


def test_row_positions_name_the_schema_columns() -> None:
    names = MENTIONS_OUT_SCHEMA.names
    assert names[batch.DOC_ID] == "doc_id"
    assert names[batch.CHAR_START] == "char_start"
    assert names[batch.CHAR_END] == "char_end"
    assert names[batch.DOC_HASH] == "doc_hash" and len(names) == batch.DOC_HASH + 1


def test_item_rows_are_the_rows_of_the_item_table() -> None:
    settings = ExtractionSettings(tuple(load_categories()))
    item = WorkItem(["a", "b"], ["no facts here.", JARRED_SHAW], ["A", "Jarred Shaw"], [0, 500],
                    [None, "whole-document-hash"])
    rows = item_rows(settings, item)
    assert rows and all(r[batch.DOC_ID] == "b" for r in rows)
    assert all(r[batch.DOC_HASH] == "whole-document-hash" for r in rows)
    assert min(r[batch.CHAR_START] for r in rows) >= 500  # the piece's offset is added
    assert [tuple(r.values()) for r in extract_item(settings, item).to_pylist()] == rows


def test_a_worker_extracts_without_importing_pyarrow() -> None:
    """pyarrow, and the pandas it imports on its first ``pa.array``, cost a spawned worker
    about 0.4 CPU-seconds of start-up; the worker's modules must not pull them in."""
    code = (
        "import sys\n"
        "from singleton.categories import load_categories\n"
        "from singleton.engines import worker\n"
        "from singleton.engines.batch import ExtractionSettings, WorkItem\n"
        "worker.init_worker(ExtractionSettings(tuple(load_categories())))\n"
        "rows = worker.extract_in_worker(WorkItem(['x'], [sys.argv[1]], ['Jarred Shaw'], [0], [None]))\n"
        "assert rows, 'no rows'\n"
        "print(sorted(m for m in ('pyarrow', 'pandas', 'duckdb') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code, JARRED_SHAW], capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == "[]"
