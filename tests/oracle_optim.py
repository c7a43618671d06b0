"""Shared by the optimizer oracle tests (sgd_momentum_step, adam_step, adamw_step): drive
torch.optim's own optimizers (single-tensor form, foreach=False) from a judged case's
state, and compare them with the reference through the problem's driver and check."""
import numpy as np
import torch

from cvdrill.judge import channel
from cvdrill.judge.run import case_rng, load_problem, load_reference

DEVICES = ["cpu"] + (["cuda"] if torch.cuda.is_available() else [])


def to_torch(v, device):
    if isinstance(v, np.ndarray):
        return torch.from_numpy(v.copy()).to(device)
    if isinstance(v, list):
        return [to_torch(x, device) for x in v]
    return v


def torch_sgd(params, grads, bufs, lr, momentum=0.9, dampening=0.0, weight_decay=0.0, nesterov=False):
    ps = [torch.nn.Parameter(p.clone()) for p in params]
    opt = torch.optim.SGD(ps, lr=lr, momentum=momentum, dampening=dampening, weight_decay=weight_decay,
                          nesterov=nesterov, foreach=False)
    for i, (p, g) in enumerate(zip(ps, grads)):
        p.grad = g.clone()
        if bufs is not None:
            opt.state[p]["momentum_buffer"] = bufs[i].clone()
    opt.step()
    new_bufs = [opt.state[p]["momentum_buffer"].clone() for p in ps] if momentum != 0 else None
    return [p.detach().clone() for p in ps], new_bufs


def torch_adam(cls):
    def run(params, grads, exp_avgs, exp_avg_sqs, step, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, **kw):
        ps = [torch.nn.Parameter(p.clone()) for p in params]
        opt = cls(ps, lr=lr, betas=betas, eps=eps, foreach=False, amsgrad=False, **kw)
        for p, g, m, v in zip(ps, grads, exp_avgs, exp_avg_sqs):
            p.grad = g.clone()
            # the state torch keeps after step - 1 updates (its counter is a float32 tensor)
            opt.state[p] = {"step": torch.tensor(float(step - 1)), "exp_avg": m.clone(), "exp_avg_sq": v.clone()}
        opt.step()
        out = ([p.detach().clone() for p in ps], [opt.state[p]["exp_avg"].clone() for p in ps],
               [opt.state[p]["exp_avg_sq"].clone() for p in ps])
        assert all(opt.state[p]["step"].item() == step for p in ps)
        return out
    return run


def check_every_case(slug, oracle, min_cases=15):
    problem = load_problem(slug)
    ref = load_reference(slug, problem.entry)
    cases = list(problem.cases(case_rng(2026, slug)))
    assert len(cases) >= min_cases
    for device in DEVICES:
        for c in cases:
            args = tuple(to_torch(a, device) for a in c.args)
            exp = channel.to_wire(oracle(*args, **c.kwargs))
            got = channel.to_wire(problem.run(ref, args, dict(c.kwargs)))
            msg = problem.check(c, exp, got)
            assert msg is None, f"{c.name} on {device}: {msg}"


def assert_lists_close(got, exp, dtype, scale=1.0):
    """Close to the judge's tolerance; atol is multiplied by `scale`, the size of the terms
    that were summed (a 0-d first moment 0.9*m + 0.1*g can cancel from ~10 down to ~0.05,
    leaving float32 rounding of the terms, not of the result)."""
    rtol, atol = (1e-5, 1e-6) if dtype == torch.float32 else (1e-10, 1e-12)
    assert len(got) == len(exp)
    for a, e in zip(got, exp):
        torch.testing.assert_close(a, e, rtol=rtol, atol=atol * max(scale, 1.0))
