from __future__ import annotations

from pathlib import Path

import pytest

from singleton.categories import (
    BUILTIN_CATEGORIES,
    Category,
    describe_categories,
    load_categories,
)
from singleton.errors import UserError
from singleton.extract import extract

TWELVE = [
    "birth_date",
    "death_date",
    "birth_place",
    "death_place",
    "founding_date",
    "founder",
    "spouse",
    "author",
    "publication_date",
    "headquarters",
    "capital",
    "educated_at",
]


def test_builtins() -> None:
    assert list(BUILTIN_CATEGORIES) == TWELVE
    for c in BUILTIN_CATEGORIES.values():
        assert isinstance(c, Category)
        assert c.answer_space >= 1 and "{subject}" in c.question and c.triggers and c.patterns
    assert BUILTIN_CATEGORIES["birth_date"].answer_space == 364
    rows = describe_categories(load_categories())
    assert [r["name"] for r in rows] == TWELVE
    assert set(rows[0]) == {
        "name",
        "description",
        "subject_kind",
        "value_kind",
        "answer_space",
        "question",
    }


def test_select_and_unknown() -> None:
    assert [c.name for c in load_categories(["capital", "spouse"])] == ["capital", "spouse"]
    with pytest.raises(UserError, match="unknown category nope.*known: birth_date"):
        load_categories(["nope"])


def _write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def _one_category(
    tmp_path: Path, name: str, subject_kind: str, value_kind: str, trigger: str, more: str
) -> list[Category]:
    """A category file with one category (its description, question and answer space made up)
    and ``more`` TOML lines (its patterns), loaded."""
    p = _write(
        tmp_path,
        "c.toml",
        f"""
[categories.{name}]
description = "{name}"
subject_kind = "{subject_kind}"
value_kind = "{value_kind}"
answer_space = 100
question = "Which {name} for {{subject}}?"
triggers = ["{trigger}"]
{more}
""",
    )
    return load_categories([name], p)


def test_toml_file_adds_category(tmp_path: Path) -> None:
    p = _write(
        tmp_path,
        "categories.toml",
        r"""
[categories.nickname]
description = "Nickname of a person"
subject_kind = "person"
value_kind = "person"
answer_space = 1000
question = "What is {subject}'s nickname?"
triggers = ["nicknamed"]
patterns = ['{SUBJ:NAMEP}{_},?{_}nicknamed{_}["“]?{VALUE:NAME}']

[categories.capital]
answer_space = 20
""",
    )
    cats = {c.name: c for c in load_categories(None, p)}
    assert "nickname" in cats and cats["capital"].answer_space == 20
    assert cats["capital"].patterns == BUILTIN_CATEGORIES["capital"].patterns
    t = extract(
        ["Jane Doe, nicknamed Big Tom, was a painter."], ["a"], [cats["nickname"]], ["Jane Doe"]
    )
    assert t.column("value").to_pylist() == ["big tom"]


def test_list_item_reads_the_next_items(tmp_path: Path) -> None:
    cats = _one_category(
        tmp_path,
        "premiere",
        "work",
        "date",
        "plays",
        r"""patterns = ['plays{_}{SUBJ:WORK}{_}\({_}{VALUE:YEAR}{_}\)']
list_item = '{_}(?:,{_}(?:and{_})?|and{_}){SUBJ:WORK}{_}\({_}{VALUE:YEAR}{_}\)'""",
    )
    t = extract(["She wrote the plays Cargo (1930), Cell (1932) and Dawn (1935)."], ["a"], cats)
    assert sorted(zip(t.column("subject").to_pylist(), t.column("value").to_pylist())) == [
        ("cargo", "1930"),
        ("cell", "1932"),
        ("dawn", "1935"),
    ]


def test_list_items_may_share_the_matchs_subject(tmp_path: Path) -> None:
    # {SUBJ:SAME}: every spouse of the list is his (enwiki-2021 sample, *Skule Waksvik*); a
    # category that is not symmetric gives no reverse
    cats = _one_category(
        tmp_path,
        "wed",
        "person",
        "person",
        "married",
        r"""patterns = ['{SUBJ:NAMEP}{_}was{_}married{_}three{_}times,{_}first{_}to{_}textile{_}artist{_}{VALUE:NAME}']
list_item = ',{_}(?:and{_})?(?:then|finally){_}to{_}{SUBJ:SAME}{VALUE:NAME}'""",
    )
    text = (
        "Skule Waksvik (22 July 1927 – 18 October 2008) was a Norwegian sculptor. He was married "
        "three times, first to textile artist Karin Sundbye, then to Aasa Lageraaen, and finally "
        "to Cathrine Stang."
    )
    t = extract([text], ["a"], cats, ["Skule Waksvik"])
    assert sorted(zip(t.column("subject").to_pylist(), t.column("value").to_pylist())) == [
        ("skule waksvik", "aasa lageraaen"),
        ("skule waksvik", "cathrine stang"),
        ("skule waksvik", "karin sundbye"),
    ]


def test_list_items_may_share_the_matchs_value(tmp_path: Path) -> None:
    # {VALUE:SAME}: every title of the list is hers (enwiki-2021 sample, *A. M. Bakalar*)
    cats = _one_category(
        tmp_path,
        "novelist",
        "work",
        "person",
        "novels are",
        r"""patterns = ['{VALUE:PRON}{_}novels{_}are{_}(?P<subj>"[^"]+")']
list_item = '{_}\({_}\d{4}{_}\){_}and{_}(?P<subj>"[^"]+"){VALUE:SAME}'""",
    )
    text = (
        "A. M. Bakalar (born 3 March 1975, birth name: Joanna Zgadzaj) is a Polish author, "
        'writing in English. Her novels are "Madame Mephisto" (2012) and "Children of Our Age" '
        "(2017)."
    )
    t = extract([text], ["a"], cats, ["A. M. Bakalar"])
    assert sorted(zip(t.column("subject").to_pylist(), t.column("value").to_pylist())) == [
        ("children of our age", "am bakalar"),
        ("madame mephisto", "am bakalar"),
    ]


def test_a_slot_may_be_a_raw_named_group(tmp_path: Path) -> None:
    # a value that needs more than one block: the style stays part of the name
    cats = _one_category(
        tmp_path,
        "consort",
        "person",
        "person",
        "and queen",
        r"""patterns = ['(?P<subj>King\s{NAME}){_}and{_}(?P<value>Queen\s{NAME})']""",
    )
    t = extract(["It was visited by King Edward VII and Queen Alexandra in 1903."], ["a"], cats)
    assert t.column("subject").to_pylist() == ["edward vii"]
    assert t.column("value_text").to_pylist() == ["Queen Alexandra"]


def test_an_empty_main_group_keeps_only_the_documents_own_subject(tmp_path: Path) -> None:
    # any words before "is" are the subject, counted only when they are the title
    cats = _one_category(
        tmp_path,
        "composer",
        "work",
        "person",
        "composed by",
        r"""patterns = ['^(?P<main>)(?P<subj>[^.;]{1,80}?){_}is{_}a{_}[a-z ]{0,40}?"""
        r"""composed{_}by{_}{VALUE:NAME}']""",
    )
    lead = "A Little Night Music is a serenade composed by Wolfgang Amadeus Mozart."
    other = "In Vienna the piece is a serenade composed by Wolfgang Amadeus Mozart."
    t = extract([lead, other], ["a", "b"], cats, ["A Little Night Music", "Serenade No. 13"])
    assert t.column("doc_id").to_pylist() == ["a"]
    assert t.column("subject").to_pylist() == ["a little night music"]


def test_yaml_file(tmp_path: Path) -> None:
    p = _write(
        tmp_path,
        "c.yaml",
        """
categories:
  - name: motto
    description: Motto of an organisation
    subject_kind: organization
    value_kind: work
    answer_space: 100
    question: "What is the motto of {subject}?"
    triggers: [motto]
    patterns: ['{SUBJ:ORGP}{_}motto{_}is{_}{VALUE:WORK}']
""",
    )
    assert [c.name for c in load_categories(["motto"], p)] == ["motto"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("answer_space = -3", "category 'x': field 'answer_space' must be a positive integer"),
        ("answer_space = 'many'", "field 'answer_space' must be a positive integer"),
        ("subject_kind = 'thing'", "field 'subject_kind' must be one of"),
        ("patterns = ['{SUBJ:NAME} born']", "field 'patterns' item 1: pattern has no {VALUE"),
        ("patterns = ['{VALUE:DATE}(']", "field 'patterns' item 1: not a valid regular"),
        ("patterns = ['{VALUE:BOGUS}']", "unknown block"),
        ("colour = 'red'", "unknown field 'colour'"),
        ("question = 'When?'", "field 'question' must contain '{subject}'"),
        ("symmetric = 'yes'", "field 'symmetric' must be true or false"),
        ("value_list = 1", "field 'value_list' must be true or false"),
        ("subject_not_after = ['(?<=in\\s']", "field 'subject_not_after': invalid regular"),
        ("list_item = 3", "field 'list_item' must be a pattern string"),
        ("list_item = ',{_}{SUBJ:NAME}'", "field 'list_item': pattern has no {VALUE"),
        ("list_item = ',{_}{VALUE:DATE}'", "field 'list_item' must have a SUBJ and a VALUE"),
    ],
)
def test_validation_names_the_field(tmp_path: Path, body: str, message: str) -> None:
    base = {
        "description": "'d'",
        "subject_kind": "'person'",
        "value_kind": "'date'",
        "answer_space": "10",
        "question": "'When {subject}?'",
        "triggers": "['born']",
        "patterns": "['{SUBJ:NAME} born {VALUE:DATE}']",
    }
    key = body.split("=")[0].strip()
    base[key] = body.split("=", 1)[1].strip()
    text = "[categories.x]\n" + "\n".join(f"{k} = {v}" for k, v in base.items())
    p = _write(tmp_path, "categories.toml", text)
    with pytest.raises(UserError) as e:
        load_categories(None, p)
    assert str(e.value).startswith("categories.toml: ")
    assert message in str(e.value)


def test_bad_files(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="cannot read"):
        load_categories(None, tmp_path / "missing.toml")
    with pytest.raises(UserError, match="not valid TOML"):
        load_categories(None, _write(tmp_path, "a.toml", "[categories"))
    with pytest.raises(UserError, match=".toml, .yaml or .yml"):
        load_categories(None, _write(tmp_path, "a.txt", ""))
    with pytest.raises(UserError, match="top-level 'categories'"):
        load_categories(None, _write(tmp_path, "b.toml", "x = 1"))
