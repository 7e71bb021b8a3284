"""The prefilter's fast trigger scan finds exactly the hits and windows of the plain one.

The fast scan looks for a few rare pivot characters first and runs the trigger trie only on the
spans around them; windows share one boundary scan between nearby hits. The reference here is
the plain scan: the trie over the whole lower-cased text, and :func:`window` around each hit.
"""

from __future__ import annotations

import random

import pytest

from singleton.categories import PAREN_TRIGGER, Category, load_categories
from singleton.extract import Extractor
from singleton.extract.prefilter import (
    Candidate,
    Prefilter,
    hyperscan_available,
    lower_same_length,
    window,
)


def reference_hits(pf: Prefilter, text: str) -> list[tuple[int, frozenset[int]]]:
    out: list[tuple[int, frozenset[int]]] = []
    if pf._word_rx is not None:
        low = lower_same_length(text)
        out = [(m.start(), pf._word_cats[m.group(0)]) for m in pf._word_rx.finditer(low)]
        # a word's start, or a trigger that starts with a non-letter ("-based")
        out = [(s, c) for s, c in out if s == 0 or not low[s - 1].isalpha() or not low[s].isalpha()]
    if pf._paren_rx is not None:
        out += [(m.start(), pf._paren_cats) for m in pf._paren_rx.finditer(text)]
        out.sort(key=lambda t: t[0])
    return out


def reference_candidates(pf: Prefilter, text: str) -> list[Candidate]:
    # a "(" + year hit is a trigger word only for the categories with no other trigger
    paren_words = {
        i
        for i, c in enumerate(pf.categories)
        if PAREN_TRIGGER in c.triggers and set(c.triggers) == {PAREN_TRIGGER}
    }
    spans: list[list] = []
    last_s = last_e = -1
    for pos, cats in reference_hits(pf, text):
        words = paren_words & cats if cats is pf._paren_cats else set(cats)
        if last_s <= pos < last_e:
            spans[-1][2] |= cats
            spans[-1][3] |= words
            continue
        s, e = window(text, pos)
        if spans and s < last_e:
            span = spans[-1]
            last_e = span[1] = max(last_e, e)
            span[2] = span[2] | cats
            span[3] = span[3] | words
        else:
            spans.append([s, e, cats, words])
            last_s, last_e = s, e
    return [Candidate(s, e, frozenset(c), frozenset(w)) for s, e, c, w in spans]


def _cat(name: str, triggers: tuple[str, ...]) -> Category:
    return Category(name, "", "person", "date", 1, "?", triggers=triggers)


ODD = [
    _cat("a", ("born", "stubborn", "or", "b", "x-y", "ph. d", PAREN_TRIGGER)),
    _cat("b", ("İstanbul", "straße", "ΣΟΦΙΑ", "born in", "in", "nn", "aa", "aaa")),
    _cat("c", ("founded", "co-founded", "unde", "found", "de", "s", "story", "tory")),
]


BACKENDS = ["regex"] + (["hyperscan"] if hyperscan_available() else [])


@pytest.fixture(
    scope="module", params=[(c, b) for c in ("builtin", "odd") for b in BACKENDS], ids=str
)
def pf(request) -> Prefilter:
    cats, backend = request.param
    pf = Prefilter(
        load_categories() if cats == "builtin" else ODD, use_hyperscan=backend == "hyperscan"
    )
    assert (pf._hyperscan is not None) == (backend == "hyperscan")
    return pf


def _texts(pf: Prefilter, n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    words = sorted({t for c in pf.categories for t in c.triggers if t != PAREN_TRIGGER})
    pieces = words + [w.upper() for w in words[:20]] + [
        " ", "  ", ". ", ".\n", "\n", "Dr. ", "(1900", " ( 1963 – ", ") ", "x" * 40, "a", "b",
        "İ", "ß", "Σ", "ς", "\u0301", "K. ", "U.S. ", '." ', "?) ", "e", "d", "y", "-", "'s",
    ]  # fmt: skip
    out = []
    for _ in range(n):
        k = rnd.choice([3, 20, 200, 2000])
        out.append("".join(rnd.choices(pieces, k=rnd.randint(0, k))))
    return out


def test_hits_equal_plain_scan(pf: Prefilter) -> None:
    for text in _texts(pf, 400, seed=3):
        assert list(pf.hits(text)) == reference_hits(pf, text), text[:200]


def test_candidates_equal_plain_windows(pf: Prefilter) -> None:
    for text in _texts(pf, 300, seed=5):
        assert pf.candidates(text) == reference_candidates(pf, text), text[:200]


def test_dense_and_sparse_hits_in_a_long_text(pf: Prefilter) -> None:
    rnd = random.Random(9)
    parts = []
    for _ in range(400):
        parts.append(rnd.choice(["Smith was born in Paris. ", "He founded it", "(1950 – 2000) "]))
        parts.append(rnd.choice(["", " ", "x" * rnd.randint(0, 2000), ".\n", "Dr. "]))
    text = "".join(parts)
    assert pf.candidates(text) == reference_candidates(pf, text)


def test_a_paren_hit_alone_runs_only_the_patterns_that_need_one() -> None:
    cats = load_categories(["birth_date", "publication_date"])
    pf = Prefilter(cats, use_hyperscan=False)
    (cand,) = pf.candidates("Ada Smith (1900–1980) was a chemist.")
    assert cand.categories == {0, 1} and cand.word_categories == set()
    (cand,) = pf.candidates("Ada Smith was born in 1900 (see 1234).")
    assert cand.word_categories == {0}
    # "the 1967 movie Camelot" is found where "movie" is, not only next to a "(" + year
    ex = Extractor(cats)
    rows = ex.extract(["Nero played Lancelot in the 1967 movie Camelot."], ["d"], [None])
    assert rows.column("value").to_pylist() == ["1967"]
    # a category whose only trigger is "(" + year keeps all its patterns
    own = Category(
        "paren_only", "", "person", "date", 1, "?", triggers=(PAREN_TRIGGER,),
        patterns=(r"{SUBJ:NAME} flourished in {VALUE:YEAR}",),
    )  # fmt: skip
    found = Extractor([own]).extract(
        ["Ada Smith flourished in 1900 ( see 1234 )."], ["d"], [None]
    )
    assert found.column("value").to_pylist() == ["1900"]
