"""pearson: two equally shaped arrays -> Pearson's r as a Python float in [-1, 1], as
np.corrcoef(x, y)[0, 1]; nan for a constant sample, one element or empty."""
import numpy as np

from ..judge import gen
from ..judge.spec import Case, Problem, shrink_rows
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
)
