"""A child's parents are a couple (spouse, both directions):

- "the son of A and B", and now also "born … to A and B", "his parents were A and B", a
  grandchild's "grandson of A and B", and a trade before the names ("the daughter of actors A and
  B", "of actress A and former model B");
- both names are whole and of two words or more: "George R. and Sarah Parkinson (Shaw)
  Russell", "Nelle Vesta (Hayes) and R" and "Alden Avery and Lucinda Miller (Brown) Avery" share
  a surname the names do not show, and a lone "Joseph" would be read as another Joseph of the
  text;
- a trade word before the second name only when one stands before the first: "the son of
  Invertebrate Biologist and author Ralph Buchsbaum" names one parent; "the son of Philip Lehman
  and the grandson of Emanuel Lehman" names no couple.

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
            "Chauncey B. Brewster",
            "Brewster was born in Windham , Connecticut , to the Reverend Joseph Brewster and "
            "Sarah Jane Bunce Brewster .",
            ("spouse", "sarah jane bunce brewster", "joseph brewster"),
            True,
        ),
        (
            "Eleonora Vallone",
            "Born in Rome , the daughter of actors Raf Vallone and Elena Varzi , she made her "
            "film debut in 1979 .",
            ("spouse", "raf vallone", "elena varzi"),
            True,
        ),
        # a nationality and joined trades before each name
        (
            "Ernesto D'Alessio",
            "He is son of Mexican singer and actress Lupita D'Alessio and the singer and actor "
            "Jorge Vargas .",
            ("spouse", "lupita d'alessio", "jorge vargas"),
            True,
        ),
        (
            "Catherine Rückwardt",
            "Born Catherine Beckmann in Los Angeles, the daughter of the conductor and pianist "
            "Irvin Beckmann and the singer Judith Beckmann, Rückwardt studied violin.",
            ("spouse", "irvin beckmann", "judith beckmann"),
            True,
        ),
        (
            "Frank Yerby",
            "Yerby was born in Augusta, GA on October 15, 1921 to Rufus Garvin Yerby (1886–1961) "
            "and Wilhelmina Ethel Yerby (née Smythe) (1888–1960).",
            ("spouse", "rufus garvin yerby", "wilhelmina ethel yerby"),
            True,
        ),
        (
            "Giuseppe Pietri",
            "His parents were Angelo Francesco Pietri (1784–1848) and Giulia Pietri (1786–1853).",
            ("spouse", "giulia pietri", "angelo francesco pietri"),
            True,
        ),
        (
            "Tom Manheim",
            "He is the son of actress Camryn Manheim and former model Jeffrey Brezovar.",
            ("spouse", "camryn manheim", "jeffrey brezovar"),
            True,
        ),
        (
            "James Laurens Van Alen",
            "He was a grandson of William Backhouse Astor Jr. and Caroline Schermerhorn Astor.",
            ("spouse", "william backhouse astor jr", "caroline schermerhorn astor"),
            True,
        ),
        (
            "Thomas de Grey",
            "He was the eldest surviving son of Thomas de Grey and Elizabeth Windham, daughter "
            "of William Windham of Felbrigg.",
            ("spouse", "thomas de grey", "elizabeth windham"),
            True,
        ),
        (
            "Anita Lind",
            "She was born in Arendal to Anna Theresie Larsen and Jean Emil Lange, and was "
            "married to painter and sculptor Victor Lind.",
            ("spouse", "anna theresie larsen", "jean emil lange"),
            True,
        ),
        (
            "Leonard Rainbird",
            "He was born on 22 May 1905, the son of Leonard Rainbird and Sarah Rainbird nee Meadus.",
            ("spouse", "leonard rainbird", "sarah rainbird"),
            True,
        ),
        # a surname the names share without showing it
        (
            "William Russell",
            "Russell was born in Dorchester, Massachusetts to George R. and Sarah Parkinson "
            "(Shaw) Russell.",
            ("spouse", "george r", "sarah parkinson"),
            False,
        ),
        (
            "Grace Sartwell",
            "Grace Sartwell was born in Port Allegany, Pennsylvania, the daughter of Stephen C. "
            "and Rose F. Thompson Sartwell.",
            ("spouse", "stephen c", "rose f thompson sartwell"),
            False,
        ),
        (
            "Dana True Merrill",
            "Dana True Merrill was born in East Auburn, Maine, the son of Daniel Cummings Merrill "
            "and Mary Adelaide (Noyes) Merrill.",
            ("spouse", "daniel cummings merrill", "mary adelaide"),
            False,
        ),
        (
            "Patricia Bailey",
            "She was the second child of Nelle Vesta (Hayes) and Robert L. Bailey.",
            ("spouse", "nelle vesta", "robert l bailey"),
            False,
        ),
        # a lone given name
        (
            "Joseph Cliff",
            "Joseph Cliff was born in 1842 to Joseph and Alice Cliff.",
            ("spouse", "joseph cliff", "alice cliff"),
            False,
        ),
        # one parent described, or a parent and a grandparent
        (
            "Tom Buchsbaum",
            "He is the son of Invertebrate Biologist and author Ralph Buchsbaum.",
            ("spouse", "invertebrate biologist", "ralph buchsbaum"),
            False,
        ),
        (
            "Robert Lehman",
            "His father is the son of Philip Lehman and the grandson of Emanuel Lehman.",
            ("spouse", "philip lehman", "emanuel lehman"),
            False,
        ),
        (
            "Sean Flanagan",
            "He is the son of former Irish Minister and Mayo Gaelic footballer Seán Flanagan.",
            ("spouse", "irish minister", "mayo gaelic"),
            False,
        ),
        # "to" inside a word, and no birth
        (
            "Egbo",
            "Born in Brent, London, Egbo began his youth career with hometown club Hackney JFC "
            "and Afewee Urban before joining Crystal Palace.",
            ("spouse", "hackney jfc", "afewee urban"),
            False,
        ),
        (
            "Dan Chupong",
            "He was born to a wealthy family in Boston and Mary Smith was his teacher.",
            ("spouse", "boston", "mary smith"),
            False,
        ),
    ],
)
def test_parents_are_a_couple(
    title: str, text: str, fact: tuple[str, str, str], stated: bool
) -> None:
    found = facts(text, title)
    assert (fact in found) is stated, sorted(found)
    if stated:  # both directions
        assert (fact[0], fact[2], fact[1]) in found

