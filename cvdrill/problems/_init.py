"""Shared by the weight-initialisation problems (xavier_uniform_, xavier_normal_,
kaiming_uniform_, kaiming_normal_), judged statistically as torch.nn.init defines them.

The driver fills tensors through the submission and returns what the check needs: the
values, how the call treated its argument, and whether torch.manual_seed reproduces it.
The check compares the values with the exact distribution (uniform on [-bound, bound] or
normal with std sigma, from the fans and the gain), with limits that a right answer
crosses less than once in a million runs per problem:
  - mean:  |mean| / (sigma / sqrt(n)) <= 6              (P < 2e-9 for a normal estimate)
  - std:   |mean(v^2) / sigma^2 - 1| / sqrt((k - 1) / n) <= 6, with k the kurtosis,
           3 for a normal and 9/5 for a uniform
  - shape: Kolmogorov-Smirnov, sqrt(n) * D <= 3.3         (P ~ 2 exp(-2 * 3.3^2) = 7e-10)
  - bound: all |v| <= bound (uniform), and max |v| >= bound * (1 - 30 / n) (P = e^-30)
The moment and KS limits are only applied from n = 10000 values, where the normal and
Kolmogorov approximations hold to well within those tails; smaller tensors are checked
for the bound, finiteness and in-place behaviour only.

Known mistakes (`variant`) are a theory of their own, another (dist, sigma): a wrong answer
is named by the same check against the mistake's distribution (`Variant.check`). Each one
is kept only where its sigma is at least 1.2 times (or 1/1.2 of) the right one, or its
distribution another, on some tensor of n >= 10000 values, so that a right answer (or
another mistake) is never taken for it.
"""
from __future__ import annotations

import math

import numpy as np

from ..judge.spec import Case, Variant

SEED = 20260  # torch.manual_seed before the first and the second call
MIN_N = 10000
Z = 6.0
KS = 3.3
# The case's tensor is created by the driver from the case's array: its content is a
# sentinel that says how (the values are overwritten by a right answer): NaN -> a plain
# tensor, +inf -> an nn.Parameter (requires_grad=True, as a layer's weight).
PLAIN, PARAM = np.nan, np.inf


# ------------------------------------------------------------ torch.nn.init's formulas


def fans(shape) -> tuple[int, int]:
    """fan_in, fan_out as torch.nn.init computes them: [out, in, *kernel] ->
    (in * receptive field, out * receptive field)."""
    rf = int(np.prod(shape[2:])) if len(shape) > 2 else 1
    return shape[1] * rf, shape[0] * rf


def gain(nonlinearity: str, a: float = 0.0) -> float:
    """torch.nn.init.calculate_gain for the nonlinearities of these problems."""
    if nonlinearity in ("linear", "sigmoid", "conv1d", "conv2d", "conv3d"):
        return 1.0
    if nonlinearity == "tanh":
        return 5.0 / 3
    if nonlinearity == "relu":
        return math.sqrt(2.0)
    if nonlinearity == "leaky_relu":
        return math.sqrt(2.0 / (1 + a ** 2))
    raise ValueError(f"unsupported nonlinearity {nonlinearity}")


def bind(params: list[str], defaults: dict, case: Case) -> dict:
    """The call's arguments by name (positional ones included, defaults filled in)."""
    return bind_call(params, defaults, case.args, case.kwargs)


def bind_call(params: list[str], defaults: dict, args, kwargs) -> dict:
    out = dict(defaults)
    out.update(zip(params[1:], args[1:]))
    out.update(kwargs)
    return out


# ------------------------------------------------------------ cases


def tensor(shape, dtype=np.float32, param: bool = False) -> np.ndarray:
    return np.full(shape, PARAM if param else PLAIN, dtype)


def shape_cases(extra=()):
    """The tensors every init problem fills: Linear and Conv weights of both dtypes, fans
    that differ (so fan_in / fan_out mix-ups show), a parameter, a small and an empty one."""
    f64 = np.float64
    yield Case("Linear weight [256,1024] (fan_in 1024, fan_out 256)", (tensor((256, 1024)),))
    yield Case("Linear weight [1024,128], float64", (tensor((1024, 128), f64),))
    yield Case("Conv2d weight [64,32,3,3] (receptive field 9)", (tensor((64, 32, 3, 3)),))
    yield Case("Conv2d weight [128,16,5,5], float64", (tensor((128, 16, 5, 5), f64),))
    yield Case("Conv1d weight [32,64,7]", (tensor((32, 64, 7)),))
    yield Case("Conv3d weight [32,16,3,3,3]", (tensor((32, 16, 3, 3, 3), f64),))
    yield Case("nn.Parameter [300,200] (requires_grad=True)", (tensor((300, 200), param=True),))
    yield Case("small [8,3,3,3]", (tensor((8, 3, 3, 3)),))
    yield Case("empty [0,16]", (tensor((0, 16)),))
    yield from extra


# ------------------------------------------------------------ driver


def _make(a):
    import torch

    t = a.detach().clone()
    if t.numel() and bool(torch.isposinf(t.reshape(-1)[0])):
        return torch.nn.Parameter(t)
    return t


def _same_values(a, b) -> bool:
    import torch

    return a.shape == b.shape and bool(torch.all((a == b) | (torch.isnan(a) & torch.isnan(b))))


def driver(fn, args, kwargs):
    """Three calls, on fresh tensors: after torch.manual_seed(SEED), again after the same
    seed (must repeat), then without reseeding (must differ). Returns
    (values after the first call, how the first call treated its argument, repeats, differs)."""
    import torch

    rest = args[1:]
    t = _make(args[0])
    ptr, was_param = t.data_ptr(), t.requires_grad
    devices = [t.device.index or 0] if t.device.type == "cuda" else []
    with torch.random.fork_rng(devices=devices):
        torch.manual_seed(SEED)
        out = fn(t, *rest, **kwargs)
        values = t.detach().clone()
        if out is None:
            how = "returned None: return the tensor itself (torch.nn.init returns its argument)"
        elif not isinstance(out, torch.Tensor):
            how = f"returned a {type(out).__name__}, expected the input tensor"
        elif t.data_ptr() != ptr:
            how = ("the input's storage was replaced (tensor.data = ...): fill the tensor in place, "
                   "e.g. tensor.uniform_(...) under torch.no_grad()")
        elif out.data_ptr() != ptr or out.shape != t.shape:
            how = ("returned a new tensor: fill the input in place and return it "
                   "(e.g. tensor.uniform_(...) under torch.no_grad())")
        elif was_param and not t.requires_grad:
            how = "the parameter no longer requires grad after the call"
        else:
            how = "ok"
        torch.manual_seed(SEED)
        again = _make(args[0])
        fn(again, *rest, **kwargs)
        third = _make(args[0])
        fn(third, *rest, **kwargs)
    repeats = _same_values(again.detach(), values)
    differs = values.numel() < 2 or not _same_values(third.detach(), values)
    return values, how, repeats, differs


# ------------------------------------------------------------ check


def _ks(v: np.ndarray, dist: str, scale: float) -> float:
    """sqrt(n) * the Kolmogorov-Smirnov distance to U(-scale, scale) or N(0, scale^2)."""
    import torch

    x = np.sort(v)
    n = x.size
    if dist == "uniform":
        cdf = np.clip((x + scale) / (2 * scale), 0, 1)
    else:
        cdf = torch.special.ndtr(torch.from_numpy(x / scale)).numpy()
    i = np.arange(1, n + 1)
    d = max(float(np.max(i / n - cdf)), float(np.max(cdf - (i - 1) / n)))
    return math.sqrt(n) * d


def make_check(params: list[str], defaults: dict, theory):
    """theory(shape, args) -> (dist, sigma, how sigma comes about) for one call."""
    def check(case, expected, got):
        if not isinstance(got, tuple) or len(got) != 4:
            return "internal: the driver's answer is malformed"
        values, how, repeats, differs = got
        if how != "ok":
            return how
        exp = expected[0]
        if values.shape != exp.shape or values.dtype != exp.dtype or values.device != exp.device:
            return (f"the tensor is now {list(values.shape)} {values.dtype} on {values.device}, "
                    f"expected {list(exp.shape)} {exp.dtype} on {exp.device} (unchanged)")
        v = values.array.astype(np.float64).reshape(-1)
        n = v.size
        bad = ~np.isfinite(v)
        if bad.any():
            return (f"{int(bad.sum())} of {n} values are not finite after the call (the tensor held "
                    f"{'inf' if np.isinf(v).any() and not np.isnan(v).any() else 'nan'} before it): "
                    "fill every element")
        if n == 0:
            return None
        shape = values.shape
        dist, sigma, why = theory(shape, bind(params, defaults, case))
        bound = math.sqrt(3) * sigma
        top = float(np.abs(v).max())
        if dist == "uniform":
            slack = 1e-6 * bound  # float rounding of the bound itself
            if top > bound + slack:
                return (f"values reach {top:.6g}, outside the bound +-{bound:.6g} = sqrt(3) * std "
                        f"with std {why}")
            if n >= 1000 and top < bound * (1 - 30 / n):
                return (f"values only reach +-{top:.6g}; uniform on [-bound, bound] with bound "
                        f"{bound:.6g} (= sqrt(3) * std, std {why}) comes within {bound * 30 / n:.2g} of it")
        if n < MIN_N:
            return None if (repeats and differs) else _rng_message(repeats)
        kurt = 1.8 if dist == "uniform" else 3.0
        m2 = float(np.mean(v * v))
        z2 = (m2 / sigma ** 2 - 1) / math.sqrt((kurt - 1) / n)
        if abs(z2) > Z:
            return (f"sample std {math.sqrt(m2):.6g}, expected {why} "
                    f"({abs(z2):.0f} standard errors away; n = {n})")
        mean = float(v.mean())
        z1 = mean / (sigma / math.sqrt(n))
        if abs(z1) > Z:
            return (f"sample mean {mean:.4g}, expected 0 (within +-{Z * sigma / math.sqrt(n):.2g} "
                    f"for n = {n} values of std {sigma:.6g})")
        ks = _ks(v, dist, bound if dist == "uniform" else sigma)
        if ks > KS:
            inside = float(np.mean(np.abs(v) <= sigma))
            want = 0.57735 if dist == "uniform" else 0.682689
            name = f"uniform on [-{bound:.6g}, {bound:.6g}]" if dist == "uniform" else f"normal with std {sigma:.6g}"
            return (f"the values are not {name}: Kolmogorov-Smirnov sqrt(n) * D = {ks:.1f} (limit {KS}); "
                    f"fraction within +-1 std {inside:.4f}, expected {want:.4f}")
        if not (repeats and differs):
            return _rng_message(repeats)
        return None
    return check


def _rng_message(repeats: bool) -> str:
    if not repeats:
        return ("after the same torch.manual_seed the call gave different values: draw from torch's "
                "random generator (tensor.uniform_ / normal_, torch.rand / randn), not numpy or random")
    return "two calls in a row gave the same values: do not reseed inside the function"


# ------------------------------------------------------------ the four problems

# Conventions every init statement states (PROBLEM.terms), beside its own formula.
TERMS = ["fan_in", "fan_out", "receptive field", "at least 2 dimensions", "in place", "return the tensor itself",
         "torch.no_grad", "requires_grad=True", "nan", "every element", "dtype", "device", "empty", "manual_seed",
         "two calls", "statistically", "kolmogorov-smirnov"]


def filler(params: list[str], defaults: dict, theory):
    """A function with the entry's signature that fills its tensor as `theory` says, in place
    under no_grad with torch's generator (so the driver's seed checks pass): the answer of a
    known mistake."""
    def fill(*args, **kwargs):
        import torch

        tensor = args[0]
        if tensor.numel() == 0:
            return tensor
        dist, sigma, _ = theory(tuple(tensor.shape), bind_call(params, defaults, args, kwargs))
        with torch.no_grad():
            if dist == "uniform":
                return tensor.uniform_(-math.sqrt(3) * sigma, math.sqrt(3) * sigma)
            return tensor.normal_(0, sigma)
    return fill


def variant(params: list[str], defaults: dict, name: str, name_zh: str, theory, why_en: str, why_zh: str) -> Variant:
    """A known mistake: `theory` gives its (dist, sigma, how) as the problem's theory does."""
    return Variant(name, filler(params, defaults, theory), why_en, why_zh, name_zh=name_zh,
                   check=make_check(params, defaults, theory))


def problem(slug: str, params: list[str], defaults: dict, cases, theory, terms: list[str], variants=()):
    """An init problem: judged statistically through `driver`, torch.nn.init forbidden."""
    from ..judge.spec import Problem

    return Problem(slug=slug, kind="torch", params=params, cases=cases, check=make_check(params, defaults, theory),
                   driver=driver, forbidden=["torch.nn.init.*", "torch.nn.init"], statistical=True,
                   terms=terms + TERMS, variants=list(variants))
