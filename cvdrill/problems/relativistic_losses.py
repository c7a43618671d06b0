"""relativistic_losses: (C(x_r), C(x_f)) -> (d_loss, g_loss) of the relativistic average GAN
as in ESRGAN (the paper's sums); stable for large logits; values and g_loss's gradient."""
import math

import numpy as np

from ..judge.spec import Case, Problem
from ._gan import FORBIDDEN, check_pair, logits, make_driver


def cases(rng):
    f32, f64 = np.float32, np.float64
    yield Case("8 outputs each", (logits(rng, (8,), f32), logits(rng, (8,), f32)))
    yield Case("one output each (then D_Ra(x_r, x_f) = sigmoid(C(x_r) - C(x_f)))", (np.array([1.5], f64), np.array([-0.5], f64)))
    yield Case("all zeros: every term is log 2", (np.zeros(4, f32), np.zeros(4, f32)))
    yield Case("5 real and 3 fake outputs (the mean of the OTHER batch)", (logits(rng, (5,), f64), logits(rng, (3,), f64)))
    yield Case("2 real and 7 fake outputs", (logits(rng, (2,), f32), logits(rng, (7,), f32)))
    yield Case("[N,1] outputs (a VGG-style discriminator head)", (logits(rng, (6, 1), f32), logits(rng, (6, 1), f32)))
    yield Case("PatchGAN [2,1,4,4] outputs: means over every element",
               (logits(rng, (2, 1, 4, 4), f64), logits(rng, (2, 1, 4, 4), f64)))
    same = logits(rng, (6,), f32)
    yield Case("real and fake outputs equal", (same, same.copy()))
    yield Case("D wins by 200 in float32: C(x_r) = +100, C(x_f) = -100 (no inf, no nan)",
               (np.array([100.0, 90.0, 110.0], f32), np.array([-100.0, -110.0, -90.0], f32)))
    yield Case("G wins by 200 in float32: C(x_r) = -100, C(x_f) = +100",
               (np.array([-100.0, -90.0], f32), np.array([100.0, 110.0, 90.0], f32)))
    yield Case("outputs of +-1000 in float64", (np.array([1000.0, -1000.0, 500.0]), np.array([-1000.0, 1000.0])))
    params = [((16,), 3.0), ((64, 1), 3.0), ((3, 1, 8, 8), 2.0), ((128,), 30.0), ((20,), 200.0), ((4, 1, 6, 6), 5.0)]
    for i, (shape, scale) in enumerate(params):
        dt = (f32, f64)[i % 2]
        yield Case(f"random {list(shape)} {np.dtype(dt).name}, scale {scale:g}",
                   (logits(rng, shape, dt, scale), logits(rng, shape, dt, scale) - scale / 2), random=True)


def _masks(case):
    # Where a relative logit is exactly 0 a max/abs form gets a one-sided gradient: the
    # gradient is then not compared (only in the all-zeros and equal cases).
    r, f = (np.asarray(a) for a in case.args[:2])
    tie = (r - f.mean() == 0).any() or (f - r.mean() == 0).any()
    return [np.zeros(f.shape, bool) if tie else None]


def _sp(x):
    return np.logaddexp(0.0, np.asarray(x, np.float64))  # softplus, stable


def _hints(case, name, expected, got) -> str:
    r, f = (np.asarray(a, np.float64).ravel() for a in case.args[:2])
    g = float(got[0 if name == "d_loss" else 1].array)
    e = float(expected[0 if name == "d_loss" else 1].array)
    near = lambda v: math.isclose(g, v, rel_tol=1e-4, abs_tol=1e-5)  # noqa: E731
    rf, fr = r - f.mean(), f - r.mean()
    if near(e / 2):
        return (" (halved: BasicSR's ESRGAN training code weights each term by 0.5; the contract is the"
                " paper's sum of the two expectations)")
    if name == "d_loss":
        if near(_sp(-r).mean() + _sp(f).mean()):
            return " (the standard GAN loss: D_Ra compares each output with the mean of the OTHER batch)"
        if near(_sp(-(r - r.mean())).mean() + _sp(f - f.mean()).mean()):
            return " (each output is compared with the mean of its own batch: use the other batch's mean)"
        if r.size == f.size and near(_sp(-(r - f)).mean() + _sp(f - r).mean()):
            return " (pairwise C(x_r) - C(x_f), the plain relativistic GAN: the average version subtracts the other batch's mean)"
        return ""
    if near(_sp(-fr).mean()):
        return (" (only -E[log D_Ra(x_f, x_r)]: ESRGAN's generator loss also has the real term"
                " -E[log(1 - D_Ra(x_r, x_f))])")
    if near(_sp(-f).mean()):
        return " (the standard non-saturating GAN loss: D_Ra compares with the mean of the other batch)"
    if near(_sp(-rf).mean() + _sp(fr).mean()):
        return " (that is d_loss: the generator's loss swaps the roles of real and fake)"
    return ""


PROBLEM = Problem(
    slug="relativistic_losses",
    kind="torch",
    params=["c_real", "c_fake"],
    cases=cases,
    check=check_pair(("d_loss", "g_loss"), ["c_fake.grad of g_loss"], masks=_masks, hints=_hints),
    driver=make_driver([(1, 1)]),
    forbidden=FORBIDDEN,
    terms=["sigmoid(C(x_r) - mean C(x_f))", "sigmoid(C(x_f) - mean C(x_r))", "other batch", "summed",
           "0.5", "every element", "may differ", "+-100", "inf", "nan", "0-d", "dtype", "device",
           "autograd", "not judged", "softplus"],
)
