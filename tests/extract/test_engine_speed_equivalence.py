"""The fast extraction engine finds exactly what the plain one finds.

The plain engine is written out here the way the extractor first worked: one trie regex of all
triggers over the lower-cased text, the sentence boundaries of the whole document, and every
pattern's regex run with ``finditer`` from every position of every candidate sentence of its
categories. The fast engine (``str.find`` needles, boundaries near hits only, required
literals, anchors, start positions) must give the same candidates and the same matches, on the
categories as they are now, so the test keeps holding while the pattern data changes.
"""

from __future__ import annotations

import gzip
import json
import random
import re

import pytest

from singleton.categories import PAREN_TRIGGER, load_categories
from singleton.extract import Extractor
from singleton.extract.patterns import _items, _loosen, anchor_plan, expand, trie_regex
from singleton.extract.prefilter import (
    _PAREN_RX,
    Candidate,
    _bounds_at,
    boundaries,
    lower_same_length,
)


def plain_candidates(ex: Extractor, text: str) -> list[Candidate]:
    word_cats: dict[str, set[int]] = {}
    paren: set[int] = set()
    for i, c in enumerate(ex.categories):
        for t in c.triggers:
            if t == PAREN_TRIGGER:
                paren.add(i)
            else:
                word_cats.setdefault(t.lower(), set()).add(i)
    # a trigger holding another at a word start ("co-founded", "founded") is a hit of both
    word_cats = {
        w: cats.union(
            *(
                word_cats[o]
                for o in word_cats
                for k in range(len(w))
                if o != w and w.startswith(o, k) and (k == 0 or not w[k - 1].isalpha())
            )
        )
        for w, cats in word_cats.items()
    }
    hits: list[tuple[int, set[int]]] = []
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    rx = re.compile(trie_regex(sorted(word_cats, key=len, reverse=True)))
    hits += [(m.start(), word_cats[m.group(0)]) for m in rx.finditer(low)]
    # a word's start, or a trigger that starts with a non-letter ("-based")
    hits = [(s, c) for s, c in hits if s == 0 or not low[s - 1].isalpha() or not low[s].isalpha()]
    hits += [(m.start(), paren) for m in re.finditer(_PAREN_RX, text)] if paren else []
    hits.sort(key=lambda h: h[0])
    # a "(" + year hit is a trigger word only for categories with no other trigger
    with_words = set().union(*word_cats.values()) if word_cats else set()
    bounds = boundaries(text)
    spans: list[tuple[int, int, set[int], set[int]]] = []
    for pos, cats in hits:
        words = set(cats) - with_words if cats is paren else set(cats)
        if spans and spans[-1][0] <= pos < spans[-1][1]:
            spans[-1][2].update(cats)
            spans[-1][3].update(words)
            continue
        s, e = _bounds_at(text, bounds, pos)
        if spans and s < spans[-1][1]:
            ps, pe, pc, pw = spans[-1]
            spans[-1] = (ps, max(pe, e), pc | set(cats), pw | words)
        else:
            spans.append((s, e, set(cats), words))
    return [Candidate(s, e, frozenset(c), frozenset(w)) for s, e, c, w in spans]


def plain_matches(ex: Extractor, text: str) -> list[tuple]:
    out = []
    for ci_idx, cand in enumerate(plain_candidates(ex, text)):
        sent = text[cand.start : cand.end]
        for ci in sorted(cand.categories):
            for rx, plan in zip(ex.compiled[ci], ex.plans[ci], strict=True):
                if ci not in cand.word_categories and not plan[1]:
                    continue  # only "(" + year here: the patterns that need no "(" are not tried
                for m in rx.finditer(sent):
                    out.append((ci_idx, ci, m.span(), tuple(sorted(m.groupdict().items()))))
    return out


def fast_matches(ex: Extractor, text: str) -> list[tuple]:
    return [
        (ci_idx, ci, m.span(), tuple(sorted(m.groupdict().items())))
        for ci_idx, _cand, _sent, ci, m in ex.matches(text)
    ]


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor(load_categories())


def _synthetic(n: int, seed: int = 7) -> list[str]:
    rnd = random.Random(seed)
    pieces = [
        "born", "Born", " (", "(1900", "( 1963 –", " 1920)", ") ", " ", ".", ". ", "\n", "  ",
        "Dr. ", "died", "co-founded", "founded", "Founded in 1998, ", "x" * 30, "a. B", "based in",
        '." ', "?) ", "İ", "ß", "John Smith", " was born on 3 May 1920 in Paris", ", ", "; ",
        " is a 1998 novel by Jane Doe", " married ", " the capital of ", " graduated from Yale",
        " University", "He ", "She ", "Acme Corp", " headquartered in Berlin", "\u2013", "U.S. ",
    ]  # fmt: skip
    return ["".join(rnd.choices(pieces, k=rnd.randint(5, 400))) for _ in range(n)]


def _fixture_texts(sentences: list[dict]) -> list[str]:
    return [s["text"] for s in sentences]


def test_candidates_equal_plain_scan(ex: Extractor, sentences: list[dict]) -> None:
    for text in _fixture_texts(sentences) + _synthetic(120):
        assert ex.prefilter.candidates(text) == plain_candidates(ex, text), text[:200]


def test_matches_equal_plain_regexes(ex: Extractor, sentences: list[dict]) -> None:
    for text in _fixture_texts(sentences) + _synthetic(40, seed=11):
        assert fast_matches(ex, text) == plain_matches(ex, text), text[:200]


def test_long_document_windows_are_bounded(ex: Extractor) -> None:
    # one long string without a sentence end: every window stays within the bounds
    unit = "Smith was born in Paris and lived there " * 10 + "x" * 3000 + " "
    text = unit * (300_000 // len(unit))
    cands = ex.prefilter.candidates(text)
    assert cands and all(c.end - c.start <= 400 + 450 for c in cands)
    assert cands == plain_candidates(ex, text)


def test_anchor_items_split_patterns_correctly() -> None:
    items = _items(expand(r"{SUBJ:NAME}{_}(?:,{_})??was born{_}in{_}{VALUE:PLACE}"))
    joined = "".join(x for x, _ in items)
    assert re.compile(joined).pattern == joined  # compiles
    assert any(x.startswith("was born") for x, _ in items)
    plan = anchor_plan(r"{SUBJ:NAME}{_}was born{_}in{_}{VALUE:PLACE}")
    assert plan.checks and plan.checks[0].pattern.startswith("was born")
    assert plan.lead is None  # a name has no length bound
    plan = anchor_plan(r"(?<![\w,.-]){VALUE:YEAR}{_}film")
    assert plan.lead == 0
    # nothing to split: no plan, the plain regex runs
    assert not anchor_plan(r"(?:a|{VALUE:NAME})").checks


def test_loosened_anchor_accepts_whatever_the_original_accepts() -> None:
    rnd = random.Random(3)
    for original in (
        r"x(?:[a-z]+(?:\s?)(?:-(?:\s?))?){0,4}?y",
        r"x(?:[\w'’-]+(?:\s?)){0,3}?y",
        r"x(?:(?!(?<!a\s)b\s)[\w'’-]+(?:\s?)){0,3}?y",  # each word behind a look-ahead
    ):
        loose = _loosen(original)
        assert loose != original
        o, lo = re.compile(original), re.compile(loose)
        for _ in range(20_000):
            t = "".join(rnd.choice("xyab -'\n") for _ in range(rnd.randint(1, 16)))
            assert lo.search(t) or not o.search(t), t


def test_no_built_in_anchor_check_repeats_a_word_it_can_split(ex: Extractor) -> None:
    # "(?:C+\\s?){m,n}" tries every way of cutting a word into up to n pieces: one such run in
    # author's lead check cost 14 ms on "a one-and-a-half-story house" (1.59.0 to 1.61.0)
    splittable_run = re.compile(r"\]\+(?:\(\?:\\s\?\)|\\s\?)\)\{")
    for category, plans in zip(ex.categories, ex.plans, strict=True):
        for plan in plans:
            for check in plan[4] or ():
                assert not splittable_run.search(check.pattern), (category.name, check.pattern)


def test_word_alternations_become_tries_with_the_same_matches() -> None:
    # a check only asks whether and where first a match starts: a trie of the same words
    # answers the same
    rnd = random.Random(4)
    for _ in range(300):
        pool = ["no", "nov", "novel", "novella", "book", "bo", "a b", "ab", "b", r"Jan\.?",
                "organi[sz]ed", "bo(?:ok|x)?", r"a\.b"]  # fmt: skip
        words = rnd.sample(pool, 4)
        original = "x(?:" + "|".join(words) + ")y?"
        trie = _loosen(original)
        assert trie != original
        o, t = re.compile(original), re.compile(trie)
        for _ in range(60):
            s = "".join(rnd.choice(["x", "y", "no", "v", "el", "la", "bo", "ok", "a", " b", "b",
                                    "Jan", ".", "organi", "s", "z", "ed", "a.b"])
                        for _ in range(rnd.randint(0, 8)))  # fmt: skip
            mo, mt = o.search(s), t.search(s)
            assert (mo is None) == (mt is None), (original, s)
            assert mo is None or mo.start() == mt.start(), (original, s)


def test_lower_same_length_is_the_per_character_fallback() -> None:
    rnd = random.Random(1)
    alphabet = "aAbBΣσςİıIiΑΩ ,.'’-xX\u0301"
    for _ in range(5_000):
        t = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30)))
        low = t.lower()
        if len(low) != len(t):
            low = "".join(c if len(c.lower()) != 1 else c.lower() for c in t)
        assert lower_same_length(t) == low


def test_enwiki_sample_equal(ex: Extractor, shared_data) -> None:
    path = shared_data / "enwiki-2021" / "enwiki_new_docs.jsonl.gz"
    if not path.exists():
        pytest.skip(f"{path} absent")
    texts = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            t = json.loads(line).get("text")
            if isinstance(t, str) and t.strip():
                texts.append(t)
            if len(texts) >= 150:
                break
    for text in texts:
        assert fast_matches(ex, text) == plain_matches(ex, text)


def test_block_markers_give_the_same_literal_sets_as_full_parsing() -> None:
    """The fast literal-set computation (blocks parsed once) equals parsing every pattern whole."""
    from re import _parser as sre_parser  # type: ignore[attr-defined]

    from singleton.categories import BUILTIN_CATEGORIES
    from singleton.extract.core import _mandatory, _required_literal_sets
    from singleton.extract.patterns import compile_pattern

    for category in BUILTIN_CATEGORIES.values():
        for pattern in category.patterns:
            paren, sets = _mandatory(list(sre_parser.parse(compile_pattern(pattern).pattern)))
            uniq = {tuple(sorted(st)) for st in sets}
            full = (paren, tuple(sorted(uniq, key=lambda st: (-min(len(x) for x in st), st))))
            assert _required_literal_sets(pattern) == full, pattern


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"born{_}{VALUE:DATE}", True),  # every date alternative has a digit
        (r"born{_}in{_}{VALUE:YEAR}", True),
        (r"married{_}{VALUE:NAME}", False),
        (r"{VALUE:NAME}[0-9]", True),
        (r"{VALUE:NAME}(?<=\d)", True),  # a lookbehind on a digit: one is in the sentence
        (r"{VALUE:NAME}(?!\d)", False),
        (r"{VALUE:NAME}[\dA]", False),  # "A" is no digit
        (r"{VALUE:NAME}(?:\d|y)", False),  # one alternative needs none
        (r"{VALUE:NAME}(?:\d{2}|1)", True),
        (r"{VALUE:NAME}\d?", False),
        (r"{VALUE:NAME}\d+", True),
    ],
)
def test_needs_digit(pattern: str, expected: bool) -> None:
    from singleton.extract.core import needs_digit

    assert needs_digit(pattern) is expected


def test_block_markers_give_the_same_digit_need_as_full_parsing() -> None:
    from re import _parser as sre_parser  # type: ignore[attr-defined]

    from singleton.categories import BUILTIN_CATEGORIES
    from singleton.extract.core import _items_need_digit, needs_digit
    from singleton.extract.patterns import compile_pattern

    needs = []
    for category in BUILTIN_CATEGORIES.values():
        for pattern in category.patterns:
            full = _items_need_digit(list(sre_parser.parse(compile_pattern(pattern).pattern)))
            assert needs_digit(pattern) is full, pattern
            needs.append(full)
    assert any(needs) and not all(needs)
