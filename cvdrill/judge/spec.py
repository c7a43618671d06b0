"""What a judged problem is: its cases, how an answer is compared, what is forbidden.

Each problem lives in `cvdrill/problems/<slug>.py` as `PROBLEM = Problem(...)`; its text
(statement, stub, hints) is `questions/problems/<slug>.yaml` and its hidden reference is
`solutions/<slug>.py`. Cases hold numpy data only; for "torch" problems every ndarray in
a case becomes a torch tensor (same dtype) on the device under test.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Optional

import numpy as np

from .channel import Unsupported, WireTensor


@dataclass
class Case:
    name: str
    args: tuple = ()
    kwargs: dict = field(default_factory=dict)
    # Edge and hand-built cases are shown as they are; random ones may be shrunk.
    random: bool = False


@dataclass
class Timed:
    """Timing: the user's function against the reference on growing inputs."""

    make: Callable[[np.random.Generator, int], Case]  # (rng, size) -> a large case
    sizes: list[int]  # growing sizes; the ratio is taken at the largest
    ratio: float  # the limit: user median / reference median at the largest size
    floor: float = 0.01  # seconds: a user median under this never fails
    unit: str = "N"  # how a size is named in messages ("N", "H=W")
    # the limit on a GPU, where it differs: there a loop's cost is its kernel launches and
    # host syncs per step, not its arithmetic, so an honest loop that launches more kernels
    # a step than the reference is further from it than on the CPU (see the problem's docstring)
    cuda_ratio: Optional[float] = None

    def limit(self, device: str) -> float:
        return self.cuda_ratio if self.cuda_ratio and device.startswith("cuda") else self.ratio


class Variant:
    """A known mistake or another convention, as a function with the entry's signature:
    when a wrong answer equals it on every case the submission answered, the verdict
    names it ("your answer follows the +1 pixel convention: ...")."""

    def __init__(self, name: str, fn: Callable, why_en: str, why_zh: str, name_zh: str = "",
                 check: Optional[Callable] = None):
        self.name, self.fn, self.why = name, fn, {"en": why_en, "zh": why_zh}
        self.name_zh = name_zh or name
        # a problem judged statistically (random draws: dropout, the initialisers) cannot
        # compare values with the variant's: `check(case, variant's answer, got)` says
        # whether `got` follows the variant's distribution instead (None when it does)
        self.check = check


@dataclass
class Problem:
    slug: str
    kind: str  # "torch" | "numpy"
    params: list[str]  # the entry's positional parameters, as in the contract
    cases: Callable[[np.random.Generator], Iterable[Case]]
    check: Callable[[Case, Any, Any], Optional[str]]  # (case, expected, got) -> message or None
    entry: str = ""  # the function (or class) name; the slug by default
    forbidden: list[str] = field(default_factory=list)  # dotted names that solve it outright
    # the operators those functions run ("aten::smooth_l1_loss"): seen however they are reached
    # (torch.ops.aten, torch._C, getattr games), by a dispatch mode around every judged call
    forbidden_ops: list[str] = field(default_factory=list)
    timed: Optional[Timed] = None
    # driver(fn, args, kwargs) runs the function (user's in the worker, reference in the
    # judge) and returns what is compared; by default fn(*args, **kwargs).
    driver: Optional[Callable] = None
    shrink: Optional[Callable[[Case], list[Case]]] = None  # smaller variants of a failing case
    time_limit: float = 20.0  # seconds for all correctness cases on one device
    memory_mb: int = 2048  # address space the worker may add
    statistical: bool = False  # expected answers are not compared value by value
    # Words the statement (en) must contain: every convention this judge enforces
    # (e.g. "strictly greater", "int64", "zero padding"); tests/test_judge_problems.py checks.
    terms: list[str] = field(default_factory=list)
    variants: list[Variant] = field(default_factory=list)  # known mistakes, named when matched
    # also(case, device): another answer right on that device besides the reference's, as the
    # torch value the driver would return (computed on the CPU), or None. Only an answer that
    # misses the reference's is compared with it, and never when naming a known mistake.
    also: Optional[Callable[[Case, str], Any]] = None

    def __post_init__(self):
        self.entry = self.entry or self.slug

    def run(self, fn, args, kwargs):
        return self.driver(fn, args, kwargs) if self.driver else fn(*args, **kwargs)


# ------------------------------------------------------------ describing calls


def describe(value) -> str:
    if isinstance(value, np.ndarray):
        if not value.ndim:
            return repr(value.item())
        shape = "[" + ",".join(map(str, value.shape)) + "]"
        # integer and bool inputs say so: "image[6,6] uint8" fails differently from floats
        return shape + (f" {value.dtype.name}" if value.dtype.kind in "biu" else "")
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, (list, tuple)) and value and isinstance(value[0], np.ndarray):
        return "(" + ", ".join(describe(v) for v in value) + ")"
    return repr(value)


def param_name(problem: Problem, i: int) -> str:
    """The name of positional argument i, as the contract gives it."""
    return problem.params[i] if i < len(problem.params) else f"arg{i}"


def call_repr(problem: Problem, case: Case) -> str:
    parts = []
    for i, a in enumerate(case.args):
        name = param_name(problem, i)
        d = describe(a)
        # an array is named by its shape (boxes[3,4]); a list of ints is a value ([4, 5])
        shaped = isinstance(a, np.ndarray) and a.ndim > 0
        parts.append(f"{name}{d}" if shaped else f"{name}={d}")
    parts += [f"{k}={describe(v)}" for k, v in case.kwargs.items()]
    return f"{problem.entry}({', '.join(parts)})"


def case_size(case: Case) -> int:
    return sum(int(a.size) for a in list(case.args) + list(case.kwargs.values()) if isinstance(a, np.ndarray))


# ------------------------------------------------------------ comparison


def _shape(shape) -> str:
    return "[" + ",".join(map(str, shape)) + "]"


def _kind(v) -> str:
    if isinstance(v, WireTensor):
        return f"a tensor on {v.device}"
    if isinstance(v, np.ndarray):
        return "a numpy array"
    if isinstance(v, Unsupported):
        return f"an object of type {v.type_name}"
    if v is None:
        return "None"
    return f"a {type(v).__name__}"


def _fmt(x) -> str:
    if isinstance(x, (float, np.floating)):
        return f"{float(x):.6g}"
    return repr(x.item() if hasattr(x, "item") else x)


def _values(exp: np.ndarray, got: np.ndarray, rtol: float, atol: float, exact: bool, what: str) -> Optional[str]:
    if exact or exp.dtype.kind in "biu":
        bad = exp != got
    else:
        e = exp.astype(np.float64)
        g = got.astype(np.float64)
        with np.errstate(invalid="ignore"):
            bad = ~(np.isclose(g, e, rtol=rtol, atol=atol) | (np.isnan(e) & np.isnan(g)))
            bad |= np.isfinite(e) & ~np.isfinite(g)
    if not bad.any():
        return None
    idx = np.argwhere(bad)[0] if exp.ndim else ()
    first = tuple(int(i) for i in idx)
    where = f" at index [{', '.join(map(str, first))}]" if exp.ndim else ""
    e_s, g_s = _fmt(exp[first]), _fmt(got[first])
    if e_s == g_s:  # they differ beyond the printed digits
        e_s, g_s = repr(float(exp[first])), repr(float(got[first]))
    msg = (f"{what}: {int(bad.sum())} of {exp.size} values differ; first{where}: "
           f"expected {e_s}, got {g_s}")
    tol = " (compared exactly)" if exact or exp.dtype.kind in "biu" else f" (tolerance rtol {rtol:g}, atol {atol:g})"
    if exp.dtype.kind == "f" and got.dtype.kind in "fiu":
        with np.errstate(invalid="ignore", over="ignore"):
            err = np.abs(exp.astype(np.float64) - got.astype(np.float64))
        if np.isfinite(err).all():
            msg += f"; max abs error {err.max():.3g}"
        elif not np.isfinite(got.astype(np.float64)[bad]).all():
            msg += "; the answer holds NaN or inf"
    return msg + tol


def _dtype_and_values(expected: np.ndarray, got: np.ndarray, rtol, atol, exact, what, head: str) -> str:
    """A dtype mismatch, and whether the values are right as well: both are said."""
    try:
        vm = _values(expected, got.astype(expected.dtype) if expected.dtype.kind in "biu" else got, rtol, atol,
                     exact, what)
    except (TypeError, ValueError):
        vm = None
    if vm:
        return f"{head}; the values differ too: {vm.split(': ', 1)[1]}"
    return f"{head} (the values themselves are right)"


def compare(expected, got, rtol: float = 1e-5, atol: float = 1e-6, exact: bool = False,
            what: str = "result", check_dtype: bool = True) -> Optional[str]:
    """Shape, dtype, device, then values. Returns a message, or None when equal."""
    if isinstance(expected, WireTensor):
        if not isinstance(got, WireTensor):
            return f"{what}: returned {_kind(got)}, expected a torch tensor"
        if got.shape != expected.shape:
            return f"{what}: returned shape {_shape(got.shape)}, expected {_shape(expected.shape)}"
        if check_dtype and got.dtype != expected.dtype:
            return _dtype_and_values(expected.array, got.array, rtol, atol, exact, what,
                                     f"{what}: returned dtype {got.dtype}, expected {expected.dtype}")
        if got.device != expected.device:
            return f"{what}: returned a tensor on {got.device}, expected it on {expected.device} (the input's device)"
        return _values(expected.array, got.array, rtol, atol, exact, what)
    if isinstance(expected, np.ndarray) and expected.ndim:
        if not isinstance(got, np.ndarray):
            return f"{what}: returned {_kind(got)}, expected a numpy array"
        if got.shape != expected.shape:
            return f"{what}: returned shape {_shape(got.shape)}, expected {_shape(expected.shape)}"
        if check_dtype and got.dtype != expected.dtype:
            return _dtype_and_values(expected, got, rtol, atol, exact, what,
                                     f"{what}: returned dtype {got.dtype}, expected {expected.dtype}")
        return _values(expected, got, rtol, atol, exact, what)
    if isinstance(expected, (tuple, list)):
        if not isinstance(got, (tuple, list)):
            return f"{what}: returned {_kind(got)}, expected a tuple of {len(expected)}"
        if len(got) != len(expected):
            return f"{what}: returned {len(got)} values, expected {len(expected)}"
        for i, (e, g) in enumerate(zip(expected, got)):
            m = compare(e, g, rtol, atol, exact, f"{what}[{i}]", check_dtype)
            if m:
                return m
        return None
    if isinstance(expected, (bool, np.bool_)):
        if not isinstance(got, (bool, np.bool_)):
            return f"{what}: returned {_kind(got)}, expected a bool"
        return None if bool(got) == bool(expected) else f"{what}: expected {expected}, got {got}"
    if isinstance(expected, (int, float, np.integer, np.floating, np.ndarray)):
        if isinstance(got, np.ndarray) and got.ndim == 0:
            got = got[()]
        if isinstance(got, (bool, np.bool_)) or not isinstance(got, (int, float, np.integer, np.floating)):
            return f"{what}: returned {_kind(got)}, expected a number"
        e, g = float(expected), float(got)
        if math.isnan(e) and math.isnan(g):
            return None
        if math.isinf(e) or math.isinf(g):
            return None if e == g else f"{what}: expected {_fmt(e)}, got {_fmt(g)}"
        if math.isnan(g) or not math.isclose(g, e, rel_tol=rtol, abs_tol=atol if not exact else 0):
            e_s, g_s = _fmt(e), _fmt(g)
            if e_s == g_s:  # they differ beyond the printed digits
                e_s, g_s = repr(e), repr(g)
            tol = "compared exactly" if exact else f"tolerance rtol {rtol:g}, atol {atol:g}"
            return f"{what}: expected {e_s}, got {g_s} (error {abs(e - g):.3g}; {tol})"
        return None
    if expected is None:
        return None if got is None else f"{what}: returned {_kind(got)}, expected None"
    if isinstance(expected, str):
        return None if got == expected else f"{what}: expected {expected!r}, got {got!r}"
    return f"{what}: cannot compare {_kind(expected)}"


def close(rtol: float = 1e-5, atol: float = 1e-6, check_dtype: bool = True):
    """A check: every value close to the reference's (floats), exactly equal (integers)."""
    def check(case, expected, got):
        return compare(expected, got, rtol, atol, check_dtype=check_dtype)
    return check


def exact():
    """A check: equal values, dtype and order (indices)."""
    def check(case, expected, got):
        return compare(expected, got, exact=True)
    return check


# ------------------------------------------------------------ shrinking


def _base(name: str) -> str:
    """A case name without an earlier "(shrunk to ...)" suffix."""
    return name.split(" (shrunk to ")[0]


def shrink_batch(case: Case) -> list[Case]:
    """Smaller variants of a case whose first argument is an [N, C, ...] batch: halves of
    the images, else (a single image) halves of the channels; the rest stays as it failed."""
    x = case.args[0]
    for axis in (0, 1):
        n = x.shape[axis]
        if n > 1:
            out = []
            for sl in (slice(0, n // 2), slice(n // 2, n)):
                y = np.ascontiguousarray(x[sl] if axis == 0 else x[:, sl])
                out.append(Case(f"{_base(case.name)} (shrunk to {list(y.shape)})", (y,) + tuple(case.args[1:]),
                                dict(case.kwargs), random=True))
            return out
    return []


def shrink_rows(*positions: int, kw: tuple[str, ...] = ()):
    """Smaller variants of a case whose array arguments at `positions` (and keywords `kw`)
    share a first dimension N: halves first, then each row left out."""
    def shrink(case: Case) -> list[Case]:
        arrays = [case.args[p] for p in positions] + [case.kwargs[k] for k in kw]
        n = arrays[0].shape[0]
        if n <= 1:
            return []
        keeps = [np.arange(0, n // 2), np.arange(n // 2, n)]
        if n <= 24:
            keeps += [np.delete(np.arange(n), i) for i in range(n)]
        out = []
        for keep in keeps:
            args = list(case.args)
            kwargs = dict(case.kwargs)
            for p in positions:
                args[p] = case.args[p][keep]
            for k in kw:
                kwargs[k] = case.kwargs[k][keep]
            out.append(Case(f"{_base(case.name)} (shrunk to {len(keep)} rows)", tuple(args), kwargs, random=True))
        return out
    return shrink


def shrink_image(*positions: int):
    """Smaller variants of a case whose 2-D image arguments at `positions` share a shape:
    each half (rows, then columns) of the image."""
    def shrink(case: Case) -> list[Case]:
        h, w = case.args[positions[0]].shape[:2]
        out = []
        for sl in ((slice(0, max(1, h // 2)), slice(None)), (slice(h // 2, h), slice(None)),
                   (slice(None), slice(0, max(1, w // 2))), (slice(None), slice(w // 2, w))):
            args = list(case.args)
            for p in positions:
                args[p] = np.ascontiguousarray(case.args[p][sl])
            if args[positions[0]].shape == (h, w) or 0 in args[positions[0]].shape:
                continue
            out.append(Case(f"{_base(case.name)} (shrunk to {args[positions[0]].shape[0]}x{args[positions[0]].shape[1]})",
                            tuple(args), dict(case.kwargs), random=True))
        return out
    return shrink
