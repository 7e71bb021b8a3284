"""The Arrow schema of extracted mentions: the one contract between extraction and storage.

One row per statement of a fact found in a document. The store adds the run id; everything else
comes from :func:`singleton.extract.extract`, which is a pure function of the documents.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyarrow as pa

MENTION_SCHEMA = pa.schema(
    [
        pa.field("category", pa.string(), nullable=False),
        # canonical subject key (NFKC, case-folded, honorifics removed ...): what is counted
        pa.field("subject", pa.string(), nullable=False),
        pa.field("subject_text", pa.string(), nullable=False),  # as written (resolved full name)
        pa.field("value", pa.string(), nullable=False),  # canonical value, e.g. ISO date
        pa.field("value_text", pa.string(), nullable=False),  # as written
        pa.field("doc_id", pa.string(), nullable=False),
        pa.field("char_start", pa.int64(), nullable=False),  # offsets of the statement in the doc
        pa.field("char_end", pa.int64(), nullable=False),
        pa.field("snippet", pa.string(), nullable=False),  # short context for checking by eye
    ]
)


# what the engines return and commit: each mention with the content hash of its document
MENTIONS_OUT_SCHEMA = MENTION_SCHEMA.append(pa.field("doc_hash", pa.string(), nullable=False))


def empty_mentions() -> pa.Table:
    return MENTION_SCHEMA.empty_table()


def mentions_table(rows: Iterable[tuple], schema: pa.Schema = MENTIONS_OUT_SCHEMA) -> pa.Table:
    """Row tuples (in ``schema``'s column order, as extraction makes them) as a table."""
    columns = list(zip(*rows)) or [[] for _ in schema]
    return pa.table(columns, schema=schema)


def concat_mentions(tables: list[pa.Table]) -> pa.Table:
    tables = [t for t in tables if t.num_rows]
    if not tables:
        return MENTIONS_OUT_SCHEMA.empty_table()
    return tables[0] if len(tables) == 1 else pa.concat_tables(tables)
