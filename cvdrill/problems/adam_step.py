"""adam_step: one update of torch.optim.Adam (L2 weight decay, added to the gradient), amsgrad=False, returning (new_params, new_exp_avgs,
new_exp_avg_sqs) without modifying the inputs."""
import math

from ..judge.spec import Problem, Variant
from . import _layers_optim as L

NAMES = ("new_params", "new_exp_avgs", "new_exp_avg_sqs")


def adam_with(decoupled=False, bias_correction=True, eps_at="after"):
    """Adam under another convention: AdamW's decoupled decay (p *= 1 - lr * wd, the gradient
    left alone), no bias correction, or eps elsewhere: "inside" the square root,
    sqrt(v_hat + eps), or "hat", the paper's epsilon hat (lr * sqrt(1 - beta2**t) / (1 - beta1**t)
    * m / (sqrt(v) + eps), as TensorFlow/Keras computes it)."""
    def adam_step(params, grads, exp_avgs, exp_avg_sqs, step, lr=1e-3, betas=(0.9, 0.999), eps=1e-8,
                  weight_decay=0.0):
        import torch

        b1, b2 = betas
        bc1, bc2 = (1 - b1 ** step, 1 - b2 ** step) if bias_correction else (1.0, 1.0)
        out = ([], [], [])
        for p, g, m, v in zip(params, grads, exp_avgs, exp_avg_sqs):
            if decoupled:
                p = p * (1 - lr * weight_decay)
            elif weight_decay != 0:
                g = g + weight_decay * p
            m = b1 * m + (1 - b1) * g
            v = b2 * v + (1 - b2) * g * g
            if eps_at == "inside":
                update = lr * (m / bc1) / torch.sqrt(v / bc2 + eps)
            elif eps_at == "hat":
                update = lr * math.sqrt(bc2) / bc1 * m / (v.sqrt() + eps)
            else:
                update = lr / bc1 * m / (v.sqrt() / math.sqrt(bc2) + eps)
            for lst, x in zip(out, (p - update, m, v)):
                lst.append(x)
        return out
    return adam_step


VARIANTS = [
    Variant("Adam without bias correction", adam_with(bias_correction=False),
            "you divide m by `sqrt(v) + eps` as they are, without the bias corrections `1 - beta1**t` and "
            "`1 - beta2**t`; from zero moments with the default betas the first step is then "
            "`lr * 0.1 / sqrt(0.001)` = 3.2 lr instead of lr. Use "
            "`lr / (1 - beta1**t) * m / (sqrt(v) / sqrt(1 - beta2**t) + eps)`",
            "你直接用了 `m / (sqrt(v) + eps)`，没有做偏差修正 `1 - beta1**t` 和 `1 - beta2**t`；从零矩出发、"
            "取默认的 `betas` 时，第一步因此是 `lr * 0.1 / sqrt(0.001)` = `3.2 * lr`，而不是 `lr`。应为 "
            "`lr / (1 - beta1**t) * m / (sqrt(v) / sqrt(1 - beta2**t) + eps)`",
            name_zh="没有偏差修正的 `Adam`"),
    Variant("eps inside the square root", adam_with(eps_at="inside"),
            "you divide by `sqrt(v_hat + eps)`; torch adds eps outside the square root, after the bias correction: "
            "`sqrt(v) / sqrt(1 - beta2**t) + eps`. The two differ little for gradients near 1, and a lot when the "
            "gradients are small or eps is large",
            "你除以的是 `sqrt(v_hat + eps)`；torch 是在偏差修正之后、在平方根外面加 eps："
            "`sqrt(v) / sqrt(1 - beta2**t) + eps`。梯度接近 1 时两者相差很小，梯度很小或 eps 较大时相差很大",
            name_zh="eps 放在了平方根里面"),
    Variant("the paper's epsilon hat", adam_with(eps_at="hat"),
            "you fold both bias corrections into the step size, `lr * sqrt(1 - beta2**t) / (1 - beta1**t)`, and "
            "divide m by `sqrt(v) + eps`: the paper's \"more efficient\" ordering, which TensorFlow/Keras's Adam "
            "uses. In torch's terms its eps becomes `eps / sqrt(1 - beta2**t)` (31x larger at t = 1 with "
            "beta2 = 0.999); torch adds eps after the bias correction: `m_hat / (sqrt(v_hat) + eps)`",
            "你把两个偏差修正都并进了步长 `lr * sqrt(1 - beta2**t) / (1 - beta1**t)`，再用 `m / (sqrt(v) + eps)`："
            "这是论文里“更高效”的写法，TensorFlow/Keras 的 `Adam` 就这样算。换成 torch 的写法，它的 eps 相当于 "
            "`eps / sqrt(1 - beta2**t)`（`beta2 = 0.999` 时在 `t = 1` 大了 31 倍）；torch 是在偏差修正之后才加 eps："
            "`m_hat / (sqrt(v_hat) + eps)`",
            name_zh="论文中的 ε̂（`epsilon hat`）"),
    Variant("AdamW's decoupled weight decay", adam_with(decoupled=True),
            "you shrink the parameter, `p * (1 - lr * weight_decay)`, and leave the gradient alone: that is AdamW. "
            "torch.optim.Adam's weight_decay is L2 regularisation added to the gradient, "
            "`g = g + weight_decay * p`, before m and v, so the decay also enters both moments",
            "你把参数乘以 `(1 - lr * weight_decay)`、梯度保持不变：这是 `AdamW` 的做法。`torch.optim.Adam` 的 "
            "`weight_decay` 是加在梯度上的 L2 正则，在计算 m 和 v 之前做 `g = g + weight_decay * p`，"
            "因此衰减项也会进入两个矩",
            name_zh="`AdamW` 的解耦权重衰减"),
]

PROBLEM = Problem(
    slug="adam_step",
    kind="torch",
    params=["params", "grads", "exp_avgs", "exp_avg_sqs", "step", "lr", "betas", "eps", "weight_decay"],
    cases=lambda rng: L.adam_cases(rng, decoupled=False),
    check=L.state_check(NAMES),
    driver=L.no_inplace_driver(["params", "grads", "exp_avgs", "exp_avg_sqs"]),
    forbidden=L.OPTIM_FORBIDDEN,
    variants=VARIANTS,
    terms=["(new_params, new_exp_avgs, new_exp_avg_sqs)", "t = 1", "zeros", "1 - beta1**t", "1 - beta2**t",
           "sqrt(1 - beta2**t)", "+ eps", "outside the square root", "amsgrad=False", "weight_decay * p", "L2", "added to the gradient", "in place", "rtol",
           "float32", "float64", "dtype", "device", "torch.optim.Adam"],
)
