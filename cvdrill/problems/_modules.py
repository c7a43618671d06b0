"""Shared by the nn.Module problems (depthwise_separable_conv, basic_block, inception_module,
fix_net), whose entry is a class: the driver builds the module, counts its parameters,
loads the same deterministic weights into the user's layers as into the reference's
(matched by type and shape, not by the order of the assignments in __init__), and runs
eval-mode forward passes on inputs of several sizes.

The constructor's integers travel as 0-d int64 arrays (so they arrive as 0-d tensors on
the device under test); they are shown as plain integers in messages and turned back into
ints before the class is called. The device comes from worker.DEVICE, since a call such
as Net() has no argument at all.
"""
from __future__ import annotations

import itertools
import math
import zlib
from typing import Callable, Optional

import numpy as np

from ..judge.spec import Case, compare

RTOL, ATOL = 1e-4, 1e-5  # float32 forward passes; atol is scaled by the output's magnitude


def ctor_case(name: str, *args: int, random: bool = False, **kwargs: int) -> Case:
    """A case: the constructor's arguments (ints)."""
    as_array = lambda v: np.array(int(v), np.int64)  # noqa: E731
    return Case(name, tuple(as_array(a) for a in args), {k: as_array(v) for k, v in kwargs.items()}, random=random)


def ctor_ints(case: Case) -> tuple[list[int], dict[str, int]]:
    return [int(a) for a in case.args], {k: int(v) for k, v in case.kwargs.items()}


def _shape(s) -> str:
    return "[" + ",".join(map(str, s)) + "]"


# ------------------------------------------------------------ layers


def weighted_layers(module) -> list:
    """nn.Conv2d, nn.BatchNorm2d and nn.Linear layers in registration order
    (the order module.modules() yields them: the order of the assignments in __init__,
    depth first through nn.Sequential and sub-modules)."""
    import torch.nn as nn

    return [m for m in module.modules() if isinstance(m, (nn.Conv2d, nn.BatchNorm2d, nn.Linear))]


def describe_layer(m) -> str:
    import torch.nn as nn

    if isinstance(m, nn.Conv2d):
        bias = "with bias" if m.bias is not None else "without bias"
        return f"nn.Conv2d weight {_shape(m.weight.shape)} (groups={m.groups}) {bias}"
    if isinstance(m, nn.BatchNorm2d):
        extra = "" if m.affine else ", affine=False"
        extra += "" if m.track_running_stats else ", track_running_stats=False"
        return f"nn.BatchNorm2d({m.num_features}{extra})"
    if isinstance(m, nn.Linear):
        bias = "with bias" if m.bias is not None else "without bias"
        return f"nn.Linear weight {_shape(m.weight.shape)} {bias}"
    return type(m).__name__


def fill(layers: list, seed: int, keys: Optional[list] = None) -> None:
    """Deterministic values for each layer from its key (its description and its rank among
    the layers with that description): the reference and a submission get the same values
    in the layers that play the same role, whatever order __init__ assigned them in.
    Conv and linear weights have std 1/sqrt(fan_in); BatchNorm gets non-trivial statistics
    and affine parameters, so that a missing or misplaced BN (or a ReLU on the wrong side
    of one) changes the output."""
    import torch
    import torch.nn as nn

    if keys is None:  # registration order
        keys = assignments([describe_layer(m) for m in layers])[0]
    with torch.no_grad():
        for m, key in zip(layers, keys):
            g = torch.Generator().manual_seed(zlib.crc32(repr((seed, key)).encode()))
            draw = lambda t, scale=1.0, shift=0.0, uniform=False: t.copy_(  # noqa: E731
                (torch.rand if uniform else torch.randn)(t.shape, generator=g, dtype=torch.float64) * scale + shift)
            if isinstance(m, (nn.Conv2d, nn.Linear)):
                draw(m.weight, 1 / math.sqrt(max(1, m.weight[0].numel())))
                if m.bias is not None:
                    draw(m.bias, 0.1)
            elif isinstance(m, nn.BatchNorm2d):
                if m.weight is not None:
                    draw(m.weight, 1.0, 0.5, uniform=True)  # gamma in [0.5, 1.5)
                    draw(m.bias, 0.3)
                if m.running_mean is not None:
                    draw(m.running_mean, 0.3)
                    draw(m.running_var, 1.0, 0.5, uniform=True)


MAX_ASSIGNMENTS = 120


def assignments(descriptions: list[str]) -> list[list]:
    """Ways to give the weights to layers: layers with the same description (two BN of the
    same width, two 3x3 convs of the same shape) may play each other's role, so every
    permutation within each such group is a candidate; the first one is the identity
    (registration order). At most MAX_ASSIGNMENTS."""
    groups: dict[str, list[int]] = {}
    for i, d in enumerate(descriptions):
        groups.setdefault(d, []).append(i)
    per_group = [[(d, idx, perm) for perm in itertools.permutations(range(len(idx)))] for d, idx in groups.items()]
    out = []
    for combo in itertools.product(*per_group):
        keys: list = [None] * len(descriptions)
        for d, idx, perm in combo:
            for rank, i in enumerate(idx):
                keys[i] = (d, perm[rank])
        out.append(keys)
        if len(out) >= MAX_ASSIGNMENTS:
            break
    return out


def _note(e: BaseException, text: str) -> None:
    if hasattr(e, "add_note"):  # Python 3.11+: shown under the error line
        e.add_note(text)


# ------------------------------------------------------------ driver and check


def module_driver(entry: str, inputs: Callable[[list[int], dict], list[tuple]],
                  select: Optional[Callable] = None):
    """driver(cls, args, kwargs): build cls(*ints, **kwints), then return
    (parameter count, [layer descriptions], outputs, other outputs): outputs are forward(x)
    for each input with the weights given in registration order; other outputs the same
    for every other assignment of the weights among layers of identical description (see
    `assignments`), so that the order of the assignments in __init__ does not matter.
    `inputs(ints, kwints)` gives the input shapes; `select(module, ints, kwints)` the
    layers that receive weights, in order (registration order by default).
    (Tuples, not dicts: the judge shows a tuple's expected and got values only when
    every tensor in it is small.)"""
    def driver(cls, args, kwargs):
        import torch

        from ..judge import worker

        device = torch.device(worker.DEVICE)  # Net() has no argument to carry the device
        ints = [int(a) for a in args]
        kw = {k: int(v) for k, v in kwargs.items()}
        shown = ", ".join([str(i) for i in ints] + [f"{k}={v}" for k, v in kw.items()])
        torch.manual_seed(0)  # the constructor's own initialisation is overwritten; keep it reproducible
        try:
            module = cls(*ints, **kw)
        except Exception as e:
            _note(e, f"(while building {entry}({shown}))")
            raise
        if not isinstance(module, torch.nn.Module):
            raise TypeError(f"{entry}({shown}) gave {type(module).__name__}, not a torch.nn.Module")
        params = int(sum(p.numel() for p in module.parameters()))
        module.to(device).eval()
        layers = (select or (lambda m, i, k: weighted_layers(m)))(module, ints, kw)
        described = [describe_layer(m) for m in layers]
        seed = zlib.crc32(repr((entry, ints, sorted(kw.items()))).encode())
        shapes = inputs(ints, kw)
        g = torch.Generator().manual_seed(seed + 1)
        xs = [torch.randn(shape, generator=g, dtype=torch.float32).to(device) for shape in shapes]
        runs = []  # on the GPU in full float32, not TF32 (worker.prepare)
        for keys in assignments(described):
            fill(layers, seed, keys)
            outs = []
            for shape, x in zip(shapes, xs):
                try:
                    with torch.no_grad():
                        y = module(x)
                except Exception as e:
                    _note(e, f"(in forward(x), x of shape {_shape(shape)}, eval mode)")
                    raise
                outs.append(y)
            runs.append(tuple(outs))
        return params, described, runs[0], tuple(runs[1:])
    return driver


def module_check(formula: Callable[[list[int], dict], str], inputs: Callable[[list[int], dict], list[tuple]],
                 order: str = "", explain: Optional[Callable] = None):
    """Check, in this order: the parameter count (with the formula), the layers that
    receive the weights (as a multiset: any order), then every forward output (shape,
    dtype, device, values), accepted when the outputs match for one assignment of the
    weights among layers of identical description. `order` names the expected layers in
    messages; `explain(case, expected_output, got_output)` may add a hint about a wrong
    output."""
    def outputs_differ(ints, kw, exp_outs, got_outs):
        for shape, e, g in zip(inputs(ints, kw), exp_outs, got_outs):
            scale = float(np.abs(e.array).max()) if getattr(e, "array", np.zeros(0)).size else 1.0
            msg = compare(e, g, RTOL, ATOL * max(scale, 1.0), what=f"forward(x) for x of shape {_shape(shape)}")
            if msg:
                return msg, e, g
        return None

    def check(case, expected, got):
        if not isinstance(got, tuple) or len(got) != 4:
            return "the judge could not read the module's answer"
        (exp_params, el, exp_outs, _), (got_params, gl, got_outs, got_other) = expected, got
        ints, kw = ctor_ints(case)
        if got_params != exp_params:
            return f"the module has {got_params:,} parameters, expected {exp_params:,} = {formula(ints, kw)}"
        if sorted(el) != sorted(gl):
            missing = [d for d in el if el.count(d) > gl.count(d)]
            extra = [d for d in gl if gl.count(d) > el.count(d)]
            what = f" ({order})" if order else ""
            return (f"the module's weighted layers (nn.Conv2d / nn.BatchNorm2d / nn.Linear) are "
                    f"{'; '.join(gl) or 'none'}, expected{what} {'; '.join(el)}"
                    + (f"; missing: {'; '.join(dict.fromkeys(missing))}" if missing else "")
                    + (f"; not expected: {'; '.join(dict.fromkeys(extra))}" if extra else ""))
        first = outputs_differ(ints, kw, exp_outs, got_outs)
        if first is None or any(outputs_differ(ints, kw, exp_outs, o) is None for o in got_other):
            return None
        msg, e, g = first
        if got_other:
            msg += (f" (and for each of the {len(got_other)} other ways to give the weights to layers of "
                    "the same shape)")
        hint = explain(case, e, g) if explain else None
        return msg + (f" ({hint})" if hint else "")
    return check
