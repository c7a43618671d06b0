"""gan_losses: (D's logits on real, on fake) -> (d_loss, g_loss) of the standard GAN, the
minimax or the non-saturating generator loss; stable for large logits; values and gradients."""
import math

import numpy as np

from ..judge.spec import Case, Problem, Variant
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


def _losses(d_term, g_term):
    """An entry from d_loss(real, fake) and g_loss(fake, mode)."""
    def fn(d_real_logits, d_fake_logits, mode="non_saturating"):
        return d_term(d_real_logits, d_fake_logits), g_term(d_fake_logits, mode)
    return fn


def _d_sum(r, f):
    import torch.nn.functional as F

    return F.softplus(-r).mean() + F.softplus(f).mean()


def _g(f, mode):
    import torch.nn.functional as F

    return -F.softplus(f).mean() if mode == "minimax" else F.softplus(-f).mean()


def _d_half(r, f):
    return 0.5 * _d_sum(r, f)


def _d_one_mean(r, f):
    import torch
    import torch.nn.functional as F

    return torch.cat([F.softplus(-r).flatten(), F.softplus(f).flatten()]).mean()


def _g_minimax_plus(f, mode):
    import torch.nn.functional as F

    return F.softplus(f).mean() if mode == "minimax" else _g(f, mode)


def _g_swapped(f, mode):
    return _g(f, "non_saturating" if mode == "minimax" else "minimax")


def _naive(d_real_logits, d_fake_logits, mode="non_saturating"):
    import torch

    pr, pf = torch.sigmoid(d_real_logits), torch.sigmoid(d_fake_logits)
    d_loss = -torch.log(pr).mean() - torch.log(1 - pf).mean()
    return d_loss, (torch.log(1 - pf).mean() if mode == "minimax" else -torch.log(pf).mean())


VARIANTS = [
    Variant("pix2pix's halved d_loss", _losses(_d_half, _g),
            "your d_loss is 0.5 * (mean(-log sigmoid(real)) + mean(-log(1 - sigmoid(fake)))), the average of "
            "the two terms, as pix2pix and CycleGAN weight D's loss to slow D down; the contract is their sum, "
            "mean(-log sigmoid(real)) + mean(-log(1 - sigmoid(fake))), as errD = errD_real + errD_fake in the "
            "PyTorch DCGAN tutorial",
            "你的 d_loss 是 0.5 * (mean(-log sigmoid(real)) + mean(-log(1 - sigmoid(fake))))，即两项的平均，"
            "pix2pix 和 CycleGAN 就是这样给 D 的损失减半、让 D 学得慢一些；本题约定是两项之和 "
            "mean(-log sigmoid(real)) + mean(-log(1 - sigmoid(fake)))，即 PyTorch DCGAN 教程中的 "
            "errD = errD_real + errD_fake",
            name_zh="pix2pix 式减半的 d_loss"),
    Variant("one BCE over the real and fake batches concatenated", _losses(_d_one_mean, _g),
            "your d_loss is one mean over the real and fake terms together (real and fake pushed through one "
            "BCE as a single labelled batch), (sum(-log sigmoid(real)) + sum(-log(1 - sigmoid(fake)))) / "
            "(n_real + n_fake): half the contract's value when the batches have the same size, and weighted by "
            "size when they differ; the contract takes each mean on its own and adds them",
            "你的 d_loss 是把真实项和生成项放在一起求一个均值（把真假样本拼成一个带标签的 batch 算一次 BCE），即 "
            "(sum(-log sigmoid(real)) + sum(-log(1 - sigmoid(fake)))) / (n_real + n_fake)：两批大小相同时是"
            "正确值的一半，大小不同时还按样本数加了权；本题约定是两批各自求均值再相加",
            name_zh="真假样本拼成一批算一个 BCE"),
    Variant("the minimax g_loss with the wrong sign", _losses(_d_sum, _g_minimax_plus),
            "for mode=\"minimax\" you return mean(-log(1 - sigmoid(fake))) = mean(softplus(fake)), D's own "
            "fake term; in the minimax game G minimises what D maximises, so its loss is "
            "mean(log(1 - sigmoid(fake))) = -mean(softplus(fake)), which is <= 0",
            "mode=\"minimax\" 时你返回的是 mean(-log(1 - sigmoid(fake))) = mean(softplus(fake))，即 D 自己的"
            "生成样本项；minimax 博弈中 G 最小化的正是 D 最大化的目标，所以 G 的损失是 "
            "mean(log(1 - sigmoid(fake))) = -mean(softplus(fake))，其值 <= 0",
            name_zh="minimax 的 g_loss 符号反了"),
    Variant("the two generator losses swapped", _losses(_d_sum, _g_swapped),
            "you return mean(-log sigmoid(fake)) for mode=\"minimax\" and mean(log(1 - sigmoid(fake))) for "
            "\"non_saturating\"; it is the other way round: the minimax (saturating) loss is the original "
            "log(1 - D(G(z))), whose gradient vanishes when D rejects the fakes confidently, and the "
            "non-saturating one is -log D(G(z))",
            "你在 mode=\"minimax\" 时返回 mean(-log sigmoid(fake))，在 \"non_saturating\" 时返回 "
            "mean(log(1 - sigmoid(fake)))，正好反了：minimax（会饱和的）损失是原始的 log(1 - D(G(z)))，"
            "D 很有把握地识破假样本时它的梯度消失；non-saturating 的是 -log D(G(z))",
            name_zh="两种生成器损失对调了"),
    Variant("log(sigmoid(z)) taken literally", _naive,
            "you take torch.log of torch.sigmoid(z) and of 1 - torch.sigmoid(z); sigmoid(z) rounds to exactly 1 "
            "once z > ~17 in float32 (~37 in float64), so log(1 - sigmoid(z)) is -inf, and a logit below about -88 in "
            "float32 (about -710 in float64, where exp(-z) overflows) makes sigmoid 0; the stable forms are "
            "-log sigmoid(z) = softplus(-z) and "
            "-log(1 - sigmoid(z)) = softplus(z), finite for every finite logit",
            "你对 torch.sigmoid(z) 和 1 - torch.sigmoid(z) 直接取 torch.log；float32 下 z > 约 17（float64 下约 37）"
            "时 sigmoid(z) 舍入成恰好 1，log(1 - sigmoid(z)) 就成了 -inf，float32 下 logit 低于约 -88"
            "（float64 下约 -710，此时 exp(-z) 溢出）时 sigmoid 也会变成 0；"
            "稳定的写法是 -log sigmoid(z) = softplus(-z)、-log(1 - sigmoid(z)) = softplus(z)，对任何有限 logit "
            "都是有限值",
            name_zh="照字面计算 log(sigmoid(z))"),
]


PROBLEM = Problem(
    slug="gan_losses",
    kind="torch",
    params=["d_real_logits", "d_fake_logits", "mode"],
    cases=cases,
    check=check_pair(("d_loss", "g_loss"), ["d_real_logits.grad of d_loss", "d_fake_logits.grad of d_loss",
                                            "d_fake_logits.grad of g_loss"], masks=_masks, hints=_hints),
    driver=make_driver([(0, 0), (0, 1), (1, 1)]),
    forbidden=FORBIDDEN,
    variants=VARIANTS,
    terms=["sum of the two means", "\"minimax\"", "\"non_saturating\"", "log(1 - sigmoid", "-log sigmoid",
           "every element", "may differ", "+-100", "inf", "nan", "0-d", "dtype", "device", "autograd",
           "exactly 0", "softplus"],
)
