"""smooth_l1_grad: the derivative of smooth-L1 with respect to its argument, written by
hand (no autograd), with torch's own values at the kinks."""
import numpy as np

from ..judge.spec import Case, Problem, close
from ._loss_grad import shrink_flat


def _x(rng, shape, dtype, beta):
    x = rng.normal(0, 1.5 * max(beta, 0.5), shape)
    # some points exactly on the kinks and at 0
    m = rng.uniform(size=shape)
    x[m < 0.05] = beta
    x[(m >= 0.05) & (m < 0.1)] = -beta
    x[(m >= 0.1) & (m < 0.13)] = 0.0
    return x.astype(dtype)


def cases(rng):
    f32, f64 = np.float32, np.float64
    pts = np.array([-3.0, -2.0, -1.0, -0.75, -0.5, -0.25, 0.0, 0.25, 0.5, 0.75, 1.0, 2.0, 3.0])
    yield Case("empty", (np.zeros(0, f32),))
    yield Case("default beta=1: -3..3, including x = -1, 0, 1", (pts.astype(f32),))
    yield Case("beta=1 on -1 <= x < 0 (the slope is x, not -x)",
               (np.array([-1.0, -0.75, -0.5, -0.25, -0.125], f64),), {"beta": 1.0})
    yield Case("beta=0.5, x = +-beta and between", (pts.astype(f64),), {"beta": 0.5})
    yield Case("beta=2 (x / beta inside)", (pts.astype(f32),), {"beta": 2.0})
    yield Case("beta=0 is L1: sign(x), 0 at x = 0", (pts.astype(f32),), {"beta": 0.0})
    yield Case("beta given by position", (pts.astype(f64), 0.25))
    yield Case("one element", (np.array([0.3], f32),), {"beta": 1.0})
    yield Case("[N,4] box-regression deltas", (_x(rng, (6, 4), f32, 1.0 / 9),), {"beta": 1.0 / 9})
    for i, (shape, beta) in enumerate([((50,), 1.0), ((20, 4), 0.1), ((3, 4, 5, 6), 3.0),
                                       ((1000,), 0.5), ((64, 33), 0.0), ((257,), 1.0 / 9)]):
        dt = (f32, f64)[i % 2]
        yield Case(f"random {list(shape)} {np.dtype(dt).name}, beta={beta:g}",
                   (_x(rng, shape, dt, beta),), {"beta": beta}, random=True)


PROBLEM = Problem(
    slug="smooth_l1_grad",
    kind="torch",
    params=["x", "beta"],
    cases=cases,
    check=close(rtol=1e-6, atol=1e-7),
    # by hand: no autograd of any kind, and not the loss's own backward kernel
    forbidden=["torch.autograd", "torch.autograd.grad", "torch.autograd.backward", "torch.autograd.functional.*",
               "torch.autograd.forward_ad.*", "*.backward", "torch.func.*", "functorch.*",
               "torch.ops.aten.*backward*"],
    shrink=shrink_flat(0),
    terms=["x / beta", "sign(x)", "|x| == beta", "beta = 0", "x = 0", "same shape", "dtype", "device",
           "autograd"],
)
