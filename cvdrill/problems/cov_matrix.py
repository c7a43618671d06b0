"""cov_matrix: [N,D] samples in rows -> [D,D] float64 sample covariance (1/(N-1)), as
np.cov(X, rowvar=False) but always [D,D]; N = 1 gives nan everywhere."""
import numpy as np

from ..judge.spec import Case, Problem, compare, shrink_rows
from ._statistics import FORBIDDEN, RTOL, atol, dtype_note, offset_pair


def cases(rng):
    X = np.array([[1.0, 2.0], [2.0, 1.0], [3.0, 4.0], [4.0, 3.0]])
    yield Case("4 samples of 2 variables: [[5/3, 1], [1, 5/3]]", (X,))
    yield Case("rows are samples: 3 samples of 5 variables -> [5,5]", (rng.normal(size=(3, 5)),))
    yield Case("5 samples of 3 variables -> [3,3] (not [5,5])", (rng.normal(size=(5, 3)),))
    yield Case("D=1: a [1,1] matrix (np.cov gives a 0-d array)", (np.array([[1.0], [2.0], [4.0]]),))
    yield Case("N=1: nan everywhere (N - 1 = 0, as numpy)", (np.array([[1.0, 2.0, 3.0]]),))
    yield Case("N=2", (np.array([[1.0, 5.0], [3.0, -1.0]]),))
    yield Case("a constant column: zero row and column", (np.column_stack([rng.normal(size=6), np.full(6, 7.0), rng.normal(size=6)]),))
    yield Case("D > N: singular, still symmetric", (rng.normal(size=(4, 9)),))
    yield Case("uint8 features", (rng.integers(0, 256, (20, 4)).astype(np.uint8),))
    yield Case("int64 features", (rng.integers(-50, 50, (15, 3)),))
    yield Case("float32 features (computed in float64)", (rng.normal(size=(30, 4)).astype(np.float32),))
    bx, by = offset_pair(rng, 500)
    yield Case("columns around 1e8: E[xy] - E[x]E[y] cancels catastrophically",
               (np.column_stack([bx, by, 1e8 + rng.normal(size=500)]),))
    for n, d, scale in ((10, 2, 1.0), (50, 8, 3.0), (200, 16, 0.1), (1000, 5, 10.0), (64, 64, 1.0)):
        mix = rng.normal(size=(d, d))
        yield Case(f"random {n} samples of {d} correlated variables, scale {scale:g}",
                   (rng.normal(size=(n, d)) @ mix * scale + rng.normal(size=d),), random=True)


def check(case, expected, got):
    X = case.args[0]
    msg = compare(expected, got, RTOL, atol(X, axis=0), what="result")
    if msg is None:
        return None
    n, d = X.shape
    if isinstance(got, np.ndarray) and got.shape == (n, n) and n != d:
        msg += " (an [N,N] matrix: the rows of X are the samples, so the covariance is between its D columns)"
    elif isinstance(got, np.ndarray) and got.shape == (d, d) and "values differ" in msg and n > 1:
        c = X.astype(np.float64) - X.astype(np.float64).mean(0)
        if np.allclose(got, c.T @ c / n, RTOL, atol(X, axis=0)):
            msg += " (divided by N: the sample covariance divides by N - 1)"
    return msg + dtype_note(case)


PROBLEM = Problem(
    slug="cov_matrix",
    kind="numpy",
    params=["X"],
    cases=cases,
    check=check,
    forbidden=FORBIDDEN,
    shrink=shrink_rows(0),
    terms=["[N,D]", "rows are samples", "[D,D]", "1/(N-1)", "rowvar=False", "0-d", "[1,1]", "nan", "N = 1",
           "float64", "uint8", "1e8", "1e-6"],
)
