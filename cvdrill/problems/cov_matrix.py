"""cov_matrix: [N,D] samples in rows -> [D,D] float64 sample covariance (1/(N-1)), as
np.cov(X, rowvar=False) but always [D,D]; N = 1 gives nan everywhere."""
import numpy as np

from ..judge.spec import Case, Problem, Variant, compare, shrink_rows
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


def cov_with(X, ddof=1, rowvar=False, centre=True):
    """Covariance under another convention: divided by N - ddof, the rows as the variables
    (np.cov's default rowvar=True: an [N,N] matrix), or not centred (a second moment);
    0 / 0 gives nan and x / 0 inf, as numpy's division does."""
    a = np.asarray(X, dtype=np.float64)
    if rowvar:
        a = a.T
    c = a - a.mean(axis=0) if centre else a
    with np.errstate(divide="ignore", invalid="ignore"):
        return c.T @ c / np.float64(len(a) - ddof)


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
    variants=[
        Variant("the biased covariance (divide by N)", lambda X: cov_with(X, ddof=0),
                "the sum of products of the centred columns is divided by N (the population covariance, "
                "np.cov(..., bias=True)); the sample covariance divides by N - 1, which makes N = 1 nan",
                "中心化后各列乘积之和除以了 N（总体协方差，即 np.cov(..., bias=True)）；样本协方差应除以 N - 1，"
                "此时 N = 1 的结果是 nan",
                name_zh="有偏协方差（除以 N）"),
        Variant("the rows as variables (np.cov's default rowvar=True)", lambda X: cov_with(X, rowvar=True),
                "the rows are taken as the variables and the columns as the samples, which gives the [N,N] "
                "covariance between samples (np.cov(X) with its default rowvar=True); the rows of X are the "
                "samples: centre each column and return the [D,D] matrix Xc.T @ Xc / (N - 1)",
                "把行当成了变量、列当成了样本，得到的是样本之间的 [N,N] 协方差（np.cov(X) 的默认 rowvar=True）；"
                "X 的每一行是一个样本：应把各列中心化，返回 [D,D] 矩阵 Xc.T @ Xc / (N - 1)",
                name_zh="把行当变量（np.cov 默认的 rowvar=True）"),
        Variant("no centring (the second moment)", lambda X: cov_with(X, centre=False),
                "X.T @ X / (N - 1) without subtracting the column means is a second moment, not a covariance; "
                "centre the columns first: Xc = X - X.mean(axis=0), then Xc.T @ Xc / (N - 1)",
                "没有减去各列均值的 X.T @ X / (N - 1) 是二阶矩，不是协方差；应先把各列中心化："
                "Xc = X - X.mean(axis=0)，再算 Xc.T @ Xc / (N - 1)",
                name_zh="没有中心化（二阶矩）"),
    ],
)
