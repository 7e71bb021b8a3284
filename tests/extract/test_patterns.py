"""Building blocks of the pattern language (singleton.extract.patterns)."""

from __future__ import annotations

import random
import re

from singleton.categories import BUILTIN_CATEGORIES
from singleton.extract import extract
from singleton.extract.patterns import _ERA, _YEAR_NUM, YEAR, expand


def test_year_block_matches_as_its_plain_form() -> None:
    # YEAR is written to start with one character class (so that year-led anchors scan fast);
    # it must match exactly what its plain form matches, where and as long as it does
    plain = re.compile(rf"(?:(?:AD\s)?{_YEAR_NUM}(?!\d){_ERA}?|\d{{1,4}}{_ERA})")
    fast = re.compile(YEAR)
    pieces = ["1", "2", "9", "0", "١", "A", "D", " ", "B", "C", "E", ".", "x", "-",
              "1990", "44 BC", "AD 79", "AD ", "12", "c. 1500", "B.C."]  # fmt: skip
    rnd = random.Random(3)
    for _ in range(20_000):
        text = "".join(rnd.choices(pieces, k=rnd.randint(1, 8)))
        assert [m.span() for m in fast.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ], text
    assert fast.fullmatch("AD 790") and fast.fullmatch("44 BC") and fast.fullmatch("1990")
    assert not fast.fullmatch("19901")


def test_a_month_opens_a_name_unless_a_date_is_written() -> None:
    from singleton.extract.patterns import strip_name_openers

    def strip(name: str, before: str = "") -> str:  # the name written right after ``before``
        return strip_name_openers(name, before + name, len(before))

    # a given name that is also a month
    assert strip("Jan Philipp Reemtsma", "was born on 6 November 1982 to ") == (
        "Jan Philipp Reemtsma"
    )
    assert strip("June Carter Cash") == "June Carter Cash"
    assert strip("May Haims", "He married ") == "May Haims"
    # a date's month: after a day, a preposition, another opener, or with its full stop
    assert strip("May Smith", "On 5 ") == "Smith"
    assert strip("May Smith", "the 5th of ") == "Smith"
    assert strip("June Smith", "in early ") == "Smith"
    assert strip("In May Smith") == "Smith"
    assert strip("Jan. Smith") == "Smith"
    assert strip("After Smith") == "Smith"


def test_a_preposition_after_an_optional_run_starts_a_word() -> None:
    # "(?:…{0,60}?\s?)??(?:in|at)\s?" with an optional space lets "in" be the end of the word
    # before: "Great Sampford" read as "Gre" + "at Sampford", "Ghulam Mohiuddin Wani" as a birth
    # in "Wani" (enwiki-2021 sample). Every such preposition must start a word: no run of
    # characters ("{0,60}", "*", "+", lazy or not, maybe closing optional groups), then an
    # optional space, then a group (maybe in a look-ahead) whose first word is one of them.
    space = r"(?:\(\?:\\s\?\)|\\s\?)"
    unguarded = re.compile(
        r"(?:\{\d+,\d+\}|[*+])\??(?:\)[?*]{0,2})*" + space + r"(?:\)[?*]{0,2})*"
        r"(?:\(\?:," + space + r"\)\?\??)?(?:\(\?=)?(?:\(\?:)+"
        r"(?:[a-z]+\|)*(?:in|at|on|from)(?![a-z])"
    )
    for cat in BUILTIN_CATEGORIES.values():
        for text in map(expand, cat.patterns):
            m = unguarded.search(text)
            assert m is None, f"{cat.name}: {text[max(0, m.start() - 80) : m.end() + 20]}"
    # and the built-in sentences read right
    rows = extract(
        [
            "Colin Lingwood Mallows (born 10 September 1930, Great Sampford, Essex) is an "
            "English statistician, who has worked in the United States since 1960."
        ],
        ["d"],
        titles=["Colin Lingwood Mallows"],
    ).to_pylist()
    assert {r["value"] for r in rows if r["category"] == "birth_place"} == {"great sampford"}


def test_a_romance_body_name_runs_in_sentence_case() -> None:
    # after a French, Spanish, Portuguese or Italian body's head noun, lower-case words belong
    # to the name until an English one (enwiki-2021 sample; Re-DocRED dev)
    from singleton.extract.patterns import ORG

    def orgs(text: str) -> list[str]:
        return [m.group() for m in re.finditer(ORG, text) if not m.group().isdigit()]

    assert orgs("In 1998 , she founded the Collège international de Tunis .") == [
        "Collège international de Tunis"
    ]
    assert orgs("Levi attended the Liceo classico Tito Livio in Padua.") == [
        "Levi",
        "Liceo classico Tito Livio",
        "Padua",
    ]
    assert orgs("He studied at the École de guerre between 1905 and 1907.") == ["École de guerre"]
    assert orgs("She studied at the Institut pédagogique there.") == ["Institut pédagogique"]
    # a name in title case is read as before
    assert orgs("at the Université de Montréal and at McGill") == [
        "Université de Montréal",
        "McGill",
    ]
