"""Tests for singleton.stats: published figures, degenerate input, properties, Monte Carlo."""

from __future__ import annotations

import json
import math
import warnings
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from singleton import stats
from singleton.stats import (
    Fingerprint,
    as_fingerprint,
    chao1,
    counts_from_fingerprint,
    esty_interval,
    fingerprint,
    good_toulmin,
    goods_coverage,
    is_extrapolation,
    missing_mass_interval,
    singleton_rate,
    singleton_rate_at,
    summarize,
    theorem2_ceiling,
    theorem2_floor,
)

# Corbet's Malayan butterflies (Fisher, Corbet & Williams 1943), f_1..f_24.
CORBET = [118, 74, 44, 24, 29, 22, 20, 19, 20, 15, 12, 14, 6, 12, 6, 9, 9, 6, 10, 10, 11, 5, 3, 3]
CORBET_FP = {r: f for r, f in enumerate(CORBET, start=1)}

counts_strategy = st.lists(st.integers(min_value=0, max_value=40), min_size=0, max_size=60)
nonempty_counts = st.lists(st.integers(min_value=0, max_value=40), min_size=1, max_size=60).filter(
    lambda c: sum(c) > 0
)


def same(a: Any, b: Any) -> bool:
    """Equality that treats nan == nan (for summary dicts)."""
    if isinstance(a, float) and isinstance(b, float):
        return (math.isnan(a) and math.isnan(b)) or a == b
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    return a == b


def no_warnings(fn: Callable[[], Any]) -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return fn()


# ----------------------------------------------------------------------------- published figures


def test_corbet_good_toulmin_u1_is_75() -> None:
    fp = as_fingerprint(CORBET_FP)
    assert fp.n == 3306
    assert fp.subjects == sum(CORBET)
    assert good_toulmin(CORBET_FP, 1.0) == 75.0  # exact alternating sum
    assert singleton_rate(CORBET_FP) == 118 / 3306
    # the same from the raw counts vector
    counts = counts_from_fingerprint(CORBET_FP)
    assert good_toulmin(counts, 1) == 75.0
    assert singleton_rate(counts) == 118 / 3306


def test_goods_coverage_published_figure() -> None:
    counts = [1] * 75 + [2] * 6 + [3, 4, 4]  # N = 75 + 12 + 3 + 8 = 98
    assert as_fingerprint(counts).n == 98
    assert goods_coverage(counts) == pytest.approx(0.23469387755, abs=1e-11)
    assert goods_coverage(counts) == pytest.approx(23 / 98, rel=1e-15)
    assert singleton_rate(counts) == pytest.approx(0.76530612245, abs=1e-11)


def test_theorem2_worked_figure() -> None:
    floor = theorem2_floor(0.2, 10**6, 364)
    ceiling = theorem2_ceiling(0.2, 10**6, 364)
    assert floor == pytest.approx(0.077, abs=0.002)
    assert ceiling == pytest.approx(0.212, abs=0.002)
    # the paper's gamma = 0.01 shorthand: 6 ln(3N/0.01) = 6 ln 300 + 6 ln N, and 6 ln 300 < 35
    paper_floor = 0.2 - 2 / 364 - (35 + 6 * math.log(1e6)) / 1e3
    assert paper_floor < floor < paper_floor + 0.8 / 1e3
    assert ceiling <= 0.2 - 0.2 / 365 + 13 / 1e3


@pytest.mark.parametrize(
    ("n", "table"), [(1e4, 0.903), (1e5, 0.329), (1e6, 0.118), (1e7, 0.042), (1e8, 0.015)]
)
def test_finite_sample_term_table(n: float, table: float) -> None:
    paper_term = (35 + 6 * math.log(n)) / math.sqrt(n)
    assert round(paper_term, 3) == table
    # the exact term at gamma = 0.01 is 6 ln(3N/0.01)/sqrt(N); isolate it with |E| = inf, sr = 0
    exact_term = -theorem2_floor(0.0, int(n), math.inf, confidence=0.99)
    assert exact_term == pytest.approx(6 * math.log(3 * n / 0.01) / math.sqrt(n), rel=1e-12)
    assert paper_term - 0.8 / math.sqrt(n) < exact_term < paper_term


def test_theorem2_floor_is_unclipped_and_delta() -> None:
    assert theorem2_floor(0.1, 10**4, 364) < 0  # vacuous at N = 1e4
    base = theorem2_floor(0.3, 10**7, 364)
    assert theorem2_floor(0.3, 10**7, 364, delta=0.05) == pytest.approx(base - 0.05)
    assert theorem2_floor(0.3, 10**7, 364, confidence=0.9) > base  # less confidence, higher


def test_theorem2_ceiling_clipped_to_one() -> None:
    assert theorem2_ceiling(0.5, 10, 364) == 1.0
    assert theorem2_ceiling(0.5, 10**9, math.inf) == pytest.approx(
        0.5 + 5 * math.sqrt(math.log(500) / 1e9)
    )


@pytest.mark.parametrize("bad", [0, -1, float("nan")])
def test_theorem2_rejects_bad_answer_space(bad: float) -> None:
    with pytest.raises(ValueError, match="wrong answers"):
        theorem2_floor(0.2, 100, bad)
    with pytest.raises(ValueError, match="wrong answers"):
        theorem2_ceiling(0.2, 100, bad)


@pytest.mark.parametrize("conf", [0, 1, 1.5, -0.1])
def test_confidence_must_be_in_open_unit_interval(conf: float) -> None:
    with pytest.raises(ValueError, match="confidence"):
        esty_interval([1, 2], conf)
    with pytest.raises(ValueError, match="confidence"):
        theorem2_floor(0.2, 100, 364, confidence=conf)


# ----------------------------------------------------------------------------- intervals


def test_esty_interval_formula() -> None:
    counts = [1] * 30 + [2] * 10 + [5] * 8  # N = 30 + 20 + 40 = 90
    n, f1, f2 = 90, 30, 10
    w = (f1 * (n - f1) + 2 * n * f2) / n**3
    z = 1.959963984540054
    low, high = esty_interval(counts, 0.95)
    assert low == pytest.approx(f1 / n - z * math.sqrt(w), rel=1e-12)
    assert high == pytest.approx(f1 / n + z * math.sqrt(w), rel=1e-12)
    low99, high99 = esty_interval(counts, 0.99)
    assert low99 < low and high99 > high


def test_missing_mass_interval_formula() -> None:
    counts = [1] * 400 + [3] * 200  # N = 1000, f1/N = 0.4
    half = 1 / 1000 + 2.42 * math.sqrt(math.log(4 / 0.05) / 1000)
    assert missing_mass_interval(counts, 0.95) == pytest.approx((0.4 - half, 0.4 + half))
    half_a = 4.42 * math.sqrt(math.log(5 / 0.05) / 1000)
    assert missing_mass_interval(counts, 0.95, abstentions=True) == pytest.approx(
        (0.4 - half_a, 0.4 + half_a)
    )


def test_esty_falls_back_when_degenerate() -> None:
    all_single = [1] * 50
    assert esty_interval(all_single) == missing_mass_interval(all_single)
    assert esty_interval(all_single)[1] == 1.0
    no_small = [3, 4, 7]  # f1 = f2 = 0
    assert esty_interval(no_small) == missing_mass_interval(no_small)
    assert esty_interval(no_small)[0] == 0.0


# ----------------------------------------------------------------------------- degenerate input


@pytest.mark.parametrize("empty", [[], [0, 0, 0], {}, {1: 0, 2: 0}, np.zeros(5, dtype=int)])
def test_no_examples_gives_nan_without_warnings(empty: Any) -> None:
    def run() -> None:
        assert math.isnan(singleton_rate(empty))
        assert math.isnan(goods_coverage(empty))
        assert math.isnan(chao1(empty))
        assert math.isnan(good_toulmin(empty, 1.0))
        assert math.isnan(good_toulmin(empty, 5.0))
        assert all(math.isnan(x) for x in esty_interval(empty))
        assert all(math.isnan(x) for x in missing_mass_interval(empty))
        assert math.isnan(singleton_rate_at(empty, 10))
        assert np.all(np.isnan(singleton_rate_at(empty, [1, 2, 3])))
        assert math.isnan(theorem2_floor(float("nan"), 0, 364))
        assert math.isnan(theorem2_ceiling(float("nan"), 0, 364))
        assert fingerprint(empty) == {}
        summary = summarize(empty, min_wrong_answers=364, max_wrong_answers=364)
        assert summary["examples"] == 0 and summary["floor_vacuous"] is True
        for key in ("singleton_rate", "floor", "floor_unclipped", "ceiling", "chao1"):
            assert math.isnan(summary[key])
        assert math.isnan(summary["singleton_rate_2x"])

    no_warnings(run)


def test_all_singletons() -> None:
    counts = [1] * 20
    assert singleton_rate(counts) == 1.0
    assert goods_coverage(counts) == 0.0
    assert singleton_rate_at(counts, 7) == 1.0
    assert singleton_rate_at(counts, 20) == 1.0
    assert chao1(counts) == 20 + 20 * 19 / 2


def test_no_singletons() -> None:
    counts = [2, 3, 3, 10]
    assert singleton_rate(counts) == 0.0
    assert goods_coverage(counts) == 1.0
    assert chao1(counts) == 4
    assert singleton_rate_at(counts, as_fingerprint(counts).n) == 0.0
    assert singleton_rate_at(counts, 1) == 1.0


def test_chao1_forms() -> None:
    counts = [0, 1, 1, 4, 2, 5, 2, 4, 1, 2]  # S_obs 9, f1 = 3, f2 = 3
    assert chao1(counts) == pytest.approx(9 + 3 * 2 / (2 * 4))
    assert chao1(counts, bias_corrected=False) == pytest.approx(9 + 9 / 6)
    assert chao1([1, 1, 3], bias_corrected=False) == pytest.approx(3 + 2 * 1 / 2)  # f2 = 0


# ----------------------------------------------------------------------------- validation


@pytest.mark.parametrize(
    "bad",
    [
        [1, -2, 3],
        [1.5, 2],
        [[1, 2], [3, 4]],
        [1, float("nan")],
        [True, False],
        ["a", "b"],
        "123",
        5,
        {1: -3},
        {1.5: 2},
        {-1: 2},
    ],
)
def test_rejects_bad_input(bad: Any) -> None:
    with pytest.raises(ValueError, match="pass a 1-D sequence"):
        singleton_rate(bad)


def test_accepts_integral_floats_and_object_ints() -> None:
    assert singleton_rate([1.0, 2.0, 0.0]) == 1 / 3
    assert singleton_rate(np.array([1, 2, 0], dtype=object)) == 1 / 3
    assert singleton_rate(np.array([1, 2], dtype=np.uint8)) == 1 / 3


def test_fingerprint_input_equivalence() -> None:
    counts = [5, 1, 1, 0, 2, 3, 1, 2, 9]
    fp = fingerprint(counts)
    assert fp == {1: 3, 2: 2, 3: 1, 5: 1, 9: 1}
    assert list(fp) == sorted(fp)
    assert counts_from_fingerprint(fp).tolist() == sorted(c for c in counts if c)
    dense = np.zeros(10, dtype=int)
    for r, f in fp.items():
        dense[r] = f
    dense[0] = 99  # ignored
    assert counts_from_fingerprint(dense).tolist() == counts_from_fingerprint(fp).tolist()
    for fn in (singleton_rate, goods_coverage, chao1, esty_interval, missing_mass_interval):
        assert fn(counts) == fn(fp) == fn(as_fingerprint(counts))
    assert as_fingerprint({0: 7, 1: 3, 2: 2, 3: 1, 5: 1, 9: 1, 4: 0}) == as_fingerprint(counts)


def test_singleton_rate_at_shapes_and_labels() -> None:
    counts = [1, 1, 2, 3, 5]  # N = 12
    assert isinstance(singleton_rate_at(counts, 6), float)
    out = singleton_rate_at(counts, np.array([[1, 6], [12, 24]]))
    assert isinstance(out, np.ndarray) and out.shape == (2, 2)
    assert out[0, 0] == 1.0 and out[1, 0] == 2 / 12
    assert is_extrapolation(counts, 12) is False
    assert is_extrapolation(counts, 13) is True
    assert is_extrapolation(counts, [6, 12, 30]).tolist() == [False, False, True]
    for bad in (0, -3, 5.5, float("inf"), [3, float("nan")]):
        with pytest.raises(ValueError, match="size"):
            singleton_rate_at(counts, bad)
    assert 0 <= singleton_rate_at(counts, 30.5) <= 1  # non-integer sizes fine above N


def test_good_toulmin_rejects_negative_t() -> None:
    with pytest.raises(ValueError, match="t "):
        good_toulmin([1, 2], -0.5)


# ----------------------------------------------------------------------------- smoothed formulas


def _binom_tail(k: int, q: float, i: int) -> float:
    return sum(math.comb(k, j) * q**j * (1 - q) ** (k - j) for j in range(i, k + 1))


@pytest.mark.parametrize("t", [1.5, 2.0, 4.0, 10.0])
def test_good_toulmin_smoothed_matches_definition(t: float) -> None:
    n = 3306
    k = math.ceil(0.5 * math.log(n * t * t / (t - 1), 3))
    q = 2 / (t + 2)
    expected = -sum((-t) ** i * _binom_tail(k, q, i) * f for i, f in CORBET_FP.items() if i <= k)
    assert good_toulmin(CORBET_FP, t) == pytest.approx(max(0.0, expected), rel=1e-12)


def test_good_toulmin_unsmoothed_below_one() -> None:
    for t in (0.25, 0.5, 1.0):
        expected = -sum((-t) ** i * f for i, f in CORBET_FP.items())
        assert good_toulmin(CORBET_FP, t) == pytest.approx(expected, rel=1e-12)


def test_gamma_poisson_extrapolation_recovers_the_model() -> None:
    """Given the expected fingerprint of a Gamma–Poisson population, the fit recovers its
    singleton rate at every scale: sr(s) = (1 + θ·s)^−(k+1)."""
    k, theta = 0.4, 2.5
    p = theta / (1 + theta)
    a = (1 - p) ** (k + 1)  # f1/N
    b = (k + 1) * p / 2  # f2/f1
    for factor in (1.0, 1.5, 2.0, 4.0, 10.0):
        expected = (1 + theta * factor) ** -(k + 1)
        assert stats.gamma_poisson_rate(a, b, factor) == pytest.approx(expected, rel=1e-9)


def test_extrapolation_continuity_and_limits() -> None:
    fp = as_fingerprint(CORBET_FP)
    n = fp.n
    assert singleton_rate_at(fp, n) == 118 / n
    assert singleton_rate_at(fp, n + 1) == pytest.approx(118 / n, abs=2 / n)
    rates = singleton_rate_at(fp, n * np.array([1.1, 2.0, 4.0, 16.0]))
    assert np.all(np.diff(rates) <= 0) and np.all(rates <= 118 / n)
    # less dispersed than any Gamma–Poisson: the Poisson limit a·exp(−2b(s − 1))
    assert stats.gamma_poisson_rate(0.999, 0.001, 3.0) == pytest.approx(0.999 * math.exp(-0.004))
    assert stats.gamma_poisson_rate(0.0, 0.5, 2.0) == 0.0


def test_extrapolation_tracks_poisson_truth() -> None:
    """Under Poisson sampling from a Gamma population the fit tracks the true rate."""
    rng = np.random.default_rng(11)
    lam = rng.gamma(1.0, 0.3, 20_000)  # mostly rare subjects, N ~ 6000
    total = lam.sum()
    for t, tol in ((0.25, 0.01), (0.5, 0.01), (1.0, 0.02), (3.0, 0.05)):
        truth = float((lam * np.exp(-lam * (1 + t))).sum() / total)
        estimates = []
        for _ in range(60):
            fp = as_fingerprint(rng.poisson(lam))
            estimates.append(singleton_rate_at(fp, fp.n * (1 + t)))
        mean = float(np.mean(estimates))
        se = float(np.std(estimates)) / math.sqrt(len(estimates))
        assert abs(mean - truth) < 4 * se + tol * truth, (t, mean, truth, se)


# ----------------------------------------------------------------------------- interpolation


def test_interpolation_monte_carlo() -> None:
    """Exact hypergeometric interpolation vs random subsamples without replacement."""
    rng = np.random.default_rng(2025)
    counts = np.array([1] * 20 + [2] * 10 + [3] * 5 + [5, 8, 13])
    labels = np.repeat(np.arange(counts.size), counts)  # one label per example
    n, draws = labels.size, 2000
    perms = rng.random((draws, n)).argsort(axis=1)  # a prefix of length m is a subsample
    for m in (2, 5, 20, 40, 70, n - 1):
        sub = labels[perms[:, :m]]
        per_subject = (sub[:, :, None] == np.arange(counts.size)).sum(axis=1)
        rates = (per_subject == 1).sum(axis=1) / m
        predicted = singleton_rate_at(counts, m)
        se = rates.std(ddof=1) / math.sqrt(draws)
        assert abs(rates.mean() - predicted) < 4 * se + 1e-12, (m, rates.mean(), predicted)


def test_interpolation_exact_small_case() -> None:
    # counts [1, 2]: N = 3; m = 2 draws from {a, b, b}: P(ab) = 2/3 -> 2 singletons, P(bb) = 1/3
    assert singleton_rate_at([1, 2], 2) == pytest.approx((2 / 3 * 2) / 2)
    assert singleton_rate_at([1, 2], [1, 2, 3]).tolist() == pytest.approx([1, 2 / 3, 1 / 3])


def test_interpolation_large_fingerprint_is_cheap_and_sane() -> None:
    # ten million subjects, given as a fingerprint: no per-subject work
    fp = {1: 6_000_000, 2: 2_500_000, 3: 1_000_000, 10: 400_000, 1000: 100_000, 10**6: 3}
    n = as_fingerprint(fp).n
    sizes = np.unique(np.linspace(1, n, 50).round())
    rates = no_warnings(lambda: singleton_rate_at(fp, sizes))
    assert rates[0] == 1.0 and rates[-1] == 6_000_000 / n
    assert np.all(np.diff(rates) <= 1e-12)
    assert np.all((rates >= 0) & (rates <= 1))


# ----------------------------------------------------------------------------- properties


@settings(max_examples=150, deadline=None)
@given(counts_strategy)
def test_rates_in_unit_interval(counts: list[int]) -> None:
    def run() -> None:
        fp = as_fingerprint(counts)
        sr = singleton_rate(fp)
        if fp.n == 0:
            assert math.isnan(sr)
            return
        assert 0 <= sr <= 1
        assert 0 <= goods_coverage(fp) <= 1
        low, high = esty_interval(fp)
        assert 0 <= low <= sr <= high <= 1
        low, high = missing_mass_interval(fp, 0.9, abstentions=True)
        assert 0 <= low <= sr <= high <= 1
        sizes = [1, max(1, fp.n // 2), fp.n, 2 * fp.n, 5 * fp.n]
        rates = singleton_rate_at(fp, sizes)
        assert np.all((rates >= 0) & (rates <= 1))
        extrapolated = singleton_rate_at(fp, fp.n * np.array([1.2, 1.5, 1.8, 3.0, 10.0]))
        assert np.all((extrapolated >= 0) & (extrapolated <= sr))
        assert good_toulmin(fp, 0) == 0.0
        assert good_toulmin(fp, 3.0) >= 0
        assert chao1(fp) >= fp.subjects

    no_warnings(run)


@settings(max_examples=150, deadline=None)
@given(nonempty_counts)
def test_interpolation_endpoints_and_monotone(counts: list[int]) -> None:
    fp = as_fingerprint(counts)
    sizes = np.arange(1, fp.n + 1)
    rates = singleton_rate_at(fp, sizes)
    assert rates[0] == 1.0
    assert rates[-1] == singleton_rate(fp)
    # sr(m) = sum_s (X_s/N) P(no other of the m-1 draws hits s): non-increasing in m
    assert np.all(np.diff(rates) <= 1e-12)


@settings(max_examples=100, deadline=None)
@given(counts_strategy)
def test_fingerprint_round_trip(counts: list[int]) -> None:
    fp = fingerprint(counts)
    expanded = counts_from_fingerprint(fp)
    assert expanded.tolist() == sorted(c for c in counts if c > 0)
    assert fingerprint(expanded) == fp
    assert fingerprint(fp) == fp
    assert sum(r * f for r, f in fp.items()) == sum(counts)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.integers(0, 15), max_size=60),
    st.lists(st.integers(0, 15), max_size=60),
)
def test_merging_shards_equals_counting_union(shard_a: list[int], shard_b: list[int]) -> None:
    # each list holds the subject id of every example in one shard
    ids = 16
    counts_a = np.bincount(np.array(shard_a, dtype=int), minlength=ids)
    counts_b = np.bincount(np.array(shard_b, dtype=int), minlength=ids)
    union = np.bincount(np.array(shard_a + shard_b, dtype=int), minlength=ids)
    merged = counts_a + counts_b
    assert np.array_equal(merged, union)
    kw = {"min_wrong_answers": 364, "max_wrong_answers": 364}
    got, want = summarize(merged, **kw), summarize(union, **kw)
    assert all(same(got[k], want[k]) for k in want)


@settings(max_examples=100, deadline=None)
@given(counts_strategy, st.randoms(use_true_random=False))
def test_order_and_zeros_do_not_matter(counts: list[int], rnd: Any) -> None:
    shuffled = counts + [0, 0]
    rnd.shuffle(shuffled)
    assert fingerprint(shuffled) == fingerprint(counts)
    kw = {"min_wrong_answers": 364, "max_wrong_answers": 364}
    a, b = summarize(shuffled, **kw), summarize(counts, **kw)
    assert all(same(a[k], b[k]) for k in a)


@settings(max_examples=100, deadline=None)
@given(nonempty_counts, st.floats(min_value=0.0, max_value=1.0))
def test_good_toulmin_zero_and_small_t(counts: list[int], t: float) -> None:
    assert good_toulmin(counts, 0) == 0.0
    # for t <= 1 every |(-t)^i| <= 1, so 0 <= U(t) <= sum_i f_i = S_obs
    assert 0 <= good_toulmin(counts, t) <= sum(1 for c in counts if c > 0)


# ----------------------------------------------------------------------------- summarize


SUMMARY_KEYS = {
    "examples",
    "subjects",
    "singletons",
    "doubletons",
    "singleton_rate",
    "singleton_rate_ci",
    "floor",
    "floor_unclipped",
    "floor_vacuous",
    "ceiling",
    "goods_coverage",
    "chao1",
    "good_toulmin_1x",
    "good_toulmin_4x",
    "singleton_rate_2x",
    "singleton_rate_4x",
}


def test_summarize_keys_types_and_fingerprint_input() -> None:
    fp = {1: 200_000, 2: 60_000, 3: 30_000, 7: 20_000, 50: 4_000}  # N = 650,000
    s = summarize(fingerprint=fp, min_wrong_answers=364, max_wrong_answers=364)
    assert set(s) == SUMMARY_KEYS
    json.dumps(s)  # only Python scalars and lists
    assert s["examples"] == 200_000 + 120_000 + 90_000 + 140_000 + 200_000
    assert s["singletons"] == 200_000 and s["doubletons"] == 60_000
    assert s["subjects"] == 314_000
    sr = 200_000 / s["examples"]
    assert s["singleton_rate"] == sr
    low, high = s["singleton_rate_ci"]
    assert low < sr < high
    assert (low, high) == esty_interval(fp, 0.99)
    assert s["floor_unclipped"] == theorem2_floor(sr, s["examples"], 364, 0.99)
    assert s["floor"] == max(0.0, s["floor_unclipped"]) and s["floor_vacuous"] is False
    assert s["ceiling"] == theorem2_ceiling(sr, s["examples"], 364, 0.99)
    # extrapolations are clipped to [0, f1/N] (this fingerprint's isolated spike at r = 7 would
    # otherwise push the smoothed series at 4x above the observed rate)
    assert 0 <= s["singleton_rate_2x"] <= sr and 0 <= s["singleton_rate_4x"] <= sr
    assert s["good_toulmin_4x"] >= s["good_toulmin_1x"] > 0
    # the same from a counts vector and from the mapping passed positionally
    counts = counts_from_fingerprint(fp)
    for other in (
        summarize(counts, min_wrong_answers=364, max_wrong_answers=364),
        summarize(fp, min_wrong_answers=364, max_wrong_answers=364),
    ):
        assert all(same(other[k], s[k]) for k in s)


def test_summarize_vacuous_floor() -> None:
    s = summarize([1, 1, 2, 5], min_wrong_answers=364, max_wrong_answers=364)
    assert s["floor_vacuous"] is True
    assert s["floor"] == 0.0 and s["floor_unclipped"] < 0
    assert s["ceiling"] == 1.0


def test_summarize_needs_exactly_one_input() -> None:
    with pytest.raises(ValueError, match="exactly one"):
        summarize(min_wrong_answers=364, max_wrong_answers=364)
    with pytest.raises(ValueError, match="exactly one"):
        summarize([1], fingerprint={1: 1}, min_wrong_answers=364, max_wrong_answers=364)


def test_counts_as_keyword() -> None:
    assert esty_interval(counts=[1, 1, 2], confidence=0.9) == esty_interval([1, 1, 2], 0.9)
    assert singleton_rate_at(counts={1: 2, 2: 1}, size=2) == singleton_rate_at([1, 1, 2], 2)


def test_fingerprint_object_is_passed_through() -> None:
    fp = as_fingerprint([1, 2, 2])
    assert as_fingerprint(fp) is fp
    assert isinstance(fp, Fingerprint) and fp.f1 == 1 and fp.f2 == 2 and fp.count(7) == 0


def test_no_extrapolation_without_repeats_or_with_few_examples() -> None:
    all_singletons = stats.summarize([1] * 500, min_wrong_answers=364, max_wrong_answers=364)
    assert math.isnan(all_singletons["singleton_rate_2x"])
    assert math.isnan(all_singletons["good_toulmin_4x"])
    assert not stats.can_extrapolate([1, 2, 3])  # N = 6 < 50
    repeated = stats.summarize([1] * 60 + [2] * 20 + [5] * 4, min_wrong_answers=364,
                               max_wrong_answers=364)
    assert 0 < repeated["singleton_rate_4x"] <= repeated["singleton_rate_2x"] <= repeated["singleton_rate"]
