"""The one extraction step every engine runs: a batch of documents -> an Arrow table of mentions.

It is a pure function of the documents and the extraction settings, so the local engine (worker
processes) and the Ray engine (``map_batches``) produce identical mentions.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

import pyarrow as pa

from singleton.categories import Category
from singleton.extract import Extractor

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


def extract_mentions(
    settings: ExtractionSettings,
    doc_ids: Sequence[str],
    texts: Sequence[str],
    titles: Sequence[str | None] | None = None,
) -> pa.Table:
    """Mentions of one batch, with the content hash of each mentioning document appended."""
    table = settings.extractor().extract(list(texts), list(doc_ids), titles=list(titles) if titles else None)
    if table.num_rows == 0:
        return table.append_column("doc_hash", pa.array([], pa.string()))
    hashes: dict[str, str] = {}
    mentioned = set(table.column("doc_id").to_pylist())
    for doc_id, text in zip(doc_ids, texts):
        if doc_id in mentioned and doc_id not in hashes:
            hashes[doc_id] = content_hash(text)
    column = [hashes[d] for d in table.column("doc_id").to_pylist()]
    return table.append_column("doc_hash", pa.array(column, pa.string()))
