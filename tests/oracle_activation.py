"""Shared by the activation oracle tests (test_oracle_sigmoid.py, ...): run a function on
a leaf copy of x, backpropagate the judge's seeded upstream gradient, and compare the
reference with torch's own function through the problem's check and on dense grids."""
import numpy as np
import torch

from cvdrill.judge import channel
from cvdrill.judge.run import case_rng, load_problem, load_reference
from cvdrill.problems import _activation as A

DEVICES = ["cpu"] + (["cuda"] if torch.cuda.is_available() else [])


def value_and_grad(fn, x, *args, **kwargs):
    x = x.detach().clone().requires_grad_(True)
    y = fn(x, *args, **kwargs)
    if y.requires_grad:
        y.backward(A.upstream(y))
    return y.detach(), x.grad


def to_torch(a, device):
    return torch.from_numpy(np.array(a)).to(device) if isinstance(a, np.ndarray) else a


def check_every_case(slug, oracle):
    """The reference, run as the judge runs it, is accepted by the problem's check when
    torch's own function gives the expected answer, on every judged case and device."""
    problem = load_problem(slug)
    ref = load_reference(slug, problem.entry)
    cases = list(problem.cases(case_rng(2026, slug)))
    assert cases
    for device in DEVICES:
        for c in cases:
            args = [to_torch(a, device) for a in c.args]
            exp = channel.to_wire(value_and_grad(oracle, *args, **c.kwargs))
            got = channel.to_wire(problem.run(ref, tuple(args), dict(c.kwargs)))
            msg = problem.check(c, exp, got)
            assert msg is None, f"{c.name} on {device}: {msg}"


def grid(dtype, device="cpu"):
    """Dense points: the saturating tails, the kinks, tiny values, and +-1000."""
    xs = [np.linspace(-50, 50, 20001), np.linspace(-1, 1, 2001), np.geomspace(1e-12, 1e3, 400)]
    x = np.concatenate(xs + [-xs[-1], A.POINTS, [0.0, -0.0]])
    return torch.from_numpy(x).to(dtype=dtype, device=device)


def assert_close(exp, got, dtype, what):
    rtol, atol = A.TOL[str(dtype)]
    assert got.dtype == exp.dtype and got.shape == exp.shape, what
    assert torch.equal(torch.isfinite(exp), torch.isfinite(got)), f"{what}: nan/inf where torch has none"
    torch.testing.assert_close(got, exp, rtol=rtol, atol=atol, equal_nan=True, msg=what)


def compare_on_grid(ref, oracle, **kwargs):
    for device in DEVICES:
        for dtype in (torch.float32, torch.float64):
            x = grid(dtype, device)
            ye, ge = value_and_grad(oracle, x, **kwargs)
            yg, gg = value_and_grad(ref, x, **kwargs)
            assert_close(ye, yg, dtype, f"value {kwargs} {dtype} {device}")
            assert_close(ge, gg, dtype, f"gradient {kwargs} {dtype} {device}")


def grad_at(fn, value, dtype=torch.float64, **kwargs):
    """d fn / dx at one point, by autograd."""
    x = torch.tensor([value], dtype=dtype, requires_grad=True)
    fn(x, **kwargs).sum().backward()
    return x.grad.item()
