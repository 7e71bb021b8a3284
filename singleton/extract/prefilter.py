"""Prefilter: one cheap scan of the raw text for the trigger words of ALL categories.

The triggers of every category are merged into one trie-shaped regular expression run over the
lower-cased text (Python's ``re`` is several times faster on a case-sensitive trie than on an
``IGNORECASE`` alternation), so adding a category adds branches, not a pass. Each hit yields the
sentence around it (a bounded window), and only those sentences are parsed further: a document
without triggers costs one scan, a 100 MB document costs one scan plus its candidate sentences.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from singleton.categories import PAREN_TRIGGER, Category

MAX_BACK = 400  # how far back a sentence start is looked for
MAX_FORWARD = 450  # how far forward a sentence end is looked for
# "(" followed within a few characters by a year: Wikipedia's life-span and release-year
# parentheses. Matched on the original text: a literal first character keeps it fast.
_PAREN_RX = r"\((?=[^()\n]{0,120}?\d{3})"

_ABBREV = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sr",
        "jr",
        "st",
        "mt",
        "ft",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "rev",
        "hon",
        "gov",
        "sen",
        "rep",
        "no",
        "nos",
        "vol",
        "vs",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "bros",
        "dept",
        "univ",
        "est",
        "approx",
        "ca",
        "c",
        "b",
        "d",
        "fl",
        "op",
        "ed",
        "eds",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "u.s.a",
        "e.g",
        "i.e",
        "al",
    ]
)
# candidate sentence boundaries: end punctuation then space(s) then an opener; newlines always
_BOUNDARY = re.compile(r"[.!?](?:[\"”’')\]]*)\s+(?=[\"“‘(\[]?[^\W\d_]|\d)|\n")


def _trie_regex(words: Iterable[str]) -> str:
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = []
        end = False
        for ch in sorted(node):
            if ch == "":
                end = True
                continue
            alts.append(re.escape(ch) + emit(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return emit(trie)


def _is_boundary(text: str, m: re.Match[str]) -> bool:
    if m.group(0) == "\n":
        return True
    # the word before the full stop: an initial ("K.") or an abbreviation is no boundary
    i = m.start()
    j = i
    while j > 0 and not text[j - 1].isspace():
        j -= 1
    word = text[j:i].lower().strip('"“(')
    if not word:  # tokenised text: " . " — look at the token before
        k = j - 1
        while k > 0 and text[k - 1].isspace():
            k -= 1
        j2 = k
        while j2 > 0 and not text[j2 - 1].isspace():
            j2 -= 1
        word = text[j2:k].lower()
        if len(word) == 1 and word.isalpha():
            return False
        return word not in _ABBREV
    if len(word) == 1 and word.isalpha():
        return False
    return word.rstrip(".") not in _ABBREV


@dataclass(frozen=True)
class Candidate:
    start: int  # sentence window in the document
    end: int
    categories: frozenset[int]  # indexes of the categories whose triggers occur in it


class Prefilter:
    """Finds candidate sentences for a fixed list of categories."""

    def __init__(self, categories: list[Category]) -> None:
        self.categories = categories
        self._word_cats: dict[str, set[int]] = {}
        self._paren_cats: set[int] = set()
        for i, c in enumerate(categories):
            for t in c.triggers:
                if t == PAREN_TRIGGER:
                    self._paren_cats.add(i)
                else:
                    self._word_cats.setdefault(t.lower(), set()).add(i)
        words = sorted(self._word_cats, key=len, reverse=True)
        self._word_rx = re.compile(_trie_regex(words)) if words else None
        self._paren_rx = re.compile(_PAREN_RX) if self._paren_cats else None
        # a hit may be a prefix-extension ("graduat" in "graduated"): map by longest prefix
        self._words_by_len = words

    def _cats_for(self, hit: str) -> set[int]:
        cats = self._word_cats.get(hit)
        if cats is not None:
            return cats
        for w in self._words_by_len:  # pragma: no cover - trie returns whole trigger words
            if hit.startswith(w):
                return self._word_cats[w]
        return set()

    def hits(self, text: str) -> Iterator[tuple[int, frozenset[int] | set[int]]]:
        """(position, category indexes) of every trigger occurrence, in text order."""
        out: list[tuple[int, set[int]]] = []
        if self._word_rx is not None:
            low = text.lower()
            if len(low) != len(text):  # rare: a character whose lower case is longer
                low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
            for m in self._word_rx.finditer(low):
                out.append((m.start(), self._cats_for(m.group(0))))
        if self._paren_rx is not None:
            for m in self._paren_rx.finditer(text):
                out.append((m.start(), self._paren_cats))
        out.sort(key=lambda t: t[0])
        return iter(out)

    def candidates(self, text: str) -> list[Candidate]:
        """Sentence windows around trigger hits, merged, in text order."""
        spans: list[tuple[int, int, set[int]]] = []
        bounds: list[int] | None = None
        for pos, cats in self.hits(text):
            if spans and spans[-1][0] <= pos < spans[-1][1]:
                spans[-1][2].update(cats)
                continue
            if bounds is None:  # sentence ends of the whole document, once, only when needed
                bounds = boundaries(text)
            s, e = _bounds_at(text, bounds, pos)
            if spans and s < spans[-1][1]:  # overlapping windows: merge
                ps, pe, pc = spans[-1]
                spans[-1] = (ps, max(pe, e), pc | set(cats))
            else:
                spans.append((s, e, set(cats)))
        return [Candidate(s, e, frozenset(c)) for s, e, c in spans]


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """The sentence containing ``pos``, bounded to a window of MAX_BACK + MAX_FORWARD chars."""
    lo = max(0, pos - MAX_BACK)
    start = lo
    for m in _BOUNDARY.finditer(text, lo, pos):
        if _is_boundary(text, m):
            start = m.end()
    if start == lo and lo > 0:  # no boundary found: start at a word
        sp = text.find(" ", lo, pos)
        start = sp + 1 if sp >= 0 else lo
    hi = min(len(text), pos + MAX_FORWARD)
    end = hi
    for m in _BOUNDARY.finditer(text, pos, hi):
        if _is_boundary(text, m):
            end = m.start() + 1 if m.group(0) != "\n" else m.start()
            break
    return start, end


def boundaries(text: str) -> list[int]:
    """Positions where a sentence starts (after a full stop that ends one, or a newline)."""
    out = []
    for m in _BOUNDARY.finditer(text):
        if _is_boundary(text, m):
            out.append(m.end())
    return out


def _bounds_at(text: str, bounds: list[int], pos: int) -> tuple[int, int]:
    """The sentence around ``pos`` from the precomputed starts, bounded to a window."""
    i = bisect.bisect_right(bounds, pos)
    start = bounds[i - 1] if i > 0 else 0
    if pos - start > MAX_BACK:
        sp = text.find(" ", pos - MAX_BACK, pos)
        start = sp + 1 if sp >= 0 else pos - MAX_BACK
    end = bounds[i] if i < len(bounds) else len(text)
    end = min(end, pos + MAX_FORWARD, len(text))
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
