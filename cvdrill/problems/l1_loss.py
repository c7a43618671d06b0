"""l1_loss: mean absolute error as torch.nn.functional.l1_loss, judged on the value and
on the gradient autograd gets from it."""
from ..judge.spec import Problem, Variant
from ._loss_grad import grad_check, grad_driver, regression_cases, shrink_flat


def reduced(loss, reduction, mean=None):
    """loss reduced as torch does; `mean(loss)` replaces the mean (a mistake's own "mean")."""
    if reduction == "none":
        return loss
    if reduction == "sum":
        return loss.sum()
    return mean(loss) if mean else loss.mean()


def batch_mean(loss):
    # the sum divided by the batch size (dim 0), not by the number of elements; 0 / 0 = nan when empty
    return loss.sum() / (loss.shape[0] if loss.dim() else 1)


def total(loss):
    return loss.sum()


# Mistakes of the reduction, shared with mse_loss: (name, name_zh, why_en, why_zh)
SUM_FOR_MEAN = ("the sum for reduction=\"mean\"", "把 \"mean\" 算成求和",
                "with reduction=\"mean\" (the default) you return the sum of the per-element losses; \"mean\" "
                "divides that sum by the number of elements",
                "reduction=\"mean\"（默认值）时你返回的是逐元素损失之和；\"mean\" 要把这个和除以元素个数")
BATCH_MEAN = ("a mean over the batch only", "只对 batch 维求平均",
              "with reduction=\"mean\" you divide the sum by the batch size input.shape[0]; torch's \"mean\" "
              "divides by the number of elements, input.numel() (every dim counts)",
              "reduction=\"mean\" 时你把总和除以 batch 大小 input.shape[0]；torch 的 \"mean\" 要除以元素总数 "
              "input.numel()（所有维度都算）")


def _where_abs(input, target, reduction="mean"):
    # |d| whose autograd gradient is +1 at d = 0
    import torch

    d = input - target
    return reduced(torch.where(d >= 0, d, -d), reduction)


PROBLEM = Problem(
    slug="l1_loss",
    kind="torch",
    params=["input", "target", "reduction"],
    cases=regression_cases,
    check=grad_check(),
    driver=grad_driver,
    # the whole regression-loss family: each gives this loss with the right parameters
    # (the public names last: a getattr string is reported by the last name with that leaf)
    # F.l1_loss itself runs only sub, abs and mean (what every answer runs): its operator
    # cannot be forbidden; the family's own operators can (smooth-L1 at beta = 0 is L1)
    forbidden_ops=['aten::smooth_l1_loss', 'aten::huber_loss', 'aten::mse_loss'],
    forbidden=[f"{m}.{n}" for m in ("torch._C._nn", "torch.nn.functional", "torch.ops.aten")
               for n in ("l1_loss", "mse_loss", "smooth_l1_loss", "huber_loss")]
    + [f"{m}.{n}" for m in ("torch.nn.modules.loss", "torch.nn")
       for n in ("L1Loss", "MSELoss", "SmoothL1Loss", "HuberLoss")],
    shrink=shrink_flat(0, 1),
    variants=[
        Variant(SUM_FOR_MEAN[0], lambda i, t, reduction="mean": reduced((i - t).abs(), reduction, total),
                *SUM_FOR_MEAN[2:], name_zh=SUM_FOR_MEAN[1]),
        Variant(BATCH_MEAN[0], lambda i, t, reduction="mean": reduced((i - t).abs(), reduction, batch_mean),
                *BATCH_MEAN[2:], name_zh=BATCH_MEAN[1]),
        Variant("sign(0) = 1 in the gradient", _where_abs,
                "your |d| has gradient +1 where input equals target (torch.where(d >= 0, d, -d), or a "
                "hand-written sign with >= 0, does that); torch differentiates |d| as sign(d) with sign(0) = 0, "
                "so the gradient is 0 there",
                "你的 |d| 在 input 等于 target 处梯度为 +1（torch.where(d >= 0, d, -d) 或用 >= 0 手写的 sign "
                "就是这样）；torch 把 |d| 的导数取为 sign(d)，且 sign(0) = 0，那里的梯度是 0",
                name_zh="梯度中 sign(0) = 1"),
    ],
    terms=["same shape", "\"none\"", "\"mean\"", "\"sum\"", "every element", "nan", "0-d",
           "autograd", "fixed weights", "gradient", "sign(0) = 0", "dtype", "device"],
)
