"""The fast mention-building paths give exactly what the plain ones gave.

``plain_canonical_key`` is :func:`singleton.extract.normalize.canonical_key` as it was before
its rewrite (every regex pass on every name, one cache for both title settings), with the later
rule for leading initials added; the fast one
skips the passes whose characters are absent, finds the key words in one ``findall`` and keeps
the words before title stripping in a shared cache. The title keys of :class:`DocResolver` are
made lazily. (The surname look-back, which skips names that cannot hold the word, remembers keys
and answers per document, is compared with a plain scan in ``test_resolve_speed_equivalence``.)
"""

from __future__ import annotations

import html
import random
import re
import unicodedata

import pytest

from singleton.extract.normalize import (
    DEMONYM_ENDINGS,
    GENERATIONAL,
    HONORIFICS,
    OFFICES,
    POST_NOMINALS,
    RANKS,
    ROYAL,
    TRADES,
    TWO_WORD_TITLES,
    canonical_key,
    entity_key,
    fold_latin,
)
from singleton.extract.patterns import NAME
from singleton.extract.resolve import DocResolver

_QUOTED = re.compile(
    r"\s[\"“”„«»]\s*[^\"“”„«»]{1,40}?\s*[\"“”„«»](?=\s)|\s'\s*[^']{1,30}?\s*'(?=\s)"
)
_PARENS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_TOKEN_SPLIT = re.compile(r"[\s,]+")
_PUNCT_EDGE = re.compile(r"^[^\w]+|[^\w]+$")
_INNER_SPACE_HYPHEN = re.compile(r"\s*([-–‐])\s*")
_CLITIC = re.compile(r"(?<=\w) (n['’]t|['’](?:s|re|ll|ve|d|m))(?!\w)", re.IGNORECASE)


def plain_canonical_key(text: str, strip_titles: bool = True) -> str:
    s = unicodedata.normalize("NFKC", text)
    # (since 1.94.0) character references are their characters, a lone "&" is "and"
    s = re.sub(r"(?<!\S)&(?!\S)", " and ", html.unescape(s))
    s = " " + re.sub(r"\s+", " ", s) + " "
    s = _QUOTED.sub(" ", s)
    s = _PARENS.sub(" ", s)
    s = _INNER_SPACE_HYPHEN.sub("-", s)
    if "'" in s or "’" in s:
        s = _CLITIC.sub(r"\1", s)
    s = fold_latin(s.casefold())
    s = s.replace("-", " ")
    toks = [t for t in (_PUNCT_EDGE.sub("", t) for t in _TOKEN_SPLIT.split(s)) if t]
    toks = [t.replace(".", "") if "." in t else t for t in toks]
    toks = [t for t in toks if t]
    # (since 1.55.0) leading one-letter words, initials, run together: "j r r tolkien" -> "jrr"
    n = 0
    while n < len(toks) - 1 and len(toks[n]) == 1 and toks[n].isalpha():
        n += 1
    if n >= 2:
        toks = ["".join(toks[:n]), *toks[n:]]
    if strip_titles:
        # (since 1.76.0) an office's nationality (since 1.112.0 also a trade's), then an
        # office of two words
        if (
            len(toks) > 3
            and (toks[1] in OFFICES or toks[1] in TRADES)
            and toks[0].endswith(DEMONYM_ENDINGS)
            and toks[2] != "of"
        ):
            toks.pop(0)
        if len(toks) > 3 and (toks[0], toks[1]) in TWO_WORD_TITLES:
            del toks[:2]
        while (
            len(toks) > 2
            and toks[0] in HONORIFICS
            or len(toks) > 1
            and (toks[0] in ROYAL or toks[0] in RANKS)
        ):
            toks.pop(0)
        while len(toks) > 1 and toks[-1] in POST_NOMINALS:
            toks.pop()
        toks = [GENERATIONAL.get(t, t) for t in toks]
    return " ".join(toks)


TRICKY_NAMES = [
    "",
    " ",
    "John Smith",
    "  John\u00a0\tSmith ",
    'Wilfried "Willi" Schneider',
    "Wilfried “Willi” Schneider",
    "Wilfried 'Willi' Schneider",
    "O'Brien",
    "Ca n't Stop",
    "It ’s",
    "J. R. R. Tolkien",
    "J.R.R.",
    "...",
    ".,.",
    "Anne Faure - Favier",
    "Anne Faure–Favier",
    "Sir Alex Ferguson",
    "Sir Alex",
    "King Ferdinand",
    "Midshipman Israel",
    "Anna Schmidt PhD",
    "Sammy Davis Junior",
    "Sammy Davis, Jr.",
    "Henry VIII",
    "Karl (the Great) Müller",
    "Karl [1] Müller",
    "Æsir Þór",
    "Nguyễn Văn A",
    "भारत",
    "ﬁne",
    "Ｇomez",
    "Go\u0301mez",
    "İstanbul",
    "Σίσυφος",
    "a_b _c_ __",
    "¨x",
    "x\u2028y",
    "x\x1cy",
    "«Le» Monde",
    "`Bob` O`Brien",
    ",,John,,Smith,,",
    "the University of California, Berkeley",
]


@pytest.mark.parametrize("name", TRICKY_NAMES)
def test_canonical_key_tricky(name: str) -> None:
    for strip in (True, False):
        assert canonical_key(name, strip_titles=strip) == plain_canonical_key(name, strip)


def test_canonical_key_fuzz() -> None:
    rng = random.Random(11)
    alphabet = list("aAbZé ßıİ'’\"“”„«»()[]-–‐ .,_\t\n·ǅﬁ²Ⅻ¨\u0301\u00a0Ｋ") + [
        "n't",
        "'s",
        "Jr.",
        "Sir ",
        "King ",
        " PhD",
        "junior",
        "Ø",
        "Smith",
    ]
    for _ in range(20000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        for strip in (True, False):
            assert canonical_key(s, strip_titles=strip) == plain_canonical_key(s, strip), s


def test_canonical_key_enwiki_names(enwiki_texts) -> None:
    texts = enwiki_texts(150)
    names = {m.group() for t in texts for m in re.finditer(NAME, t)}
    rng = random.Random(3)
    for t in texts:  # arbitrary slices too: punctuation, digits, dates, quotes
        for _ in range(20):
            i = rng.randrange(len(t))
            names.add(t[i : i + rng.randint(1, 40)])
    for s in names:
        for strip in (True, False):
            assert canonical_key(s, strip_titles=strip) == plain_canonical_key(s, strip), s


@pytest.mark.parametrize(
    "title",
    ["Willi Schneider (skeleton racer)", "The Beatles", '"Heroes" (song)', "List of rivers", ""],
)
def test_title_keys_lazy(title: str) -> None:
    r = DocResolver(title or None, "text")
    t = r.main_text or ""
    assert r.title_keys() == ({entity_key(t, k) for k in ("person", "work")} if t else set())
