"""variance: every element of an array -> a Python float, population (1/N, the default) or
sample (1/(N-1)) variance, as np.var(x, ddof); nan where N - ddof <= 0; two-pass accurate."""
import numpy as np

from ..judge import gen
from ..judge.spec import Case, Problem, shrink_rows
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
)
