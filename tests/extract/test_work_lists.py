"""Works with their years in a list, and the work a role is in:

- publication_date's ``list_item`` reads the items after a "Title (YEAR)" match: "guest
  appearances in the series Ironside (2013) and Chasing Life (2014)" dates both;
- a maker of two or more words in the possessive is no part of the title ("William Kennedy 's
  Legs ( 1975 )" is Legs), a title that starts with "The" keeps its own possessive ("The French
  Lieutenant 's Woman");
- a list of people or awards with years is no list of works ("played with … Eric Silk (1953)",
  "Order of the Red Star (1946)"), and "played" is no "play";
- "starred in", "appeared in", "roles in", "debut in" before an unquoted title: the title is the
  work, not another word's object;
- and two founding forms found among the same misses: a legal form after a comma is part of an
  organisation's name ("GWS USA , LLC", keyed without it), and a military "formation" is an
  organisation.

The untokenised sentences are cut from the enwiki-2021 sample (Wikipedia, CC BY-SA), the
tokenised ones from Re-DocRED's dev split (Wikipedia, CC BY-SA); the titles are their
documents' titles.
"""

from __future__ import annotations

import pytest
from extracted_facts import facts


@pytest.mark.parametrize(
    ("title", "text", "fact", "stated"),
    [
        (
            "Jessica Ritter",
            "This was followed by guest appearances in the series Ironside (2013) and Chasing "
            "Life (2014).",
            ("publication_date", "chasing life", "2014"),
            True,
        ),
        (
            "Alexander Rose (author)",
            "His narrative nonfiction books include \"The Last of the Tribe\" (2010), \"Between "
            "Man and Beast\" (2013), and \"A Brotherhood of Spies\" (2018).",
            ("publication_date", "a brotherhood of spies", "2018"),
            True,
        ),
        (
            "Historiographic metafiction",
            "Works often described as examples include : E. L. Doctorow 's Ragtime ( 1975 ) , "
            "William Kennedy 's Legs ( 1975 ) , Salman Rushdie 's Midnight 's Children ( 1981 ) .",
            ("publication_date", "legs", "1975"),
            True,
        ),
        (
            "Historiographic metafiction",
            "Works often described as examples include : E. L. Doctorow 's Ragtime ( 1975 ) , "
            "William Kennedy 's Legs ( 1975 ) , Salman Rushdie 's Midnight 's Children ( 1981 ) .",
            ("publication_date", "william kennedy's legs", "1975"),
            False,
        ),
        (
            "Historiographic metafiction",
            "Works often described as examples include : E. L. Doctorow 's Ragtime ( 1975 ) , "
            "William Kennedy 's Legs ( 1975 ) , Salman Rushdie 's Midnight 's Children ( 1981 ) .",
            ("publication_date", "midnight's children", "1981"),
            True,
        ),
        (
            "Historiographic metafiction",
            "Works include : John Fowles ' The French Lieutenant 's Woman ( 1969 ) , E. L. "
            "Doctorow 's Ragtime ( 1975 ) .",
            ("publication_date", "french lieutenant's woman", "1969"),
            True,
        ),
        # people and awards are no works
        (
            "Bob Wallis",
            "He played with Mick Colliers' Chicago Rhythm Kings (1952), Eric Silk (1953) and Stan "
            "Sowden (1955).",
            ("publication_date", "eric silk", "1953"),
            False,
        ),
        (
            "Nikita Bogoslovsky",
            "Among his many honorary titles and State awards were People 's Artist of the USSR "
            "( 1983 ) , Order of the Red Banner of Labour ( 1971 ) , and Order of the Red Star "
            "( 1946 ) .",
            ("publication_date", "order of the red star", "1946"),
            False,
        ),
        # the work a role is in
        (
            "Ko Joo-yeon",
            "She has gained attention in the Korean film industry for her roles in Blue Swallow "
            "( 2005 ) and The Fox Family ( 2006 ) .",
            ("publication_date", "blue swallow", "2005"),
            True,
        ),
        (
            "Ko Joo-yeon",
            "She has gained attention in the Korean film industry for her roles in Blue Swallow "
            "( 2005 ) and The Fox Family ( 2006 ) .",
            ("publication_date", "fox family", "2006"),
            True,
        ),
        (
            "Vineeth Sreenivasan",
            "Vineeth made his acting debut in Cycle ( 2008 ) , and since then he has acted in "
            "numerous films .",
            ("publication_date", "cycle", "2008"),
            True,
        ),
        # an organisation's legal form after a comma, and a military formation
        (
            "GWS USA",
            "GWS USA , LLC was established in January 2004 to improve distribution of GWS "
            "products in North America .",
            ("founding_date", "gws usa", "2004-01"),
            True,
        ),
        (
            "Lark Force",
            "Lark Force was an Australian Army formation established in March 1941 during World "
            "War II for service in New Britain and New Ireland .",
            ("founding_date", "lark force", "1941-03"),
            True,
        ),
    ],
)
def test_work_lists(title: str, text: str, fact: tuple[str, str, str], stated: bool) -> None:
    assert (fact in facts(text, title)) is stated
