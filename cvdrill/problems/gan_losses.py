"""gan_losses: (D's logits on real, on fake) -> (d_loss, g_loss) of the standard GAN, the
minimax or the non-saturating generator loss; stable for large logits; values and gradients."""
import math

import numpy as np

from ..judge.spec import Case, Problem
from ._gan import FORBIDDEN, check_pair, logits, make_driver


def cases(rng):
    f32, f64 = np.float32, np.float64
    yield Case("8 logits each, default mode (non_saturating)", (logits(rng, (8,), f32), logits(rng, (8,), f32)))
    yield Case("8 logits each, minimax", (logits(rng, (8,), f32), logits(rng, (8,), f32)), {"mode": "minimax"})
    yield Case("one logit each", (np.array([1.5], f64), np.array([-0.5], f64)), {"mode": "non_saturating"})
    yield Case("one logit each, minimax", (np.array([1.5], f64), np.array([-0.5], f64)), {"mode": "minimax"})
    yield Case("logits exactly 0: every term is log 2", (np.zeros(4, f32), np.zeros(4, f32)), {"mode": "minimax"})
    yield Case("[N,1] logits (a linear head)", (logits(rng, (6, 1), f32), logits(rng, (6, 1), f32)), {"mode": "non_saturating"})
    yield Case("5 real and 3 fake logits (each mean on its own)", (logits(rng, (5,), f64), logits(rng, (3,), f64)),
               {"mode": "non_saturating"})
    yield Case("2 real and 7 fake logits, minimax", (logits(rng, (2,), f64), logits(rng, (7,), f64)), {"mode": "minimax"})
    yield Case("PatchGAN [2,1,4,4] logits: mean over every element",
               (logits(rng, (2, 1, 4, 4), f32), logits(rng, (2, 1, 4, 4), f32)), {"mode": "non_saturating"})
    big = np.array([100.0, -100.0, 50.0, -50.0])
    for mode in ("minimax", "non_saturating"):
        yield Case(f"logits of +-100 in float32, {mode} (no inf, no nan)", (big.astype(f32), big[::-1].astype(f32)), {"mode": mode})
        yield Case(f"logits of +-1000 in float64, {mode}", (big * 10, -big * 10), {"mode": mode})
    yield Case("D wins: real +30, fake -30 (the minimax g_loss saturates near 0)",
               (np.full(4, 30.0, f32), np.full(4, -30.0, f32)), {"mode": "minimax"})
    params = [((16,), 3.0, "minimax"), ((64, 1), 3.0, "non_saturating"), ((3, 1, 8, 8), 2.0, "minimax"),
              ((128,), 30.0, "non_saturating"), ((20,), 200.0, "minimax"), ((4, 1, 6, 6), 5.0, "non_saturating")]
    for i, (shape, scale, mode) in enumerate(params):
        dt = (f32, f64)[i % 2]
        yield Case(f"random {list(shape)} {np.dtype(dt).name}, logit scale {scale:g}, {mode}",
                   (logits(rng, shape, dt, scale), logits(rng, shape, dt, scale)), {"mode": mode}, random=True)


def _masks(case):
    # At a logit of exactly 0 a max/abs/relu form gets a one-sided gradient from autograd
    # (the value is right): there the gradient is not compared.
    real, fake = (np.asarray(a) != 0 for a in case.args[:2])
    return [real, fake, fake]


def _sp(x):
    return np.logaddexp(0.0, np.asarray(x, np.float64))  # softplus, stable


def _hints(case, name, expected, got) -> str:
    r, f = (np.asarray(a, np.float64) for a in case.args[:2])
    mode = case.kwargs.get("mode", case.args[2] if len(case.args) > 2 else "non_saturating")
    g = float(got[0 if name == "d_loss" else 1].array)
    near = lambda v: math.isclose(g, v, rel_tol=1e-4, abs_tol=1e-5)  # noqa: E731
    if name == "d_loss":
        real, fake = _sp(-r).mean(), _sp(f).mean()
        if near((real + fake) / 2):
            return " (the two means are averaged: the contract sums them, mean(real) + mean(fake))"
        both = np.concatenate([_sp(-r).ravel(), _sp(f).ravel()]).mean()
        if r.size != f.size and (near(both) or near(2 * both)):
            return " (one mean over real and fake together: take each mean on its own, then add them)"
        if near(_sp(r).mean() + _sp(-f).mean()):
            return " (the labels are swapped: real logits should be pushed up, -log sigmoid(real))"
        return ""
    minimax, nonsat = -_sp(f).mean(), _sp(-f).mean()
    if mode == "minimax" and near(-minimax):
        return " (the sign: minimax g_loss = mean log(1 - sigmoid(fake)), which G minimises; it is <= 0)"
    if mode == "minimax" and near(nonsat):
        return " (that is the non_saturating loss; mode=\"minimax\" is mean log(1 - sigmoid(fake)))"
    if mode == "non_saturating" and near(minimax):
        return " (that is the minimax loss; \"non_saturating\" is mean -log sigmoid(fake))"
    return ""


PROBLEM = Problem(
    slug="gan_losses",
    kind="torch",
    params=["d_real_logits", "d_fake_logits", "mode"],
    cases=cases,
    check=check_pair(("d_loss", "g_loss"), ["d_real_logits.grad of d_loss", "d_fake_logits.grad of d_loss",
                                            "d_fake_logits.grad of g_loss"], masks=_masks, hints=_hints),
    driver=make_driver([(0, 0), (0, 1), (1, 1)]),
    forbidden=FORBIDDEN,
    terms=["sum of the two means", "\"minimax\"", "\"non_saturating\"", "log(1 - sigmoid", "-log sigmoid",
           "every element", "may differ", "+-100", "inf", "nan", "0-d", "dtype", "device", "autograd",
           "exactly 0", "softplus"],
)
