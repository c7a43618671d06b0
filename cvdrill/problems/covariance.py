"""covariance: two equally shaped arrays -> a Python float, sample (1/(N-1), the default) or
population (1/N) covariance, as np.cov(x, y, ddof)[0, 1]; nan where N - ddof <= 0."""
import numpy as np

from ..judge import gen
from ..judge.spec import Case, Problem, Variant, shrink_rows
from ._statistics import FORBIDDEN, check_scalar, dtype_note, offset_pair


def cases(rng):
    x = np.array([1.0, 2.0, 3.0, 4.0])
    y = np.array([2.0, 1.0, 4.0, 3.0])
    yield Case("[1,2,3,4] and [2,1,4,3], default (unbiased): 1.0", (x, y))
    yield Case("[1,2,3,4] and [2,1,4,3], unbiased=False: 0.75", (x, y), {"unbiased": False})
    yield Case("unbiased by position: covariance(x, y, False)", (x, y[::-1].copy(), False))
    yield Case("negative covariance", (x, -2 * x + 1), {"unbiased": True})
    yield Case("x with itself: the variance", (x, x.copy()), {"unbiased": True})
    yield Case("one pair, unbiased: nan (N - 1 = 0, as numpy)", (np.array([3.0]), np.array([5.0])), {"unbiased": True})
    yield Case("one pair, population: 0", (np.array([3.0]), np.array([5.0])), {"unbiased": False})
    yield Case("empty arrays: nan", (np.zeros(0), np.zeros(0)), {"unbiased": True})
    yield Case("a constant sample: 0", (np.full(6, 2.5), rng.normal(size=6)), {"unbiased": True})
    yield Case("2-D arrays: element k of x pairs with element k of y", (rng.normal(size=(3, 5)), rng.normal(size=(3, 5))),
               {"unbiased": True})
    a = gen.image(rng, 12, 12, np.uint8)
    yield Case("uint8 images (x * y overflows uint8)", (a, np.flipud(a).copy()), {"unbiased": False})
    yield Case("int64 and float64", (rng.integers(0, 100, 40), rng.normal(size=40)), {"unbiased": True})
    bx, by = offset_pair(rng, 1000)
    yield Case("1e8 + correlated N(0, 1): E[xy] - E[x]E[y] cancels catastrophically", (bx, by), {"unbiased": True})
    for n, shape, scale, rho, unb in ((10, (10,), 1, 0.5, True), (100, (100,), 3, -0.8, False), (1000, (1000,), 0.01, 0.2, True),
                                      (240, (8, 30), 10, 0.9, False), (3000, (3000,), 1, 0.0, True), (2, (2,), 1, 0.5, True)):
        u = rng.normal(size=shape)
        v = rho * u + np.sqrt(1 - rho * rho) * rng.normal(size=shape)
        yield Case(f"random {list(shape)}, scale {scale:g}, correlation ~{rho:g}, unbiased={unb}",
                   (u * scale + 1, v * scale - 2), {"unbiased": unb}, random=True)


def check(case, expected, got):
    msg = check_scalar(case, expected, got)
    return msg + dtype_note(case) if msg else None


def _shrink(case):
    x, y = case.args[:2]
    if x.ndim != 1:
        return [Case(f"{case.name} (flattened)", (x.ravel(), y.ravel()) + tuple(case.args[2:]), dict(case.kwargs), random=True)]
    return shrink_rows(0, 1)(case)


def covariance_with(x, y, unbiased=True, ddof=None):
    """The two-pass covariance divided by N - ddof (ddof=None: 1 if unbiased else 0); nan where
    that is not positive."""
    a = np.asarray(x, dtype=np.float64).ravel()
    b = np.asarray(y, dtype=np.float64).ravel()
    if ddof is None:
        ddof = int(bool(unbiased))
    if a.size - ddof <= 0:
        return float("nan")
    return float((a - a.mean()) @ (b - b.mean()) / (a.size - ddof))


def _population_default(x, y, unbiased=False):
    return covariance_with(x, y, unbiased)


PROBLEM = Problem(
    slug="covariance",
    kind="numpy",
    params=["x", "y", "unbiased"],
    cases=cases,
    check=check,
    forbidden=FORBIDDEN,
    shrink=_shrink,
    terms=["same shape", "element k", "1/(N-1)", "1/N", "unbiased=True", "nan", "N = 1", "empty", "Python float",
           "float64", "uint8", "1e8", "two-pass", "1e-6"],
    variants=[
        Variant("the population default (unbiased=False)", _population_default,
                "the default is unbiased=False (as np.var's ddof=0), so a call without the flag divides by N; "
                "here the default is unbiased=True, the sample covariance (1/(N-1)), as np.cov",
                "默认值写成了 unbiased=False（像 np.var 的 ddof=0 那样），于是不传这个参数时除以了 N；"
                "本题的默认值是 unbiased=True，即样本协方差（1/(N-1)），与 np.cov 一致",
                name_zh="默认值写成 unbiased=False"),
        Variant("the biased covariance (divide by N)", lambda x, y, unbiased=True: covariance_with(x, y, ddof=0),
                "unbiased is ignored and the sum of products of the deviations is always divided by N (their "
                "mean); with unbiased=True, the default, divide by N - 1, which makes N = 1 nan",
                "忽略了 unbiased，离差乘积之和总是除以 N（即取平均）；unbiased=True（默认）时应除以 N - 1，"
                "此时 N = 1 的结果是 nan",
                name_zh="有偏协方差（除以 N）"),
    ],
)
