"""adam_step: one update of torch.optim.Adam (L2 weight decay, added to the gradient), amsgrad=False, returning (new_params, new_exp_avgs,
new_exp_avg_sqs) without modifying the inputs."""
from ..judge.spec import Problem
from . import _layers_optim as L

NAMES = ("new_params", "new_exp_avgs", "new_exp_avg_sqs")

PROBLEM = Problem(
    slug="adam_step",
    kind="torch",
    params=["params", "grads", "exp_avgs", "exp_avg_sqs", "step", "lr", "betas", "eps", "weight_decay"],
    cases=lambda rng: L.adam_cases(rng, decoupled=False),
    check=L.state_check(NAMES),
    driver=L.no_inplace_driver(["params", "grads", "exp_avgs", "exp_avg_sqs"]),
    forbidden=L.OPTIM_FORBIDDEN,
    terms=["(new_params, new_exp_avgs, new_exp_avg_sqs)", "t = 1", "zeros", "1 - beta1**t", "1 - beta2**t",
           "sqrt(1 - beta2**t)", "+ eps", "outside the square root", "amsgrad=False", "weight_decay * p", "L2", "added to the gradient", "in place", "rtol",
           "float32", "float64", "dtype", "device", "torch.optim.Adam"],
)
