"""Shared by the init oracle tests: torch.nn.init itself is the oracle. Under the same seed
the reference draws the very same values; torch's own function passes the judge's check
whatever the seed (no false alarms); and a slightly wrong std does not pass (power)."""
import math

import torch

from cvdrill.judge import channel
from cvdrill.judge.run import case_rng, load_problem, load_reference
from cvdrill.problems import _init as I

DEVICES = ["cpu"] + (["cuda"] if torch.cuda.is_available() else [])


def _cases(slug):
    return list(load_problem(slug).cases(case_rng(2026, slug)))


def _args(case, device):
    return tuple(torch.from_numpy(a.copy()).to(device) if hasattr(a, "shape") else a for a in case.args)


def same_values_as_torch(slug, torch_fn):
    ref = load_reference(slug, slug)
    for device in DEVICES:
        for c in _cases(slug):
            args = _args(c, device)
            a, b = I._make(args[0]), I._make(args[0])
            torch.manual_seed(7)
            ra = ref(a, *args[1:], **c.kwargs)
            torch.manual_seed(7)
            torch_fn(b, *args[1:], **c.kwargs)
            assert ra is a, c.name
            assert torch.equal(a.detach(), b.detach()), c.name


def torch_passes_the_check(slug, torch_fn, seeds=(20260,)):
    """torch.nn.init's own function, graded as a submission, against the reference."""
    problem = load_problem(slug)
    ref = load_reference(slug, slug)
    old = I.SEED
    try:
        for seed in seeds:
            I.SEED = seed
            for device in DEVICES:
                for c in _cases(slug):
                    args = _args(c, device)
                    exp = channel.to_wire(problem.run(ref, args, dict(c.kwargs)))
                    got = channel.to_wire(problem.run(torch_fn, _args(c, device), dict(c.kwargs)))
                    msg = problem.check(c, exp, got)
                    assert msg is None, f"{c.name} (seed {seed}, {device}): {msg}"
    finally:
        I.SEED = old


def scaled(torch_fn, factor):
    """torch_fn, then every value multiplied by factor: a std off by (factor - 1)."""
    def fn(tensor, *args, **kwargs):
        torch_fn(tensor, *args, **kwargs)
        with torch.no_grad():
            return tensor.mul_(factor)
    return fn


def wrong_std_fails(slug, torch_fn, factor):
    problem = load_problem(slug)
    ref = load_reference(slug, slug)
    c = _cases(slug)[0]  # [256,1024]
    exp = channel.to_wire(problem.run(ref, _args(c, "cpu"), dict(c.kwargs)))
    got = channel.to_wire(problem.run(scaled(torch_fn, factor), _args(c, "cpu"), dict(c.kwargs)))
    return problem.check(c, exp, got)


def fans_match_torch():
    for shape in [(3, 5), (5, 3), (64, 32, 3, 3), (32, 64, 7), (16, 8, 3, 3, 3), (1, 1), (0, 16), (4, 2, 1, 5)]:
        assert I.fans(shape) == torch.nn.init._calculate_fan_in_and_fan_out(torch.empty(shape)), shape


def gains_match_torch():
    calc = torch.nn.init.calculate_gain
    for nl in ("linear", "sigmoid", "tanh", "relu", "conv2d"):
        assert I.gain(nl, 0.3) == calc(nl, 0.3), nl
    for a in (0, 0.01, 0.2, 1.0, math.sqrt(5)):
        assert math.isclose(I.gain("leaky_relu", a), calc("leaky_relu", a), rel_tol=1e-15), a
