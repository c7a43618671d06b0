"""tv_loss: [N,C,H,W] -> 0-d total variation, anisotropic (beta=None) or the TV^beta of
Mahendran & Vedaldi 2015; summed over C,H,W, averaged over N; value and autograd gradient."""
import numpy as np

from ..judge import gen
from ..judge.spec import Case, Problem, Variant, shrink_batch
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


def tv_with(square=False, mean=False, per_image=True, exponent=0.5):
    """The TV loss under another convention: squared differences for beta=None (`square`),
    each difference map averaged instead of summed (`mean`), no division by N (not
    `per_image`), the squared norm raised to beta * `exponent` (beta / 2 when right)."""
    def red(t):
        return t.mean() if mean else t.sum()

    def tv(x, beta=None):
        n = x.shape[0] if per_image else 1
        if beta is None:
            dh = x[..., 1:, :] - x[..., :-1, :]
            dw = x[..., :, 1:] - x[..., :, :-1]
            return (red(dh * dh) + red(dw * dw)) / n if square else (red(dh.abs()) + red(dw.abs())) / n
        dw = x[..., :-1, 1:] - x[..., :-1, :-1]
        dh = x[..., 1:, :-1] - x[..., :-1, :-1]
        return red((dw * dw + dh * dh) ** (beta * exponent)) / n
    return tv


VARIANTS = [
    Variant("squared differences for beta=None", tv_with(square=True),
            "with beta=None you sum the squared neighbour differences (a smooth, L2 penalty); the anisotropic TV "
            "the statement asks for sums their absolute values |x[..., i+1, j] - x[..., i, j]| and "
            "|x[..., i, j+1] - x[..., i, j]|",
            "beta=None 时你对相邻像素差的平方求和（光滑的 L2 惩罚）；题目要求的各向异性 TV 是对差的绝对值 "
            "|x[..., i+1, j] - x[..., i, j]| 和 |x[..., i, j+1] - x[..., i, j]| 求和",
            name_zh="beta=None 时用了差分的平方"),
    Variant("means instead of sums", tv_with(mean=True, per_image=False),
            "you average the differences (torch.mean over every image, channel and pixel; a 1xW image's empty "
            "vertical map gives nan); the statement sums over C, H, W and divides by N only",
            "你对差分取了平均（对所有图像、通道和像素做 torch.mean；1xW 图像的竖直差分为空，平均得到 nan）；"
            "题目要求对 C、H、W 求和，只除以 N",
            name_zh="用平均代替求和"),
    Variant("a sum over the batch too", tv_with(per_image=False),
            "you sum over the batch as well, without dividing by N; the statement asks for the mean over the batch "
            "of each image's TV: the sum over N, C, H, W divided by N",
            "你把 batch 维也加了起来，没有除以 N；题目要求对每张图像的 TV 在 batch 上取平均：对 N、C、H、W 求和后除以 N",
            name_zh="对 batch 也求和（没有除以 N）"),
    Variant("the power beta instead of beta / 2", tv_with(exponent=1.0),
            "you raise the sum of squared differences to beta, i.e. the gradient norm to 2 * beta; TV^beta raises "
            "it to beta / 2: ((x[..., i, j+1] - x[..., i, j])**2 + (x[..., i+1, j] - x[..., i, j])**2) ** (beta / 2)",
            "你把差分平方和取了 beta 次幂，相当于梯度范数的 2 * beta 次幂；TV^beta 要取 beta / 2 次幂："
            "((x[..., i, j+1] - x[..., i, j])**2 + (x[..., i+1, j] - x[..., i, j])**2) ** (beta / 2)",
            name_zh="取 beta 次幂而不是 beta / 2"),
]


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
    variants=VARIANTS,
    terms=["[N,C,H,W]", "anisotropic", "divided by N", "summed over C, H, W", "i < H-1, j < W-1",
           "both differences exist", "beta / 2", "0-d", "dtype", "device", "autograd", "exactly zero",
           "beta >= 2", "flat regions", "1xW"],
)
