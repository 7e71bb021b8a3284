"""Pipeline recipes: named, reproducible runs stored as TOML (``pipelines/NAME.toml``).

A recipe names a source and its columns, the categories to extract and run options. It is data:
every key is validated on load and an unknown or mistyped key is an error that names it.

    [pipeline]  name, description
    [source]    exactly one of: dataset (a Hub name), path (file, glob or directory, relative to
                the recipe file), bundled = "sample"; and config, split, text_column, id_column,
                title_column, trust_remote_code
    [extract]   categories ("all" or a list), categories_file, spacy_model
    [run]       limit_docs, workers, batch_docs, engine
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from singleton.errors import UserError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

_SCHEMA: dict[str, dict[str, type | tuple[type, ...]]] = {
    "pipeline": {"name": str, "description": str},
    "source": {
        "dataset": str,
        "path": str,
        "bundled": str,
        "config": str,
        "split": str,
        "text_column": str,
        "id_column": str,
        "title_column": str,
        "trust_remote_code": bool,
    },
    "extract": {"categories": (str, list), "categories_file": str, "spacy_model": str},
    "run": {"limit_docs": int, "workers": int, "batch_docs": int, "engine": str},
}


@dataclass
class Recipe:
    name: str
    path: Path
    description: str = ""
    source: dict[str, Any] = field(default_factory=dict)
    extract: dict[str, Any] = field(default_factory=dict)
    run: dict[str, Any] = field(default_factory=dict)

    @property
    def source_spec(self) -> str | None:
        """What :func:`singleton.sources.open_source` takes (None: the bundled sample)."""
        if "dataset" in self.source:
            return self.source["dataset"]
        if "path" in self.source:
            relative = Path(self.source["path"]).expanduser()
            return str(relative if relative.is_absolute() else self.path.parent / relative)
        return None


def packaged_recipes() -> dict[str, Path]:
    folder = resources.files("singleton.pipelines")
    return {
        Path(str(entry)).stem: Path(str(entry))
        for entry in folder.iterdir()
        if str(entry).endswith(".toml")
    }


def find_recipe(spec: str) -> Path | None:
    """A recipe path for ``spec`` (a .toml path, or a packaged recipe's name), else None."""
    path = Path(spec).expanduser()
    if spec.endswith(".toml"):
        if not path.is_file():
            raise UserError(f"{spec}: no such pipeline file")
        return path
    if path.exists():
        return None
    return packaged_recipes().get(spec)


def load_recipe(path: Path) -> Recipe:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise UserError(f"{path}: not valid TOML: {exc}") from exc
    except OSError as exc:
        raise UserError(f"{path}: cannot read the pipeline file: {exc.strerror}") from exc
    for section, values in data.items():
        if section not in _SCHEMA:
            raise UserError(
                f"{path}: unknown section [{section}]; expected {', '.join(_SCHEMA)}"
            )
        if not isinstance(values, dict):
            raise UserError(f"{path}: [{section}] must be a table")
        for key, value in values.items():
            expected = _SCHEMA[section].get(key)
            if expected is None:
                raise UserError(
                    f"{path}: [{section}] unknown key {key!r}; expected one of "
                    f"{', '.join(_SCHEMA[section])}"
                )
            if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
                names = " or ".join(t.__name__ for t in (expected if isinstance(expected, tuple) else (expected,)))
                raise UserError(f"{path}: [{section}] {key} must be {names}, not {value!r}")
    source = data.get("source", {})
    origins = [k for k in ("dataset", "path", "bundled") if k in source]
    if len(origins) != 1:
        raise UserError(f"{path}: [source] needs exactly one of dataset, path, bundled")
    if source.get("bundled", "sample") != "sample":
        raise UserError(f"{path}: [source] bundled must be \"sample\"")
    categories = data.get("extract", {}).get("categories")
    if isinstance(categories, str) and categories != "all":
        raise UserError(f"{path}: [extract] categories must be \"all\" or a list of names")
    if isinstance(categories, list) and not all(isinstance(c, str) for c in categories):
        raise UserError(f"{path}: [extract] categories must be a list of names")
    engine = data.get("run", {}).get("engine")
    if engine is not None and engine not in ("local", "ray"):
        raise UserError(f"{path}: [run] engine must be \"local\" or \"ray\"")
    meta = data.get("pipeline", {})
    return Recipe(
        name=meta.get("name", path.stem),
        path=path,
        description=meta.get("description", ""),
        source=source,
        extract=data.get("extract", {}),
        run=data.get("run", {}),
    )
