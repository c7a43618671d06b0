"""sigmoid_focal_loss: RetinaNet's focal loss on logits, as torchvision.ops.sigmoid_focal_loss."""
import numpy as np

from ..judge.spec import Case, Problem, Variant, compare
from ._loss_grad import shrink_flat
from .l1_loss import reduced

TOL = {"torch.float32": (1e-4, 1e-6), "torch.float64": (1e-7, 1e-8)}


def check(case, expected, got):
    rtol, atol = TOL.get(getattr(expected, "dtype", ""), TOL["torch.float32"])
    return compare(expected, got, rtol, atol)


def _data(rng, shape, dtype, scale=3.0, pos=0.3):
    x = rng.normal(0, scale, shape).astype(dtype)
    t = (rng.uniform(size=shape) < pos).astype(dtype)
    return x, t


def cases(rng):
    f32, f64 = np.float32, np.float64
    yield Case("empty", (np.zeros(0, f32), np.zeros(0, f32)))
    yield Case("empty, reduction=mean (nan)", (np.zeros(0, f32), np.zeros(0, f32)), {"reduction": "mean"})
    yield Case("empty, reduction=sum", (np.zeros((0, 4), f64), np.zeros((0, 4), f64)), {"reduction": "sum"})
    x = np.array([-2.0, -0.5, 0.0, 0.5, 2.0, 0.0], f32)
    t = np.array([1.0, 0.0, 1.0, 1.0, 0.0, 0.0], f32)
    yield Case("defaults alpha=0.25, gamma=2, reduction='none'", (x, t))
    big_x = np.array([100.0, 100.0, -100.0, -100.0, 30.0, -30.0], np.float64)
    big_t = np.array([1.0, 0.0, 1.0, 0.0, 0.0, 1.0], np.float64)
    yield Case("logits of +-100 (stay finite)", (big_x.astype(f32), big_t.astype(f32)))
    yield Case("logits of +-100, float64", (big_x, big_t), {"alpha": 0.5})
    yield Case("logits of +-100, sum", (big_x.astype(f32), big_t.astype(f32)), {"reduction": "sum"})
    yield Case("alpha < 0: no alpha weighting", (x, t), {"alpha": -1.0})
    yield Case("gamma=0: alpha-weighted BCE", (x.astype(f64), t.astype(f64)), {"gamma": 0.0})
    yield Case("gamma=0 with saturated logits ((1-p_t)**0 = 1)", (big_x, big_t), {"alpha": -1.0, "gamma": 0.0})
    yield Case("alpha=1: negatives weigh 0", (x, t), {"alpha": 1.0, "gamma": 1.0})
    yield Case("arguments by position", (x, t, 0.5, 1.5, "mean"))
    yield Case("[N, num_classes] one-hot targets, sum", _data(rng, (6, 5), f32, pos=0.2), {"reduction": "sum"})
    params = [((50,), 0.25, 2.0, "none"), ((20, 80), 0.25, 2.0, "sum"), ((2, 9, 8, 8), 0.5, 1.0, "mean"),
              ((1000,), -1.0, 2.0, "none"), ((64, 33), 0.75, 3.0, "mean"), ((300,), 0.25, 0.5, "sum")]
    for i, (shape, alpha, gamma, red) in enumerate(params):
        dt = (f32, f64)[i % 2]
        yield Case(f"random {list(shape)} {np.dtype(dt).name}", _data(rng, shape, dt, scale=(1.0, 4.0, 10.0)[i % 3]),
                   {"alpha": alpha, "gamma": gamma, "reduction": red}, random=True)


def _alpha_t(alpha, t):
    return alpha * t + (1 - alpha) * (1 - t)


def focal_with(weight=_alpha_t, always=False, p_only=False):
    """The focal loss under another convention: `weight(alpha, t)` instead of alpha_t, applied
    for alpha < 0 too when `always`; the modulating factor (1 - p) ** gamma when `p_only`."""
    def loss_fn(inputs, targets, alpha=0.25, gamma=2.0, reduction="none"):
        import torch
        import torch.nn.functional as F

        p = torch.sigmoid(inputs)
        ce = F.binary_cross_entropy_with_logits(inputs, targets, reduction="none")
        p_t = p * targets + (1 - p) * (1 - targets)
        loss = ce * ((1 - (p if p_only else p_t)) ** gamma)
        if alpha >= 0 or always:
            loss = weight(alpha, targets) * loss
        return reduced(loss, reduction)
    return loss_fn


VARIANTS = [
    Variant("alpha on the negatives", focal_with(lambda a, t: _alpha_t(1 - a, t)),
            "you weigh the positives (t = 1) by 1 - alpha and the negatives by alpha; alpha_t = alpha * t + "
            "(1 - alpha) * (1 - t) gives alpha to the positives and 1 - alpha to the negatives",
            "你给正样本（t = 1）乘了 1 - alpha，给负样本乘了 alpha；alpha_t = alpha * t + (1 - alpha) * (1 - t) "
            "是把 alpha 给正样本、1 - alpha 给负样本",
            name_zh="把 alpha 给了负样本"),
    Variant("one alpha for every element", focal_with(lambda a, t: a),
            "you multiply every element's loss by alpha, whatever its target; the weight is alpha_t = alpha * t + "
            "(1 - alpha) * (1 - t): alpha for the positives, 1 - alpha for the negatives",
            "你把每个元素的损失都乘了 alpha，不管它的 target 是什么；权重应是 alpha_t = alpha * t + "
            "(1 - alpha) * (1 - t)：正样本乘 alpha，负样本乘 1 - alpha",
            name_zh="所有元素都乘同一个 alpha"),
    Variant("alpha_t applied for alpha < 0", focal_with(always=True),
            "you apply alpha_t even when alpha < 0 (with alpha = -1 the positives get -1 and the negatives 2); "
            "alpha < 0 means no alpha weighting at all, as in torchvision",
            "alpha < 0 时你仍然乘了 alpha_t（alpha = -1 时正样本乘 -1、负样本乘 2）；按 torchvision 的约定，"
            "alpha < 0 表示完全不做 alpha 加权",
            name_zh="alpha < 0 时仍乘 alpha_t"),
    Variant("(1 - p) ** gamma instead of (1 - p_t) ** gamma", focal_with(p_only=True),
            "your modulating factor is (1 - p) ** gamma with p = sigmoid(x), which is only right for the positives; "
            "it is (1 - p_t) ** gamma with p_t = p * t + (1 - p) * (1 - t), so a negative's factor is p ** gamma",
            "你的调制因子是 (1 - p) ** gamma（p = sigmoid(x)），只对正样本是对的；应当是 (1 - p_t) ** gamma，"
            "其中 p_t = p * t + (1 - p) * (1 - t)，所以负样本的因子是 p ** gamma",
            name_zh="用 (1 - p) ** gamma 代替 (1 - p_t) ** gamma"),
]


PROBLEM = Problem(
    slug="sigmoid_focal_loss",
    kind="torch",
    params=["inputs", "targets", "alpha", "gamma", "reduction"],
    cases=cases,
    check=check,
    forbidden=["torchvision.ops.sigmoid_focal_loss", "torchvision.ops.focal_loss.*", "torchvision.ops.*focal*",
               "fvcore.nn.*focal*", "kornia.losses.*focal*", "monai.losses.*Focal*", "segmentation_models_pytorch.*Focal*"],
    shrink=shrink_flat(0, 1),
    variants=VARIANTS,
    terms=["p_t", "alpha_t", "alpha < 0", "(1 - p_t) ** gamma", "\"none\"", "\"mean\"", "\"sum\"", "nan",
           "100", "finite", "same shape", "dtype", "device"],
)
