"""Shared by the normalisation oracle tests (layer_norm, group_norm, batch_norm_backward,
label_smoothing_cross_entropy): run torch's own function as the judge runs the reference
(the problem's driver, the same seeded grad_output) and check the reference's answer
with the problem's check, on every judged case and device."""
import numpy as np
import torch

from cvdrill.judge import channel
from cvdrill.judge.run import case_rng, load_problem, load_reference

DEVICES = ["cpu"] + (["cuda"] if torch.cuda.is_available() else [])


def to_torch(a, device):
    return torch.from_numpy(np.array(a)).to(device) if isinstance(a, np.ndarray) else a


def judged_cases(slug):
    cases = list(load_problem(slug).cases(case_rng(2026, slug)))
    assert cases
    return cases


def check_every_case(slug, oracle, through_driver=True):
    """oracle(*args, **kwargs) gives torch's answer (through the problem's driver when
    `through_driver`, else called as is); the reference, run through the driver, must pass
    the problem's check against it."""
    problem = load_problem(slug)
    ref = load_reference(slug, problem.entry)
    for device in DEVICES:
        for c in judged_cases(slug):
            args = tuple(to_torch(a, device) for a in c.args)
            kwargs = {k: to_torch(v, device) for k, v in c.kwargs.items()}
            exp = problem.run(oracle, args, kwargs) if through_driver else oracle(*args, **kwargs)
            got = problem.run(ref, args, kwargs)
            msg = problem.check(c, channel.to_wire(exp), channel.to_wire(got))
            assert msg is None, f"{c.name} on {device}: {msg}"
