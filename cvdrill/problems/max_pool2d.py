"""max_pool2d: NCHW 2-D max pooling with -inf padding, floor output size, as
torch.nn.functional.max_pool2d (ceil_mode=False, dilation 1)."""
import numpy as np

from ..judge.spec import Case, Problem, Timed, compare, shrink_rows

_F = "torch.nn.functional"
# Every pooling routine of torch (max, average, adaptive, fractional, Lp, internal aliases):
# shared by max_pool2d and avg_pool2d.
POOL_FORBIDDEN = [f"{_F}.max_pool*", f"{_F}.avg_pool*", f"{_F}.adaptive_*", f"{_F}.lp_pool*",
                  f"{_F}.fractional_max_pool*", f"{_F}._max_pool*", f"{_F}._adaptive_*", f"{_F}._fractional_max_pool*",
                  "torch.max_pool*", "torch.avg_pool*", "torch.adaptive_*", "torch._adaptive_*",
                  "torch.mkldnn_max_pool*", "torch.mkldnn_adaptive_*", "torch.quantized_max_pool*",
                  "torch._C._nn.max_pool*", "torch._C._nn.avg_pool*", "torch._C._nn.adaptive_*",
                  "torch._C._nn.fractional_max_pool*", "torch._C._VariableFunctions.*pool*",
                  "torch.nn.MaxPool*", "torch.nn.AvgPool*", "torch.nn.AdaptiveMaxPool*", "torch.nn.AdaptiveAvgPool*",
                  "torch.nn.LPPool*", "torch.nn.FractionalMaxPool*", "torch.nn.modules.pooling.*Pool*",
                  "torch.ops.aten.*pool*"]


def _x(rng, n, c, h, w, dtype=np.float32, low=None):
    if low is not None:  # all values in [low, low / 5]: negative, so zero padding would win a max
        return rng.uniform(low, low / 5, (n, c, h, w)).astype(dtype)
    return rng.normal(0, 1, (n, c, h, w)).astype(dtype)


def shared_cases(rng):
    """Cases for both pools: (name, args, kwargs, random)."""
    f32, f64 = np.float32, np.float64
    yield "kernel 2, stride defaults to the kernel", (_x(rng, 1, 2, 4, 6), 2), {}, False
    yield "stride=None given explicitly", (_x(rng, 1, 1, 6, 4, f64), 3), {"stride": None}, False
    yield "odd size: the last row and column are dropped (floor)", (_x(rng, 1, 1, 5, 7), 2), {}, False
    yield "padding 1 on negative values", (_x(rng, 1, 2, 5, 5, f64, low=-5.0), 3), {"stride": 2, "padding": 1}, False
    yield "padding = kernel / 2 (corner windows hold one pixel)", (_x(rng, 1, 1, 3, 3, low=-4.0), 2), \
        {"stride": 1, "padding": 1}, False
    yield "overlapping windows (stride 1)", (_x(rng, 2, 1, 5, 6, f64), 3), {"stride": 1}, False
    yield "stride 3 > kernel 2 (pixels skipped)", (_x(rng, 1, 2, 8, 9), 2), {"stride": 3}, False
    yield "tuples: kernel (2,3), stride (1,2), padding (1,0)", (_x(rng, 1, 2, 5, 8, f64), (2, 3)), \
        {"stride": (1, 2), "padding": (1, 0)}, False
    yield "kernel as large as the input (1x1 output)", (_x(rng, 2, 3, 4, 5), (4, 5)), {}, False
    yield "integer-valued input (ties)", (rng.integers(0, 3, (1, 2, 6, 6)).astype(f32), 2), {}, False
    yield "constant input with padding", (np.full((1, 1, 4, 4), 3.0, f64), 3), {"stride": 1, "padding": 1}, False
    yield "1xW input", (_x(rng, 1, 2, 1, 8), (1, 2)), {}, False
    yield "N=0 (empty batch)", (np.zeros((0, 3, 4, 4), f32), 2), {}, False
    params = [  # n, c, h, w, kernel, stride, padding, dtype
        (2, 3, 16, 16, 2, None, 0, f32), (1, 4, 15, 17, 3, 2, 1, f64), (4, 2, 9, 9, 3, 1, 1, f32),
        (2, 5, 20, 12, (2, 4), (2, 3), (1, 2), f64), (1, 8, 32, 32, 5, 3, 2, f32), (3, 3, 7, 11, (3, 1), 1, (1, 0), f32),
        (8, 16, 14, 14, 2, 2, 0, f32), (2, 6, 31, 29, 3, 2, 1, f64),
    ]
    for n, c, h, w, k, s, p, dt in params:
        kw = {"stride": s} if s is not None else {}
        if p:
            kw["padding"] = p
        opts = ", ".join(f"{key}={v}" for key, v in kw.items()) or "defaults"
        yield f"random [{n},{c},{h},{w}], kernel {k}, {opts}, {np.dtype(dt).name}", (_x(rng, n, c, h, w, dt), k), kw, True


def cases(rng):
    for name, args, kw, rand in shared_cases(rng):
        yield Case(name, args, kw, random=rand)


def check(case, expected, got):
    # the maximum is one of the inputs: compared exactly
    return compare(expected, got, exact=True)


def big(rng, n):
    return Case(f"[2,8,{n},{n}], kernel 2", (_x(rng, 2, 8, n, n), 2))


PROBLEM = Problem(
    slug="max_pool2d",
    kind="torch",
    params=["input", "kernel_size", "stride", "padding"],
    cases=cases,
    check=check,
    forbidden=POOL_FORBIDDEN,
    # Measured through `grade` (one thread, a shared 2-core machine under load) at
    # [2,8,256,256], kernel 2, against this reference (Tensor.unfold + amax, 7-14 ms): the
    # reference itself 1.0x, Tensor.unfold + amax with its own padding 1.0-1.8x, a loop over the
    # kernel offsets with torch.maximum 0.1x, a loop over output pixels 43-95x.
    timed=Timed(make=big, sizes=[64, 128, 256], ratio=10.0, floor=0.01, unit="H=W"),
    shrink=shrink_rows(0),
    terms=["[N, C, H, W]", "int or a pair", "stride=None", "-inf", "at most half", "floor", "ceil_mode",
           "exactly", "N = 0", "dtype", "device", "float32", "float64", "10x"],
)
