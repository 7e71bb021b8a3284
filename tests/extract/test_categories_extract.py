"""Per category: a real sentence (or short passage) from the shared data, with the facts it must
yield (``test_fixture_sentences``, from ``tests/fixtures``), and the forms the extraction issue
names, written out as it writes them ("Founded in 1998, Y …", "Z is a 1998 novel by W"):
``test_constructed_forms`` is the only place with constructed sentences, and says so."""

from __future__ import annotations

import pyarrow as pa
import pytest

from singleton.categories import BUILTIN_CATEGORIES
from singleton.extract import EXTRACTOR_VERSION, Extractor, extract
from singleton.mentions import MENTION_SCHEMA


def _facts(table: pa.Table) -> set[tuple[str, str, str]]:
    return {(r["category"], r["subject"], r["value"]) for r in table.to_pylist()}


def test_fixture_sentences(sentences: list[dict]) -> None:
    covered = set()
    for s in sentences:
        got = _facts(extract([s["text"]], ["d"], None, [s["title"]]))
        want = {tuple(e) for e in s["expect"]}
        assert got == want, s["title"]
        covered |= {e[0] for e in want}
    assert set(BUILTIN_CATEGORIES) <= covered  # every built-in category has a real sentence


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Gaius Julius Caesar ( c. 100 BC – 15 March 44 BC ) was a Roman general.",
            ("death_date", "gaius julius caesar", "-0044-03-15"),
        ),
        (
            "Jane Doe (c. 1500 – 3 May 1550) was an English writer.",
            ("birth_date", "jane doe", "1500~"),
        ),
        ("He died in Paris on 3 May 1990.", ("death_date", "jane doe", "1990-05-03")),
        ("He died in Paris on 3 May 1990.", ("death_place", "jane doe", "paris")),
        (
            "She was born on 4 July 1931 in Boston, Massachusetts.",
            ("birth_place", "jane doe", "boston"),
        ),
        (
            "Founded in 1998, Acme Widgets is a maker of widgets.",
            ("founding_date", "acme widgets", "1998"),
        ),
        (
            "The Acme Company was established in 1901 by John Smith.",
            ("founding_date", "acme company", "1901"),
        ),
        (
            "The Acme Company was co-founded by John Smith in 1901.",
            ("founder", "acme company", "john smith"),
        ),
        (
            "The Dark Tower is a 1998 novel by Stephen King.",
            ("author", "dark tower", "stephen king"),
        ),
        (
            "The Dark Tower is a 1998 novel by Stephen King.",
            ("publication_date", "dark tower", "1998"),
        ),
        ("In 1990 she married John Smith in London.", ("spouse", "jane doe", "john smith")),
        ("Berlin is the capital of Germany.", ("capital", "germany", "berlin")),
        # a place whose name ends as a people's adjective, before a kind of place
        ("Lansing is the capital of Michigan state.", ("capital", "michigan", "lansing")),
        (
            "Acme Inc. is a software company headquartered in Austin, Texas.",
            ("headquarters", "acme", "austin"),
        ),
        (
            "She graduated from Stanford University in 1953.",
            ("educated_at", "jane doe", "stanford university"),
        ),
    ],
)
def test_constructed_forms(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in _facts(extract([text], ["d"], None, ["Jane Doe"]))


def test_a_later_possessive_of_an_unnamed_relative_names_no_one() -> None:
    # (constructed from *Edward Hope Kirkby*'s "His father, George Williams Kirkby, was migrating
    # … with his second wife", without the name: the sample has no such sentence) the father's
    # wife is no one's the document can count
    text = "His father was migrating to Australia with his second wife, Mary Ann Collins."
    facts = _facts(extract([text], ["d"], None, ["John Kirkby"]))
    assert not any(f[0] == "spouse" for f in facts), facts
    # (a relative of the other gender leaves "his" the document's person's)
    text = "His mother was living in Perth when his wife, Mary Ann Collins, was born."
    facts = _facts(extract([text], ["d"], None, ["John Kirkby"]))
    assert ("spouse", "john kirkby", "mary ann collins") in facts, facts


def test_a_span_right_after_near_the_is_no_life() -> None:
    # (constructed from *Sussex in the High Middle Ages*' "the churches at New Shoreham (c
    # 1120-1150)": the enwiki sample has no "near the" form) "near the " is the longest run of
    # words before a name that makes it a place's or a body's
    text = "Notable churches stood near the New Shoreham (c 1120-1150) and Rye."
    facts = _facts(extract([text], ["d"], None, ["Jane Doe"]))
    assert not any(f[1] == "new shoreham" for f in facts), facts


@pytest.mark.parametrize(
    ("title", "text", "place"),
    [
        (
            "Alan Loehle",
            "Born in Chicago, Illinois, Loehle received his B.F.A. from the University of Georgia "
            "in 1975.",
            "Chicago, Illinois",
        ),
        (
            "Abhishek Vinod",
            "Born in Chennai, Abhishek finished schooling at Kola Saraswathi Vaishnav Senior "
            "Secondary School.",
            "Chennai",
        ),
        # (the sentence's subject written with a middle name the title lacks)
        (
            "Jackson Sargent",
            "Born on December 29, 1842 in Stowe, Vermont, Jackson George Sargent was a son of "
            "Jeremiah Sargent (1814–1888) and Sophronia P. (Robinson) Sargent (1814-1886).",
            "Stowe, Vermont",
        ),
        # (a body's name may hold its place: "HP Israel … headquartered in Ra'anana, Israel")
        ("HP Israel", "HP Israel is headquartered in Ra'anana, Israel.", "Ra'anana, Israel"),
    ],
)
def test_a_place_as_written_ends_before_the_sentences_subject(
    title: str, text: str, place: str
) -> None:
    rows = extract([text], ["d"], None, [title]).to_pylist()
    (row,) = [r for r in rows if r["category"] in ("birth_place", "headquarters")]
    assert row["value_text"] == place


@pytest.mark.parametrize(
    ("title", "text", "category", "place", "key"),
    [
        # a place's initials and a "St." inside its name belong to it
        (
            "Michael W. Twitty",
            "Twitty was born in Washington, D.C. in 1977.",
            "birth_place",
            "Washington, D.C.",
            "washington dc",
        ),
        (
            "Albert Clayton Dalton",
            "Dalton died on 24 March 1957 in Washington D.C. and was buried in Arlington "
            "National Cemetery.",
            "death_place",
            "Washington D.C.",
            "washington dc",
        ),
        (
            "Bernadine Newsom Denning",
            "She died at the age of 80 after suffering a heart attack at home in Port St. Lucie, "
            "Florida.",
            "death_place",
            "Port St. Lucie, Florida",
            "port saint lucie",
        ),
        (
            "Grace Wilson Melvin",
            "Grace Wilson Melvin died in Vancouver, B.C., on March 8, 1977.",
            "death_place",
            "Vancouver, B.C.",
            "vancouver",
        ),
        # (and a lone capital before a full stop starts a name, not a place's last part)
        (
            "Samson Gunapandian",
            "Born in Nazareth, Tamil Nadu, S.Gunapandian played for the Indian football national "
            "team.",
            "birth_place",
            "Nazareth, Tamil Nadu",
            "nazareth",
        ),
    ],
)
def test_a_places_initials_are_its_own(
    title: str, text: str, category: str, place: str, key: str
) -> None:
    rows = [r for r in extract([text], ["d"], None, [title]).to_pylist() if r["category"] == category]
    assert [(r["value_text"], r["value"]) for r in rows] == [(place, key)]


def test_schema_offsets_and_order() -> None:
    texts = ["x", "", "Jarred Shaw (born September 28, 1990) is a player. He died in 2050."]
    t = extract(texts, ["a", "b", "c"])
    assert t.schema == MENTION_SCHEMA
    for r in t.to_pylist():
        assert r["doc_id"] == "c"
        span = texts[2][r["char_start"] : r["char_end"]]
        assert r["value_text"] in span
        assert len(r["snippet"]) <= 200
    assert extract(texts, ["a", "b", "c"]).equals(t)  # deterministic
    assert EXTRACTOR_VERSION


def test_no_trigger_no_rows_and_empty_batch() -> None:
    assert extract(["Nothing to see here."], ["a"]).num_rows == 0
    assert extract([], []).num_rows == 0


def test_long_document_is_windowed() -> None:
    filler = "Lorem ipsum dolor sit amet. " * 200_000  # ~5.6 MB, far above spaCy's max_length
    text = filler + "Jarred Shaw (born September 28, 1990) is a player. " + filler
    t = Extractor(["birth_date"]).extract([text], ["big"])
    rows = t.to_pylist()
    assert [(r["subject"], r["value"]) for r in rows] == [("jarred shaw", "1990-09-28")]
    assert text[rows[0]["char_start"] : rows[0]["char_end"]].startswith("Jarred Shaw")


def test_category_names_accepted_and_mismatch_rejected() -> None:
    t = extract(["Jarred Shaw (born September 28, 1990) is a player."], ["a"], ["birth_date"])
    assert set(t.column("category").to_pylist()) == {"birth_date"}
    with pytest.raises(ValueError):
        extract(["a"], [])


def test_value_stop_applies_to_person_values() -> None:
    # founder's stop list: an institution or nationality word does not start a founder's name
    ex = Extractor(["founder"])
    text = "British Petroleum founded the Anglo Persian Oil Company in 1909."
    assert ex.extract([text], ["d"]).num_rows == 0
    got = _facts(ex.extract([text.replace("British Petroleum", "John Smith")], ["d"]))
    assert got == {("founder", "anglo persian oil company", "john smith")}


def test_degree_abbreviation_does_not_end_the_sentence() -> None:
    # "Ph.D." is written mid-sentence; the school after it belongs to the same statement
    text = "Lee received his Ph.D. from Stanford University in 1985."
    got = _facts(Extractor(["educated_at"]).extract([text], ["d"], ["Bruce Lee"]))
    assert ("educated_at", "bruce lee", "stanford university") in got
