from __future__ import annotations

import json
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "extract"


@pytest.fixture(scope="session")
def sentences() -> list[dict]:
    return json.loads((FIXTURES / "sentences.json").read_text(encoding="utf-8"))
