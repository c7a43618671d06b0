"""mse_loss: mean squared error as torch.nn.functional.mse_loss, judged on the value and
on the gradient autograd gets from it."""
from ..judge.spec import Problem, Variant
from ._loss_grad import grad_check, grad_driver, regression_cases, shrink_flat
from .l1_loss import BATCH_MEAN, SUM_FOR_MEAN, batch_mean, reduced, total


def _sq(input, target):
    d = input - target
    return d * d


PROBLEM = Problem(
    slug="mse_loss",
    kind="torch",
    params=["input", "target", "reduction"],
    cases=regression_cases,
    check=grad_check(),
    driver=grad_driver,
    # the whole regression-loss family: each gives this loss with the right parameters
    # (the public names last: a getattr string is reported by the last name with that leaf)
    forbidden_ops=['aten::mse_loss'],
    forbidden=[f"{m}.{n}" for m in ("torch._C._nn", "torch.nn.functional")
               for n in ("l1_loss", "mse_loss", "smooth_l1_loss", "huber_loss")]
    + [f"{m}.{n}" for m in ("torch.nn.modules.loss", "torch.nn")
       for n in ("L1Loss", "MSELoss", "SmoothL1Loss", "HuberLoss")],
    shrink=shrink_flat(0, 1),
    variants=[
        Variant(SUM_FOR_MEAN[0], lambda i, t, reduction="mean": reduced(_sq(i, t), reduction, total),
                *SUM_FOR_MEAN[2:], name_zh=SUM_FOR_MEAN[1]),
        Variant(BATCH_MEAN[0], lambda i, t, reduction="mean": reduced(_sq(i, t), reduction, batch_mean),
                *BATCH_MEAN[2:], name_zh=BATCH_MEAN[1]),
        Variant("the 1/2 * d**2 convention", lambda i, t, reduction="mean": reduced(0.5 * _sq(i, t), reduction),
                "each element's loss is 0.5 * (input - target)**2, the convention of some notes that makes the "
                "gradient d; torch's mse_loss has no 1/2: (input - target)**2, gradient 2 * (input - target)",
                "你的逐元素损失是 0.5 * (input - target)**2（有些笔记用这个约定，好让梯度恰好是 d）；torch 的 "
                "mse_loss 没有 1/2：损失是 (input - target)**2，梯度是 2 * (input - target)",
                name_zh="1/2 * d**2 约定"),
    ],
    terms=["same shape", "\"none\"", "\"mean\"", "\"sum\"", "every element", "nan", "0-d",
           "autograd", "fixed weights", "gradient", "2 * (input - target)", "dtype", "device"],
)
