"""pearson: two equally shaped arrays -> Pearson's r as a Python float in [-1, 1], as
np.corrcoef(x, y)[0, 1]; nan for a constant sample, one element or empty."""
import math

import numpy as np

from ..judge import gen
from ..judge.spec import Case, Problem, Variant, shrink_rows
from ._statistics import FORBIDDEN, check_scalar, dtype_note, offset_pair

ATOL = 1e-9  # r is in [-1, 1]: a two-pass float64 answer is good to ~1e-12 even around 1e8


def cases(rng):
    x = np.array([1.0, 2.0, 3.0, 4.0])
    yield Case("[1,2,3,4] and [2,1,4,3]: 0.6", (x, np.array([2.0, 1.0, 4.0, 3.0])))
    yield Case("y = 2x + 1: exactly 1", (x, 2 * x + 1))
    yield Case("y = -3x + 7: exactly -1", (x, -3 * x + 7))
    yield Case("two points: +-1", (np.array([0.0, 1.0]), np.array([5.0, 2.0])))
    yield Case("a constant sample: nan (zero variance, as np.corrcoef)", (x, np.full(4, 2.0)))
    yield Case("both constant: nan", (np.full(3, 1.0), np.full(3, 5.0)))
    yield Case("one element: nan", (np.array([1.0]), np.array([2.0])))
    yield Case("empty arrays: nan", (np.zeros(0), np.zeros(0)))
    yield Case("uncorrelated by construction: 0", (np.array([1.0, -1.0, 1.0, -1.0]), np.array([1.0, 1.0, -1.0, -1.0])))
    u = rng.normal(size=20)
    yield Case("scale does not matter: x and 1000 x + 5: 1", (u, u * 1000 + 5))
    yield Case("2-D arrays: element k of x pairs with element k of y", (rng.normal(size=(4, 6)), rng.normal(size=(4, 6))))
    a = gen.image(rng, 12, 12, np.uint8)
    yield Case("uint8 images (x * y overflows uint8)", (a, np.clip(a.astype(int) + rng.integers(-40, 40, a.shape), 0, 255).astype(np.uint8)))
    bx, by = offset_pair(rng, 1000)
    yield Case("1e8 + correlated N(0, 1): the one-pass formula cancels catastrophically", (bx, by))
    for n, shape, rho in ((10, (10,), 0.5), (100, (100,), -0.8), (1000, (1000,), 0.2), (240, (8, 30), 0.95),
                          (3000, (3000,), 0.0), (50, (50,), -0.3)):
        u = rng.normal(size=shape)
        v = rho * u + np.sqrt(1 - rho * rho) * rng.normal(size=shape)
        yield Case(f"random {list(shape)}, correlation ~{rho:g}", (u * 3 + 1, v - 2), random=True)


def check(case, expected, got):
    msg = check_scalar(case, expected, got, tol=ATOL)
    return msg + dtype_note(case) if msg else None


def _shrink(case):
    x, y = case.args[:2]
    if x.ndim != 1:
        return [Case(f"{case.name} (flattened)", (x.ravel(), y.ravel()), dict(case.kwargs), random=True)]
    return shrink_rows(0, 1)(case)


def pearson_with(x, y, scale_n=False, undefined=math.nan):
    """r under another convention: times N/(N-1), unclipped (the sample covariance over
    population standard deviations; nan for N < 2), or `undefined` where r is 0 / 0."""
    a = np.asarray(x, dtype=np.float64).ravel()
    b = np.asarray(y, dtype=np.float64).ravel()
    n = a.size
    if scale_n and n < 2:
        return math.nan  # N - 1 = 0
    if n == 0:
        return float(undefined)
    da, db = a - a.mean(), b - b.mean()
    den = math.sqrt(float(da @ da) * float(db @ db))
    if den == 0.0:
        return float(undefined)
    r = float(da @ db) / den
    return r * n / (n - 1) if scale_n else min(1.0, max(-1.0, r))


PROBLEM = Problem(
    slug="pearson",
    kind="numpy",
    params=["x", "y"],
    cases=cases,
    check=check,
    forbidden=FORBIDDEN,
    shrink=_shrink,
    terms=["same shape", "element k", "[-1, 1]", "nan", "constant", "one element", "empty", "Python float",
           "float64", "uint8", "1e8", "two-pass", "1e-6", "1e-9"],
    variants=[
        Variant("mixed divisors (N-1 over N)", lambda x, y: pearson_with(x, y, scale_n=True),
                "the covariance divides by N - 1 but the standard deviations by N, so r comes out N/(N-1) times "
                "too large in magnitude (and can pass 1); use one divisor for all three, or none: "
                "r = sum(dx * dy) / sqrt(sum(dx**2) * sum(dy**2))",
                "协方差除以了 N - 1，标准差却除以了 N，于是 r 的绝对值大了 N/(N-1) 倍（还可能超过 1）；三者应使用"
                "同一个除数，或者干脆都不除：r = sum(dx * dy) / sqrt(sum(dx**2) * sum(dy**2))",
                name_zh="除数混用（N-1 与 N）"),
        Variant("0 for an undefined correlation", lambda x, y: pearson_with(x, y, undefined=0.0),
                "a constant sample (zero variance), a single element or empty arrays give 0; the correlation is "
                "undefined there (0 / 0) and np.corrcoef gives nan: return nan",
                "某个样本为常数（方差为零）、只有一个元素或数组为空时返回了 0；这些情况下相关系数没有定义（0 / 0），"
                "np.corrcoef 返回 nan：应返回 nan",
                name_zh="无定义时返回 0"),
    ],
)
