"""l1_loss: mean absolute error as torch.nn.functional.l1_loss, judged on the value and
on the gradient autograd gets from it."""
import numpy as np

from ..judge.spec import Case, Problem
from ._loss_grad import grad_check, grad_driver, shrink_flat


def _pair(rng, shape, dtype, ties=0.0):
    x = rng.normal(0, 2, shape)
    y = rng.normal(0, 2, shape)
    if ties:  # some targets equal to the input: the gradient there is 0 (sign(0))
        m = rng.uniform(size=shape) < ties
        y[m] = x[m]
    return x.astype(dtype), y.astype(dtype)


def cases(rng):
    f32, f64 = np.float32, np.float64
    for r in ("none", "mean", "sum"):
        yield Case(f"empty, reduction={r}", (np.zeros(0, f32), np.zeros(0, f32)), {"reduction": r})
    yield Case("default reduction (mean)", _pair(rng, (5,), f64))
    yield Case("one element", (np.array([1.5], f32), np.array([-0.25], f32)), {"reduction": "sum"})
    yield Case("0-d tensors", (np.array(2.0, f64), np.array(3.5, f64)), {"reduction": "none"})
    tie_x = np.array([-1.0, 0.0, 2.0, 3.0, -4.0, 0.5], f32)
    tie_y = np.array([-1.0, 1.0, 2.0, 0.0, -4.0, 0.5], f32)
    yield Case("input == target at some elements (gradient 0 there)", (tie_x, tie_y), {"reduction": "none"})
    yield Case("input == target everywhere", (tie_x, tie_x.copy()), {"reduction": "mean"})
    yield Case("[N,C,H,W], mean over every element", _pair(rng, (2, 3, 4, 5), f32), {"reduction": "mean"})
    shapes = [(7,), (33, 5), (4, 3, 8, 8), (1000,), (64, 257), (3, 1, 50)]
    for i, shape in enumerate(shapes):
        dt = (f32, f64)[i % 2]
        for r in ("none", "mean", "sum"):
            yield Case(f"random {list(shape)} {np.dtype(dt).name}, reduction={r}",
                       _pair(rng, shape, dt, ties=0.1), {"reduction": r}, random=True)


PROBLEM = Problem(
    slug="l1_loss",
    kind="torch",
    params=["input", "target", "reduction"],
    cases=cases,
    check=grad_check(),
    driver=grad_driver,
    # the whole regression-loss family: each gives this loss with the right parameters
    # (the public names last: a getattr string is reported by the last name with that leaf)
    forbidden=[f"{m}.{n}" for m in ("torch._C._nn", "torch.nn.functional")
               for n in ("l1_loss", "mse_loss", "smooth_l1_loss", "huber_loss")]
    + [f"{m}.{n}" for m in ("torch.nn.modules.loss", "torch.nn")
       for n in ("L1Loss", "MSELoss", "SmoothL1Loss", "HuberLoss")],
    shrink=shrink_flat(0, 1),
    terms=["same shape", "\"none\"", "\"mean\"", "\"sum\"", "every element", "nan", "0-d",
           "autograd", "fixed weights", "gradient", "sign(0) = 0", "dtype", "device"],
)
