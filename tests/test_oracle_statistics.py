"""The variance, covariance, cov_matrix and pearson references against numpy (np.var with ddof,
np.cov, np.corrcoef), including the degenerate sizes, integer inputs and data around 1e8."""
import math
import warnings

import numpy as np
import pytest

from cvdrill.judge.run import load_reference

variance = load_reference("variance", "variance")
covariance = load_reference("covariance", "covariance")
cov_matrix = load_reference("cov_matrix", "cov_matrix")
pearson = load_reference("pearson", "pearson")


def same(a, b, rtol=1e-12, atol=1e-12):
    return (math.isnan(a) and math.isnan(b)) or math.isclose(a, b, rel_tol=rtol, abs_tol=atol)


def samples():
    rng = np.random.default_rng(5)
    yield np.array([1.0, 2.0, 3.0, 4.0]), np.array([2.0, 1.0, 4.0, 3.0])
    yield np.array([3.5]), np.array([1.0])
    yield np.zeros(0), np.zeros(0)
    yield np.full(6, 2.5), rng.normal(size=6)
    yield rng.normal(size=(3, 5)), rng.normal(size=(3, 5))
    yield rng.integers(0, 256, 50).astype(np.uint8), rng.integers(0, 256, 50).astype(np.uint8)
    yield rng.integers(-1000, 1000, 40), rng.normal(size=40)
    yield rng.normal(3, 2, 200).astype(np.float32), rng.normal(size=200).astype(np.float32)
    x = rng.normal(size=1000)
    yield 1e8 + x, 1e8 + 0.6 * x + 0.8 * rng.normal(size=1000)


@pytest.mark.parametrize("i", range(9))
def test_against_numpy(i):
    x, y = list(samples())[i]
    xf, yf = x.astype(np.float64).ravel(), y.astype(np.float64).ravel()
    xc, yc = x.copy(), y.copy()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # numpy warns on 0 / 0 and on ddof >= N
        for unbiased in (False, True):
            ddof = int(unbiased)
            assert same(variance(x, unbiased), float(np.var(xf, ddof=ddof)))
            expected = float(np.cov(xf, yf, ddof=ddof)[0, 1]) if xf.size else math.nan
            assert same(covariance(x, y, unbiased), expected)
        assert same(pearson(x, y), float(np.corrcoef(xf, yf)[0, 1]) if xf.size else math.nan, atol=1e-12)
    assert type(variance(x)) is float and type(covariance(x, y)) is float and type(pearson(x, y)) is float
    np.testing.assert_array_equal(x, xc)
    np.testing.assert_array_equal(y, yc)


def test_defaults():
    x = np.array([1.0, 2.0, 3.0, 4.0])
    assert variance(x) == 1.25                     # population by default
    assert math.isclose(covariance(x, x), 5 / 3)   # sample by default, as np.cov
    assert math.isnan(variance(np.array([1.0]), True)) and variance(np.array([1.0])) == 0.0
    assert math.isnan(covariance(np.array([1.0]), np.array([2.0])))


@pytest.mark.parametrize("shape", [(4, 2), (3, 5), (5, 3), (3, 1), (1, 3), (2, 2), (500, 3), (64, 64)])
def test_cov_matrix_against_np_cov(shape):
    rng = np.random.default_rng(shape[0] * 100 + shape[1])
    X = rng.normal(size=shape) @ rng.normal(size=(shape[1], shape[1])) + rng.normal(size=shape[1])
    if shape == (500, 3):
        X = X + 1e8
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        expected = np.atleast_2d(np.cov(X, rowvar=False))
    got = cov_matrix(X)
    assert got.shape == (shape[1], shape[1]) and got.dtype == np.float64
    np.testing.assert_allclose(got, expected, rtol=1e-9, atol=1e-9)
    if shape[0] > 1:
        np.testing.assert_array_equal(got, got.T)


def test_cov_matrix_integer_and_single_row():
    X = np.array([[1, 2], [2, 1], [3, 4], [4, 3]], np.uint8)
    np.testing.assert_allclose(cov_matrix(X), [[5 / 3, 1.0], [1.0, 5 / 3]])
    assert np.isnan(cov_matrix(np.array([[1.0, 2.0, 3.0]]))).all()


def test_large_offset_is_accurate():
    rng = np.random.default_rng(0)
    x = rng.normal(size=1000)
    big = 1e8 + x
    assert math.isclose(variance(big), float(np.var(x)), rel_tol=1e-6)
    naive = float(np.mean(big * big) - np.mean(big) ** 2)
    assert abs(naive - float(np.var(x))) > 0.1  # the one-pass formula is far off: the corpus relies on it


def test_pearson_edges():
    x = np.array([1.0, 2.0, 3.0, 4.0])
    assert pearson(x, 2 * x + 1) == 1.0 and pearson(x, -3 * x + 7) == -1.0
    assert math.isnan(pearson(x, np.full(4, 2.0)))
    assert math.isnan(pearson(np.array([1.0]), np.array([2.0])))
    assert math.isnan(pearson(np.zeros(0), np.zeros(0)))
    assert math.isclose(pearson(x, np.array([2.0, 1.0, 4.0, 3.0])), 0.6)
