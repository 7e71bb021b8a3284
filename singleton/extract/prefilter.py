"""Prefilter: one cheap scan of the raw text for the trigger words of ALL categories.

The triggers of every category are merged into one trie-shaped regular expression run over the
lower-cased text (Python's ``re`` is several times faster on a case-sensitive trie than on an
``IGNORECASE`` alternation), so adding a category adds branches, not a pass. Each hit yields the
sentence around it (a bounded window), and only those sentences are parsed further: a document
without triggers costs one scan, a 100 MB document costs one scan plus its candidate sentences.

The trie itself is not run over the whole text: it is entered at every character that starts a
trigger, which is most of them. The triggers are covered by a few rare "pivot" characters (``d``,
``b``, ``m``, ``p`` …), one regex per pivot led by that literal character, which ``re`` skips to
fast; the trie then runs only on the short spans around their matches. Its hits are exactly
those of a whole-text scan (see :meth:`Prefilter._regions`); the pivots only decide speed.
"""

from __future__ import annotations

import bisect
import os
import re
import sys
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import numpy as np

from singleton.categories import PAREN_TRIGGER, Category
from singleton.extract.patterns import trie_regex
from singleton.extract.regex_cache import memo

try:  # optional accelerator (extra "fast"): the trigger scan in C, same hits
    import hyperscan as _hs
except ImportError:  # pragma: no cover - depends on the platform's wheels
    _hs = None

MAX_BACK = 400  # how far back a sentence start is looked for
MAX_FORWARD = 450  # how far forward a sentence end is looked for
# "(" followed within a few characters by a year: Wikipedia's life-span and release-year
# parentheses. Matched on the original text: a literal first character keeps it fast.
_PAREN_RX = r"\((?=[^()\n]{0,120}?\d{3})"

# letters joined by full stops: a person's initials ("w.c", "j.r.r") unless one of the
# initialisms a sentence often ends with ("… moved to Washington, D.C. He …"; "U.S.", "e.g."
# and the like are never an end: see _ABBREV)
_INITIALS = re.compile(r"(?:[^\W\d_]\.){1,3}[^\W\d_]")
_ENDING_INITIALISMS = frozenset(
    ["d.c", "u.n", "e.u", "a.d", "b.c", "p.m", "a.m", "n.y", "l.a", "s.a", "u.a.e", "n.z", "r.i",
     "n.j", "n.c", "s.c", "b.c.e", "c.e", "a.k.a", "u.s.s.r", "d.f", "p.r"]
)
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
        # degrees, mostly written mid-sentence: "a Ph.D. from Harvard"
        "ph.d",
        "b.a",
        "m.a",
        "b.sc",
        "m.sc",
        "d.phil",
        "ll.b",
        "ll.m",
    ]
)
# candidate sentence boundaries: end punctuation then space(s) then an opener; newlines always
_BOUNDARY = re.compile(r"[.!?](?:[\"”’')\]]*)\s+(?=[\"“‘(\[]?[^\W\d_]|\d)|\n")


# rough letter frequencies of English text, in per mille: choosing rare pivot characters
_FREQ = dict(zip("etaoinshrdlcumwfgypbvkjxqz", [127, 91, 82, 75, 70, 67, 63, 61, 60, 43, 40, 28,
    28, 24, 24, 22, 20, 20, 19, 15, 10, 8, 2, 2, 1, 1], strict=True))  # fmt: skip
_FREQ_OTHER = {" ": 180, "-": 5, ".": 10, "'": 3}


def _char_cost(ch: str) -> float:
    return _FREQ.get(ch, _FREQ_OTHER.get(ch, 5 if ch.isascii() else 1)) / 1000 + 0.005


def _pivot_regex(pivot: str, words: Iterable[str]) -> str:
    """``pivot`` then the trie of what follows it in each word; when a word has text before
    its pivot, a lookbehind for the whole word ends its branch. Matches wherever one of
    ``words`` has its (first) pivot, and possibly a little more."""
    trie: dict = {}
    for w in words:
        k = w.index(pivot)
        node = trie
        for ch in w[k + 1 :]:
            node = node.setdefault(ch, {})
        node.setdefault("", set()).add(w if k else "")

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(node[ch]) for ch in sorted(node) if ch != ""]
        ends = node.get("")
        if ends is not None:
            if "" in ends:  # a word ends here with nothing before its pivot
                return f"(?:{'|'.join(alts)})?" if alts else ""
            by_len: dict[int, list[str]] = {}
            for w in ends:
                by_len.setdefault(len(w), []).append(w)
            alts += [f"(?<={trie_regex(g)})" for _, g in sorted(by_len.items())]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return re.escape(pivot) + emit(trie)


def _pivot_regexes(words: list[str]) -> list[tuple[re.Pattern[str], int, int]]:
    """A few regexes, each led by one literal character (which ``re`` finds fast), that
    together match near every occurrence of every word: a greedy cover of the words by rare
    characters. With each, how far before and after its pivot a word of its own reaches."""
    left = set(words)
    pivots: list[str] = []
    while left:
        chars = sorted({ch for w in left for ch in w})
        best = max(chars, key=lambda ch: (sum(ch in w for w in left) / _char_cost(ch), ch))
        pivots.append(best)
        left.difference_update([w for w in left if best in w])
    # each word goes to the rarest chosen character it contains
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(min((ch for ch in pivots if ch in w), key=_char_cost), []).append(w)
    out = []
    for ch in pivots:
        if ch in groups:
            ws = groups[ch]
            back = max(w.index(ch) for w in ws)  # how far a word starts before its pivot
            fwd = max(len(w) - w.index(ch) for w in ws)  # and ends after it
            out.append((re.compile(_pivot_regex(ch, ws)), back, fwd))
    return out


def _contains_at_word_start(word: str, other: str) -> bool:
    """Whether ``other`` occurs in ``word`` where a word starts (at 0 or after a non-letter)."""
    k = word.find(other)
    while k >= 0:
        if k == 0 or not word[k - 1].isalpha():
            return True
        k = word.find(other, k + 1)
    return False


def is_boundary(text: str, m: re.Match[str]) -> bool:
    """Whether the end punctuation (or newline) ``m`` matched ends a sentence: not after an
    initial or an abbreviation ("W.C. Bowman", "St. Joseph's")."""
    if "\n" in m.group(0):
        return True  # a paragraph ends every sentence, after an abbreviation too ("Inc.\n")
    if text[m.start()] in "?!" and text[m.end() : m.end() + 1].islower():
        # a title's own mark, as no sentence starts in lower case: "They Shoot Horses, Don't
        # They? is a 1969 American … film", "Jeopardy! is an American television game show"
        return False
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
    if "." in word:  # (the few words with an inner stop)
        if "." in word.strip(".") and text[m.end() : m.end() + 1].islower():
            # an initialism inside a sentence: "AIR ITALY S.p.A.) was", "an M.A. in" (an
            # ellipsis is none: "Vasika... kalispera sas")
            return False
        if (
            _INITIALS.fullmatch(word)
            and word not in _ENDING_INITIALISMS
            and text[j:i].lstrip('"“(').isupper()
        ):
            return False  # a person's initials: "W.C. Bowman", "J.R.R. Tolkien" (not "g.o.d.")
    return word.rstrip(".") not in _ABBREV


# characters whose lower case is longer than one character ("İ" -> "i̇"), found once
# (a scan of all of Unicode, 0.25 CPU-s per process: kept with the compiled patterns)
_EXPANDING: str = memo(
    "lower-expanding",
    "",
    lambda: "".join(chr(c) for c in range(sys.maxunicode + 1) if len(chr(c).lower()) != 1),
)
_EXPANDING_RX = re.compile(f"([{re.escape(_EXPANDING)}])") if _EXPANDING else None


def lower_same_length(text: str) -> str:
    """``text.lower()``, position for position: when some character's lower case is longer,
    every character is lower-cased on its own and the longer ones are kept as they are.

    That fallback (``"".join(c.lower() if len(c.lower()) == 1 else c for c in text)``) is
    computed in C: per-character lower case differs from ``str.lower`` only by the
    expanding characters and by the word-final sigma, which ``str.lower`` writes "ς".
    """
    low = text.lower()
    if len(low) == len(text) or _EXPANDING_RX is None:
        return low
    t = text.replace("Σ", "σ")  # the context-free lower case of a capital sigma
    parts = _EXPANDING_RX.split(t)
    return "".join(p if i % 2 else p.lower() for i, p in enumerate(parts))


@dataclass(frozen=True)
class Candidate:
    start: int  # sentence window in the document
    end: int
    categories: frozenset[int]  # indexes of the categories whose triggers occur in it
    # of those, the categories with a trigger word in it (the others have only "(" + year:
    # only their patterns that need a "(" are tried there); None: all of them
    word_categories: frozenset[int] | None = None


# characters a sentence-boundary match can consist of after its first one (and whitespace): a
# scan of _BOUNDARY may start after any other character and agree with a scan of the whole text
_BOUNDARY_BODY = frozenset(".!?\"”’')]")


def _safe_start(text: str, lo: int) -> int:
    """A position at or before ``lo`` that no boundary match straddles."""
    r = max(0, lo)
    while r > 0 and (text[r - 1] in _BOUNDARY_BODY or text[r - 1].isspace()):
        r -= 1
    return r


def window(text: str, pos: int) -> tuple[int, int]:
    """The candidate window around ``pos``: ``_bounds_at(text, boundaries(text), pos)``,
    computed from the boundary matches near ``pos`` only (a scan restarted at a safe position
    finds exactly the matches a scan of the whole text finds there)."""
    lo = pos - MAX_BACK
    hi = pos + MAX_FORWARD
    before: list[re.Match[str]] = []
    start = -1
    end = -1
    for m in _BOUNDARY.finditer(text, _safe_start(text, lo)):
        e = m.end()
        if e > pos:
            if m.start() > hi:
                break
            if is_boundary(text, m):
                end = e
                break
        else:
            before.append(m)
    for bm in reversed(before):
        b = bm.end()
        if pos - b > MAX_BACK:
            break
        if is_boundary(text, bm):
            start = b
            break
    if start < 0:
        if pos <= MAX_BACK:
            start = 0
        else:
            sp = text.find(" ", pos - MAX_BACK, pos)
            start = sp + 1 if sp >= 0 else pos - MAX_BACK
    n = len(text)
    end = min(end if end >= 0 else n, hi, n)
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def hyperscan_available() -> bool:
    """Whether the Hyperscan trigger scan can be used (installed, not turned off with
    ``SINGLETON_NO_HYPERSCAN=1``)."""
    return _hs is not None and os.environ.get("SINGLETON_NO_HYPERSCAN", "") in ("", "0")


class _HyperscanTriggers:
    """All trigger words in one Hyperscan pass over the lower-cased text.

    Hyperscan reports every occurrence of every word (overlapping ones too); keeping, from left
    to right, the longest word at each start that does not overlap the one kept before gives
    exactly the leftmost-longest, non-overlapping matches of the trie regex (tests compare the
    two). Offsets are in UTF-8 bytes and are mapped back to characters.
    """

    def __init__(self, words: list[str]) -> None:
        encoded = [w.encode("utf-8") for w in words]
        self.words = words
        self.lengths = [len(b) for b in encoded]
        self.db = _hs.Database(mode=_hs.HS_MODE_BLOCK)
        self.db.compile(
            expressions=[b"".join(b"\\x%02x" % c for c in b) for b in encoded],
            ids=list(range(len(encoded))),
            elements=len(encoded),
            flags=[0] * len(encoded),
        )
        self._local = threading.local()  # a scratch space per thread

    def find(self, low: str) -> list[tuple[int, str]]:
        """(character position, word) of each leftmost-longest, non-overlapping occurrence."""
        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            scratch = self._local.scratch = _hs.Scratch(self.db)
        data = low.encode("utf-8")
        lengths = self.lengths
        found: list[tuple[int, int, int]] = []

        def on_match(i: int, _start: int, end: int, _flags: int, _ctx: object) -> None:
            found.append((end - lengths[i], -lengths[i], i))

        self.db.scan(data, match_event_handler=on_match, scratch=scratch)
        if not found:
            return []
        found.sort()  # by start, the longest first
        kept: list[tuple[int, int]] = []
        end = -1
        for start, neg_len, i in found:
            if start >= end:
                kept.append((start, i))
                end = start - neg_len
        words = self.words
        if len(data) == len(low):  # ASCII: bytes are characters
            return [(s, words[i]) for s, i in kept]
        # characters before each byte offset: count the bytes that start a character
        starts = (np.frombuffer(data, dtype=np.uint8) & 0xC0) != 0x80
        chars_before = np.concatenate(([0], np.cumsum(starts)))
        return [(int(chars_before[s]), words[i]) for s, i in kept]


class Prefilter:
    """Finds candidate sentences for a fixed list of categories."""

    def __init__(self, categories: list[Category], use_hyperscan: bool | None = None) -> None:
        self.categories = categories
        self._word_cats: dict[str, frozenset[int]] = {}
        paren: set[int] = set()
        word_cats: dict[str, set[int]] = {}
        for i, c in enumerate(categories):
            for t in c.triggers:
                if t == PAREN_TRIGGER:
                    paren.add(i)
                else:
                    word_cats.setdefault(t.lower(), set()).add(i)
        # the scan reports the longest trigger at a position: one that contains another at a
        # word start ("co-founded" holds "founded") stands for that one's categories too
        for w, cats in word_cats.items():
            for other, other_cats in word_cats.items():
                if other != w and _contains_at_word_start(w, other):
                    cats |= other_cats
        self._word_cats = {w: frozenset(c) for w, c in word_cats.items()}
        self._paren_cats = frozenset(paren)
        # a "(" + year hit is a trigger word for the categories that have no other trigger
        with_words = set().union(*word_cats.values()) if word_cats else set()
        self._paren_as_words = frozenset(paren - with_words)
        words = sorted(self._word_cats, key=len, reverse=True)
        # one trie-shaped regex of all triggers, run on the lower-cased text: measured faster
        # than one str.find pass per trigger (or per shared substring) from about 20 triggers on
        self._word_rx = re.compile(trie_regex(words)) if words else None
        self._paren_rx = re.compile(_PAREN_RX) if paren else None
        # the trie tries every position whose character starts a trigger; a few rare
        # characters, each searched with its own literal-led regex, say where triggers can be
        if use_hyperscan is None:
            use_hyperscan = hyperscan_available()
        scannable = bool(words) and "" not in self._word_cats
        self._hyperscan = (
            _HyperscanTriggers(words) if use_hyperscan and _hs is not None and scannable else None
        )
        self._pivot_rxs = _pivot_regexes(words) if scannable and not self._hyperscan else None

    def hits(self, text: str) -> Iterator[tuple[int, frozenset[int]]]:
        """(position, category indexes) of every trigger occurrence, in text order: the
        leftmost-longest, non-overlapping trigger matches that start a word (are not preceded
        by a letter, or start with a non-letter themselves), then "(" + year."""
        out: list[tuple[int, frozenset[int]]] = []
        if self._word_rx is not None:
            low = lower_same_length(text)
            wc = self._word_cats
            rx = self._word_rx
            if self._hyperscan is not None:
                out = [(pos, wc[w]) for pos, w in self._hyperscan.find(low)]
            elif self._pivot_rxs is None:
                out = [(m.start(), wc[m.group(0)]) for m in rx.finditer(low)]
            else:
                for a, b in self._regions(low):
                    out += [(m.start(), wc[m.group(0)]) for m in rx.finditer(low, a, b)]
            # a trigger starts a word: "history" is no "story", "performed" no "formed"; one
            # that starts with a non-letter may follow a word ("-based" of "Denver-based")
            out = [
                h for h in out if not h[0] or not low[h[0] - 1].isalpha() or not low[h[0]].isalpha()
            ]
        if self._paren_rx is not None and "(" in text:
            pc = self._paren_cats
            out.extend((m.start(), pc) for m in self._paren_rx.finditer(text))
            out.sort(key=lambda t: t[0])
        return iter(out)

    def _regions(self, low: str) -> list[tuple[int, int]]:
        """Disjoint spans of ``low`` that contain every trigger occurrence, in text order.

        An occurrence contains its pivot character, where its pivot regex matches unless an
        earlier match of that regex covers it: either way it lies within ``back`` before and
        ``fwd`` after a match. The trie scan, run span by span, then finds what it finds on
        the whole text: no occurrence starts outside a span or leaves its span, so the scan
        enters each span in step.
        """
        spans = [
            (m.start() - back, m.end() + fwd)
            for prx, back, fwd in self._pivot_rxs
            for m in prx.finditer(low)
        ]
        if not spans:
            return spans
        spans.sort()
        out = []
        a, b = spans[0]
        for s, e in spans:
            if s > b:
                out.append((max(a, 0), b))
                a = s
            if e > b:
                b = e
        out.append((max(a, 0), b))
        return out

    def candidates(self, text: str) -> list[Candidate]:
        """Sentence windows around trigger hits, merged, in text order.

        Each window is :func:`window` around its hit. The boundary matches are scanned once
        for nearby hits: a cache holds the true boundaries among the whole-text matches that
        start in ``[scan_lo, scan_to)``, and a hit whose window starts within it extends it
        (``scan_to`` is a safe start or the end of a match, so the scan resumes in step).
        """
        spans: list[list] = []
        last_s = last_e = -1
        n = len(text)
        ends: list[int] = []  # ends (sentence starts) of the true boundaries, ascending
        scan_lo = scan_to = -1
        finditer = _BOUNDARY.finditer
        paren_cats, paren_words = self._paren_cats, self._paren_as_words
        for pos, cats in self.hits(text):
            words = paren_words if cats is paren_cats else cats
            if last_s <= pos < last_e:
                spans[-1][2] |= cats
                spans[-1][3] |= words
                continue
            lo = pos - MAX_BACK
            hi = pos + MAX_FORWARD
            need = _safe_start(text, lo)
            if not scan_lo <= need <= scan_to:
                ends = []
                scan_lo = scan_to = need
            i = bisect.bisect_right(ends, pos)
            if i == len(ends) and scan_to <= hi:
                for m in finditer(text, scan_to):
                    e = m.end()
                    scan_to = e
                    if is_boundary(text, m):
                        ends.append(e)
                        if e > pos:
                            break
                    if m.start() > hi:
                        break
                else:
                    scan_to = n + 1
                i = bisect.bisect_right(ends, pos)
            # (a boundary that starts past ``hi`` ends past it: then min() below gives hi)
            end = ends[i] if i < len(ends) else n
            if i and pos - ends[i - 1] <= MAX_BACK:
                s = ends[i - 1]
            elif pos <= MAX_BACK:
                s = 0
            else:
                sp = text.find(" ", lo, pos)
                s = sp + 1 if sp >= 0 else lo
            e = min(end, hi, n)
            while e > s and text[e - 1].isspace():
                e -= 1
            if spans and s < last_e:  # overlapping windows: merge
                span = spans[-1]
                last_e = span[1] = max(last_e, e)
                span[2] = span[2] | cats
                span[3] = span[3] | words
            else:
                spans.append([s, e, cats, words])
                last_s, last_e = s, e
        return [Candidate(s, e, frozenset(c), frozenset(w)) for s, e, c, w in spans]


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """The sentence containing ``pos``, bounded to a window of MAX_BACK + MAX_FORWARD chars."""
    lo = max(0, pos - MAX_BACK)
    start = lo
    for m in _BOUNDARY.finditer(text, lo, pos):
        if is_boundary(text, m):
            start = m.end()
    if start == lo and lo > 0:  # no boundary found: start at a word
        sp = text.find(" ", lo, pos)
        start = sp + 1 if sp >= 0 else lo
    hi = min(len(text), pos + MAX_FORWARD)
    end = hi
    for m in _BOUNDARY.finditer(text, pos, hi):
        if is_boundary(text, m):
            end = m.start() + 1 if m.group(0) != "\n" else m.start()
            break
    return start, end


def boundaries(text: str) -> list[int]:
    """Positions where a sentence starts (after a full stop that ends one, or a newline)."""
    out = []
    for m in _BOUNDARY.finditer(text):
        if is_boundary(text, m):
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
