"""dice_loss: binary soft Dice loss on sigmoid probabilities, one Dice per sample, linear
sums in the denominator; value and autograd gradient."""
import numpy as np

from ..judge.spec import Case, Problem, Variant, shrink_rows
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


def dice_with(squared=False, smooth_in_numerator=True, batch=False, sigmoid=True):
    """The Dice loss under another convention: p^2 and t^2 in the denominator (`squared`,
    V-Net), smooth in the denominator only, one Dice over the whole batch (`batch`: every
    sample gets it, "sum" is N times it, "mean" is it), or the logits used as probabilities (`sigmoid=False`)."""
    def dice(logits, targets, smooth=1.0, reduction="mean"):
        import torch

        p = torch.sigmoid(logits) if sigmoid else logits
        n = logits.shape[0]
        p, t = (p.reshape(1, -1), targets.reshape(1, -1)) if batch else (p.flatten(1), targets.flatten(1))
        inter = (p * t).sum(dim=1)
        denom = (p * p).sum(dim=1) + (t * t).sum(dim=1) if squared else p.sum(dim=1) + t.sum(dim=1)
        loss = 1.0 - (2.0 * inter + (smooth if smooth_in_numerator else 0.0)) / (denom + smooth)
        if batch:  # the one Dice stands for every sample (and is the mean, also of an empty batch)
            loss = loss[0]
            return {"none": loss.expand(n), "sum": loss * n}.get(reduction, loss)
        if reduction == "none":
            return loss
        if reduction == "sum":
            return loss.sum()
        return loss.mean()
    return dice


VARIANTS = [
    Variant("squared sums in the denominator (V-Net)", dice_with(squared=True),
            "your denominator is `sum(p^2) + sum(t^2) + smooth`, Milletari et al.'s V-Net form; this statement's "
            "Dice uses plain sums: `sum(p) + sum(t) + smooth` (MONAI's squared_pred=False). Since p^2 = p "
            "only at 0 and 1, the two differ for soft probabilities",
            "你的分母是 `sum(p^2) + sum(t^2) + smooth`，即 Milletari 等人 V-Net 的写法；本题的 Dice 用的是普通求和："
            "`sum(p) + sum(t) + smooth`（MONAI 的 `squared_pred=False`）。`p^2 = p` 只在 0 和 1 处成立，"
            "所以对软概率两者不同",
            name_zh="分母用平方和（V-Net）"),
    Variant("smooth in the denominator only", dice_with(smooth_in_numerator=False),
            "you add smooth to the denominator only, as an eps against 0 / 0, so a sample whose prediction and "
            "target are both empty gets loss 1 instead of 0; smooth goes into both: "
            "`1 - (2 * sum(p * t) + smooth) / (sum(p) + sum(t) + smooth)`",
            "你只在分母里加了 smooth，把它当作防止 0 / 0 的 eps，于是预测和目标都为空的样本损失为 1 而不是 0；"
            "smooth 应分子分母都加：`1 - (2 * sum(p * t) + smooth) / (sum(p) + sum(t) + smooth)`",
            name_zh="smooth 只加在分母上"),
    Variant("one Dice for the whole batch", dice_with(batch=True),
            "you sum over the batch dim too and compute one Dice for the whole batch (the \"batch Dice\" of some "
            "segmentation codebases); here each sample has its own Dice, sums over every dim but the batch dim "
            "(`flatten(1)`, `.sum(dim=1)`), and reduction then takes their mean or sum",
            "你连 batch 维也一起求和，整个 batch 只算了一个 Dice（一些分割代码库里的 “batch Dice”）；本题每个样本"
            "各算一个 Dice，对除 batch 以外的所有维度求和（`flatten(1)`、`.sum(dim=1)`），再由 reduction 取均值或求和",
            name_zh="整个 batch 只算一个 Dice"),
    Variant("the logits used as probabilities (no sigmoid)", dice_with(sigmoid=False),
            "you use the logits themselves as probabilities; they are unbounded (negative, or far above 1), so "
            "the Dice is meaningless. Apply `torch.sigmoid(logits)` first",
            "你直接把 logits 当成了概率；它们没有界（可以是负数，也可以远大于 1），这样算出的 Dice 没有意义。"
            "应先做 `torch.sigmoid(logits)`",
            name_zh="把 logits 当作概率（没有 sigmoid）"),
]


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
    variants=VARIANTS,
    terms=["sigmoid", "2 * sum(p * t) + smooth", "sum(p) + sum(t) + smooth", "every dim but the batch",
           "not squared", "Milletari", "\"none\"", "\"mean\"", "\"sum\"", "[N]", "nan", "[N,C,H,W]", "autograd",
           "dtype", "device", "1e-4"],
)
