"""The on-disk cache of compiled patterns gives the very regexes re.compile gives."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from singleton.categories import load_categories
from singleton.extract import regex_cache
from singleton.extract.patterns import expand

SENTENCES = [
    'Wilfried "Willi" Schneider (born 13 March 1963 in Mediaș, Transylvania) is a racer.',
    "Gaius Julius Caesar ( c. 100 BC – 15 March 44 BC ) was a Roman general.",
    "Founded in 1998, Acme Corporation is headquartered in Paris.",
    "He married Jane Doe in 1990 and graduated from Harvard University.",
]


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SINGLETON_CACHE_DIR", str(tmp_path))
    regex_cache.clear_memory()
    yield tmp_path
    regex_cache.clear_memory()


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (
        b.pattern,
        b.flags,
        b.groups,
        b.groupindex,
    )
    for s in SENTENCES:
        assert [m.span() for m in a.finditer(s)] == [m.span() for m in b.finditer(s)]
        assert [m.groupdict() for m in a.finditer(s)] == [m.groupdict() for m in b.finditer(s)]


def test_round_trip_through_the_file_gives_equal_patterns(cache_dir: Path) -> None:
    patterns = [expand(p) for c in load_categories() for p in c.patterns][:12]
    cold = [regex_cache.cached_compile(p) for p in patterns]
    regex_cache.save()
    assert regex_cache.cache_file() is not None and regex_cache.cache_file().is_file()
    regex_cache.clear_memory()
    warm = [regex_cache.cached_compile(p) for p in patterns]
    assert not regex_cache._dirty  # every one came from the file
    for p, c, w in zip(patterns, cold, warm, strict=True):
        _same(c, re.compile(p))
        _same(w, re.compile(p))


def test_damaged_file_or_entry_falls_back_to_compiling(cache_dir: Path) -> None:
    regex_cache.cached_compile(r"(?P<y>\d{4})")
    regex_cache.save()
    path = regex_cache.cache_file()
    path.write_bytes(b"not a marshal stream")
    regex_cache.clear_memory()
    _same(regex_cache.cached_compile(r"(?P<y>\d{4})"), re.compile(r"(?P<y>\d{4})"))
    # an entry whose code the engine rejects is compiled afresh
    regex_cache._load()["re\0[ab]+"] = (32, [1, 2, 3], 0, {}, (None,))
    _same(regex_cache.cached_compile("[ab]+"), re.compile("[ab]+"))
    with pytest.raises(re.error):
        regex_cache.cached_compile("(unclosed")


def test_cache_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SINGLETON_CACHE_DIR", "")
    assert regex_cache.cache_file() is None


_EXTRACT = """
import json, sys, time
from singleton.extract import Extractor
from singleton.sources import open_source
t = time.process_time()
ex = Extractor()
build = time.process_time() - t
rows = []
for batch in open_source(sys.argv[1]).batches(limit_rows=300):
    rows += ex.extract(batch.texts, batch.doc_ids, batch.titles).to_pylist()
print(json.dumps({"build": build, "rows": rows}))
"""


def _run(corpus: Path, cache: str) -> dict:
    env = {**os.environ, "SINGLETON_CACHE_DIR": cache}
    out = subprocess.run(
        [sys.executable, "-c", _EXTRACT, str(corpus)], env=env, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_extraction_identical_cold_warm_and_uncached(tmp_path: Path) -> None:
    corpus = Path(__file__).resolve().parents[2] / "singleton" / "data" / "enwiki_sample.jsonl.gz"
    cold = _run(corpus, str(tmp_path))
    warm = _run(corpus, str(tmp_path))
    off = _run(corpus, "")
    assert cold["rows"] and cold["rows"] == warm["rows"] == off["rows"]
    assert list(tmp_path.glob("regex-*.marshal"))
