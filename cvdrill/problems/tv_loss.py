"""tv_loss: [N,C,H,W] -> 0-d total variation, anisotropic (beta=None) or the TV^beta of
Mahendran & Vedaldi 2015; summed over C,H,W, averaged over N; value and autograd gradient."""
import numpy as np

from ..judge import gen
from ..judge.spec import Case, Problem, shrink_batch
from ._loss_grad import grad_check, grad_driver


def _beta(case):
    return case.kwargs.get("beta", case.args[1] if len(case.args) > 1 else None)


def _img(rng, n, c, h, w, dtype, flat=False):
    if flat:  # integer-valued with flat rectangles: many differences exactly 0
        return np.stack([np.stack([gen.image(rng, h, w, np.float64) for _ in range(c)]) for _ in range(n)]).round().astype(dtype)
    return rng.normal(0, 1, (n, c, h, w)).astype(dtype)


def cases(rng):
    f32, f64 = np.float32, np.float64
    x22 = np.array([[[[1.0, 2.0], [4.0, 8.0]]]])
    yield Case("2x2 image: |4-1| + |8-2| + |2-1| + |8-4| = 14", (x22,))
    yield Case("2x2 image, beta=2: one pixel has both differences: 1 + 9 = 10", (x22,), {"beta": 2.0})
    yield Case("2x2 image, beta=1 (isotropic): sqrt(1 + 9)", (x22,), {"beta": 1.0})
    yield Case("N=2: summed over C,H,W, averaged over N", (_img(rng, 2, 1, 3, 3, f64),))
    yield Case("C=3: every channel counts", (_img(rng, 1, 3, 4, 4, f32),))
    yield Case("1x1 image: 0", (np.array([[[[5.0]]]], f32),))
    yield Case("1xW image: only horizontal differences", (np.array([[[[0.0, 1.0, 4.0, 9.0, 3.0]]]], f32),))
    yield Case("Hx1 image: only vertical differences", (np.array([[[[2.0], [-1.0], [3.0], [0.5]]]], f64),))
    yield Case("1xW image, beta=2: no pixel has both differences: 0", (np.array([[[[0.0, 1.0, 4.0, 9.0]]]], f64), 2.0))
    yield Case("constant image: 0", (np.full((2, 2, 5, 6), 3.0, f32),))
    yield Case("constant image, beta=2: 0", (np.full((1, 1, 4, 4), 3.0, f64),), {"beta": 2.0})
    yield Case("integer image with flat regions (differences exactly 0)", (_img(rng, 2, 1, 8, 9, f64, flat=True),))
    yield Case("integer image with flat regions, beta=2", (_img(rng, 1, 2, 8, 9, f32, flat=True),), {"beta": 2.0})
    yield Case("integer image with flat regions, beta=1", (_img(rng, 1, 1, 9, 8, f64, flat=True),), {"beta": 1.0})
    yield Case("beta by position: tv_loss(x, 2.0)", (_img(rng, 2, 3, 5, 5, f64), 2.0))
    params = [((1, 3, 16, 16), None), ((4, 1, 20, 9), 2.0), ((2, 3, 32, 32), None), ((3, 2, 7, 40), 1.0),
              ((1, 1, 64, 64), 2.0), ((2, 4, 11, 13), 1.5), ((5, 3, 8, 8), None), ((2, 3, 24, 24), 6.0)]
    for i, (shape, beta) in enumerate(params):
        dt = (f32, f64)[i % 2]
        kw = {} if beta is None else {"beta": beta}
        yield Case(f"random {list(shape)} {np.dtype(dt).name}" + ("" if beta is None else f", beta={beta:g}"),
                   (_img(rng, *shape, dt),), kw, random=True)


def _grad_mask(case):
    """Where the gradient is compared. beta >= 2: everywhere, flat regions included (the loss
    is smooth, its gradient there is 0; a sqrt followed by a power gives nan). beta=None: not at
    the pixels touching an exactly-zero difference (|d| has a kink at 0). beta < 2: not at the
    pixels of an exactly-zero term (a kink for beta <= 1; for 1 < beta < 2 autograd of
    s**(beta/2) itself gives nan there)."""
    x = np.asarray(case.args[0])
    beta = _beta(case)
    bad = np.zeros(x.shape, bool)
    if beta is None:
        zh = x[..., 1:, :] == x[..., :-1, :]
        zw = x[..., :, 1:] == x[..., :, :-1]
        bad[..., 1:, :] |= zh
        bad[..., :-1, :] |= zh
        bad[..., :, 1:] |= zw
        bad[..., :, :-1] |= zw
    elif beta < 2:
        z = (x[..., :-1, 1:] == x[..., :-1, :-1]) & (x[..., 1:, :-1] == x[..., :-1, :-1])
        bad[..., :-1, :-1] |= z
        bad[..., :-1, 1:] |= z
        bad[..., 1:, :-1] |= z
    return ~bad


PROBLEM = Problem(
    slug="tv_loss",
    kind="torch",
    params=["x", "beta"],
    cases=cases,
    check=grad_check(grad_mask=_grad_mask, name="x"),
    driver=grad_driver,
    forbidden=["kornia.losses.total_variation", "kornia.losses.TotalVariation", "kornia.losses.tv.*",
               "torchmetrics.functional.image.total_variation", "torchmetrics.image.TotalVariation",
               "torchmetrics.functional.total_variation", "piq.total_variation", "piq.TVLoss",
               "skimage.restoration.denoise_tv*", "tensorflow.image.total_variation"],
    shrink=shrink_batch,  # the loss sums over images and channels
    terms=["[N,C,H,W]", "anisotropic", "divided by N", "summed over C, H, W", "i < H-1, j < W-1",
           "both differences exist", "beta / 2", "0-d", "dtype", "device", "autograd", "exactly zero",
           "beta >= 2", "flat regions", "1xW"],
)
