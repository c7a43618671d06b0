"""cross_entropy: softmax cross-entropy on class indices via a stable log-softmax, as
torch.nn.functional.cross_entropy (no weights, ignore_index or label smoothing);
value and autograd gradient."""
import numpy as np

from ..judge.spec import Case, Problem, Variant, shrink_rows
from ._loss_grad import grad_check, grad_driver
from .l1_loss import reduced, total


def _data(rng, n, c, dtype, scale=2.0):
    return rng.normal(0, scale, (n, c)).astype(dtype), rng.integers(0, c, n).astype(np.int64)


def cases(rng):
    f32, f64, i64 = np.float32, np.float64, np.int64
    for r in ("none", "mean", "sum"):
        yield Case(f"N=0, reduction={r}", (np.zeros((0, 3), f32), np.zeros(0, i64)), {"reduction": r})
    yield Case("default reduction (mean over N)", (np.array([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]], f32), np.array([0, 2], i64)))
    yield Case("one sample", (np.array([[0.0, 1.0, 2.0, 3.0]], f64), np.array([1], i64)), {"reduction": "sum"})
    yield Case("C=1: loss 0", (np.array([[3.0], [-1.0]], f32), np.array([0, 0], i64)), {"reduction": "none"})
    yield Case("equal logits: log C", (np.zeros((3, 4), f64), np.array([0, 3, 1], i64)), {"reduction": "none"})
    big = np.array([[1000.0, 0.0, -1000.0], [1000.0, 0.0, -1000.0], [-1000.0, 1000.0, 999.0], [500.0, 500.0, -500.0]])
    bt = np.array([0, 2, 2, 1], i64)
    yield Case("logits of +-1000 (no overflow)", (big.astype(f32), bt), {"reduction": "none"})
    yield Case("logits of +-1000, float64, mean", (big, bt))
    yield Case("all logits 1000 (shift by the row max)", (np.full((2, 5), 1000.0, f32), np.array([4, 0], i64)), {"reduction": "sum"})
    yield Case("target is the last class", (np.array([[0.1, 0.2, 3.0], [1.0, -1.0, 0.0]], f32), np.array([2, 2], i64)),
               {"reduction": "none"})
    params = [(10, 5, "none", 1.0), (64, 10, "mean", 3.0), (33, 100, "sum", 1.0), (200, 21, "mean", 50.0),
              (1000, 3, "none", 2.0), (128, 257, "mean", 10.0)]
    for i, (n, c, red, scale) in enumerate(params):
        dt = (f32, f64)[i % 2]
        yield Case(f"random N={n}, C={c} {np.dtype(dt).name}, logit scale {scale:g}", _data(rng, n, c, dt, scale),
                   {"reduction": red}, random=True)


def per_sample(logits, target):
    """logsumexp(logits_i) - logits_i[target_i], stable (torch.logsumexp subtracts the max)."""
    import torch

    return torch.logsumexp(logits, dim=1) - logits.gather(1, target[:, None]).squeeze(1)


def _unshifted(logits, target, reduction="mean"):
    import torch

    log_z = torch.log(torch.exp(logits).sum(dim=1))  # exp(1000) = inf
    return reduced(log_z - logits.gather(1, target[:, None]).squeeze(1), reduction)


def _softmax_log(logits, target, reduction="mean"):
    import torch

    p = torch.softmax(logits, dim=1)  # a probability 2000 below the max underflows to 0
    return reduced(-torch.log(p.gather(1, target[:, None]).squeeze(1)), reduction)


VARIANTS = [
    Variant("the sum for reduction=\"mean\"",
            lambda logits, target, reduction="mean": reduced(per_sample(logits, target), reduction, total),
            "with reduction=\"mean\" (the default) you return the sum of the N per-sample losses; \"mean\" "
            "divides it by N",
            "reduction=\"mean\"（默认值）时你返回的是 N 个样本损失之和；\"mean\" 要再除以 N",
            name_zh="把 \"mean\" 算成求和"),
    Variant("a mean over N * C entries",
            lambda logits, target, reduction="mean": reduced(per_sample(logits, target), reduction,
                                                             lambda loss: loss.sum() / logits.numel()),
            "with reduction=\"mean\" you divide the summed loss by N * C (e.g. .mean() of one-hot times "
            "log-probabilities, zeros included); the mean is over the N samples only: divide by N",
            "reduction=\"mean\" 时你把损失总和除以了 N * C（例如对 one-hot 乘对数概率的整个矩阵取 .mean()，"
            "把 0 也算了进去）；平均只对 N 个样本取：除以 N",
            name_zh="对 N * C 个元素求平均"),
    Variant("no row-max subtraction", _unshifted,
            "you compute log(sum(exp(logits))) without subtracting the row max first, so exp overflows to inf for "
            "large logits (above about 88 in float32, 709 in float64) and the loss is inf or nan; subtract the row "
            "max before exp (it cancels in the result), or use torch.logsumexp",
            "你直接算 log(sum(exp(logits)))，没有先减去每行的最大值，logits 较大时（float32 约 88 以上，float64 约 709 "
            "以上）exp 溢出为 inf，损失变成 inf 或 nan；在 exp 之前减去行最大值（结果中会抵消），或者用 torch.logsumexp",
            name_zh="没有减去行最大值"),
    Variant("softmax, then log", _softmax_log,
            "you take the log of softmax probabilities: a probability below the smallest float (a logit about "
            "104 below the row max in float32, 745 in float64) underflows to 0 and log(0) = -inf, so the loss is "
            "inf; use log-probabilities directly: logits[i, t] - max - log(sum(exp(logits[i] - max)))",
            "你对 softmax 概率取对数：概率小于最小浮点数时（float32 中比行最大值低约 104，float64 中低约 745）"
            "会下溢为 0，log(0) = -inf，损失变成 inf；应直接算对数概率：logits[i, t] - max - log(sum(exp(logits[i] - max)))",
            name_zh="先 softmax 再取 log"),
]


_F = "torch.nn.functional"
PROBLEM = Problem(
    slug="cross_entropy",
    kind="torch",
    params=["logits", "target", "reduction"],
    cases=cases,
    check=grad_check(name="logits"),
    driver=grad_driver,
    # log_softmax in any spelling (torch., F., torch.special., Tensor method) is the step
    # to write; torch.logsumexp and softmax stay allowed. The public names come last: a
    # getattr string is reported by the last name with that leaf.
    # the operators F.cross_entropy runs (log_softmax, then nll_loss; nll_loss2d for [N, C, d1, ...]),
    # however they are reached; an honest answer needs neither (logsumexp and softmax are others)
    forbidden_ops=['aten::_log_softmax', 'aten::nll_loss_forward', 'aten::nll_loss2d_forward'],
    forbidden=["*.log_softmax", "torch._log_softmax", "torch.special.log_softmax", "torch.log_softmax",
               "torch._C._nn.cross_entropy_loss", "torch._C._nn.nll_loss", "torch._C._nn.nll_loss_nd",
               "torch._C._nn.nll_loss2d", "torch.nn.modules.loss.CrossEntropyLoss", "torch.nn.modules.loss.NLLLoss",
               "torch.ops.aten.*log_softmax*", "torch.ops.aten.nll_loss*", "torch.ops.aten.cross_entropy*",
               f"{_F}.cross_entropy", f"{_F}.nll_loss", f"{_F}.log_softmax", f"{_F}.linear_cross_entropy",
               "torch.nn.CrossEntropyLoss", "torch.nn.NLLLoss", "torch.nn.LogSoftmax", "torch.nn.LinearCrossEntropyLoss"],
    shrink=shrink_rows(0, 1),
    variants=VARIANTS,
    terms=["[N, C]", "[N]", "int64", "row max", "1000", "\"none\"", "\"mean\"", "\"sum\"", "N = 0", "nan",
           "autograd", "fixed weights", "softmax(logits) - onehot(target)", "torch.logsumexp", "dtype", "device"],
)
