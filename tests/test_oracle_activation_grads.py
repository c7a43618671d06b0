"""The hand-derived activation_grads reference against torch's autograd of torch's own
functions: on every judged case (through the problem's check), on a dense grid, and at
the kinks."""
import pytest
import torch
import torch.nn.functional as F

from cvdrill.judge import channel
from cvdrill.judge.run import case_rng, load_problem, load_reference
from oracle_activation import DEVICES, assert_close, grid, to_torch

activation_grads = load_reference("activation_grads", "activation_grads")

TORCH = {
    "sigmoid": torch.sigmoid,
    "tanh": torch.tanh,
    "relu": F.relu,
    "leaky_relu": lambda x: F.leaky_relu(x, 0.01),
    "elu": lambda x: F.elu(x, 1.0),
    "gelu": lambda x: F.gelu(x, approximate="none"),
    "silu": F.silu,
}


def autograd_grads(x):
    out = {}
    for name, f in TORCH.items():
        t = x.detach().clone().requires_grad_(True)
        f(t).sum().backward()
        out[name] = t.grad if t.grad is not None else torch.zeros_like(x)
    return out


def test_every_judged_case():
    problem = load_problem("activation_grads")
    for device in DEVICES:
        for c in problem.cases(case_rng(2026, "activation_grads")):
            x = to_torch(c.args[0], device)
            exp = channel.to_wire(autograd_grads(x))
            got = channel.to_wire(problem.run(activation_grads, (x,), {}))
            assert problem.check(c, exp, got) is None, c.name


@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
def test_dense_grid(dtype):
    for device in DEVICES:
        x = grid(dtype, device)
        exp, got = autograd_grads(x), activation_grads(x)
        assert set(got) == set(TORCH)
        for k in TORCH:
            assert_close(exp[k], got[k], dtype, f"{k} {dtype} {device}")


def test_kinks_follow_torch():
    x = torch.zeros(1, dtype=torch.float64)
    got = {k: v.item() for k, v in activation_grads(x).items()}
    exp = {k: v.item() for k, v in autograd_grads(x).items()}
    assert got == exp
    assert (got["relu"], got["leaky_relu"], got["elu"]) == (0.0, 0.01, 1.0)
    assert got["sigmoid"] == 0.25 and got["tanh"] == 1.0 and got["gelu"] == 0.5 and got["silu"] == 0.5
