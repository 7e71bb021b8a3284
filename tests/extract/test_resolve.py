from __future__ import annotations

from singleton.extract import extract
from singleton.extract.resolve import DocResolver, compatible, strip_disambiguator


def test_strip_disambiguator() -> None:
    assert strip_disambiguator("Willi Schneider (skeleton racer)") == "Willi Schneider"


def test_compatible_names() -> None:
    assert compatible('Wilfried " Willi " Schneider', "Willi Schneider")
    assert compatible("Schneider", "Willi Schneider")
    assert compatible("Henrik August Angell", "Henrik Angell")
    assert compatible("Newell Convers Wyeth", "N. C. Wyeth")
    assert compatible("Jefferson Madeira da Silva", "Jefferson Madeira")
    assert not compatible("Drew Scott", "Jonathan Scott")
    assert not compatible("Smith", "Madonna")  # a one-word main name absorbs nothing else


def test_resolver_pronoun_surname_and_unknown() -> None:
    r = DocResolver("Willi Schneider (skeleton racer)")
    assert r.resolve("He", "person") == ("Willi Schneider", "willi schneider")
    assert r.resolve("Schneider", "person") == ("Willi Schneider", "willi schneider")
    assert r.resolve(None, "person") == ("Willi Schneider", "willi schneider")
    assert r.resolve("Müller", "person") is None  # lone unknown surname: not counted
    assert r.resolve("Anna Müller", "person") == ("Anna Müller", "anna muller")
    assert r.resolve("Müller", "person") == ("Anna Müller", "anna muller")


def test_no_title_first_full_name_is_main() -> None:
    text = (
        "Jarred Shaw (born September 28, 1990) is an American basketball player. "
        "He died in Montevideo in 2050."
    )
    rows = extract([text], ["a"]).to_pylist()
    facts = {(r["category"], r["subject"], r["value"]) for r in rows}
    assert ("death_date", "jarred shaw", "2050") in facts
    assert ("death_place", "jarred shaw", "montevideo") in facts


def test_facts_counted_under_title() -> None:
    text = (
        'Wilfried " Willi " Schneider ( born 13 March 1963 in Mediaș , Transylvania ) is a '
        "German skeleton racer . Schneider died in Paris on 3 May 2010 ."
    )
    rows = extract([text], ["a"], None, ["Willi Schneider (skeleton racer)"]).to_pylist()
    assert {r["subject"] for r in rows} == {"willi schneider"}
    assert {r["subject_text"] for r in rows} == {"Willi Schneider"}


def test_styled_name_counts_under_the_regnal_name_written_before() -> None:
    # Re-DocRED "Carol II of Romania" (Wikipedia, CC BY-SA): "King Ferdinand" is Ferdinand I
    text = (
        "Carol was the eldest son of Ferdinand I and became crown prince . "
        "King Ferdinand died in 1927 ."
    )
    r = DocResolver("Carol II of Romania", text)
    assert r.resolve("King Ferdinand", "person", text.index("King")) == (
        "Ferdinand I",
        "ferdinand i",
    )
    assert r.resolve("King Ferdinand", "person", 10)[1] == "ferdinand"  # nothing before
