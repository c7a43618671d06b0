"""smooth_l1_loss: as torch.nn.functional.smooth_l1_loss (beta = 0 is L1), judged on the
value and on the gradient autograd gets from it."""
import numpy as np

from ..judge.spec import Case, Problem, Variant
from ._loss_grad import grad_check, grad_driver, shrink_flat
from .l1_loss import SUM_FOR_MEAN, reduced, total


def _pair(rng, shape, dtype, beta, ties=0.1):
    # differences spread over both pieces: |d| < beta (quadratic) and |d| >= beta (linear)
    x = rng.normal(0, 2, shape)
    d = rng.normal(0, 1.5 * max(beta, 0.5), shape)
    m = rng.uniform(size=shape)
    d[m < ties] = 0.0  # input == target: gradient 0
    y = x - d
    x, y = x.astype(dtype), y.astype(dtype)
    y[m < ties] = x[m < ties]  # exactly, after the cast
    return x, y


def cases(rng):
    f32, f64 = np.float32, np.float64
    d = np.array([-3.0, -1.0, -0.75, -0.5, -0.25, 0.0, 0.25, 0.5, 0.75, 1.0, 3.0])
    yield Case("default beta=1, reduction=mean; d = input - target from -3 to 3",
               (d.astype(f32), np.zeros_like(d, f32)))
    yield Case("-beta <= d < 0: the loss is 0.5*d*d/beta, its slope d/beta (negative)",
               (np.array([-1.0, -0.75, -0.5, -0.25], f64), np.zeros(4, f64)), {"reduction": "none"})
    # |d| exactly beta, from both signs, with a nonzero target (all values exact in binary)
    bx = np.array([-0.5, 0.5, 1.5, 0.75, 2.0, 0.25], f32)
    by = np.array([0.0, 0.0, 1.0, 1.25, 2.0, 0.0], f32)
    yield Case("|d| exactly equal to beta=0.5, and d = 0", (bx, by), {"beta": 0.5, "reduction": "none"})
    yield Case("|d| exactly equal to beta=0.5, summed", (bx.astype(f64), by.astype(f64)),
               {"beta": 0.5, "reduction": "sum"})
    for r in ("none", "mean", "sum"):
        yield Case(f"beta=0 is L1 (gradient sign(d), 0 at d = 0), reduction={r}",
                   (d.astype(f64), np.zeros_like(d)), {"beta": 0.0, "reduction": r})
    yield Case("beta=2 (the quadratic piece is divided by beta)", (d.astype(f32), np.zeros_like(d, f32)),
               {"beta": 2.0, "reduction": "none"})
    yield Case("beta and reduction by position", (d.astype(f64), np.full_like(d, 0.5), 0.25, "sum"))
    yield Case("input == target everywhere", (d.astype(f32), d.astype(f32)), {"reduction": "mean"})
    for r in ("none", "mean", "sum"):
        yield Case(f"empty, reduction={r}", (np.zeros(0, f32), np.zeros(0, f32)), {"reduction": r})
    yield Case("0-d tensors", (np.array(0.3, f64), np.array(-0.1, f64)), {"beta": 0.5, "reduction": "none"})
    yield Case("one element, the linear piece", (np.array([2.5], f32), np.array([0.5], f32)), {"reduction": "mean"})
    yield Case("[N,4] box deltas, beta=1/9 (Faster R-CNN)", _pair(rng, (6, 4), f32, 1 / 9), {"beta": 1 / 9, "reduction": "sum"})
    shapes = [(7,), (33, 5), (4, 3, 8, 8), (1000,), (64, 257), (3, 1, 50)]
    betas = [1.0, 0.1, 3.0, 1 / 9, 0.0, 0.5]
    for i, (shape, beta) in enumerate(zip(shapes, betas)):
        dt = (f32, f64)[i % 2]
        for r in ("none", "mean", "sum"):
            yield Case(f"random {list(shape)} {np.dtype(dt).name}, beta={beta:g}, reduction={r}",
                       _pair(rng, shape, dt, beta), {"beta": beta, "reduction": r}, random=True)


def pieces(quad, lin, at_one=False):
    """A loss with smooth-L1's shape from two other pieces: quad(d, beta) where |d| < beta
    (|d| < 1 when `at_one`), lin(|d|, beta) elsewhere; then reduced as torch does."""
    def loss(input, target, beta=1.0, reduction="mean"):
        import torch

        d = input - target
        ad = d.abs()
        return reduced(torch.where(ad < (1.0 if at_one else beta), quad(d, beta), lin(ad, beta)), reduction)
    return loss


def _summed(input, target, beta=1.0, reduction="mean"):
    # the right loss (beta = 0 apart), reduced by a sum where the mean is asked
    import torch

    d = input - target
    ad = d.abs()
    loss = ad if beta == 0 else torch.where(ad < beta, 0.5 * d * d / beta, ad - 0.5 * beta)
    return reduced(loss, reduction, total)


VARIANTS = [
    Variant("the beta = 1 formula for every beta",
            pieces(lambda d, b: 0.5 * d * d, lambda ad, b: ad - 0.5, at_one=True),
            "you use 0.5 * d * d where |d| < 1 and |d| - 0.5 elsewhere, whatever beta is passed; the pieces "
            "depend on beta: 0.5 * d * d / beta where |d| < beta, |d| - 0.5 * beta elsewhere (beta = 0 is L1)",
            "不管传入的 beta 是多少，你都在 |d| < 1 时用 0.5 * d * d、其余用 |d| - 0.5；两段都依赖 beta："
            "|d| < beta 时为 0.5 * d * d / beta，其余为 |d| - 0.5 * beta（beta = 0 即 L1）",
            name_zh="无视 beta、总用 beta = 1 的公式"),
    Variant("the Huber loss", pieces(lambda d, b: 0.5 * d * d, lambda ad, b: b * (ad - 0.5 * b)),
            "you compute Huber's 0.5 * d * d where |d| < beta and beta * (|d| - 0.5 * beta) elsewhere "
            "(F.huber_loss with delta = beta), which is beta times smooth-L1; smooth-L1 divides the quadratic "
            "piece by beta instead: 0.5 * d * d / beta and |d| - 0.5 * beta. The two agree only at beta = 1",
            "你算的是 Huber 损失：|d| < beta 时 0.5 * d * d，其余 beta * (|d| - 0.5 * beta)（即 delta = beta 的 "
            "F.huber_loss），它等于 smooth-L1 乘以 beta；smooth-L1 是把二次段除以 beta：0.5 * d * d / beta 和 "
            "|d| - 0.5 * beta。两者只在 beta = 1 时相同",
            name_zh="Huber 损失"),
    Variant("the quadratic piece not divided by beta",
            pieces(lambda d, b: 0.5 * d * d, lambda ad, b: ad - 0.5 * b),
            "you use 0.5 * d * d where |d| < beta, without dividing by beta, so the pieces do not meet at "
            "|d| == beta (0.5 * beta**2 against 0.5 * beta) unless beta = 1; smooth-L1's quadratic piece is "
            "0.5 * d * d / beta",
            "|d| < beta 时你用了 0.5 * d * d，没有除以 beta，于是除非 beta = 1，两段在 |d| == beta 处接不上"
            "（0.5 * beta**2 对 0.5 * beta）；smooth-L1 的二次段是 0.5 * d * d / beta",
            name_zh="二次段没有除以 beta"),
    Variant(SUM_FOR_MEAN[0], _summed, *SUM_FOR_MEAN[2:], name_zh=SUM_FOR_MEAN[1]),
]


PROBLEM = Problem(
    slug="smooth_l1_loss",
    kind="torch",
    params=["input", "target", "beta", "reduction"],
    cases=cases,
    check=grad_check(),
    driver=grad_driver,
    # the loss itself, Huber (= beta * smooth-L1 with delta = beta) and every path to them;
    # torch.nn.functional last, so that getattr(F, "huber_loss") is reported under that name
    forbidden_ops=['aten::smooth_l1_loss', 'aten::huber_loss'],
    forbidden=[f"{m}.{n}" for m in ("torch.ops.aten", "torch._decomp.decompositions", "torch._refs.nn.functional",
                                     "torch._C._nn", "torch.nn.functional")
               for n in ("smooth_l1_loss", "huber_loss")]
    + [f"{m}.{n}" for m in ("torch.nn.modules.loss", "torch.nn") for n in ("SmoothL1Loss", "HuberLoss")],
    shrink=shrink_flat(0, 1),
    variants=VARIANTS,
    terms=["0.5 * d * d / beta", "|d| < beta", "|d| - 0.5 * beta", "beta = 0", "same shape", "\"none\"",
           "\"mean\"", "\"sum\"", "every element", "nan", "0-d", "autograd", "gradient", "sign(0) = 0",
           "fixed weights", "dtype", "device"],
)
