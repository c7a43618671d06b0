"""batch_norm_backward: the gradients (dx, dgamma, dbeta) of training-mode batch
normalisation (batch statistics, biased variance) for an upstream gradient dout, in
closed form, without autograd; judged against autograd through
torch.nn.functional.batch_norm(training=True). Timed: a Python loop over the channels is
50-100x slower than the vectorised formula on [N, C] batches with hundreds of channels."""
import numpy as np

from ..judge.spec import Case, Problem, Timed, shrink_rows
from . import _activation as A
from . import _norm as N

NAMES = ("dx", "dgamma", "dbeta")


def _bn(rng, shape, dtype, loc=0.0, scale=1.0):
    """(x, gamma, dout): each channel its own mean and spread; dout N(0, 1)."""
    x = N.spread(rng, shape, (1,), dtype, loc, scale)
    gamma = rng.uniform(0.5, 1.5, shape[1]).astype(dtype)
    dout = rng.normal(0, 1, shape).astype(dtype)
    return (x, gamma, dout)


def cases(rng):
    f32, f64 = np.float32, np.float64
    yield Case("[N, C] = [8, 3]", _bn(rng, (8, 3), f64))
    yield Case("[N, C, H, W] = [2, 3, 4, 4]: statistics over N, H and W", _bn(rng, (2, 3, 4, 4), f64))
    yield Case("m = 2, the smallest batch: [2, 4]", _bn(rng, (2, 4), f64))
    yield Case("N = 1, [1, 3, 4, 5]: statistics over H and W", _bn(rng, (1, 3, 4, 5), f64))
    yield Case("H = W = 1, [8, 5, 1, 1]: statistics over N", _bn(rng, (8, 5, 1, 1), f32))
    x, g, d = _bn(rng, (6, 4), f64)
    d[:] = np.array([1.0, -2.0, 0.5, 0.0])
    yield Case("dout constant in each channel (dx = 0, dgamma = 0)", (x, g, d))
    x, g, d = _bn(rng, (6, 4), f64)
    d = x.copy()
    yield Case("dout = x (the variance path matters)", (x, g, d))
    x, g, d = _bn(rng, (2, 3, 3, 3), f64)
    g[1] = 0.0
    yield Case("gamma = 0 in channel 1 (dx = 0 there)", (x, g, d))
    x, g, d = _bn(rng, (2, 3, 3, 3), f64)
    x[:, 2] = 4.0
    yield Case("a constant channel (variance 0: invstd = 1/sqrt(eps))", (x, g, d))
    yield Case("eps=0.1 (inside the square root)", _bn(rng, (4, 3, 2, 2), f64), {"eps": 0.1})
    yield Case("small values: variance ~1e-6 < eps", _bn(rng, (16, 4), f64, scale=1e-3))
    yield Case("channel means ~1000, float32 (two-pass variance)", _bn(rng, (64, 8), f32, loc=1000.0))
    yield Case("channel means ~1000, float32, [N, C, H, W]", _bn(rng, (4, 3, 8, 8), f32, loc=1000.0))
    params = [  # shape, dtype, loc, scale, keywords
        ((32, 16), f32, 0.0, 1.0, {}),
        ((4, 8, 8, 8), f64, 0.0, 3.0, {}),
        ((16, 3, 5, 5), f32, 2.0, 1.0, {"eps": 1e-3}),
        ((100, 64), f64, 0.0, 0.5, {}),
        ((2, 32, 10, 10), f32, 0.0, 0.1, {}),
        ((64, 257), f32, 0.0, 2.0, {}),
        ((3, 6, 17, 11), f64, -5.0, 5.0, {"eps": 1e-2}),
    ]
    for shape, dt, loc, scale, kw in params:
        opts = "".join(f", {k}={v:g}" for k, v in kw.items())
        yield Case(f"random {list(shape)} {np.dtype(dt).name}{opts}", _bn(rng, shape, dt, loc, scale), kw,
                   random=True)


def _big(rng, c):
    return Case(f"[256, {c}] float32", _bn(rng, (256, c), np.float32))


def _shrink(case):
    # fewer samples (x and dout together), keeping m = N*H*W >= 2
    x = case.args[0]
    per = int(np.prod(x.shape[2:])) if x.ndim > 2 else 1
    return [c for c in shrink_rows(0, 2)(case) if c.args[0].shape[0] * per >= 2]


PROBLEM = Problem(
    slug="batch_norm_backward",
    kind="torch",
    params=["x", "gamma", "dout", "eps"],
    cases=cases,
    check=N.tuple_check(NAMES),
    driver=A.plain_driver(A.tensor_methods(A.AUTOGRAD)),
    forbidden=A.AUTOGRAD + N.NORMS,
    timed=Timed(make=_big, sizes=[128, 256, 512], ratio=10.0, floor=0.01, unit="C"),
    shrink=_shrink,
    terms=["[N, C]", "[N, C, H, W]", "m = N*H*W", "m >= 2", "biased", "inside the square root",
           "(dx, dgamma, dbeta)", "[C]", "constant channel", "two passes", "1000", "autograd", "forbidden",
           "rtol", "dtype", "device", "float32", "float64", "10x"],
)
