"""A month is also a given name: "Jan Smuts", "June Carter Cash", "Anna May Wong", "married May
Ellen Garner". A name's leading month is dropped only where a date is written ("On 5 May Smith
died", "In May Smith was"), and a month inside a name only before a digit ("Boston May 5").

The sentences are cut from the enwiki-2021 sample (Wikipedia, CC BY-SA), some shortened.
"""

from __future__ import annotations

import pytest
from extracted_facts import facts


@pytest.mark.parametrize(
    ("title", "text", "fact", "stated"),
    [
        (
            "Jan Smuts",
            "Jan Smuts (24 May 1870 – 11 September 1950) was a South African statesman.",
            ("birth_date", "jan smuts", "1870-05-24"),
            True,
        ),
        (
            None,
            "Anna May Wong (January 3, 1905 – February 3, 1961) was an American actress.",
            ("death_date", "anna may wong", "1961-02-03"),
            True,
        ),
        (
            "Johann Scheerer",
            "Johann Scheerer was born on 6 November 1982 to Jan Philipp Reemtsma and Ann-Kathrin "
            "Scheerer in Henstedt-Ulzburg, and grew up in Hamburg.",
            ("spouse", "jan philipp reemtsma", "ann kathrin scheerer"),
            True,
        ),
        (
            "Albert Clayton Dalton",
            "Albert Clayton Dalton was an engineer. In 1948 he married May Ellen Garner.",
            ("spouse", "albert clayton dalton", "may ellen garner"),
            True,
        ),
        (
            "Albert Clayton Dalton",
            "Albert Clayton Dalton was an engineer. In 1948 he married May Ellen Garner.",
            ("spouse", "albert clayton dalton", "ellen garner"),
            False,
        ),
        # a month in a date is no name
        (
            "John Smith",
            "John Smith was a painter. He died in Paris on 5 May 1901.",
            ("death_date", "john smith", "1901-05-05"),
            True,
        ),
    ],
)
def test_a_month_is_also_a_given_name(
    title: str | None, text: str, fact: tuple[str, str, str], stated: bool
) -> None:
    found = facts(text, title)
    assert (fact in found) is stated, sorted(found)
