from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "extract"


@pytest.fixture(scope="session")
def sentences() -> list[dict]:
    return json.loads((FIXTURES / "sentences.json").read_text(encoding="utf-8"))


@pytest.fixture
def enwiki_texts(shared_data: Path) -> Callable[[int], list[str]]:
    """The first ``n`` non-empty texts of the shared enwiki corpus (skips when it is absent)."""
    path = shared_data / "enwiki-2021" / "enwiki_new_docs.jsonl.gz"
    if not path.exists():
        pytest.skip(f"{path} absent")

    def first(n: int) -> list[str]:
        texts: list[str] = []
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                t = json.loads(line).get("text")
                if isinstance(t, str) and t.strip():
                    texts.append(t)
                if len(texts) >= n:
                    break
        return texts

    return first
