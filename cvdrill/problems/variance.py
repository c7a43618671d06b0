"""variance: every element of an array -> a Python float, population (1/N, the default) or
sample (1/(N-1)) variance, as np.var(x, ddof); nan where N - ddof <= 0; two-pass accurate."""
from functools import partial

import numpy as np

from ..judge import gen
from ..judge.spec import Case, Problem, Variant, shrink_rows
from ._statistics import FORBIDDEN, check_scalar, dtype_note, offset_pair


def cases(rng):
    x = np.array([1.0, 2.0, 3.0, 4.0])
    yield Case("[1, 2, 3, 4], default (population): 1.25", (x,))
    yield Case("[1, 2, 3, 4], unbiased=True: 5/3", (x,), {"unbiased": True})
    yield Case("unbiased by position: variance(x, True)", (np.array([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]), True))
    yield Case("one element, population: 0", (np.array([3.5]),), {"unbiased": False})
    yield Case("one element, unbiased: nan (N - 1 = 0, as numpy)", (np.array([3.5]),), {"unbiased": True})
    yield Case("empty array: nan", (np.zeros(0),), {"unbiased": False})
    yield Case("empty array, unbiased: nan", (np.zeros(0),), {"unbiased": True})
    yield Case("constant array: 0", (np.full(7, 2.5),), {"unbiased": True})
    yield Case("2-D array: every element counts (no axis)", (rng.normal(size=(3, 4)),), {"unbiased": False})
    yield Case("uint8 image (x**2 overflows uint8)", (gen.image(rng, 16, 16, np.uint8),), {"unbiased": False})
    yield Case("int64 values", (rng.integers(-1000, 1000, 50),), {"unbiased": True})
    yield Case("float32 input (computed in float64)", (rng.normal(3, 2, 200).astype(np.float32),), {"unbiased": False})
    big, _ = offset_pair(rng, 1000)
    yield Case("1e8 + N(0, 1): E[x^2] - E[x]^2 cancels catastrophically", (big,), {"unbiased": False})
    yield Case("1e8 + N(0, 1), unbiased", (big[:500].copy(),), {"unbiased": True})
    for n, shape, loc, scale, unb in ((10, (10,), 0, 1, False), (100, (100,), 5, 3, True), (1000, (1000,), -2, 0.1, False),
                                      (240, (8, 30), 0, 10, True), (5000, (5000,), 100, 1, True), (2, (2,), 0, 1, True)):
        yield Case(f"random {list(shape)} N({loc}, {scale}^2), unbiased={unb}",
                   (rng.normal(loc, scale, shape),), {"unbiased": unb}, random=True)


def check(case, expected, got):
    msg = check_scalar(case, expected, got)
    return msg + dtype_note(case) if msg else None


def _shrink(case):
    x = case.args[0]
    if x.ndim != 1:
        return [Case(f"{case.name} (flattened)", (x.ravel(),) + tuple(case.args[1:]), dict(case.kwargs), random=True)]
    return shrink_rows(0)(case)


def variance_with(x, unbiased=False, ddof=None, swapped=False):
    """The two-pass variance with another divisor: N - ddof whatever `unbiased` says, or the
    flag read backwards; nan where the divisor is not positive."""
    a = np.asarray(x, dtype=np.float64).ravel()
    if ddof is None:
        ddof = int(bool(unbiased) != swapped)
    if a.size - ddof <= 0:
        return float("nan")
    d = a - a.mean()
    return float(d @ d / (a.size - ddof))


PROBLEM = Problem(
    slug="variance",
    kind="numpy",
    params=["x", "unbiased"],
    cases=cases,
    check=check,
    forbidden=FORBIDDEN,
    shrink=_shrink,
    terms=["every element", "1/N", "1/(N-1)", "unbiased=False", "nan", "N = 1", "empty", "Python float",
           "float64", "uint8", "1e8", "two-pass", "1e-6"],
    variants=[
        Variant("the flag read backwards", partial(variance_with, swapped=True),
                "unbiased=False divides by N - 1 and unbiased=True by N; it is the other way round: the default "
                "unbiased=False is the population variance (1/N), unbiased=True the sample variance (1/(N-1))",
                "unbiased=False 时除以了 N - 1，unbiased=True 时除以了 N，正好反了：默认的 unbiased=False 是总体方差"
                "（1/N），unbiased=True 才是样本方差（1/(N-1)）",
                name_zh="unbiased 标志用反了"),
        Variant("the biased variance (divide by N)", partial(variance_with, ddof=0),
                "unbiased is ignored and the sum of squared deviations is always divided by N; with unbiased=True "
                "divide by N - 1 (Bessel's correction), which makes N = 1 nan",
                "忽略了 unbiased，离均差平方和总是除以 N；unbiased=True 时应除以 N - 1（贝塞尔校正），"
                "此时 N = 1 的结果是 nan",
                name_zh="有偏方差（除以 N）"),
        Variant("the sample variance (divide by N-1)", partial(variance_with, ddof=1),
                "unbiased is ignored and the sum of squared deviations is always divided by N - 1 (the default of "
                "torch.var); here the default unbiased=False is the population variance: divide by N, which makes "
                "N = 1 give 0",
                "忽略了 unbiased，离均差平方和总是除以 N - 1（torch.var 的默认做法）；本题默认的 unbiased=False "
                "是总体方差：应除以 N，此时 N = 1 的结果是 0",
                name_zh="样本方差（除以 N-1）"),
    ],
)
