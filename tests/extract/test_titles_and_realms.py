"""Two name forms:

- right after a work noun a title may start with a word that usually starts a sentence: "her
  2004 debut album Where I Belong", "the 1963 children 's book Where the Wild Things Are",
  "the 2004 film , Born to Fight" — but such a word alone is no title ("his book On a tile");
- a monarch's realm after one name and a regnal number is part of the name ("Philip III of
  France", "King Philip V of Spain", "Dedi I of Lusatia"), and not a surname ("Natalya
  Alexeyevna of Russia ( 1714–1728 )" is not Catherine I of Russia's life); a generational
  suffix is no regnal number ("Cornelius Vanderbilt III of the Vanderbilt family", "Henry W.
  McGee III of New York").

The untokenised sentences are cut from the enwiki-2021 sample (Wikipedia, CC BY-SA), the
tokenised ones from Re-DocRED's dev split (Wikipedia, CC BY-SA); the titles are their
documents' titles.
"""

from __future__ import annotations

import pytest
from extracted_facts import facts

from singleton.evaluate import without_realm


@pytest.mark.parametrize(
    ("title", "text", "fact", "stated"),
    [
        (
            "Rachel Proctor",
            "This song , which peaked at number 24 on the country charts , was the first of four "
            "singles from her 2004 debut album Where I Belong .",
            ("publication_date", "where i belong", "2004"),
            True,
        ),
        (
            "Young Wild Things Tour",
            "Inspired by Maurice Sendak 's 1963 children 's book Where the Wild Things Are , the "
            "concert tour included sets designed by artist Rob Dobi , containing images from the "
            "book .",
            ("author", "where the wild things are", "maurice sendak"),
            True,
        ),
        (
            "Dan Chupong",
            "He then went on to leading roles in the 2004 film , Born to Fight and 2006 film "
            "Dynamite Warrior .",
            ("publication_date", "born to fight", "2004"),
            True,
        ),
        (
            "Ratan Lal Brahmachary",
            "His academic book My Tryst With Big Cats is quite popular among tiger studies "
            "scholars.",
            ("author", "my tryst with big cats", "ratan lal brahmachary"),
            True,
        ),
        (
            "Javier Viveros",
            "The Tokyo publisher Happa-no-kofu published a Japanese translation of the haikus in "
            "his book On a tile.",
            ("author", "on", "javier viveros"),
            False,
        ),
        # realms
        (
            "Pierre de Chelles",
            "Pierre de Chelles was also the author of the tomb effigy of Philip III of France "
            "(1245–1285).",
            ("birth_date", "philip iii of france", "1245"),
            True,
        ),
        (
            "War of the Quadruple Alliance",
            "The War of the Quadruple Alliance ( 1717 – 1720 ) was a result of the ambitions of "
            "Bourbon King Philip V of Spain , his wife , Elisabeth Farnese , and his chief "
            "minister Giulio Alberoni to retake territories in Italy lost to the Habsburgs in "
            "Vienna .",
            ("spouse", "philip v of spain", "elisabeth farnese"),
            True,
        ),
        (
            "Adela of Louvain (died 1083)",
            "Eckbert died in 1068, and the following year, Adela married Dedi I of Lusatia.",
            ("spouse", "adela of louvain", "dedi i of lusatia"),
            True,
        ),
        (
            "Anna Ivanovna Kramer",
            "She was introduced to the Imperial Russian court by Apraksin, and became favored by "
            "Peter the Great and Catherine I of Russia, who appointed her lady-in-waiting and "
            "chief of the household of Grand Duchess Natalya Alexeyevna of Russia (1714–1728).",
            ("birth_date", "catherine i of russia", "1714"),
            False,
        ),
        (
            "Marshall Orme Wilson",
            'His sister Grace Graham Wilson married Cornelius "Neily" Vanderbilt III of the '
            "Vanderbilt family.",
            ("spouse", "grace graham wilson", "cornelius vanderbilt iii"),
            True,
        ),
        (
            "Henry W. McGee",
            "Honor Serena Wadsworth McGee, the daughter of Celia B. McGee and Henry W. McGee III "
            "of New York, was married Saturday evening to Jay Russell Lundy Jr.",
            ("spouse", "celia b mcgee", "henry w mcgee iii"),
            True,
        ),
    ],
)
def test_title_and_realm_forms(
    title: str, text: str, fact: tuple[str, str, str], stated: bool
) -> None:
    assert (fact in facts(text, title)) is stated


def test_evaluation_compares_monarchs_without_their_realm() -> None:
    assert without_realm("gustav iii of sweden") == "gustav iii"
    assert without_realm("philip v of spain") == without_realm("philip v")
    # only after a regnal number: "adela of louvain" is a whole name
    assert without_realm("adela of louvain") == "adela of louvain"
