"""smooth_l1_grad: the derivative of smooth-L1 with respect to its argument, written by
hand (no autograd), with torch's own values at the kinks."""
import numpy as np

from ..judge.spec import Case, Problem, Variant, close
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


def _abs_inside(x, beta=1.0):
    # the seed notes' sign error: -x / beta (= |x| / beta) on -beta < x < 0
    import torch

    return torch.sign(x) if beta == 0 else torch.where(x.abs() < beta, x.abs() / beta, torch.sign(x))


def _beta_one(x, beta=1.0):
    import torch

    return torch.where(x.abs() < 1, x, torch.sign(x))


def _sign_at_zero_one(x, beta=1.0):
    # sign(x) written as where(x >= 0, 1, -1): 1 at x = 0, seen when beta = 0
    import torch

    sgn = torch.where(x >= 0, torch.ones_like(x), -torch.ones_like(x))
    return sgn if beta == 0 else torch.where(x.abs() < beta, x / beta, sgn)


def _clamp(x, beta=1.0):
    import torch

    return torch.clamp(x / beta, -1.0, 1.0)  # a tensor divided by 0.0: +-inf, and nan at x = 0


def _seed_notes(x, beta=1.0):
    # the seed notes' loop as written: beta ignored, -x on -1 <= x < 0 (so +1 at x = -1)
    import torch

    one = torch.ones_like(x)
    return torch.where(x >= 1, one, torch.where(x >= 0, x, torch.where(x >= -1, -x, -one)))


VARIANTS = [
    Variant("-x / beta on the negative side", _abs_inside,
            "on -beta < x < 0 you return -x / beta, a positive slope (a slip of widely copied interview notes: the "
            "derivative of |x| "
            "mixed up with that of x**2); inside |x| < beta the derivative of 0.5 * x**2 / beta is x / beta itself, "
            "negative for negative x",
            "在 -beta < x < 0 上你返回了 -x / beta，是正的斜率（网上流传的面试笔记里的错误：把 |x| 的导数和 x**2 的导数搞混了）；"
            "在 |x| < beta 内，0.5 * x**2 / beta 的导数就是 x / beta 本身，x 为负时它也为负",
            name_zh="负半轴上写成 -x / beta"),
    Variant("the beta = 1 formula for every beta", _beta_one,
            "you return x where |x| < 1 and sign(x) elsewhere, whatever beta is passed; the derivative is x / beta "
            "where |x| < beta and sign(x) elsewhere (beta = 0: sign(x) everywhere)",
            "不管传入的 beta 是多少，你都在 |x| < 1 时返回 x、其余返回 sign(x)；导数应是 |x| < beta 时为 x / beta，"
            "其余为 sign(x)（beta = 0 时处处为 sign(x)）",
            name_zh="无视 beta、总用 beta = 1 的公式"),
    Variant("sign(0) = 1", _sign_at_zero_one,
            "with beta = 0 your derivative at x = 0 is 1 (a sign written as where(x >= 0, 1, -1)); the statement "
            "asks for sign(x) with sign(0) = 0 there, what torch's autograd gives for F.smooth_l1_loss with beta = 0",
            "beta = 0 时你在 x = 0 处的导数是 1（把 sign 写成了 where(x >= 0, 1, -1)）；题目要求那里是 sign(x)，"
            "且 sign(0) = 0，与 torch 的 autograd 对 beta = 0 的 F.smooth_l1_loss 给出的一致",
            name_zh="sign(0) = 1"),
    Variant("a division by beta = 0", _clamp,
            "you compute clamp(x / beta, -1, 1), right for beta > 0, but with beta = 0 it divides by zero and "
            "x = 0 gives 0 / 0 = nan; beta = 0 needs its own branch: sign(x), 0 at x = 0",
            "你算的是 clamp(x / beta, -1, 1)，beta > 0 时没问题，但 beta = 0 时要除以零，x = 0 处得到 0 / 0 = nan；"
            "beta = 0 要单独处理：sign(x)，x = 0 处为 0",
            name_zh="除以 beta = 0"),
    Variant("a widely copied note's loop, as written", _seed_notes,
            "your answer is the loop of a widely copied interview note, line for line: beta is ignored (the "
            "branches are cut at +-1) and "
            "`elif v >= -1: g = -v` gives a positive slope on -1 <= x < 0, +1 even at x = -1; the derivative is "
            "x / beta where |x| < beta and sign(x) elsewhere (torch.clamp(x / beta, -1, 1) for beta > 0)",
            "你的答案和网上流传的一份面试笔记里的循环逐行一致：忽略了 beta（分段点固定在 +-1），而 `elif v >= -1: g = -v` 在 "
            "-1 <= x < 0 上给出正的斜率，连 x = -1 处都是 +1；导数应是 |x| < beta 时为 x / beta，其余为 sign(x)"
            "（beta > 0 时即 torch.clamp(x / beta, -1, 1)）",
            name_zh="照抄面试笔记里的循环"),
]


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
    variants=VARIANTS,
    terms=["x / beta", "sign(x)", "|x| == beta", "beta = 0", "x = 0", "same shape", "dtype", "device",
           "autograd"],
)
