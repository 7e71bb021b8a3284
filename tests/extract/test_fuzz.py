"""Arbitrary Unicode never crashes the normalisers or extract(), and outputs stay well-formed."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from singleton.extract import extract
from singleton.extract.normalize import canonical_key, normalize_date, parse_iso, place_key

ISO = re.compile(r"^-?\d{4}(?:-\d{2}(?:-\d{2})?)?~?$")
# text that reaches the patterns: trigger words and lead parentheses mixed with noise
_piece = st.sampled_from(
    [
        "born",
        "died",
        "(",
        ")",
        "–",
        " ",
        ",",
        "1963",
        "13 March",
        "in Paris",
        "He",
        "Jane Doe",
        "founded",
        "married",
        "capital of",
        "novel by",
        "c.",
        "BC",
        "\n",
        ".",
        "graduated from",
        "University",
        "headquartered in",
        '"',
        "–88",
    ]
)
texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(_piece, st.text(max_size=5)), max_size=40).map("".join),
)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=80))
def test_normalisers_total(s: str) -> None:
    d = normalize_date(s)
    assert d is None or (ISO.match(d) and parse_iso(d) is not None)
    assert isinstance(canonical_key(s), str)
    assert isinstance(place_key(s), str)


@settings(max_examples=150, deadline=None)
@given(st.lists(texts, max_size=3), st.one_of(st.none(), st.text(max_size=30)))
def test_extract_total(docs: list[str], title: str | None) -> None:
    t = extract(docs, [str(i) for i in range(len(docs))], None, [title] * len(docs))
    for r in t.to_pylist():
        assert r["subject"].strip()
        assert r["value"].strip()
        if r["category"].endswith("_date"):
            assert ISO.match(r["value"]), r
        doc = docs[int(r["doc_id"])]
        assert 0 <= r["char_start"] < r["char_end"] <= len(doc)
