"""dice_loss: binary soft Dice loss on sigmoid probabilities, one Dice per sample, linear
sums in the denominator; value and autograd gradient."""
import numpy as np

from ..judge.spec import Case, Problem, shrink_rows
from ._loss_grad import grad_check, grad_driver


def _data(rng, shape, dtype, scale=2.0, soft=False, fg=0.3):
    x = rng.normal(0, scale, shape)
    t = rng.uniform(size=shape) if soft else (rng.uniform(size=shape) < fg).astype(np.float64)
    return x.astype(dtype), t.astype(dtype)


def cases(rng):
    f32, f64 = np.float32, np.float64
    for r in ("none", "mean", "sum"):
        yield Case(f"empty batch [0,1,4,4], reduction={r}", (np.zeros((0, 1, 4, 4), f32), np.zeros((0, 1, 4, 4), f32)),
                   {"reduction": r})
    yield Case("samples with no elements [2,0]: sums are 0, loss 0", (np.zeros((2, 0), f64), np.zeros((2, 0), f64)),
               {"reduction": "none"})
    x = np.array([[-2.0, 0.0, 1.0, 3.0], [0.5, -0.5, 2.0, -3.0]], f32)
    t = np.array([[0.0, 1.0, 1.0, 1.0], [0.0, 0.0, 1.0, 0.0]], f32)
    yield Case("small [2,4], default smooth and reduction (mean)", (x, t))
    yield Case("small [2,4], reduction='none' (one loss per sample)", (x, t), {"reduction": "none"})
    yield Case("smooth=0", (x.astype(f64), t.astype(f64)), {"smooth": 0.0, "reduction": "none"})
    yield Case("smooth by position, reduction by position", (x, t, 0.5, "sum"))
    yield Case("empty masks (targets all 0): only smooth keeps the Dice above 0",
               (x, np.zeros_like(t)), {"reduction": "none"})
    big = np.array([[1000.0, -1000.0, 40.0, -40.0], [-1000.0, -1000.0, 1000.0, 0.0]], f32)
    yield Case("logits of +-1000 (saturated sigmoid, no nan)", (big, np.array([[1.0, 0.0, 1.0, 0.0], [1.0, 0.0, 0.0, 1.0]], f32)),
               {"reduction": "none"})
    yield Case("[N,C,H,W]: one Dice per sample over C, H and W", _data(rng, (3, 2, 5, 5), f32), {"reduction": "none"})
    yield Case("soft targets in [0, 1]", _data(rng, (4, 10), f64, soft=True), {"reduction": "none"})
    yield Case("one sample differs a lot from the other (per-sample, not batch Dice)",
               (np.concatenate([np.full((1, 1, 4, 4), 3.0), np.full((1, 1, 4, 4), -3.0)]).astype(f64),
                np.concatenate([np.ones((1, 1, 4, 4)), np.zeros((1, 1, 4, 4))]).astype(f64)), {"reduction": "mean"})
    params = [((8, 1, 16, 16), "mean", 1.0, False), ((2, 3, 32, 32), "none", 1e-5, False),
              ((5, 100), "sum", 1.0, True), ((16, 1, 8, 8, 8), "mean", 1.0, False), ((1, 1, 64, 64), "none", 0.1, False),
              ((6, 2, 20, 30), "sum", 10.0, True)]
    for i, (shape, red, smooth, soft) in enumerate(params):
        dt = (f32, f64)[i % 2]
        yield Case(f"random {list(shape)} {np.dtype(dt).name}, smooth={smooth:g}, reduction={red}" +
                   (", soft targets" if soft else ""), _data(rng, shape, dt, 2.0, soft, fg=(0.05, 0.3, 0.6)[i % 3]),
                   {"smooth": smooth, "reduction": red}, random=True)


PROBLEM = Problem(
    slug="dice_loss",
    kind="torch",
    params=["logits", "targets", "smooth", "reduction"],
    cases=cases,
    check=grad_check(name="logits"),
    driver=grad_driver,
    forbidden=["monai.*", "segmentation_models_pytorch.*", "torchmetrics.*", "kornia.losses.*", "kornia.metrics.*",
               "mmseg.*", "torchgeometry.*"],
    shrink=shrink_rows(0, 1),
    terms=["sigmoid", "2 * sum(p * t) + smooth", "sum(p) + sum(t) + smooth", "every dim but the batch",
           "not squared", "Milletari", "\"none\"", "\"mean\"", "\"sum\"", "[N]", "nan", "[N,C,H,W]", "autograd",
           "dtype", "device", "1e-4"],
)
