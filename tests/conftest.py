"""Shared fixtures. Tests that need ../shared/data skip with a reason when it is absent."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

# the compiled-pattern cache (singleton/extract/regex_cache.py) of the tests, not the user's;
# kept between sessions like the user's would be, and inherited by the CLI subprocesses
os.environ.setdefault(
    "SINGLETON_CACHE_DIR", str(Path(tempfile.gettempdir()) / f"singleton-tests-{os.getuid()}")
)


def shared_data_dir() -> Path:
    """``$SINGLETON_SHARED_DATA`` or ``../shared/data`` beside the checkout."""
    return Path(os.environ.get("SINGLETON_SHARED_DATA", REPO.parent / "shared" / "data"))


@pytest.fixture
def shared_data() -> Path:
    path = shared_data_dir()
    if not path.is_dir():
        pytest.skip(f"shared data not present at {path} (set SINGLETON_SHARED_DATA)")
    return path


# Real sentences (English Wikipedia, CC BY-SA; see tests/fixtures/NOTICE) for small corpora.
# Document 3 is an exact copy of document 1, as web corpora have; document 4 states no fact.
JARRED_SHAW = (
    "Jarred Shaw (born September 28, 1990) is an American professional basketball player for "
    "Trouville of the Liga Uruguaya de Básquetbol (LUB)."
)
ARTICLES = [
    {"id": "1", "title": "Jarred Shaw", "text": JARRED_SHAW},
    {
        "id": "2",
        "title": "Willi Schneider (skeleton racer)",
        "text": 'Wilfried "Willi" Schneider (born 13 March 1963 in Mediaș, Transylvania) is a German '
        "skeleton racer who competed from 1992 to 2002.",
    },
    {"id": "3", "title": "Jarred Shaw", "text": JARRED_SHAW},
    {
        "id": "4",
        "title": "Harrow International School Shanghai",
        "text": "Harrow International School Shanghai () is a British international boarding and day, "
        "all-through school in Waigaoqiao, Pudong, Shanghai.",
    },
]


def write_jsonl(path: Path, records: list[dict], *, gz: bool = False) -> Path:
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    if gz:
        with gzip.open(path, "wb") as handle:
            handle.write(data)
    else:
        path.write_bytes(data)
    return path


def run_cli(
    *args: str,
    cwd: Path | None = None,
    env: dict | None = None,
    timeout: float = 300,
    input: str | None = None,
) -> subprocess.CompletedProcess:
    """Run the real CLI in a subprocess, as a user would."""
    full_env = {**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "singleton", *args],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
        input=input,
    )
