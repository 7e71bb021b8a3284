from __future__ import annotations

from pathlib import Path

import pytest

from singleton.errors import UserError
from singleton.recipes import find_recipe, load_recipe, packaged_recipes


def test_packaged_recipes_load_and_validate() -> None:
    recipes = packaged_recipes()
    assert {"sample", "wikipedia-en", "fineweb", "c4-en"} <= set(recipes)
    wiki = load_recipe(recipes["wikipedia-en"])
    assert (wiki.source["dataset"], wiki.source["config"]) == ("wikimedia/wikipedia", "20231101.en")
    assert load_recipe(recipes["fineweb"]).source["config"] == "sample-10BT"
    assert load_recipe(recipes["c4-en"]).source_spec == "allenai/c4"
    assert load_recipe(recipes["sample"]).source_spec is None  # the bundled corpus


def test_find_recipe_by_name_and_path(tmp_path: Path) -> None:
    assert find_recipe("fineweb") == packaged_recipes()["fineweb"]
    assert find_recipe("not-a-recipe-name") is None
    with pytest.raises(UserError, match="no such pipeline file"):
        find_recipe(str(tmp_path / "missing.toml"))


def test_recipe_path_is_relative_to_the_recipe(tmp_path: Path) -> None:
    recipe = tmp_path / "mine.toml"
    recipe.write_text('[source]\npath = "data/*.jsonl"\n[run]\nlimit_docs = 10\n')
    loaded = load_recipe(recipe)
    assert loaded.source_spec == str(tmp_path / "data/*.jsonl")
    assert loaded.run == {"limit_docs": 10}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[source]\ndataset = 'a/b'\n[sorce]\n", r"unknown section \[sorce\]"),
        ("[source]\ndataset = 'a/b'\ncolumn = 'x'\n", r"\[source\] unknown key 'column'"),
        ("[source]\ndataset = 'a/b'\n[run]\nlimit_docs = 'ten'\n", r"limit_docs must be int"),
        ("[source]\ndataset = 'a/b'\npath = 'x'\n", "exactly one of dataset, path, bundled"),
        ("[source]\ndataset = 'a/b'\n[extract]\ncategories = 'some'\n", "categories must be"),
        ("[source]\ndataset = 'a/b'\n[run]\nengine = 'spark'\n", "engine must be"),
        ("[source\n", "not valid TOML"),
    ],
)
def test_invalid_recipes_name_the_field(tmp_path: Path, text: str, message: str) -> None:
    recipe = tmp_path / "bad.toml"
    recipe.write_text(text)
    with pytest.raises(UserError, match=message):
        load_recipe(recipe)
