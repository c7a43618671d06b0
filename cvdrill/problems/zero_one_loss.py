"""zero_one_loss: the 0-1 loss (exact form, and the relaxed |Y - f(X)| >= T form),
averaged over all elements."""
import numpy as np

from ..judge.spec import Case, Problem, close
from ._loss_grad import shrink_flat


def _grid(rng, shape, dtype, lo=-4, hi=4):
    """Floats on a grid of 1/8: differences are exact in float32, so ties at T are exact."""
    return (rng.integers(lo * 8, hi * 8 + 1, shape) / 8).astype(dtype)


def _labels(rng, n, k, wrong=0.3):
    y = rng.integers(0, k, n)
    p = y.copy()
    m = rng.uniform(size=n) < wrong
    p[m] = rng.integers(0, k, int(m.sum()))
    return p.astype(np.int64), y.astype(np.int64)


def cases(rng):
    f32, f64, i64 = np.float32, np.float64, np.int64
    yield Case("empty int64 labels (mean of nothing: nan)", (np.zeros(0, i64), np.zeros(0, i64)))
    yield Case("empty float32 with a threshold", (np.zeros(0, f32), np.zeros(0, f32)), {"threshold": 0.5})
    yield Case("class labels, 2 of 5 wrong", (np.array([0, 1, 2, 2, 1], i64), np.array([0, 2, 2, 1, 1], i64)))
    yield Case("all correct", (np.array([3, 1, 4], i64), np.array([3, 1, 4], i64)))
    yield Case("all wrong", (np.array([1, 0], i64), np.array([0, 1], i64)))
    yield Case("one element", (np.array([7], i64), np.array([2], i64)))
    yield Case("floats compared exactly", (np.array([0.5, 0.25, -1.0, 2.0], f64), np.array([0.5, 0.5, -1.0, 2.125], f64)))
    yield Case("|Y - f(X)| == T counts as 1 (>=)", (np.array([1.0, 1.5, 2.0, 0.0], f32),
                                                    np.array([1.5, 1.0, 2.25, 0.75], f32)), {"threshold": 0.5})
    yield Case("threshold on int64 labels (float32 result)", (np.array([0, 3, 5, 9], i64), np.array([1, 1, 5, 6], i64)),
               {"threshold": 2})
    yield Case("threshold=0: every element counts", (np.array([1.0, 2.0], f64), np.array([1.0, 2.0], f64)), {"threshold": 0.0})
    yield Case("threshold given by position", (np.array([0.0, 1.0, 3.0], f64), np.array([0.25, 0.0, 3.0], f64), 0.25))
    yield Case("[N,C] float32 regression outputs, threshold=1", (_grid(rng, (4, 3), f32), _grid(rng, (4, 3), f32)),
               {"threshold": 1.0})
    for n, k in ((100, 10), (1000, 3), (5000, 80)):
        yield Case(f"random int64 labels N={n}, {k} classes", _labels(rng, n, k), random=True)
    for i, (shape, t) in enumerate([((200,), 0.5), ((30, 7), 1.25), ((2, 3, 16, 16), 2.0),
                                    ((1000,), None), ((64, 40), 0.125)]):
        dt = (f32, f64)[i % 2]
        p, y = _grid(rng, shape, dt), _grid(rng, shape, dt)
        if t is None:  # exact form: make some equal
            m = rng.uniform(size=shape) < 0.5
            p[m] = y[m]
        kw = {} if t is None else {"threshold": t}
        yield Case(f"random {list(shape)} {np.dtype(dt).name}, threshold={t}", (p, y), kw, random=True)


PROBLEM = Problem(
    slug="zero_one_loss",
    kind="torch",
    params=["pred", "target", "threshold"],
    cases=cases,
    check=close(rtol=1e-6, atol=0.0),
    forbidden=["sklearn.metrics.zero_one_loss", "sklearn.metrics.accuracy_score", "torchmetrics.*",
               "sklearn.metrics._classification.*"],
    shrink=shrink_flat(0, 1),
    terms=["same shape", "exactly", ">= t", "mean", "0-d", "float32", "int64", "dtype", "nan", "device"],
)
