"""sigmoid_focal_loss: RetinaNet's focal loss on logits, as torchvision.ops.sigmoid_focal_loss."""
import numpy as np

from ..judge.spec import Case, Problem, compare
from ._loss_grad import shrink_flat

TOL = {"torch.float32": (1e-4, 1e-6), "torch.float64": (1e-7, 1e-8)}


def check(case, expected, got):
    rtol, atol = TOL.get(getattr(expected, "dtype", ""), TOL["torch.float32"])
    return compare(expected, got, rtol, atol)


def _data(rng, shape, dtype, scale=3.0, pos=0.3):
    x = rng.normal(0, scale, shape).astype(dtype)
    t = (rng.uniform(size=shape) < pos).astype(dtype)
    return x, t


def cases(rng):
    f32, f64 = np.float32, np.float64
    yield Case("empty", (np.zeros(0, f32), np.zeros(0, f32)))
    yield Case("empty, reduction=mean (nan)", (np.zeros(0, f32), np.zeros(0, f32)), {"reduction": "mean"})
    yield Case("empty, reduction=sum", (np.zeros((0, 4), f64), np.zeros((0, 4), f64)), {"reduction": "sum"})
    x = np.array([-2.0, -0.5, 0.0, 0.5, 2.0, 0.0], f32)
    t = np.array([1.0, 0.0, 1.0, 1.0, 0.0, 0.0], f32)
    yield Case("defaults alpha=0.25, gamma=2, reduction='none'", (x, t))
    big_x = np.array([100.0, 100.0, -100.0, -100.0, 30.0, -30.0], np.float64)
    big_t = np.array([1.0, 0.0, 1.0, 0.0, 0.0, 1.0], np.float64)
    yield Case("logits of +-100 (stay finite)", (big_x.astype(f32), big_t.astype(f32)))
    yield Case("logits of +-100, float64", (big_x, big_t), {"alpha": 0.5})
    yield Case("logits of +-100, sum", (big_x.astype(f32), big_t.astype(f32)), {"reduction": "sum"})
    yield Case("alpha < 0: no alpha weighting", (x, t), {"alpha": -1.0})
    yield Case("gamma=0: alpha-weighted BCE", (x.astype(f64), t.astype(f64)), {"gamma": 0.0})
    yield Case("gamma=0 with saturated logits ((1-p_t)**0 = 1)", (big_x, big_t), {"alpha": -1.0, "gamma": 0.0})
    yield Case("alpha=1: negatives weigh 0", (x, t), {"alpha": 1.0, "gamma": 1.0})
    yield Case("arguments by position", (x, t, 0.5, 1.5, "mean"))
    yield Case("[N, num_classes] one-hot targets, sum", _data(rng, (6, 5), f32, pos=0.2), {"reduction": "sum"})
    params = [((50,), 0.25, 2.0, "none"), ((20, 80), 0.25, 2.0, "sum"), ((2, 9, 8, 8), 0.5, 1.0, "mean"),
              ((1000,), -1.0, 2.0, "none"), ((64, 33), 0.75, 3.0, "mean"), ((300,), 0.25, 0.5, "sum")]
    for i, (shape, alpha, gamma, red) in enumerate(params):
        dt = (f32, f64)[i % 2]
        yield Case(f"random {list(shape)} {np.dtype(dt).name}", _data(rng, shape, dt, scale=(1.0, 4.0, 10.0)[i % 3]),
                   {"alpha": alpha, "gamma": gamma, "reduction": red}, random=True)


PROBLEM = Problem(
    slug="sigmoid_focal_loss",
    kind="torch",
    params=["inputs", "targets", "alpha", "gamma", "reduction"],
    cases=cases,
    check=check,
    forbidden=["torchvision.ops.sigmoid_focal_loss", "torchvision.ops.focal_loss.*", "torchvision.ops.*focal*",
               "fvcore.nn.*focal*", "kornia.losses.*focal*", "monai.losses.*Focal*", "segmentation_models_pytorch.*Focal*"],
    shrink=shrink_flat(0, 1),
    terms=["p_t", "alpha_t", "alpha < 0", "(1 - p_t) ** gamma", "\"none\"", "\"mean\"", "\"sum\"", "nan",
           "100", "finite", "same shape", "dtype", "device"],
)
