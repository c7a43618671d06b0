"""layer_norm: normalisation over the last len(normalized_shape) dims with the biased
variance, eps inside the square root and an elementwise affine, as
torch.nn.functional.layer_norm; value and autograd gradients of x, weight and bias."""
import numpy as np

from ..judge.spec import Case, Problem, shrink_rows
from . import _norm as N


def _ln(rng, shape, k, dtype, loc=0.0, scale=1.0, weight=True, bias=True):
    """(x, normalized_shape, weight, bias): each row (index over the leading dims) its own
    mean and spread."""
    lead = tuple(range(len(shape) - k))
    x = N.spread(rng, shape, lead, dtype, loc, scale)
    ns = tuple(shape[len(shape) - k:])
    w, b = N.affine(rng, ns, dtype)
    return (x, ns, w if weight else None, b if bias else None)


def cases(rng):
    f32, f64 = np.float32, np.float64
    yield Case("[4,5] over the last dim, with weight and bias", _ln(rng, (4, 5), 1, f32))
    yield Case("weight and bias omitted (1 and 0)", _ln(rng, (3, 6), 1, f64)[:2])
    x, ns, w, b = _ln(rng, (3, 7), 1, f64)
    yield Case("normalized_shape an int", (x, 7, w, b))
    x, ns, w, b = _ln(rng, (2, 3, 4, 5), 2, f64)
    yield Case("normalized_shape a list [4, 5]: the last two dims together", (x, [4, 5], w, b))
    yield Case("normalized_shape = x.shape (one row: the whole tensor)", _ln(rng, (3, 4), 2, f32))
    yield Case("[N, T, D] tokens, over D", _ln(rng, (2, 5, 16), 1, f32))
    yield Case("a 1-D x: one row", _ln(rng, (9,), 1, f64))
    yield Case("weight only, bias None", _ln(rng, (4, 8), 1, f64, bias=False))
    x, ns, w, b = _ln(rng, (4, 8), 1, f64)
    yield Case("bias only, passed by keyword", (x, ns), {"bias": b})
    x, ns, w, b = _ln(rng, (4, 6), 1, f64)
    x[1] = 4.0
    x[3] = -0.25
    yield Case("constant rows (variance 0: y = bias there)", (x, ns, w, b))
    yield Case("normalized size 1 (every row constant)", _ln(rng, (6, 1), 1, f64))
    yield Case("small values: variance ~1e-6 < eps (eps inside the square root)",
               _ln(rng, (5, 12), 1, f64, scale=1e-3))
    yield Case("eps=0.1", _ln(rng, (3, 10), 1, f64), {"eps": 0.1})
    yield Case("rows with mean ~1000, float32 (two-pass variance)", _ln(rng, (8, 64), 1, f32, loc=1000.0))
    yield Case("empty: no rows, [0, 5]", _ln(rng, (0, 5), 1, f32))
    params = [  # shape, k, dtype, loc, scale, affine, keywords
        ((10, 32), 1, f32, 0.0, 1.0, True, {}),
        ((4, 6, 20), 1, f64, 0.0, 3.0, True, {}),
        ((2, 3, 8, 8), 3, f32, 0.0, 2.0, True, {}),
        ((2, 4, 5, 6), 2, f64, 5.0, 1.0, True, {"eps": 1e-3}),
        ((64, 257), 1, f32, 0.0, 1.0, True, {}),
        ((3, 100), 1, f64, 0.0, 0.01, False, {}),
        ((16, 24), 1, f64, -20.0, 10.0, True, {"eps": 1e-6}),
    ]
    for shape, k, dt, loc, scale, aff, kw in params:
        opts = "".join(f", {key}={v:g}" for key, v in kw.items())
        name = (f"random {list(shape)} over the last {k} dim{'s' if k > 1 else ''}, {np.dtype(dt).name}"
                f"{'' if aff else ', no weight and bias'}{opts}")
        yield Case(name, _ln(rng, shape, k, dt, loc, scale, aff, aff), kw, random=True)


def _shrink(case):
    # fewer rows, while there are leading (not normalised) dims
    x, ns = case.args[0], case.args[1]
    k = 1 if isinstance(ns, int) else len(ns)
    return shrink_rows(0)(case) if x.ndim > k else []


PROBLEM = Problem(
    slug="layer_norm",
    kind="torch",
    params=["x", "normalized_shape", "weight", "bias", "eps"],
    cases=cases,
    check=N.affine_grad_check,
    driver=N.affine_grad_driver(2, 3),
    forbidden=N.NORMS,
    shrink=_shrink,
    terms=["last len(normalized_shape) dims", "an int", "biased", "inside the square root", "weight", "bias",
           "None", "constant row", "two passes", "1000", "empty", "requires_grad=True", "grad_output", "x.grad",
           "weight.grad", "bias.grad", "rtol", "dtype", "device", "float32", "float64"],
)
