"""adamw_step: one update of torch.optim.AdamW (decoupled weight decay), amsgrad=False, returning (new_params, new_exp_avgs,
new_exp_avg_sqs) without modifying the inputs."""
import math

from ..judge.spec import Problem, Variant
from . import _layers_optim as L

NAMES = ("new_params", "new_exp_avgs", "new_exp_avg_sqs")


def adamw_with(decay="decoupled", bias_correction=True):
    """AdamW under another convention for the decay: "l2" (Adam's, g + wd * p, through m and v),
    "no_lr" (p *= 1 - wd), "after" (the updated parameter decayed, (p - update) * (1 - lr * wd)),
    or torch's "decoupled" one; optionally without the bias corrections."""
    def adamw_step(params, grads, exp_avgs, exp_avg_sqs, step, lr=1e-3, betas=(0.9, 0.999), eps=1e-8,
                   weight_decay=1e-2):
        b1, b2 = betas
        bc1, bc2 = (1 - b1 ** step, 1 - b2 ** step) if bias_correction else (1.0, 1.0)
        out = ([], [], [])
        for p, g, m, v in zip(params, grads, exp_avgs, exp_avg_sqs):
            if decay == "l2":
                g = g + weight_decay * p
            elif decay == "no_lr":
                p = p * (1 - weight_decay)
            elif decay == "decoupled":
                p = p * (1 - lr * weight_decay)
            m = b1 * m + (1 - b1) * g
            v = b2 * v + (1 - b2) * g * g
            new_p = p - lr / bc1 * m / (v.sqrt() / math.sqrt(bc2) + eps)
            if decay == "after":
                new_p = new_p * (1 - lr * weight_decay)
            for lst, x in zip(out, (new_p, m, v)):
                lst.append(x)
        return out
    return adamw_step


VARIANTS = [
    Variant("Adam's L2 weight decay", adamw_with(decay="l2"),
            "you add the decay to the gradient, `g = g + weight_decay * p`, so it goes through m and v and is "
            "divided by `sqrt(v_hat)` like the gradient: that is torch.optim.Adam's L2 regularisation. AdamW "
            "decouples it: `p = p * (1 - lr * weight_decay)` first, and the gradient is left alone",
            "你把衰减加到了梯度上，`g = g + weight_decay * p`，于是它经过 m 和 v，并像梯度一样被 `sqrt(v_hat)` 除："
            "这是 `torch.optim.Adam` 的 L2 正则。`AdamW` 把它解耦：先做 `p = p * (1 - lr * weight_decay)`，"
            "梯度保持不变",
            name_zh="`Adam` 的 L2 权重衰减"),
    Variant("the decay not multiplied by lr", adamw_with(decay="no_lr"),
            "you shrink the parameter by `p * (1 - weight_decay)`; torch multiplies the decay by the learning "
            "rate: `p * (1 - lr * weight_decay)` (the paper scales it by the schedule multiplier eta_t instead, "
            "which is not lr)",
            "你用 `p * (1 - weight_decay)` 收缩参数；torch 会把衰减乘以学习率：`p * (1 - lr * weight_decay)`"
            "（论文里乘的是调度系数 `eta_t`，它并不是 `lr`）",
            name_zh="衰减没有乘 `lr`"),
    Variant("the decay applied after the Adam step", adamw_with(decay="after"),
            "you decay the already updated parameter, `(p - update) * (1 - lr * weight_decay)`, as Hugging Face's "
            "old transformers.AdamW did; torch decays the old parameter first, `p * (1 - lr * weight_decay)`, "
            "and then subtracts the Adam update. The two differ by `lr * weight_decay * update`",
            "你对已经更新过的参数做衰减，`(p - update) * (1 - lr * weight_decay)`，Hugging Face 旧版的 "
            "`transformers.AdamW` 就是这样；torch 先对旧参数做衰减 `p * (1 - lr * weight_decay)`，再减去 Adam 的"
            "更新量。两者相差 `lr * weight_decay * update`",
            name_zh="在 Adam 更新之后才做衰减"),
    Variant("AdamW without bias correction", adamw_with(bias_correction=False),
            "you divide m by `sqrt(v) + eps` as they are, without the bias corrections `1 - beta1**t` and "
            "`1 - beta2**t`; from zero moments with the default betas the first step is then "
            "`lr * 0.1 / sqrt(0.001)` = 3.2 lr instead of lr. Use "
            "`lr / (1 - beta1**t) * m / (sqrt(v) / sqrt(1 - beta2**t) + eps)`",
            "你直接用了 `m / (sqrt(v) + eps)`，没有做偏差修正 `1 - beta1**t` 和 `1 - beta2**t`；从零矩出发、"
            "取默认的 `betas` 时，第一步因此是 `lr * 0.1 / sqrt(0.001)` = `3.2 * lr`，而不是 `lr`。应为 "
            "`lr / (1 - beta1**t) * m / (sqrt(v) / sqrt(1 - beta2**t) + eps)`",
            name_zh="没有偏差修正的 `AdamW`"),
]

PROBLEM = Problem(
    slug="adamw_step",
    kind="torch",
    params=["params", "grads", "exp_avgs", "exp_avg_sqs", "step", "lr", "betas", "eps", "weight_decay"],
    cases=lambda rng: L.adam_cases(rng, decoupled=True),
    check=L.state_check(NAMES),
    driver=L.no_inplace_driver(["params", "grads", "exp_avgs", "exp_avg_sqs"]),
    forbidden=L.OPTIM_FORBIDDEN,
    variants=VARIANTS,
    terms=["(new_params, new_exp_avgs, new_exp_avg_sqs)", "t = 1", "zeros", "1 - beta1**t", "1 - beta2**t",
           "sqrt(1 - beta2**t)", "+ eps", "outside the square root", "amsgrad=False", "1 - lr * weight_decay", "decoupled", "weight_decay=0.01", "in place", "rtol",
           "float32", "float64", "dtype", "device", "torch.optim.AdamW"],
)
