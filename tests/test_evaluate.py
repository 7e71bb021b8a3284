"""Evaluation against Re-DocRED dev and the WikiBio sample (skipped without ../shared/data)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from singleton.categories import BUILTIN_CATEGORIES
from singleton.errors import UserError
from singleton.evaluate import (
    date_matches,
    evaluate_redocred,
    evaluate_wikibio,
    redocred_text,
)


def _shared_data() -> Path:
    env = os.environ.get("SINGLETON_SHARED_DATA")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[1] / ".." / "shared" / "data"


DATA = _shared_data()
REDOCRED = DATA / "redocred" / "dev_revised.json"
needs_redocred = pytest.mark.skipif(
    not REDOCRED.is_file(),
    reason=f"Re-DocRED dev not found at {REDOCRED} (set SINGLETON_SHARED_DATA)",
)

KEYS = {"gold", "predicted", "correct", "precision", "recall", "f1"}
# Targets from the issue. Categories listed in SHORT are below target today (gold facts that are
# mostly implicit or cross-sentence); they are reported, and xfail instead of hiding.
TARGETS = {"birth_date": (0.95, 0.85), "death_date": (0.95, 0.85)}
OTHER_TARGET = (0.90, 0.60)
SHORT = {
    "founding_date",
    "founder",
    "spouse",
    "author",
    "publication_date",
    "headquarters",
    "capital",
}


def _counts(tmp_path: Path, doc: dict, category: str) -> tuple[int, int, int]:
    """(gold, predicted, correct) of ``category`` on a one-document Re-DocRED file."""
    p = tmp_path / "doc.json"
    p.write_text(json.dumps([doc]), encoding="utf-8")
    row = evaluate_redocred(p, [category])["categories"][category]
    return row["gold"], row["predicted"], row["correct"]


def _redocred_doc(
    title: str,
    sentences: list[str],
    entities: list[list[str | tuple[str, int]]],
    labels: list[tuple[int, int, str]],
) -> dict:
    """A one-document Re-DocRED record. ``sentences`` are space-tokenised; each entity lists
    its mentions, a name (in the first sentence) or (name, sentence index), and each mention's
    token positions are those of its name in that sentence; each label is (head, tail,
    Wikidata property), its evidence the sentences of the tail's mentions."""
    sents = [s.split() for s in sentences]

    def mention(m: str | tuple[str, int]) -> dict:
        name, sent_id = (m, 0) if isinstance(m, str) else m
        words, tokens = name.split(), sents[sent_id]
        start = next(i for i in range(len(tokens)) if tokens[i : i + len(words)] == words)
        return {"name": name, "sent_id": sent_id, "pos": [start, start + len(words)]}

    vertex_set = [[mention(m) for m in entity] for entity in entities]
    return {
        "title": title,
        "sents": sents,
        "vertexSet": vertex_set,
        "labels": [
            {"h": h, "t": t, "r": r, "evidence": sorted({m["sent_id"] for m in vertex_set[t]})}
            for h, t, r in labels
        ],
    }


def test_date_matching_rules() -> None:
    assert date_matches("1963-03-13", "1963")
    assert date_matches("1963-03-13", "13 March 1963")
    assert not date_matches("1963", "13 March 1963")
    assert date_matches("1500~", "1500")
    assert date_matches("1968-02-23", "February 23 , 1968 )")


def test_malformed_files(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="no such file"):
        evaluate_redocred(tmp_path / "nope.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(UserError, match="not valid JSON"):
        evaluate_redocred(bad)
    bad.write_text(json.dumps([{"title": "x"}]), encoding="utf-8")
    with pytest.raises(UserError, match="Re-DocRED format"):
        evaluate_redocred(bad)
    with pytest.raises(UserError, match="no \\*.box"):
        evaluate_wikibio(tmp_path)


def test_tiny_redocred_file(tmp_path: Path) -> None:
    doc = _redocred_doc(
        "Jane Doe",
        ["Jane Doe ( born 13 March 1963 ) is a poet ."],
        [["Jane Doe"], ["13 March 1963"]],
        [(0, 1, "P569")],
    )
    p = tmp_path / "tiny.json"
    p.write_text(json.dumps([doc]), encoding="utf-8")
    r = evaluate_redocred(p)
    assert set(r) == {"categories", "micro"}
    assert r["categories"]["birth_date"] == {
        "gold": 1,
        "predicted": 1,
        "correct": 1,
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
    }


def test_person_value_referring_to_title_matches(tmp_path: Path) -> None:
    # the reverse spouse fact is counted under the title's key ("Anthony Steel"); the gold tail
    # is spelled "Anthony Maitland Steel": both name the document's subject
    sentence = (
        "Anthony Maitland Steel ( 21 May 1920 – 21 March 2001 ) was an English actor best "
        "known for his marriage to Anita Ekberg ."
    )
    doc = _redocred_doc(
        "Anthony Steel (actor)",
        [sentence],
        [["Anthony Maitland Steel"], ["Anita Ekberg"]],
        [(0, 1, "P26"), (1, 0, "P26")],
    )
    assert _counts(tmp_path, doc, "spouse") == (2, 2, 2)


def test_a_place_split_in_two_mentions_is_one_name(tmp_path: Path) -> None:
    # Re-DocRED dev, *National Turkey Federation*: "Washington , D.C." is one place annotated as
    # two mentions, "Washington" and "D.C."; the extracted "Washington , D.C." names it
    sentence = (
        "The National Turkey Federation ( NTF ) is the non - profit national trade association "
        "based in Washington , D.C. , United States , representing the turkey industry and its "
        "allies and affiliates ."
    )
    doc = _redocred_doc(
        "National Turkey Federation",
        [sentence],
        [["National Turkey Federation"], ["Washington", "D.C."]],
        [(0, 1, "P159")],
    )
    assert _counts(tmp_path, doc, "headquarters") == (1, 1, 1)


def test_a_name_cut_by_the_sentence_splitter_is_one_name(tmp_path: Path) -> None:
    # Re-DocRED dev, *Cranks and Shadows*: the splitter ends a sentence after "K.C.", and "K.C."
    # and "Constantine" are two mentions of the author, side by side (global positions 11, 12)
    text = "Cranks and Shadows is a crime novel by the American writer K.C. | Constantine set in"
    first, second = (part.split() for part in text.split(" | "))
    doc = {
        "title": "Cranks and Shadows",
        "sents": [first, second],
        "vertexSet": [
            [{"name": "Cranks and Shadows", "sent_id": 0, "pos": [0, 3], "global_pos": [0, 2]}],
            [
                {"name": "Constantine", "sent_id": 1, "pos": [0, 1], "global_pos": [12, 12]},
                {"name": "K.C.", "sent_id": 0, "pos": [11, 12], "global_pos": [11, 11]},
            ],
        ],
        "labels": [{"h": 0, "t": 1, "r": "P50", "evidence": [0, 1]}],
    }
    assert _counts(tmp_path, doc, "author") == (1, 1, 1)
    # mentions apart in the text make no name together
    doc["vertexSet"][1][1]["global_pos"] = [9, 9]
    assert _counts(tmp_path, doc, "author") == (1, 1, 0)


def test_a_work_named_with_its_maker_is_its_title(tmp_path: Path) -> None:
    # Re-DocRED dev, *Bernard Cribbins*: the film's one mention is "Alfred Hitchcock 's Frenzy";
    # its title, the extracted subject, is "Frenzy"
    sentence = (
        "Cribbins narrated The Wombles , a BBC children 's television programme that ran for 60 "
        "episodes between 1973 and 1975 , and played the pretentious guest Mr. Hutchinson in \" "
        "The Hotel Inspectors \" episode of Fawlty Towers ( 1975 ) , and the belligerent barman in "
        "Alfred Hitchcock 's Frenzy ( 1972 ) ."
    )
    doc = _redocred_doc(
        "Bernard Cribbins",
        [sentence],
        [["Alfred Hitchcock 's Frenzy"], ["1972"]],
        [(0, 1, "P577")],
    )
    assert _counts(tmp_path, doc, "publication_date") == (1, 1, 1)
    # a maker's name alone is no title
    doc["vertexSet"][0][0]["name"] = "Alfred Hitchcock 's"
    assert _counts(tmp_path, doc, "publication_date") == (1, 1, 0)


def test_a_list_of_works_reads_past_an_item_without_its_title(tmp_path: Path) -> None:
    # Re-DocRED dev, *Frédéric Talgorn*: one item lost its title in the dump, "( 1990 )"; the
    # list goes on past it
    sentence = (
        "Notable film scores include Edge of Sanity ( 1989 ) , ( 1990 ) , Robot Jox ( 1990 ) , "
        "Fortress ( 1992 ) and The Temp ( 1993 ) ."
    )
    doc = _redocred_doc(
        "Frédéric Talgorn",
        [sentence],
        [["Robot Jox"], ["Fortress"], ["The Temp"], ["1990"], ["1992"], ["1993"]],
        [(0, 3, "P577"), (1, 4, "P577"), (2, 5, "P577")],
    )
    assert _counts(tmp_path, doc, "publication_date") == (3, 4, 3)


def test_a_lead_cut_before_its_closing_parenthesis_is_a_line(tmp_path: Path) -> None:
    # Re-DocRED dev, *Kerstin Thorborg*: the first sentence is the name and life alone, so the
    # second opens a line ("Born in …"), as after a heading; "( … . )" still ends a sentence
    first = "Kerstin Thorborg ( May 19 , 1896 - April 12 , 1970 )"
    second = (
        "Born in Venjan , Sweden , the contralto Kerstin Thorborg was one of the best dramatic "
        "Wagnerian singers in the two decades between 1930 and 1950 ."
    )
    doc = _redocred_doc(
        "Kerstin Thorborg",
        [first, second],
        [["Kerstin Thorborg", ("Kerstin Thorborg", 1)], [("Venjan", 1)]],
        [(0, 1, "P19")],
    )
    assert redocred_text(doc) == f"{first}\n{second}"
    assert _counts(tmp_path, doc, "birth_place") == (1, 1, 1)
    closed = {"sents": [["(", "It", "was", "2007", ".", ")"], ["Born", "in", "Venjan", "."]]}
    assert redocred_text(closed) == "( It was 2007 . ) Born in Venjan ."


@pytest.fixture(scope="module")
def redocred() -> dict:
    return evaluate_redocred(REDOCRED)


@needs_redocred
def test_redocred_contract(redocred: dict) -> None:
    assert set(redocred["categories"]) == set(BUILTIN_CATEGORIES)  # the twelve: test_categories
    for row in [*redocred["categories"].values(), redocred["micro"]]:
        assert set(row) == KEYS


@needs_redocred
@pytest.mark.parametrize("category", sorted(set(TARGETS) | SHORT))
def test_redocred_targets(redocred: dict, category: str, request: pytest.FixtureRequest) -> None:
    row = redocred["categories"][category]
    if category not in TARGETS and row["gold"] < 20:
        pytest.skip("fewer than 20 gold facts")
    p_min, r_min = TARGETS.get(category, OTHER_TARGET)
    if category in SHORT:
        request.applymarker(
            pytest.mark.xfail(reason='below target, see README "Measured quality"', strict=False)
        )
    assert row["precision"] >= p_min and row["recall"] >= r_min, row


# floors just under the measured figures (README, "Measured quality"): a change that loses ground on
# any category fails here even while the category is still below its target
FLOORS = {
    "birth_date": (0.98, 0.90),
    # 119 of 123: the extra prediction since 1.210.0 is a true fact the gold lacks ("Johan
    # Mølmann Anderson Lysholm Angell ( 1820 – 88 )", *Henrik Angell*)
    "death_date": (0.96, 0.845),
    "birth_place": (0.97, 0.64),
    "death_place": (0.95, 0.61),
    "founding_date": (0.90, 0.27),
    # 12 of 16: the extra prediction since 1.27.0 is a true fact the gold lacks ("She was a
    # co-founder of the art collective Material Exchange", *Sara Black*)
    "founder": (0.74, 0.32),
    "spouse": (0.84, 0.19),
    "publication_date": (0.90, 0.42),
    # 57 of 60: one extra prediction since 1.225.0 is a true fact under the title's spelling
    # (*Hooshang Seyhoun*'s École nationale supérieure des Beaux-Arts; the gold says "Houshang")
    "educated_at": (0.94, 0.68),
    "author": (0.95, 0.16),
}


@needs_redocred
@pytest.mark.parametrize("category", sorted(FLOORS))
def test_redocred_floors(redocred: dict, category: str) -> None:
    row = redocred["categories"][category]
    p_min, r_min = FLOORS[category]
    assert row["precision"] >= p_min and row["recall"] >= r_min, row
    assert redocred["micro"]["precision"] >= 0.89, redocred["micro"]


@pytest.mark.skipif(not (DATA / "wikibio-sample").is_dir(), reason="WikiBio sample not found")
def test_wikibio_runs() -> None:
    r = evaluate_wikibio(DATA / "wikibio-sample")
    assert set(r["categories"]) == {"birth_date", "birth_place"}
    assert r["categories"]["birth_date"]["precision"] >= 0.8
