"""Sentence boundaries of the prefilter: a full stop ends a sentence unless it ends an initial,
a person's initials or an abbreviation."""

from __future__ import annotations

import pytest

from singleton.extract.prefilter import boundaries


def starts(text: str) -> list[str]:
    return [text[b:].split(" ", 1)[0] for b in boundaries(text)]


@pytest.mark.parametrize(
    ("text", "sentence_starts"),
    [
        # a person's initials, run together or not, do not end a sentence
        ("Born in 1833 in North Carolina, W.C. Bowman was a minister. He died.", ["He"]),
        ("It was led by J.R.R. Tolkien in 1950. He died.", ["He"]),
        ("It was led by J. R. R. Tolkien in 1950. He died.", ["He"]),
        # a place's initialism, or a band's lower-case one, often does
        ("He moved to Washington, D.C. He died there.", ["He"]),
        ("It is an album by g.o.d. Released in 2005, it sold well.", ["Released"]),
        ("He retired. In 1990 he died.", ["In"]),
        # but no initialism ends one before a lower-case word; an ellipsis may
        ("Air Italy (registered as AIR ITALY S.p.A.) was an airline. It flew.", ["It"]),
        ("Imbrie was born in Washington, D.C. on April 23, 1883. He died.", ["He"]),
        ("Vasika... kalispera sas () is a 1982 film.", ["kalispera"]),
        # a question or exclamation mark before a lower-case word is a title's own (enwiki-2021
        # sample; Re-DocRED dev)
        ("Nailed It! is an American Netflix original series. The series is a bake-off.", ["The"]),
        ("They Shoot Horses , Do n't They ? is a 1969 film . It won .", ["It"]),
        ('"Avan Pithana?" was released on 29 April 1966. It ran.', ["It"]),
        ("Who? Nobody knows. Is it? Yes!", ["Nobody", "Is", "Yes!"]),
        # a paragraph ends every sentence, after an abbreviation or an initial too
        ("It owned Youthcraft Coats and Suits, Inc.\nAfter graduating, Kent went on.", ["After"]),
        ("Early life and World War I.\nBorn in Lymington, he was educated.", ["Born"]),
    ],
)
def test_sentence_starts(text: str, sentence_starts: list[str]) -> None:
    assert starts(text) == sentence_starts
