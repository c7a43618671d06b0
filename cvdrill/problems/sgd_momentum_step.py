"""sgd_momentum_step: one update of torch.optim.SGD with momentum, dampening, weight decay
and Nesterov, returning (new_params, new_buffers) without modifying the inputs."""
import numpy as np

from ..judge.spec import Case, Problem, Variant
from . import _layers_optim as L

NAMES = ("new_params", "new_buffers")


def _case(rng, name, dtype, first, lr, shapes=None, random=False, **kw):
    shapes = shapes or L.param_shapes(rng)
    params = L.tensors(rng, shapes, dtype)
    grads = L.tensors(rng, shapes, dtype, zeros=0.1)
    bufs = None if first or kw.get("momentum", 0.9) == 0 else L.tensors(rng, shapes, dtype, 0.5)
    return Case(name, (params, grads, bufs, lr), kw, random=random)


def cases(rng):
    f32, f64 = np.float32, np.float64
    yield _case(rng, "first step (momentum_buffers=None): the buffer is the gradient itself", f64, True, 0.1)
    yield _case(rng, "later step, defaults (momentum 0.9)", f32, False, 0.01)
    yield _case(rng, "first step with dampening 0.5: no dampening on the first step", f64, True, 0.1, dampening=0.5)
    yield _case(rng, "later step, dampening 0.5", f64, False, 0.1, dampening=0.5)
    yield _case(rng, "weight_decay 0.1: added to the gradient before the buffer", f64, False, 0.1, weight_decay=0.1)
    yield _case(rng, "first step, weight_decay 0.1: the buffer is g + wd*p", f64, True, 0.1, weight_decay=0.1)
    yield _case(rng, "nesterov, first step: d = g + momentum * g", f64, True, 0.1, nesterov=True)
    yield _case(rng, "nesterov, later step", f32, False, 0.05, nesterov=True, weight_decay=1e-2)
    yield _case(rng, "momentum 0 (plain SGD): new_buffers is None", f64, True, 0.5, momentum=0.0)
    yield _case(rng, "momentum 0 with weight_decay", f32, True, 0.5, momentum=0.0, weight_decay=0.2)
    yield _case(rng, "lr 0: parameters unchanged, buffers still move", f64, False, 0.0)
    yield _case(rng, "a 0-d parameter and an empty one", f64, False, 0.1, shapes=[(), (0,), (3,)])
    yield _case(rng, "momentum 0.5, dampening 0.1, weight_decay 1e-3, float32", f32, False, 0.3, momentum=0.5,
                dampening=0.1, weight_decay=1e-3)
    params = [  # dtype, first, lr, keywords
        (f32, False, 0.1, {}),
        (f64, True, 0.01, {"momentum": 0.99}),
        (f32, False, 1.0, {"nesterov": True, "momentum": 0.8}),
        (f64, False, 0.02, {"dampening": 0.9, "weight_decay": 5e-4}),
        (f32, True, 0.1, {"weight_decay": 1e-4, "nesterov": True}),
        (f64, False, 3e-3, {"momentum": 0.0}),
    ]
    for dt, first, lr, kw in params:
        opts = "".join(f", {k}={v}" for k, v in kw.items())
        yield _case(rng, f"random, {'first' if first else 'later'} step, lr={lr}{opts}, {np.dtype(dt).name}", dt,
                    first, lr, random=True, **kw)


def sgd_with(zero_buffer=False, decoupled=False, lr_in_buffer=False):
    """SGD under another convention: the buffer started at zeros and dampened on the first step
    too (`zero_buffer`), the weight decay applied to p after the momentum step (`decoupled`), or
    the learning rate inside the buffer, v = momentum * v + lr * d and p = p - v (`lr_in_buffer`,
    Sutskever et al.'s and Caffe's form)."""
    def sgd_momentum_step(params, grads, momentum_buffers, lr, momentum=0.9, dampening=0.0, weight_decay=0.0,
                          nesterov=False):
        import torch

        scale = lr if lr_in_buffer else 1.0  # with lr inside the buffer, the step is the buffer itself
        new_params, new_buffers = [], []
        for i, (p, g) in enumerate(zip(params, grads)):
            d = scale * (g if decoupled else g + weight_decay * p)
            if momentum != 0:
                if momentum_buffers is None and not zero_buffer:
                    buf = d.clone()
                else:
                    old = torch.zeros_like(p) if momentum_buffers is None else momentum_buffers[i]
                    buf = momentum * old + (1 - dampening) * d
                new_buffers.append(buf)
                d = d + momentum * buf if nesterov else buf
            p_new = p - d if lr_in_buffer else p - lr * d
            new_params.append(p_new - lr * weight_decay * p if decoupled else p_new)
        return new_params, (new_buffers if momentum != 0 else None)
    return sgd_momentum_step


VARIANTS = [
    Variant("a zero buffer, dampened on the first step", sgd_with(zero_buffer=True),
            "on the first step you start the buffer at zeros and apply the usual update, so it holds "
            "`(1 - dampening) * d`; torch makes the first buffer d itself, undampened (`b = d.clone()`), and "
            "dampens only from the second step on. The two agree when dampening is 0",
            "第一步你把缓冲初始化为零，再套用常规更新，于是它等于 `(1 - dampening) * d`；torch 的第一个缓冲就是 d "
            "本身、不做阻尼（`b = d.clone()`），从第二步起才做阻尼。dampening 为 0 时两者一致",
            name_zh="零初始化缓冲、第一步也做阻尼"),
    Variant("decoupled weight decay", sgd_with(decoupled=True),
            "you subtract `lr * weight_decay * p` from the parameter after the momentum step (decoupled, as in "
            "AdamW or SGDW), so the decay never enters the buffer; torch.optim.SGD adds it to the gradient first, "
            "`d = g + weight_decay * p`, and the buffer carries it",
            "你在动量更新之后从参数里减去 `lr * weight_decay * p`（解耦的做法，和 `AdamW`、`SGDW` 一样），于是衰减"
            "从不进入缓冲；`torch.optim.SGD` 是先把它加到梯度上，`d = g + weight_decay * p`，由缓冲带着它",
            name_zh="解耦的权重衰减"),
    Variant("the learning rate inside the buffer", sgd_with(lr_in_buffer=True),
            "your buffer accumulates `lr * d` and the step is `p - v` (`v = momentum * v + lr * d`, the form of "
            "Sutskever et al. and Caffe); torch keeps lr out of the buffer: `b = momentum * b + (1 - dampening) * d`, "
            "then `p - lr * b`. The buffers passed in are torch's, without lr",
            "你的缓冲累积的是 `lr * d`，更新为 `p - v`（`v = momentum * v + lr * d`，即 Sutskever 等人和 Caffe 的"
            "写法）；torch 的缓冲里不含 `lr`：`b = momentum * b + (1 - dampening) * d`，再做 `p - lr * b`。"
            "传入的缓冲是 torch 的，不含 `lr`",
            name_zh="学习率放进了缓冲"),
]

PROBLEM = Problem(
    slug="sgd_momentum_step",
    kind="torch",
    params=["params", "grads", "momentum_buffers", "lr", "momentum", "dampening", "weight_decay", "nesterov"],
    cases=cases,
    check=L.state_check(NAMES),
    driver=L.no_inplace_driver(["params", "grads", "momentum_buffers"]),
    forbidden=L.OPTIM_FORBIDDEN,
    variants=VARIANTS,
    terms=["(new_params, new_buffers)", "momentum_buffers=None", "first step", "no dampening", "(1 - dampening)",
           "weight_decay * p", "nesterov", "momentum = 0", "None", "in place", "lr * d", "rtol", "float32", "float64",
           "dtype", "device", "torch.optim.SGD"],
)
