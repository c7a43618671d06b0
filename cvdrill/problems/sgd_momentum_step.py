"""sgd_momentum_step: one update of torch.optim.SGD with momentum, dampening, weight decay
and Nesterov, returning (new_params, new_buffers) without modifying the inputs."""
import numpy as np

from ..judge.spec import Case, Problem
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


PROBLEM = Problem(
    slug="sgd_momentum_step",
    kind="torch",
    params=["params", "grads", "momentum_buffers", "lr", "momentum", "dampening", "weight_decay", "nesterov"],
    cases=cases,
    check=L.state_check(NAMES),
    driver=L.no_inplace_driver(["params", "grads", "momentum_buffers"]),
    forbidden=L.OPTIM_FORBIDDEN,
    terms=["(new_params, new_buffers)", "momentum_buffers=None", "first step", "no dampening", "(1 - dampening)",
           "weight_decay * p", "nesterov", "momentum = 0", "None", "in place", "lr * d", "rtol", "float32", "float64",
           "dtype", "device", "torch.optim.SGD"],
)
