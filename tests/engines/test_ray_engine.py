"""Ray engine on a local 2-CPU Ray: the local engine's mentions exactly, resumable by shard."""

from __future__ import annotations

import gzip
import importlib.util
import io
import itertools
import sys
from pathlib import Path

import pyarrow as pa
import pytest

from singleton.engines import ray_engine
from singleton.errors import UserError
from singleton.mentions import MENTION_SCHEMA
from singleton.runner import RunRequest, execute, resolve, start_or_resume
from singleton.sources import bundled_sample_path, open_source
from singleton.store import Store

# Ray Data's own deprecation notices (context fields it sets itself), not singleton's
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:ray")
needs_ray = pytest.mark.skipif(
    importlib.util.find_spec("ray") is None, reason='ray not installed (pip install "singleton[ray]")'
)
COLUMNS = [*MENTION_SCHEMA.names, "doc_hash"]


@pytest.fixture(scope="module")
def ray_session():
    """One local Ray for the module: starting Ray takes seconds."""
    ray = pytest.importorskip("ray")
    ray.init(num_cpus=2, include_dashboard=False, logging_level="WARNING")
    yield ray
    ray.shutdown()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The first 300 real Wikipedia articles of the bundled sample, with a malformed line among
    them and 30 rows without text at the end (a last shard with nothing to extract)."""
    path = tmp_path_factory.mktemp("corpus") / "wiki.jsonl"
    with gzip.open(bundled_sample_path(), "rb") as handle:
        lines = list(itertools.islice(handle, 300))
    lines.insert(120, b'{"id": "broken", "text": \n')
    lines += [b'{"id": "empty-%d", "text": ""}\n' % i for i in range(30)]
    path.write_bytes(b"".join(lines))
    return path


def shard_starts(corpus: Path) -> list[int]:
    """First row of each shard when a shard is one 50-document batch."""
    starts, rows = [], 0
    for batch in open_source(str(corpus)).batches(batch_docs=50):
        starts.append(rows)
        rows += batch.rows
    return starts


def run(db: Path, corpus: Path, **request) -> tuple[str, int]:
    """``singleton run`` in-process (so it uses the module's Ray); (status, run id)."""
    resolved = resolve(RunRequest(source=str(corpus), batch_docs=50, **request))
    with Store(db) as store:
        run = start_or_resume(store, resolved, restart=False, out=io.StringIO())
        outcome = execute(store, resolved, run, out=io.StringIO())
        return outcome.run.status, run.id


def mentions(db: Path) -> pa.Table:
    with Store(db, read_only=True) as store:
        table = store.con.sql(f"SELECT {', '.join(COLUMNS)} FROM mentions").to_arrow_table()
    return table.sort_by([(c, "ascending") for c in COLUMNS])


@pytest.fixture(scope="module")
def local_mentions(tmp_path_factory, corpus: Path) -> pa.Table:
    db = tmp_path_factory.mktemp("local") / "local.duckdb"
    assert run(db, corpus, engine="local", workers=1)[0] == "finished"
    return mentions(db)


@needs_ray
def test_ray_engine_gives_the_local_engines_mentions(
    ray_session, corpus: Path, local_mentions: pa.Table, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(ray_engine, "SHARD_BATCHES", 2)  # 300 docs: 3 shards of 2 batches
    db = tmp_path / "ray.duckdb"
    status, run_id = run(db, corpus, engine="ray")
    assert status == "finished"
    assert local_mentions.num_rows > 100
    assert mentions(db).equals(local_mentions)
    with Store(db, read_only=True) as store:
        assert store.run(run_id).documents == 331
        assert store.run(run_id).cursor == {"rows": 331, "malformed": 1}
    assert not ray_engine.partials_root(db).exists()  # partials are gone once merged


@needs_ray
def test_an_interrupted_ray_run_resumes_from_its_partials(
    ray_session, corpus: Path, local_mentions: pa.Table, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(ray_engine, "SHARD_BATCHES", 1)  # shards of 50 documents
    starts = shard_starts(corpus)
    assert len(starts) == 7  # six of 50 articles, then the 30 rows without text
    db = tmp_path / "ray.duckdb"
    real_merge, real_compute = ray_engine.merge_partial, ray_engine.compute_shard
    merged: list[int] = []

    def merge_then_stop(path, shard, commit):
        if len(merged) == 1:  # Ctrl-C after the first shard is in, the second computed
            raise KeyboardInterrupt
        merged.append(shard.start)
        real_merge(path, shard, commit)

    monkeypatch.setattr(ray_engine, "merge_partial", merge_then_stop)
    status, run_id = run(db, corpus, engine="ray")
    assert status == "interrupted" and merged == [0]
    with Store(db, read_only=True) as store:
        assert store.run(run_id).cursor["rows"] == starts[1]
    directory = ray_engine.partials_dir(db, run_id)
    waiting = sorted(int(p.stem.split("-")[1]) for p in directory.glob("shard-*.parquet"))
    assert waiting[:1] == [starts[1]]  # the second shard was computed but not merged

    computed: list[int] = []

    def count_compute(shard, settings, directory):
        computed.append(shard.start)
        return real_compute(shard, settings, directory)

    monkeypatch.setattr(ray_engine, "merge_partial", real_merge)
    monkeypatch.setattr(ray_engine, "compute_shard", count_compute)
    status, resumed_id = run(db, corpus, engine="ray")
    assert (status, resumed_id) == ("finished", run_id)
    assert not set(waiting) & set(computed)  # finished partials were merged, not recomputed
    assert sorted(computed + waiting) == starts[1:]
    assert mentions(db).equals(local_mentions)
    assert not directory.exists()


def test_without_ray_the_engine_says_how_to_install_it(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # makes `import ray` fail
    with pytest.raises(UserError, match=r'pip install "singleton\[ray\]"'):
        ray_engine.require_ray()
