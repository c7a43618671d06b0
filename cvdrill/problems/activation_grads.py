"""activation_grads: the derivatives of seven activations, by hand (no autograd), with
torch's autograd values at the kinks."""
import numpy as np

from ..judge.spec import Case, Problem, compare, shrink_rows
from . import _activation as A

KEYS = ("sigmoid", "tanh", "relu", "leaky_relu", "elu", "gelu", "silu")


def cases(rng):
    f32, f64 = np.float32, np.float64
    yield Case("empty", (np.zeros(0, f32),))
    yield Case("0-d tensor", (np.array(-0.5, f64),))
    yield Case("-1000 .. 1000 and exact 0, float32", (A.POINTS.astype(f32),))
    yield Case("-1000 .. 1000 and exact 0, float64", (A.POINTS.astype(f64),))
    yield Case("exact zeros (the kinks)", (np.zeros((2, 3), f64),))
    for i, (shape, scale) in enumerate([((50,), 1.0), ((20, 30), 3.0), ((2, 3, 8, 8), 10.0), ((1000,), 30.0),
                                        ((64, 33), 2.0), ((257,), 300.0)]):
        dt = (f32, f64)[i % 2]
        yield Case(f"random {list(shape)} {np.dtype(dt).name}, scale {scale:g}",
                   (A.random_x(rng, shape, dt, scale),), random=True)


def check(case, expected, got):
    if not isinstance(got, dict):
        kind = "None" if got is None else f"a {type(got).__name__}"
        return f"returned {kind}, expected a dict with the keys {', '.join(map(repr, KEYS))}"
    missing = [k for k in KEYS if k not in got]
    extra = [k for k in got if k not in KEYS]
    if missing or extra:
        parts = [f"missing {', '.join(map(repr, missing))}"] if missing else []
        parts += [f"unexpected {', '.join(map(repr, extra))}"] if extra else []
        return f"the dict's keys: {'; '.join(parts)} (expected exactly {', '.join(map(repr, KEYS))})"
    for k in KEYS:
        rtol, atol = A.tol(expected[k])
        msg = compare(expected[k], got[k], rtol, atol, what=f"result[{k!r}]")
        if msg:
            return A.located(msg, case)
    return None


PROBLEM = Problem(
    slug="activation_grads",
    kind="torch",
    params=["x"],
    cases=cases,
    check=check,
    driver=A.plain_driver(A.tensor_methods(A.AUTOGRAD)),
    forbidden=A.AUTOGRAD,
    shrink=shrink_rows(0),
    terms=["\"sigmoid\"", "\"tanh\"", "\"relu\"", "\"leaky_relu\"", "\"elu\"", "\"gelu\"", "\"silu\"",
           "negative_slope 0.01", "alpha 1", "erf form", "x = 0", "relu'(0) = 0", "leaky_relu'(0) = 0.01",
           "elu'(0) = 1", "|x| = 1000", "nan", "same shape, dtype and device", "autograd", "rtol"],
)
