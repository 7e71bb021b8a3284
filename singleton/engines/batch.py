"""The one extraction step every engine runs: documents -> mention rows.

It is a pure function of the documents and the extraction settings, so the local engine (worker
processes) and the Ray engine (``map_batches``) produce identical mentions.

A source batch becomes one or more *work items*: its ordinary documents stay together in one
item, and a document longer than ``max_chars`` is cut into pieces of at most ``max_chars``
characters (at a line break where there is one), each piece its own item. So a 100 MB document
never reaches a worker whole, and memory is bounded by ``items in flight × max item size``.

This module imports no pyarrow: rows are plain tuples (in ``MENTIONS_OUT_SCHEMA`` column order),
so a local worker process starts without pyarrow and pandas (pyarrow imports pandas on its
first ``pa.array``), about 0.4 CPU-seconds per worker. :func:`extract_mentions` and
:func:`extract_item` give the same rows as Arrow tables, for the Ray engine and for callers.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from singleton.categories import Category
from singleton.extract import Extractor

if TYPE_CHECKING:
    import pyarrow as pa

    from singleton.sources import DocumentBatch

# Longest text handed to the extractor in one piece. Candidate sentences never cross a line
# break, so cutting after one changes no candidate; in-document name resolution does restart
# at each piece (a pronoun right after a cut may then resolve to the title only, or not at all).
MAX_CHUNK_CHARS = 1_000_000
# a cut is looked for in the last quarter of a piece: line break, else sentence end, else space
_CUT_WINDOW = 4

# positions in a row of MENTIONS_OUT_SCHEMA (checked against the schema in the tests)
DOC_ID, CHAR_START, CHAR_END, DOC_HASH = 5, 6, 7, 9

_EXTRACTORS: dict[ExtractionSettings, Extractor] = {}


@dataclass(frozen=True)
class ExtractionSettings:
    """Everything that decides what is extracted; picklable, hashable (a cache key per process)."""

    categories: tuple[Category, ...]
    spacy_model: str | None = None

    def extractor(self) -> Extractor:
        extractor = _EXTRACTORS.get(self)
        if extractor is None:
            extractor = _EXTRACTORS[self] = Extractor(list(self.categories), spacy_model=self.spacy_model)
        return extractor


def content_hash(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def mention_rows(
    settings: ExtractionSettings,
    doc_ids: Sequence[str],
    texts: Sequence[str],
    titles: Sequence[str | None] | None = None,
) -> list[tuple]:
    """Mention rows of one batch, each with the content hash of its document appended (the
    first document of that id)."""
    rows = settings.extractor().extract_rows(
        list(texts), list(doc_ids), titles=list(titles) if titles else None
    )
    if not rows:
        return []
    first_text: dict[str, str] = {}
    for doc_id, text in zip(doc_ids, texts):
        first_text.setdefault(doc_id, text)
    hashes: dict[str, str] = {}
    return [(*row, _hash_of(hashes, row[DOC_ID], first_text)) for row in rows]


def _hash_of(hashes: dict[Any, str], key: Any, texts: Mapping[str, str] | Sequence[str]) -> str:
    """``content_hash(texts[key])``, once per key."""
    digest = hashes.get(key)
    if digest is None:
        digest = hashes[key] = content_hash(texts[key])
    return digest


def extract_mentions(
    settings: ExtractionSettings,
    doc_ids: Sequence[str],
    texts: Sequence[str],
    titles: Sequence[str | None] | None = None,
) -> pa.Table:
    """:func:`mention_rows` as an Arrow table (``MENTIONS_OUT_SCHEMA``)."""
    from singleton.mentions import mentions_table  # pyarrow only where a table is wanted

    return mentions_table(mention_rows(settings, doc_ids, texts, titles))


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


def item_rows(settings: ExtractionSettings, item: WorkItem) -> list[tuple]:
    """:func:`mention_rows` over one work item, with the ids, offsets and hashes of the whole
    documents. The extractor sees positional ids ("0", "1", ...) so that rows of two pieces, or
    of two documents sharing an id, map back to the right text. A piece's own text is never
    hashed: its rows carry the whole document's hash."""
    rows = settings.extractor().extract_rows(
        item.texts, [str(i) for i in range(len(item.texts))], item.titles
    )
    hashes: dict[int, str] = {}
    out = []
    for row in rows:
        i = int(row[DOC_ID])
        shift = item.offsets[i]
        whole = item.doc_hashes[i]
        out.append(
            (
                *row[:DOC_ID],
                item.doc_ids[i],
                row[CHAR_START] + shift,
                row[CHAR_END] + shift,
                *row[CHAR_END + 1 :],
                _hash_of(hashes, i, item.texts) if whole is None else whole,
            )
        )
    return out


def extract_item(settings: ExtractionSettings, item: WorkItem) -> pa.Table:
    """:func:`item_rows` as an Arrow table (``MENTIONS_OUT_SCHEMA``)."""
    from singleton.mentions import mentions_table  # pyarrow only where a table is wanted

    return mentions_table(item_rows(settings, item))
