"""Good–Turing statistics of a fact category: pure functions, no I/O.

Notation (see ``docs/STATISTICS.md``): each training example states a fact about one subject.
``X_s`` is the number of examples about subject ``s``, ``N = Σ X_s`` the number of examples,
``f_r = #{s : X_s = r}`` the *fingerprint* (also called frequency-of-frequencies or prevalence),
``f1`` the singletons and ``f2`` the doubletons.

Every estimator takes, as its first argument, either

* a **counts vector**: a 1-D sequence of integers ≥ 0, one per subject (zeros are ignored, so a
  vector indexed by a global subject id that is zero for absent subjects is fine), or
* a **fingerprint**: a mapping ``{r: f_r}`` (what the database's ``fingerprints`` view returns;
  keys ``r ≥ 1``, an ``r = 0`` key is ignored), or
* a :class:`Fingerprint` already built by :func:`as_fingerprint`.

The input is validated once and turned into a sparse fingerprint (distinct ``r`` values only), and
every estimator works from the fingerprint, so the cost depends on the number of *distinct*
counts (usually a few hundred), not on the number of subjects: a ten-million-subject category
costs nothing once its fingerprint is known.

Degenerate input has defined values, never an exception or a printed warning: ``N = 0`` gives
``nan`` (the statistic is undefined), all singletons give ``singleton_rate = 1``, ``f1 = 0`` gives
``singleton_rate = 0``.

The style follows scikit-bio's ``skbio.diversity.alpha``: one estimator per function, a shared
validator, and the formula, edge cases and reference in every docstring.
"""

from __future__ import annotations

import contextlib
import functools
import math
import statistics
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Concatenate, ParamSpec, TypeVar

import numpy as np
import numpy.typing as npt

__all__ = [
    "Fingerprint",
    "as_fingerprint",
    "chao1",
    "counts_from_fingerprint",
    "esty_interval",
    "fingerprint",
    "good_toulmin",
    "goods_coverage",
    "is_extrapolation",
    "missing_mass_interval",
    "singleton_rate",
    "singleton_rate_at",
    "gamma_poisson_rate",
    "summarize",
    "theorem2_ceiling",
    "theorem2_floor",
]

NAN = float("nan")

#: Below this ratio ``t = m/N − 1`` the singleton rate at ``m`` examples is extrapolated with the
#: plain derivative of the Good–Toulmin series; above it with binomially smoothed weights.


# --------------------------------------------------------------------------------------------
# Input: counts vector or fingerprint -> Fingerprint (validated once)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class Fingerprint:
    """A validated, sparse fingerprint: ``f[j]`` subjects were seen exactly ``r[j]`` times.

    ``r`` is strictly increasing, every ``r ≥ 1`` and every ``f ≥ 1`` (both ``int64`` arrays).
    ``n`` (examples, ``N = Σ r·f``) and ``subjects`` (``S_obs = Σ f``) are Python ints. Build one
    with :func:`as_fingerprint`; the estimators accept it directly and skip re-validation.
    """

    r: np.ndarray
    f: np.ndarray
    n: int
    subjects: int

    def count(self, r: int) -> int:
        """``f_r``: the number of subjects seen exactly ``r`` times (0 if none)."""
        j = int(np.searchsorted(self.r, r))
        if j < self.r.size and int(self.r[j]) == r:
            return int(self.f[j])
        return 0

    @property
    def f1(self) -> int:
        """Singletons: subjects seen exactly once."""
        return self.count(1)

    @property
    def f2(self) -> int:
        """Doubletons: subjects seen exactly twice."""
        return self.count(2)

    def as_dict(self) -> dict[int, int]:
        """``{r: f_r}`` with Python ints, ``r`` ascending, only ``f_r > 0``."""
        return {int(r): int(f) for r, f in zip(self.r.tolist(), self.f.tolist(), strict=True)}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Fingerprint):
            return NotImplemented
        return self.as_dict() == other.as_dict()

    __hash__ = None  # type: ignore[assignment]


CountsLike = Sequence[int] | npt.ArrayLike | Mapping[int, int] | Fingerprint

_COUNTS_HINT = (
    "pass a 1-D sequence of per-subject example counts (integers >= 0, one per subject), "
    "or a fingerprint mapping {r: f_r} (integers, r >= 1, f_r >= 0)"
)


def _integer_array(values: Any, what: str) -> np.ndarray:
    """Validate a 1-D array of integers ≥ 0 (integral floats accepted); return int64."""
    try:
        arr = np.asarray(values)
    except (TypeError, ValueError) as exc:  # ragged nested lists and the like
        raise ValueError(f"{what}: cannot read as an array ({exc}); {_COUNTS_HINT}") from None
    if arr.dtype.kind == "O":  # e.g. Python ints from a database driver: let numpy re-infer
        with contextlib.suppress(TypeError, ValueError):
            arr = np.asarray(arr.tolist())
    if arr.ndim != 1:
        raise ValueError(f"{what} must be 1-D, got shape {arr.shape}; {_COUNTS_HINT}")
    if arr.size == 0:
        return np.zeros(0, dtype=np.int64)
    kind = arr.dtype.kind
    if kind == "b":
        raise ValueError(f"{what} are booleans; {_COUNTS_HINT}")
    if kind in "iu":
        out = arr.astype(np.int64, copy=False)
    elif kind == "f":
        if not np.all(np.isfinite(arr)):
            raise ValueError(f"{what} contain NaN or infinity; {_COUNTS_HINT}")
        if not np.all(arr == np.floor(arr)):
            raise ValueError(f"{what} contain non-integer values; {_COUNTS_HINT}")
        if np.any(np.abs(arr) > 2.0**62):
            raise ValueError(f"{what} are too large; {_COUNTS_HINT}")
        out = arr.astype(np.int64)
    else:
        raise ValueError(f"{what} have dtype {arr.dtype}, not integers; {_COUNTS_HINT}")
    if np.any(out < 0):
        raise ValueError(f"{what} contain negative values; {_COUNTS_HINT}")
    return out


def _fingerprint_from_counts(counts: np.ndarray) -> Fingerprint:
    positive = counts[counts > 0]
    if positive.size == 0:
        empty = np.zeros(0, dtype=np.int64)
        return Fingerprint(empty, empty, 0, 0)
    top = int(positive.max())
    if top <= 4 * positive.size + 1_000_000:  # O(#subjects) counting sort
        dense = np.bincount(positive)
        r = np.flatnonzero(dense).astype(np.int64)
        f = dense[r].astype(np.int64)
    else:  # a few huge counts: sort instead of allocating max(count) bins
        r, f = np.unique(positive, return_counts=True)
        r, f = r.astype(np.int64), f.astype(np.int64)
    return _make_fingerprint(r, f)


def _make_fingerprint(r: np.ndarray, f: np.ndarray) -> Fingerprint:
    keep = (f > 0) & (r > 0)
    r, f = r[keep], f[keep]
    order = np.argsort(r, kind="stable")
    r, f = r[order], f[order]
    n = sum(int(a) * int(b) for a, b in zip(r.tolist(), f.tolist(), strict=True))
    return Fingerprint(r, f, n, int(f.sum()))


def _fingerprint_from_mapping(mapping: Mapping[Any, Any]) -> Fingerprint:
    if not mapping:
        empty = np.zeros(0, dtype=np.int64)
        return Fingerprint(empty, empty, 0, 0)
    keys = _integer_array(list(mapping.keys()), "fingerprint keys r")
    values = _integer_array(list(mapping.values()), "fingerprint values f_r")
    if np.unique(keys).size != keys.size:
        raise ValueError(f"fingerprint keys r repeat; {_COUNTS_HINT}")
    return _make_fingerprint(keys, values)


def as_fingerprint(data: CountsLike) -> Fingerprint:
    """Validate a counts vector or a fingerprint mapping and return a :class:`Fingerprint`.

    This is the single validator every estimator calls. Accepted input:

    * a 1-D sequence / array of per-subject counts, integers ≥ 0 (integral floats such as ``3.0``
      are accepted; zeros are ignored);
    * a mapping ``{r: f_r}`` with integer keys ``r ≥ 0`` and integer values ``f_r ≥ 0`` (``r = 0``
      and ``f_r = 0`` entries are ignored);
    * a :class:`Fingerprint` (returned as is).

    Raises ``ValueError`` saying what to pass for anything else: negative or non-integer values,
    NaN, booleans, strings, or arrays that are not 1-D.
    """
    if isinstance(data, Fingerprint):
        return data
    if isinstance(data, Mapping):
        return _fingerprint_from_mapping(data)
    if isinstance(data, (str, bytes)):
        raise ValueError(f"got a string; {_COUNTS_HINT}")
    if np.isscalar(data):
        raise ValueError(f"got a scalar ({data!r}); {_COUNTS_HINT}")
    return _fingerprint_from_counts(_integer_array(data, "counts"))


P = ParamSpec("P")
R = TypeVar("R")


def _validated(func: Callable[Concatenate[Fingerprint, P], R]) -> Callable[..., R]:
    """Decorator: turn the first argument (``counts``, positional or keyword; a counts vector or a
    fingerprint) into a validated :class:`Fingerprint` before the estimator runs."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> R:
        if args:
            return func(as_fingerprint(args[0]), *args[1:], **kwargs)
        if "counts" not in kwargs:
            raise TypeError(f"{func.__name__}() missing its first argument 'counts'")
        data = kwargs.pop("counts")
        return func(as_fingerprint(data), **kwargs)

    return wrapper


def _check_confidence(confidence: float) -> float:
    """Return γ = 1 − confidence after checking 0 < confidence < 1."""
    c = float(confidence)
    if not 0.0 < c < 1.0:
        raise ValueError(
            f"confidence must be strictly between 0 and 1 (e.g. 0.95), got {confidence}"
        )
    return 1.0 - c


def _z(confidence: float) -> float:
    """Two-sided standard-normal quantile z with P(|Z| ≤ z) = confidence (stdlib NormalDist)."""
    gamma = _check_confidence(confidence)
    return statistics.NormalDist().inv_cdf(1.0 - gamma / 2.0)


def _clip01(x: float) -> float:
    return x if math.isnan(x) else min(1.0, max(0.0, x))


# --------------------------------------------------------------------------------------------
# Fingerprints
# --------------------------------------------------------------------------------------------


@_validated
def fingerprint(counts: Fingerprint) -> dict[int, int]:
    """Fingerprint of a counts vector: ``{r: f_r}``, ``f_r = #{s : X_s = r}``.

    Representation: a ``dict`` from ``r`` (Python int, ascending) to ``f_r`` (Python int), with
    only the ``r ≥ 1`` that occur (``f_r > 0``); zero counts are ignored, so there is no ``r = 0``
    key. A dict rather than a dense array because ``r`` can reach millions for a popular subject
    while only a few hundred distinct values occur; it is also JSON-friendly and is what the
    database's ``fingerprints`` view holds. Every estimator in this module accepts it in place of
    the counts vector.

    Edge cases: an empty or all-zero vector gives ``{}``. Accepts a fingerprint too (returns it
    normalised: ``f_r = 0`` and ``r = 0`` entries dropped, keys sorted).

    Reference: Good, I. J. (1953), "The population frequencies of species and the estimation of
    population parameters", Biometrika 40.
    """
    return counts.as_dict()


def counts_from_fingerprint(fp: Mapping[int, int] | npt.ArrayLike | Fingerprint) -> np.ndarray:
    """Expand a fingerprint into a counts vector (``int64``, ascending), the inverse of
    :func:`fingerprint` up to the order and the zeros of the original vector.

    ``fp`` is a mapping ``{r: f_r}``, a :class:`Fingerprint`, or a dense 1-D array ``f`` with
    ``f[r]`` subjects seen ``r`` times (``f[0]`` is ignored). The result has ``Σ f_r`` entries, so
    only use it when that is affordable; the estimators never need it.
    """
    if isinstance(fp, Fingerprint):
        fpr = fp
    elif isinstance(fp, Mapping):
        fpr = _fingerprint_from_mapping(fp)
    else:
        dense = _integer_array(fp, "dense fingerprint f")
        r = np.arange(dense.size, dtype=np.int64)
        fpr = _make_fingerprint(r, dense)
    return np.repeat(fpr.r, fpr.f)


# --------------------------------------------------------------------------------------------
# The singleton rate and its uncertainty
# --------------------------------------------------------------------------------------------


@_validated
def singleton_rate(counts: Fingerprint) -> float:
    """Good–Turing singleton rate ``sr = f1 / N`` (per subject, not per subject–value pair).

    ``f1`` is the number of subjects with exactly one example and ``N`` the number of examples.
    It is the Good–Turing estimate of the missing mass (the probability that the next example is
    about an unseen subject) and the quantity Theorem 2 of Kalai et al. bounds hallucination by.

    Edge cases: ``N = 0`` → ``nan``; all singletons → ``1.0``; ``f1 = 0`` → ``0.0``.

    References: Good (1953), Biometrika 40; Kalai, Nachum, Vempala & Zhang (2025), "Why Language
    Models Hallucinate", arXiv 2509.04664, Definition 2.
    """
    if counts.n == 0:
        return NAN
    return counts.f1 / counts.n


@_validated
def missing_mass_interval(
    counts: Fingerprint, confidence: float = 0.95, abstentions: bool = False
) -> tuple[float, float]:
    """Distribution-free interval for the missing mass ``M`` around ``f1/N``.

    With probability at least ``1 − γ`` (``γ = 1 − confidence``)::

        |M − f1/N| ≤ 1/N + 2.42·sqrt(ln(4/γ) / N)          (abstentions=False)
        |MM − sr|  ≤ 4.42·sqrt(ln(5/γ) / N)                 (abstentions=True)

    where ``MM`` is the missing mass when examples that abstain count in ``N`` but not as
    occurrences. The interval is clipped to ``[0, 1]``. It is wide (``~2.4·sqrt(ln(4/γ)/N)``) but
    holds for every distribution, which is why :func:`esty_interval` falls back to it.

    Edge cases: ``N = 0`` → ``(nan, nan)``.

    References: McAllester & Ortiz (2003), "Concentration inequalities for the missing mass and
    for histogram rule error", JMLR 4; Kalai et al. (2025), arXiv 2509.04664, Appendix B.
    """
    gamma = _check_confidence(confidence)
    n = counts.n
    if n == 0:
        return (NAN, NAN)
    sr = counts.f1 / n
    if abstentions:
        half = 4.42 * math.sqrt(math.log(5.0 / gamma) / n)
    else:
        half = 1.0 / n + 2.42 * math.sqrt(math.log(4.0 / gamma) / n)
    return (_clip01(sr - half), _clip01(sr + half))


@_validated
def esty_interval(counts: Fingerprint, confidence: float = 0.95) -> tuple[float, float]:
    """Esty's normal-approximation interval for the Good–Turing estimate ``f1/N``.

    ``f1/N ± z·sqrt(W)`` with ``W = (f1·(N − f1) + 2·N·f2) / N³`` and ``z`` the two-sided
    standard-normal quantile at ``confidence`` (``statistics.NormalDist().inv_cdf``), clipped to
    ``[0, 1]``.

    Edge cases: ``N = 0`` → ``(nan, nan)``. When the normal interval is degenerate (zero width:
    ``f1 = N``, i.e. all singletons, or ``f1 = f2 = 0``) it falls back to the distribution-free
    :func:`missing_mass_interval` at the same confidence.

    Reference: Esty, W. W. (1983), "A normal limit law for a nonparametric estimator of the
    coverage of a random sample", Annals of Statistics 11(3).
    """
    z = _z(confidence)
    n = counts.n
    if n == 0:
        return (NAN, NAN)
    f1, f2 = counts.f1, counts.f2
    if f1 == n or (f1 == 0 and f2 == 0):
        return missing_mass_interval(counts, confidence)
    w = (f1 * (n - f1) + 2 * n * f2) / n**3
    sr = f1 / n
    half = z * math.sqrt(w)
    return (_clip01(sr - half), _clip01(sr + half))


# --------------------------------------------------------------------------------------------
# Theorem 2 of Kalai et al. (2025)
# --------------------------------------------------------------------------------------------


def _check_answers(value: float, name: str) -> float:
    v = float(value)
    if math.isnan(v) or v <= 0:
        raise ValueError(
            f"{name} must be a positive number of wrong answers (e.g. 364), got {value}"
        )
    return v


def theorem2_floor(
    sr: float,
    n: int,
    min_wrong_answers: float,
    confidence: float = 0.99,
    delta: float = 0.0,
) -> float:
    """Theorem 2 lower bound on the hallucination rate of a (δ-)calibrated base model.

    With probability at least ``1 − γ`` (``γ = 1 − confidence``)::

        err ≥ sr − 2 / min_c|E_c| − 6·ln(3N/γ) / √N − δ

    ``min_wrong_answers`` is ``min_c |E_c|`` (364 for day-and-month birthdays; ``inf`` allowed)
    and ``δ`` the calibration error, which cannot be read off the corpus (report ``δ = 0``, "a
    calibrated base model"). At ``γ = 0.01``, ``6·ln(300) = 34.2``, so the paper rounds the
    finite-sample term to ``(35 + 6 ln N)/√N``. Worked figure: ``sr = 0.2``, ``|E| = 364``,
    ``N = 10^6`` → ≈ 0.077.

    The result is **not clipped**: a value ≤ 0 means the bound is vacuous at this ``N`` (the
    finite-sample term is 0.90 at ``N = 10^4``); callers clip at 0 and flag it
    (:func:`summarize` does both).

    Edge cases: ``n = 0`` (or ``sr`` NaN) → ``nan``. ``ValueError`` for ``n < 0``,
    ``min_wrong_answers ≤ 0`` or ``confidence`` outside ``(0, 1)``.

    Reference: Kalai, Nachum, Vempala & Zhang (2025), arXiv 2509.04664, Theorem 2.
    """
    gamma = _check_confidence(confidence)
    e_min = _check_answers(min_wrong_answers, "min_wrong_answers")
    if n < 0:
        raise ValueError(f"n (number of examples) must be >= 0, got {n}")
    if n == 0 or math.isnan(sr):
        return NAN
    return float(sr - 2.0 / e_min - 6.0 * math.log(3.0 * n / gamma) / math.sqrt(n) - float(delta))


def theorem2_ceiling(
    sr: float, n: int, max_wrong_answers: float, confidence: float = 0.99
) -> float:
    """Theorem 2 upper bound: some calibrated model errs at most this often (so the floor is
    nearly tight).

    With probability at least ``1 − γ``, an efficient algorithm outputs a calibrated model with::

        err ≤ (L / (L + 1)) · (sr + 5·sqrt(ln(5/γ) / N)),   L = max_c|E_c|

    (``γ = 0.01``: ``5·sqrt(ln 500) = 12.5 ≤ 13``, the paper's ``sr − sr/(L+1) + 13/√N``).
    Worked figure: ``sr = 0.2``, ``L = 364``, ``N = 10^6`` → ≈ 0.212. ``L = inf`` gives factor 1.

    Clipping: for small ``N`` the formula exceeds 1 (e.g. ``N = 10``, any ``sr``); an error rate
    is at most 1, so the result is **clipped to 1** (``min(1, ·)``), which is still a valid bound.
    It is not clipped below (it is ≥ 0 whenever ``sr ≥ 0``).

    Edge cases: ``n = 0`` (or ``sr`` NaN) → ``nan``.

    Reference: Kalai, Nachum, Vempala & Zhang (2025), arXiv 2509.04664, Theorem 2.
    """
    gamma = _check_confidence(confidence)
    big_l = _check_answers(max_wrong_answers, "max_wrong_answers")
    if n < 0:
        raise ValueError(f"n (number of examples) must be >= 0, got {n}")
    if n == 0 or math.isnan(sr):
        return NAN
    factor = 1.0 if math.isinf(big_l) else big_l / (big_l + 1.0)
    return min(1.0, factor * (sr + 5.0 * math.sqrt(math.log(5.0 / gamma) / n)))


# --------------------------------------------------------------------------------------------
# Related estimators
# --------------------------------------------------------------------------------------------


@_validated
def goods_coverage(counts: Fingerprint) -> float:
    """Good's coverage ``C = 1 − f1/N``: the estimated probability mass of the seen subjects.

    Edge cases: ``N = 0`` → ``nan``; all singletons → ``0.0``; ``f1 = 0`` → ``1.0``.

    Reference: Good (1953), Biometrika 40.
    """
    if counts.n == 0:
        return NAN
    return 1.0 - counts.f1 / counts.n


@_validated
def chao1(counts: Fingerprint, bias_corrected: bool = True) -> float:
    """Chao1 estimate of the number of subjects, including those not seen.

    Bias-corrected (default)::  ``S_obs + f1·(f1 − 1) / (2·(f2 + 1))``
    Classic (``bias_corrected=False``)::  ``S_obs + f1² / (2·f2)``, which needs ``f2 > 0``; when
    ``f1 = 0`` or ``f2 = 0`` the bias-corrected form is used instead (as scikit-bio does).

    Edge cases: ``N = 0`` → ``nan``; ``f1 = 0`` → ``S_obs``.

    References: Chao, A. (1984), "Nonparametric estimation of the number of classes in a
    population", Scandinavian Journal of Statistics 11; Chao (1987), Biometrics 43.
    """
    if counts.n == 0:
        return NAN
    s_obs, f1, f2 = counts.subjects, counts.f1, counts.f2
    if not bias_corrected and f1 > 0 and f2 > 0:
        return s_obs + f1 * f1 / (2.0 * f2)
    return s_obs + f1 * (f1 - 1) / (2.0 * (f2 + 1))


# --------------------------------------------------------------------------------------------
# Corpus size: Good–Toulmin and the singleton rate at another size
# --------------------------------------------------------------------------------------------


def _osw_k(n: int, t: float) -> int:
    """Orlitsky–Suresh–Wu binomial-smoothing order ``k = ⌈½·log₃(N·t² / (t − 1))⌉`` (t > 1)."""
    return max(1, math.ceil(0.5 * math.log(n * t * t / (t - 1.0), 3.0)))


def _binomial_tail(k: int, q: float) -> np.ndarray:
    """``P(L ≥ i)`` for ``i = 1..k``, ``L ~ Binomial(k, q)`` (index ``i − 1``)."""
    pmf = np.array([math.comb(k, j) * q**j * (1.0 - q) ** (k - j) for j in range(k + 1)])
    tail = np.cumsum(pmf[::-1])[::-1]  # tail[j] = P(L >= j)
    return np.minimum(1.0, tail[1:])


def _smoothing_weights(fp: Fingerprint, t: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Restrict the fingerprint to ``r ≤ k`` and return ``(r, f, P(L ≥ r))`` for the OSW
    binomial smoothing at ``t > 1`` (``q = 2/(t + 2)``)."""
    k = _osw_k(fp.n, t)
    tail = _binomial_tail(k, 2.0 / (t + 2.0))
    keep = fp.r <= k
    r, f = fp.r[keep], fp.f[keep]
    return r, f, tail[r - 1]


@_validated
def good_toulmin(counts: Fingerprint, t: float) -> float:
    """Expected number of new subjects seen in ``t·N`` further examples.

    ``t ≤ 1``: the Good–Toulmin estimator ``U(t) = −Σ_i (−t)^i·f_i`` (unbiased under Poisson
    sampling; its variance explodes for ``t > 1``).

    ``t > 1``: the smoothed estimator of Orlitsky, Suresh & Wu (2016)::

        U_L(t) = −Σ_i (−t)^i · P(L ≥ i) · f_i,   L ~ Binomial(k, q),
        q = 2/(t + 2),   k = ⌈½·log₃(N·t² / (t − 1))⌉

    Negative predictions are clipped to 0. Sums are taken with ``math.fsum`` (alternating series).
    Published figure: Corbet's butterflies give ``U(1) = 75``.

    Edge cases: ``t = 0`` → ``0.0``; ``N = 0`` → ``nan``; ``ValueError`` for ``t < 0`` or
    non-finite ``t``.

    References: Good, I. J. & Toulmin, G. H. (1956), Biometrika 43; Efron, B. & Thisted, R.
    (1976), Biometrika 63; Orlitsky, A., Suresh, A. T. & Wu, Y. (2016), "Optimal prediction of
    the number of unseen species", PNAS 113(47).
    """
    t = float(t)
    if not math.isfinite(t) or t < 0:
        raise ValueError(f"t (extra examples as a multiple of N) must be finite and >= 0, got {t}")
    if counts.n == 0:
        return NAN
    if t == 0.0:
        return 0.0
    if t <= 1.0:
        r, f = counts.r, counts.f
        weights = -np.power(-t, r.astype(np.float64))
    else:
        r, f, tail = _smoothing_weights(counts, t)
        weights = -np.power(-t, r.astype(np.float64)) * tail
    value = math.fsum((weights * f).tolist())
    return max(0.0, value)


# Accurate log-gamma differences, vectorised (numpy has no lgamma and scipy is not a dependency).

_STIRLING_MIN = 16.0
_LGAMMA_TABLE = np.array([math.inf] + [math.lgamma(k) for k in range(1, int(_STIRLING_MIN) + 1)])
_HALF_LOG_2PI = 0.5 * math.log(2.0 * math.pi)


def _stirling_correction(x: np.ndarray) -> np.ndarray:
    """``lgamma(x) − [(x − ½)·ln x − x + ½·ln 2π]`` for ``x ≥ 16`` (error < 2e-14)."""
    inv = 1.0 / x
    inv2 = inv * inv
    return inv * (1.0 / 12.0 - inv2 * (1.0 / 360.0 - inv2 * (1.0 / 1260.0 - inv2 / 1680.0)))


def _lgamma_int(x: np.ndarray) -> np.ndarray:
    """``lgamma(x)`` for integer-valued ``x ≥ 1`` (table below 16, Stirling series above)."""
    x = np.asarray(x, dtype=np.float64)
    small = x < _STIRLING_MIN
    big = np.where(small, _STIRLING_MIN, x)
    stirling = (big - 0.5) * np.log(big) - big + _HALF_LOG_2PI + _stirling_correction(big)
    table = _LGAMMA_TABLE[np.where(small, x, 1.0).astype(np.int64)]
    return np.where(small, table, stirling)


def _lgamma_diff(a: np.ndarray, h: np.ndarray) -> np.ndarray:
    """``lgamma(a + h) − lgamma(a)`` for integer-valued ``a ≥ 1``, ``h ≥ 0``, without the
    cancellation of subtracting two huge lgamma values when ``a`` is large::

        (a − ½)·log1p(h/a) + h·ln(a + h) − h + corr(a + h) − corr(a)
    """
    a, h = np.broadcast_arrays(np.asarray(a, np.float64), np.asarray(h, np.float64))
    small = a < _STIRLING_MIN
    big_a = np.where(small, _STIRLING_MIN, a)
    stirling = (
        (big_a - 0.5) * np.log1p(h / big_a)
        + h * np.log(big_a + h)
        - h
        + _stirling_correction(big_a + h)
        - _stirling_correction(big_a)
    )
    direct = _lgamma_int(a + h) - _lgamma_int(np.where(small, a, 1.0))
    return np.where(h == 0, 0.0, np.where(small, direct, stirling))


def _interpolate(fp: Fingerprint, sizes: np.ndarray) -> np.ndarray:
    """Exact ``E f1(m)/m`` for integer ``1 ≤ m ≤ N`` drawn without replacement (see
    :func:`singleton_rate_at`). Cost ``O(#sizes × #distinct counts)``."""
    n = fp.n
    multi = fp.r >= 2  # each singleton contributes exactly 1/N whatever m: add f1/N analytically
    m = sizes.astype(np.float64)[:, None]
    r = fp.r[multi].astype(np.float64)[None, :]
    valid = r <= (n - m + 1.0)  # otherwise C(N − r, m − 1) = 0
    base = np.where(valid, n - m - r + 2.0, 1.0)
    log_term = np.log(r) + _lgamma_diff(base, r - 1.0) - _lgamma_diff(n - r + 1.0, r)
    terms = np.where(valid, np.exp(np.where(valid, log_term, 0.0)), 0.0)
    rates = fp.f1 / n + terms @ fp.f[multi].astype(np.float64)
    rates[sizes == 1] = 1.0  # one example is always a singleton
    rates[sizes == n] = fp.f1 / n  # exact at the observed size
    return np.minimum(1.0, np.maximum(0.0, rates))


def gamma_poisson_rate(observed_rate: float, f2_over_f1: float, factor: float) -> float:
    """Singleton rate at ``factor`` × the observed size under a Gamma–Poisson (negative
    binomial) model fitted to ``a = f1/N`` and ``b = f2/f1``.

    Subjects' expected counts ``λ ~ Gamma(k, θ)``, counts Poisson: then
    ``f2/f1 = (k + 1)·p/2`` and ``f1/N = (1 − p)^(k+1)`` with ``p = θ/(1 + θ)``, and at ``s`` times
    the size ``sr(s) = (1 + θ·s)^−(k+1)`` (Fisher, Corbet & Williams 1943; Efron & Thisted 1976).
    ``p`` solves ``(1 − p)^(2b/p) = a`` (one root in (0, 1) when ``a < e^(−2b)``, found by
    bisection). Where the data are less dispersed than any Gamma–Poisson (``a ≥ e^(−2b)``), the
    Poisson limit ``θ → 0``: ``sr(s) = a·e^(−2b(s − 1))``. ``a = 0`` gives 0.
    """
    a, b = observed_rate, f2_over_f1
    if a <= 0.0:
        return 0.0
    if b <= 0.0 or a >= math.exp(-2.0 * b):
        return a * math.exp(-2.0 * b * (factor - 1.0))
    lo, hi = 0.0, 1.0
    log_a = math.log(a)
    for _ in range(100):  # g(p) = (2b/p)·ln(1 − p) − ln a is decreasing on (0, 1)
        mid = 0.5 * (lo + hi)
        if (2.0 * b / mid) * math.log1p(-mid) - log_a > 0.0:
            lo = mid
        else:
            hi = mid
    p = 0.5 * (lo + hi)
    shape1, theta = 2.0 * b / p, p / (1.0 - p)
    # normalised at s = 1 so the curve is exactly continuous at N despite the bisection's tolerance
    return a * ((1.0 + theta * factor) / (1.0 + theta)) ** (-shape1)


def _extrapolate(fp: Fingerprint, t: float) -> float:
    """Singleton rate at ``N·(1 + t)``, ``t > 0`` (see :func:`singleton_rate_at`), clipped to
    ``[0, f1/N]``."""
    observed = fp.f1 / fp.n
    if fp.f1 == 0:
        return 0.0
    rate = gamma_poisson_rate(observed, fp.f2 / fp.f1, 1.0 + t)
    return min(observed, max(0.0, rate))


def _check_sizes(fp: Fingerprint, size: Any) -> tuple[np.ndarray, bool]:
    arr = np.asarray(size, dtype=np.float64)
    scalar = arr.ndim == 0
    arr = arr.ravel()
    if not np.all(np.isfinite(arr)) or np.any(arr <= 0):
        raise ValueError(
            f"size must be a positive number of examples (or an array of them), got {size}"
        )
    inside = arr <= fp.n
    if np.any(inside & (arr != np.floor(arr))):
        raise ValueError(
            f"sizes up to N = {fp.n} must be whole numbers of examples (got {size}); round them"
        )
    return arr, scalar


@_validated
def singleton_rate_at(counts: Fingerprint, size: float | npt.ArrayLike) -> float | np.ndarray:
    """Expected singleton rate of the category in a corpus of ``size`` examples.

    ``size`` is a number or an array of numbers (the result then has its shape). Sizes above the
    observed ``N`` are *extrapolations*: label them with :func:`is_extrapolation`.

    **Interpolation** (``1 ≤ m ≤ N``, a uniformly random subsample of ``m`` examples drawn
    without replacement)::

        E f1(m) = Σ_s X_s · C(N − X_s, m − 1) / C(N, m),      sr(m) = E f1(m) / m

    Grouped by the fingerprint and computed in log space (accurate log-gamma differences), so the
    cost is ``O(#distinct counts)`` per size. ``sr(1) = 1``, ``sr(N) = f1/N`` exactly, and
    ``sr(m)`` is non-increasing in ``m``: ``sr(m) = Σ_s (X_s/N)·P(no other of the m − 1 draws
    hits s)``, each factor decreasing in ``m``.

    **Extrapolation** (``m = N·(1 + t)``, ``t > 0``): :func:`gamma_poisson_rate`, a Gamma–Poisson
    (negative binomial) model fitted to ``f1/N`` and ``f2/f1``: ``sr(s) = (1 + θ·s)^−(k+1)``.
    The Good–Toulmin route STATISTICS.md describes — ``(1/N)·Σ_i i·(−t)^(i−1)·f_i``, the slope
    of ``U(t)``, with Orlitsky–Suresh–Wu smoothing beyond ``t = 0.5`` — was implemented first and
    measured on real counts (``benchmarks/extrapolation_check.py``: extrapolate a random quarter
    of the shared Wikipedia corpus's subject counts and compare with the full counts): it
    underestimated the rate at 4× by 0.08–0.33 in every category (0.01–0.05 at 2×), while this
    fit is within 0.02 at both. Good–Toulmin stays in :func:`good_toulmin` for new subjects.

    Clipping: interpolated values lie in ``[0, 1]`` by construction. Extrapolated values are
    clipped to ``[0, f1/N]``: the expected singleton rate never rises as the corpus grows (it is
    ``Σ_s (λ_s/Λ)·e^{−λ_s(1+t)}`` under Poisson sampling, decreasing in ``t``), and the raw
    series can overshoot on fingerprints no sampling model would produce (e.g. an isolated
    spike at one ``r``).

    Edge cases: ``N = 0`` → ``nan`` for every size. ``ValueError`` for sizes ≤ 0, non-finite, or
    non-integer sizes ≤ ``N``.

    References: Fisher, Corbet & Williams (1943), J. Anim. Ecol. 12; Efron & Thisted (1976),
    Biometrika 63; Kalai et al. (2025), arXiv 2509.04664.
    """
    sizes, scalar = _check_sizes(counts, size)
    if counts.n == 0:
        out = np.full(sizes.shape, NAN)
    else:
        out = np.empty(sizes.shape)
        inside = sizes <= counts.n
        if np.any(inside):
            out[inside] = _interpolate(counts, sizes[inside])
        for j in np.flatnonzero(~inside).tolist():
            out[j] = _extrapolate(counts, float(sizes[j]) / counts.n - 1.0)
    if scalar:
        return float(out[0])
    return out.reshape(np.shape(size))


@_validated
def is_extrapolation(counts: Fingerprint, size: float | npt.ArrayLike) -> bool | np.ndarray:
    """Whether :func:`singleton_rate_at` extrapolates at ``size``: ``size > N``.

    Returns a bool for a scalar ``size``, a boolean array of the same shape for an array. With
    ``N = 0`` every positive size is an extrapolation (the rate there is ``nan`` anyway).
    """
    arr = np.asarray(size, dtype=np.float64)
    result = arr > counts.n
    if result.ndim == 0:
        return bool(result)
    return result


#: Below this many examples, or with no subject stated more than once, extrapolations are not
#: reported: with f1 = S_obs the Good–Toulmin series has nothing but its first term and the
#: smoothed estimator's bias dominates (it predicts a steep fall that the data cannot support).
MIN_EXTRAPOLATION_EXAMPLES = 50


@_validated
def can_extrapolate(counts: Fingerprint) -> bool:
    """Whether the data support extrapolating beyond N: ``N ≥ MIN_EXTRAPOLATION_EXAMPLES`` and
    at least one subject seen more than once (``f1 < S_obs``)."""
    return counts.n >= MIN_EXTRAPOLATION_EXAMPLES and counts.f1 < counts.subjects


# --------------------------------------------------------------------------------------------
# Summary
# --------------------------------------------------------------------------------------------


def summarize(
    counts: CountsLike | None = None,
    *,
    confidence: float = 0.99,
    min_wrong_answers: float,
    max_wrong_answers: float,
    fingerprint: Mapping[int, int] | Fingerprint | None = None,
) -> dict[str, Any]:
    """All statistics of one category, as a JSON-friendly dict of Python scalars.

    Pass either ``counts`` (per-subject counts, or a fingerprint mapping) or ``fingerprint=``
    (``{r: f_r}`` as the database's ``fingerprints`` view hands it over), not both.

    Keys: ``examples`` (N), ``subjects`` (S_obs), ``singletons`` (f1), ``doubletons`` (f2),
    ``singleton_rate`` (f1/N), ``singleton_rate_ci`` ([low, high], :func:`esty_interval` at
    ``confidence``), ``floor`` (:func:`theorem2_floor` at ``confidence``, ``δ = 0``, clipped at 0),
    ``floor_unclipped``, ``floor_vacuous`` (unclipped floor ≤ 0, or N = 0), ``ceiling``
    (:func:`theorem2_ceiling`), ``goods_coverage``, ``chao1``, ``good_toulmin_1x`` and
    ``good_toulmin_4x`` (expected new subjects after N and 4·N more examples),
    ``singleton_rate_2x`` and ``singleton_rate_4x`` (:func:`singleton_rate_at` 2·N and 4·N,
    extrapolated).

    Undefined values (``N = 0``) are ``float('nan')``; callers writing JSON turn them into null.
    """
    if (counts is None) == (fingerprint is None):
        raise ValueError("pass exactly one of counts or fingerprint= to summarize()")
    fp = as_fingerprint(fingerprint if counts is None else counts)  # type: ignore[arg-type]
    n = fp.n
    sr = singleton_rate(fp)
    low, high = esty_interval(fp, confidence)
    floor_raw = theorem2_floor(sr, n, min_wrong_answers, confidence)
    ceiling = theorem2_ceiling(sr, n, max_wrong_answers, confidence)
    vacuous = n == 0 or not floor_raw > 0
    gt_4x = float(good_toulmin(fp, 4.0))
    if not can_extrapolate(fp):
        rate_2x = rate_4x = gt_4x = NAN
    else:
        rate_2x = float(singleton_rate_at(fp, 2 * n))
        rate_4x = float(singleton_rate_at(fp, 4 * n))
    return {
        "examples": int(n),
        "subjects": int(fp.subjects),
        "singletons": int(fp.f1),
        "doubletons": int(fp.f2),
        "singleton_rate": float(sr),
        "singleton_rate_ci": [float(low), float(high)],
        "floor": NAN if math.isnan(floor_raw) else max(0.0, floor_raw),
        "floor_unclipped": float(floor_raw),
        "floor_vacuous": bool(vacuous),
        "ceiling": float(ceiling),
        "goods_coverage": float(goods_coverage(fp)),
        "chao1": float(chao1(fp)),
        "good_toulmin_1x": float(good_toulmin(fp, 1.0)),
        "good_toulmin_4x": gt_4x,
        "singleton_rate_2x": rate_2x,
        "singleton_rate_4x": rate_4x,
    }
