"""l1_loss: mean absolute error as torch.nn.functional.l1_loss, judged on the value and
on the gradient autograd gets from it."""
from ..judge.spec import Problem
from ._loss_grad import grad_check, grad_driver, regression_cases, shrink_flat


PROBLEM = Problem(
    slug="l1_loss",
    kind="torch",
    params=["input", "target", "reduction"],
    cases=regression_cases,
    check=grad_check(),
    driver=grad_driver,
    # the whole regression-loss family: each gives this loss with the right parameters
    # (the public names last: a getattr string is reported by the last name with that leaf)
    forbidden=[f"{m}.{n}" for m in ("torch._C._nn", "torch.nn.functional")
               for n in ("l1_loss", "mse_loss", "smooth_l1_loss", "huber_loss")]
    + [f"{m}.{n}" for m in ("torch.nn.modules.loss", "torch.nn")
       for n in ("L1Loss", "MSELoss", "SmoothL1Loss", "HuberLoss")],
    shrink=shrink_flat(0, 1),
    terms=["same shape", "\"none\"", "\"mean\"", "\"sum\"", "every element", "nan", "0-d",
           "autograd", "fixed weights", "gradient", "sign(0) = 0", "dtype", "device"],
)
