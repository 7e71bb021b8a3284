"""Fact extraction: a pure function from a batch of documents to an Arrow table of mentions.

Cheap first, expensive last: one trigger scan over the raw text for all categories
(:mod:`.prefilter`), then the category patterns (:mod:`.patterns`) on candidate sentences only,
normalisation (:mod:`.normalize`), in-document resolution (:mod:`.resolve`), and — only when
asked for — a statistical spaCy NER check on the sentences that matched.
"""

from singleton.extract.core import EXTRACTOR_VERSION, Extractor, extract, get_extractor

__all__ = ["EXTRACTOR_VERSION", "Extractor", "extract", "get_extractor"]
