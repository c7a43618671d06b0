"""relativistic_losses: (C(x_r), C(x_f)) -> (d_loss, g_loss) of the relativistic average GAN
as in ESRGAN (the paper's sums); stable for large logits; values and g_loss's gradient."""
import math

import numpy as np

from ..judge.spec import Case, Problem, Variant
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


def _ra(rf, fr, scale=1.0, g_real_term=True):
    """(d_loss, g_loss) from the two relative logits, the paper's form, times `scale`."""
    import torch.nn.functional as F

    d_loss = F.softplus(-rf).mean() + F.softplus(fr).mean()
    g_loss = F.softplus(-fr).mean() + (F.softplus(rf).mean() if g_real_term else 0)
    return scale * d_loss, scale * g_loss


def _halved(c_real, c_fake):
    return _ra(c_real - c_fake.mean(), c_fake - c_real.mean(), 0.5)


def _pairwise(c_real, c_fake):
    import torch

    try:
        torch.broadcast_shapes(c_real.shape, c_fake.shape)
    except RuntimeError:  # batches of other sizes: such code raises, there is no answer to match
        nan = (c_real.sum() + c_fake.sum()) * float("nan")
        return nan, nan
    return _ra(c_real - c_fake, c_fake - c_real)


def _own_mean(c_real, c_fake):
    return _ra(c_real - c_real.mean(), c_fake - c_fake.mean())


def _g_fake_only(c_real, c_fake):
    return _ra(c_real - c_fake.mean(), c_fake - c_real.mean(), g_real_term=False)


def _naive(c_real, c_fake):
    import torch

    d_rf, d_fr = torch.sigmoid(c_real - c_fake.mean()), torch.sigmoid(c_fake - c_real.mean())
    d_loss = -torch.log(d_rf).mean() - torch.log(1 - d_fr).mean()
    g_loss = -torch.log(1 - d_rf).mean() - torch.log(d_fr).mean()
    return d_loss, g_loss


VARIANTS = [
    Variant("BasicSR's 0.5 weighting", _halved,
            "each of your losses is half the paper's: 0.5 * (-mean log D_Ra(x_r, x_f)) + 0.5 * "
            "(-mean log(1 - D_Ra(x_f, x_r))) and the same for g_loss, as BasicSR's ESRGAN training code "
            "weights each term; the contract is the paper's sum of the two expectations, without the 0.5",
            "你的两个损失都是论文的一半：0.5 * (-mean log D_Ra(x_r, x_f)) + 0.5 * (-mean log(1 - D_Ra(x_f, x_r)))，"
            "g_loss 也一样，这是 BasicSR 的 ESRGAN 训练代码给每一项的权重；本题约定是论文中两个期望直接相加，没有 0.5",
            name_zh="BasicSR 的 0.5 权重"),
    Variant("pairwise C(x_r) - C(x_f) without the batch means", _pairwise,
            "you compare each real output with the fake output at the same index, sigmoid(C(x_r) - C(x_f)) as "
            "in the plain relativistic GAN (RSGAN), so your losses are twice RSGAN's and need batches of the "
            "same shape; the relativistic average discriminator compares each output with the mean of the "
            "other batch: D_Ra(x_r, x_f) = sigmoid(C(x_r) - mean C(x_f)), D_Ra(x_f, x_r) = "
            "sigmoid(C(x_f) - mean C(x_r))",
            "你把每个真实输出和同一下标的生成输出逐对比较，即普通相对 GAN（RSGAN）的 sigmoid(C(x_r) - C(x_f))，"
            "于是你的损失是 RSGAN 的两倍，而且两批形状必须相同；相对平均判别器是把每个输出与另一批的均值比较："
            "D_Ra(x_r, x_f) = sigmoid(C(x_r) - mean C(x_f))，D_Ra(x_f, x_r) = sigmoid(C(x_f) - mean C(x_r))",
            name_zh="逐对相减 C(x_r) - C(x_f)，没有取 batch 均值"),
    Variant("each output against its own batch's mean", _own_mean,
            "you subtract the mean of the output's own batch, sigmoid(C(x_r) - mean C(x_r)) and "
            "sigmoid(C(x_f) - mean C(x_f)), so real and fake are never compared; D_Ra subtracts the other "
            "batch's mean: sigmoid(C(x_r) - mean C(x_f)) and sigmoid(C(x_f) - mean C(x_r))",
            "你减去的是输出所在批自己的均值，即 sigmoid(C(x_r) - mean C(x_r)) 和 sigmoid(C(x_f) - mean C(x_f))，"
            "真假两批根本没有相互比较；D_Ra 要减去另一批的均值：sigmoid(C(x_r) - mean C(x_f)) 和 "
            "sigmoid(C(x_f) - mean C(x_r))",
            name_zh="每个输出减去自己这一批的均值"),
    Variant("the generator's fake term only", _g_fake_only,
            "your g_loss is only -mean log D_Ra(x_f, x_r), as a standard GAN's generator loss has only the "
            "fake term; ESRGAN's generator loss is symmetric to D's and also has the real term: "
            "g_loss = -mean log(1 - D_Ra(x_r, x_f)) - mean log D_Ra(x_f, x_r), so G gets gradients from "
            "the real data too (through mean C(x_f))",
            "你的 g_loss 只有 -mean log D_Ra(x_f, x_r)，像标准 GAN 的生成器损失那样只含生成样本项；ESRGAN 的"
            "生成器损失与 D 的对称，还包含真实样本项：g_loss = -mean log(1 - D_Ra(x_r, x_f)) - mean log D_Ra(x_f, x_r)，"
            "这样 G 也能（通过 mean C(x_f)）从真实数据得到梯度",
            name_zh="生成器损失只有生成样本项"),
    Variant("log(sigmoid(z)) taken literally", _naive,
            "you take torch.log of sigmoid(z) and of 1 - sigmoid(z) for the relative logits z; sigmoid(z) "
            "rounds to exactly 1 once z > ~17 in float32 (~37 in float64), so log(1 - sigmoid(z)) is -inf, "
            "and a z below about -88 in float32 (about -710 in float64, where exp(-z) overflows) makes sigmoid 0; "
            "the stable forms are -log sigmoid(z) = softplus(-z) and "
            "-log(1 - sigmoid(z)) = softplus(z), finite for every finite z",
            "你对相对 logit z 的 sigmoid(z) 和 1 - sigmoid(z) 直接取 torch.log；float32 下 z > 约 17（float64 下约 37）"
            "时 sigmoid(z) 舍入成恰好 1，log(1 - sigmoid(z)) 就成了 -inf，float32 下 z 低于约 -88"
            "（float64 下约 -710，此时 exp(-z) 溢出）时 sigmoid 也会变成 0；"
            "稳定的写法是 -log sigmoid(z) = softplus(-z)、-log(1 - sigmoid(z)) = softplus(z)，对任何有限的 z "
            "都是有限值",
            name_zh="照字面计算 log(sigmoid(z))"),
]


PROBLEM = Problem(
    slug="relativistic_losses",
    kind="torch",
    params=["c_real", "c_fake"],
    cases=cases,
    check=check_pair(("d_loss", "g_loss"), ["c_fake.grad of g_loss"], masks=_masks, hints=_hints),
    driver=make_driver([(1, 1)]),
    forbidden=FORBIDDEN,
    variants=VARIANTS,
    terms=["sigmoid(C(x_r) - mean C(x_f))", "sigmoid(C(x_f) - mean C(x_r))", "other batch", "summed",
           "0.5", "every element", "may differ", "+-100", "inf", "nan", "0-d", "dtype", "device",
           "autograd", "not judged", "softplus"],
)
