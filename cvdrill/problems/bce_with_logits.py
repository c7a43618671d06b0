"""bce_with_logits: numerically stable binary cross-entropy on logits, as
torch.nn.functional.binary_cross_entropy_with_logits; value and autograd gradient."""
import numpy as np

from ..judge.spec import Case, Problem, Variant
from ._loss_grad import grad_check, grad_driver, shrink_flat


def _data(rng, shape, dtype, scale=3.0, soft=False):
    x = rng.normal(0, scale, shape)
    t = rng.uniform(size=shape) if soft else (rng.uniform(size=shape) < 0.4).astype(np.float64)
    return x.astype(dtype), t.astype(dtype)


def _nonzero_logits(case):
    # At a logit of exactly 0 the usual stable form max(x,0) - x*t + log1p(exp(-|x|)) gets
    # a one-sided gradient from autograd (relu/clamp/abs at 0); the value is right, so the
    # gradient is compared only where the logit is not 0.
    return np.asarray(case.args[0]) != 0


def cases(rng):
    f32, f64 = np.float32, np.float64
    for r in ("none", "mean", "sum"):
        yield Case(f"empty, reduction={r}", (np.zeros(0, f32), np.zeros(0, f32)), {"reduction": r})
    x = np.array([-3.0, -1.0, 0.0, 0.5, 2.0, 0.0], f32)
    t = np.array([1.0, 0.0, 1.0, 1.0, 0.0, 0.0], f32)
    yield Case("small logits, default reduction (mean)", (x, t))
    big = np.array([1000.0, -1000.0, 1000.0, -1000.0, 100.0, -100.0, 40.0, -40.0])
    bt = np.array([1.0, 0.0, 0.0, 1.0, 0.0, 1.0, 1.0, 0.0])
    yield Case("logits of +-1000 (no inf, no nan)", (big.astype(f32), bt.astype(f32)), {"reduction": "none"})
    yield Case("logits of +-1000, float64, sum", (big, bt), {"reduction": "sum"})
    yield Case("logits of +-1000, mean", (big.astype(f32), bt.astype(f32)))
    yield Case("soft targets in [0, 1]", (x.astype(f64), np.array([0.0, 0.25, 0.5, 0.9, 1.0, 0.3])), {"reduction": "none"})
    yield Case("one element", (np.array([0.7], f64), np.array([1.0], f64)), {"reduction": "sum"})
    yield Case("0-d tensors", (np.array(-2.5, f32), np.array(1.0, f32)), {"reduction": "none"})
    yield Case("[N,C,H,W] mask logits, mean over every element", _data(rng, (2, 3, 5, 5), f32))
    params = [((50,), "none", 2.0, False), ((20, 80), "mean", 5.0, False), ((3, 4, 8, 8), "sum", 1.0, True),
              ((1000,), "mean", 30.0, False), ((64, 33), "none", 3.0, True), ((300,), "sum", 200.0, False)]
    for i, (shape, red, scale, soft) in enumerate(params):
        dt = (f32, f64)[i % 2]
        yield Case(f"random {list(shape)} {np.dtype(dt).name}, logit scale {scale:g}" + (", soft targets" if soft else ""),
                   _data(rng, shape, dt, scale, soft), {"reduction": red}, random=True)


def bce_with(form):
    """BCE on logits written another way: "log_sigmoid" (-(t log p + (1 - t) log(1 - p)) with
    p = sigmoid(x), taken literally), "log1p_exp" ((1 - t) x + log(1 + exp(-x)), which overflows
    for x << 0) or "clamped" (p clamped to [1e-7, 1 - 1e-7] first)."""
    def bce(logits, targets, reduction="mean"):
        import torch

        if form == "log1p_exp":
            loss = (1 - targets) * logits + torch.log1p(torch.exp(-logits))
        else:
            p = torch.sigmoid(logits)
            if form == "clamped":
                p = p.clamp(1e-7, 1 - 1e-7)
            loss = -(targets * torch.log(p) + (1 - targets) * torch.log(1 - p))
        if reduction == "none":
            return loss
        return loss.mean() if reduction == "mean" else loss.sum()
    return bce


VARIANTS = [
    Variant("log(sigmoid(x)) taken literally", bce_with("log_sigmoid"),
            "you compute `-(t * log(sigmoid(x)) + (1 - t) * log(1 - sigmoid(x)))` as written: for |x| large "
            "sigmoid rounds to exactly 0 or 1, a log gives -inf, and 0 * -inf = nan. Use the stable form "
            "`max(x, 0) - x * t + log1p(exp(-|x|))`, which never takes the log of a rounded probability",
            "你按原式计算 `-(t * log(sigmoid(x)) + (1 - t) * log(1 - sigmoid(x)))`：|x| 很大时 sigmoid 会被舍入成"
            "恰好 0 或 1，log 得到 -inf，而 `0 * -inf = nan`。应使用稳定写法 `max(x, 0) - x * t + log1p(exp(-|x|))`，"
            "它从不对舍入后的概率取 log",
            name_zh="照字面计算 `log(sigmoid(x))`"),
    Variant("log(1 + exp(-x)) without |x|", bce_with("log1p_exp"),
            "you use `(1 - t) * x + log(1 + exp(-x))`: exact algebra, but for x = -1000 `exp(-x)` overflows to inf "
            "and so does the loss. Never exponentiate a large positive number: "
            "`max(x, 0) - x * t + log1p(exp(-|x|))`",
            "你用的是 `(1 - t) * x + log(1 + exp(-x))`：代数上没错，但 x = -1000 时 `exp(-x)` 溢出为 inf，损失也随之"
            "变成 inf。永远不要对很大的正数取 exp：`max(x, 0) - x * t + log1p(exp(-|x|))`",
            name_zh="`log(1 + exp(-x))` 没有用 |x|"),
    Variant("probabilities clamped to [1e-7, 1 - 1e-7]", bce_with("clamped"),
            "you clamp `sigmoid(x)` to [1e-7, 1 - 1e-7] before the logs: finite, but every loss is capped near "
            "-log(1e-7) = 16, so a logit of 1000 with target 0, which costs 1000, costs about 16 instead (and the "
            "gradient vanishes there). Work on the logits: `max(x, 0) - x * t + log1p(exp(-|x|))`",
            "你在取 log 之前把 `sigmoid(x)` 截断到 [1e-7, 1 - 1e-7]：结果有限，但每个损失都被限制在 "
            "`-log(1e-7)` = 16 附近，于是本该代价 1000 的情形（logit 为 1000、目标为 0）只算了约 16（那里的梯度也消失了）。"
            "应直接在 logit 上计算：`max(x, 0) - x * t + log1p(exp(-|x|))`",
            name_zh="概率截断到 [1e-7, 1 - 1e-7]"),
]


PROBLEM = Problem(
    slug="bce_with_logits",
    kind="torch",
    params=["logits", "targets", "reduction"],
    cases=cases,
    check=grad_check(grad_mask=_nonzero_logits, name="logits"),
    driver=grad_driver,
    # the public names last: a getattr string is reported by the last name with that leaf
    forbidden_ops=['aten::binary_cross_entropy_with_logits', 'aten::binary_cross_entropy'],
    forbidden=["torch._C._VariableFunctions.binary_cross_entropy_with_logits", "torch._C._nn.binary_cross_entropy",
               "torch.ops.aten.binary_cross_entropy*", "torch.binary_cross_entropy_with_logits",
               "torch.nn.modules.loss.BCEWithLogitsLoss", "torch.nn.modules.loss.BCELoss",
               "torch.nn.functional.binary_cross_entropy_with_logits", "torch.nn.functional.binary_cross_entropy",
               "torch.nn.BCEWithLogitsLoss", "torch.nn.BCELoss"],
    shrink=shrink_flat(0, 1),
    variants=VARIANTS,
    terms=["rtol 1e-4, atol 1e-5", "rtol 1e-7, atol 1e-8", "same shape", "[0, 1]", "1000", "inf", "nan", "\"none\"", "\"mean\"", "\"sum\"", "every element",
           "autograd", "fixed weights", "sigmoid(x) - t", "logit is exactly 0", "dtype", "device"],
)
