"""Real databases for the researcher-surface tests, built ONCE per test session and shared.

* ``sample_db`` — ``singleton run --limit-docs 1500`` on the bundled sample (run 1), plus run 2:
  the mentions of the documents of run 1 whose id hashes even, written as a second finished run
  (what two runs over overlapping corpora look like; no second extraction needed);
* ``one_run_db`` — a copy holding run 1 only;
* ``empty_run_db`` — a singleton database whose only run found nothing;
* ``no_run_db`` — a singleton database with the schema and no run.

Test modules import the fixtures they use (``from sample_db import sample_db``). Under
pytest-xdist the workers share one build through a file lock. Tests must only read them.
"""

from __future__ import annotations

import os
import shutil
import struct
from pathlib import Path

import pytest
from filelock import FileLock

from conftest import run_cli
from singleton.store import Store

LIMIT_DOCS = 1500
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def png_size(path: Path) -> tuple[int, int]:
    """(width, height) of a PNG file, after checking its signature."""
    data = path.read_bytes()
    assert data[:8] == PNG_MAGIC, f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _shared_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.getbasetemp()
    # xdist workers each get basetemp/popen-gwN: their parent is shared by the session
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def _build(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    one = folder / "one_run.duckdb"
    result = run_cli("--db", str(one), "run", "--limit-docs", str(LIMIT_DOCS), "--quiet",
                     cwd=folder, timeout=600)
    assert result.returncode == 0, result.stderr
    two = folder / "sample.duckdb"
    shutil.copyfile(one, two)
    with Store(two) as store:
        first = store.run(1)
        second = store.create_run(
            name="sample-half", source=first.source, categories=first.categories,
            options=first.options, extractor_version=first.extractor_version,
        )
        con = store.con
        con.execute("BEGIN")
        con.execute(
            "INSERT INTO mentions BY NAME SELECT ? AS run_id, * EXCLUDE (run_id) FROM mentions "
            "WHERE run_id = ? AND hash(doc_id) % 2 = 0", [second.id, first.id])
        count = con.execute("SELECT count(*) FROM mentions WHERE run_id = ?",
                            [second.id]).fetchall()[0][0]
        con.execute(
            "UPDATE runs SET documents = ?, bytes = ?, mentions = ? WHERE id = ?",
            [first.documents // 2, first.bytes // 2, count, second.id])
        con.execute("COMMIT")
        store.set_status(second.id, "finished", partial=True)
    with Store(folder / "empty_run.duckdb") as store:
        run = store.create_run(name="nothing", source={"kind": "files", "paths": ["empty.jsonl"]},
                               categories=["birth_date", "capital"], options={},
                               extractor_version="test")
        store.set_status(run.id, "finished", partial=False)
    Store(folder / "no_run.duckdb").close()
    (folder / "done").write_text("ok\n")


@pytest.fixture(scope="session")
def sample_dbs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = _shared_root(tmp_path_factory) / "sample_dbs"
    folder.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(str(folder.parent / "sample_dbs.lock")):
        if not (folder / "done").exists():
            if folder.exists():
                shutil.rmtree(folder)
            _build(folder)
    return {
        "sample": folder / "sample.duckdb",
        "one_run": folder / "one_run.duckdb",
        "empty_run": folder / "empty_run.duckdb",
        "no_run": folder / "no_run.duckdb",
    }


@pytest.fixture(scope="session")
def sample_db(sample_dbs: dict[str, Path]) -> Path:
    """Runs 1 (1,500 documents of the sample, partial read) and 2 (about half of them)."""
    return sample_dbs["sample"]
