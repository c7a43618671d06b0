"""max_pool2d: NCHW 2-D max pooling with -inf padding, floor output size, as
torch.nn.functional.max_pool2d (ceil_mode=False, dilation 1).

Timed classes, as ratios to the reference (bench/timing_stability.py, 2-core machine, quiet and
with the other core busy; tests/submissions/max_pool2d/): accepted: offsets_ok 0.28-0.39x,
unfold_ok 0.59-0.88x; too slow: pixel_loop 15-27x. Limit 5x; the nearest class is 3.0x from it.
"""
from functools import partial

import numpy as np

from ..judge.spec import Case, Problem, Timed, Variant, compare, shrink_rows

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
# The max-pooling operators a dispatch mode sees below autograd, however they are reached (a
# 3-D pool with depth 1, an adaptive or fractional one on a divisible grid also give the
# answer); the reference and the honest answers use unfold / amax / maximum only.
MAX_POOL_OPS = ["aten::max_pool2d_with_indices", "aten::max_pool3d_with_indices", "aten::adaptive_max_pool2d",
                "aten::adaptive_max_pool3d", "aten::fractional_max_pool2d", "aten::fractional_max_pool3d",
                "aten::mkldnn_max_pool2d", "aten::mkldnn_max_pool3d", "aten::quantized_max_pool1d",
                "aten::quantized_max_pool2d", "aten::quantized_max_pool3d"]


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


def _pair(v):
    return (int(v), int(v)) if isinstance(v, int) else (int(v[0]), int(v[1]))


def pool_with(input, kernel_size, stride=None, padding=0, count_include_pad=True, op="max", stride_one=False,
              ceil=False, zero_pad=False):
    """Max (op="max") or average pooling under another convention: stride=None read as 1, zeros
    padded before a max, or the output size rounded up (Ho = ceil((H + 2*pH - kH) / sH) + 1, the
    extra windows reading -inf past the padded input, as a hand-written ceil does)."""
    import torch.nn.functional as F

    if stride is None:
        stride = 1 if stride_one else kernel_size
    if op == "avg":
        return F.avg_pool2d(input, kernel_size, stride, padding, count_include_pad=count_include_pad)
    (kh, kw), (sh, sw), (ph, pw) = _pair(kernel_size), _pair(stride), _pair(padding)
    h, w = input.shape[-2:]
    ho, wo = (h + 2 * ph - kh) // sh + 1, (w + 2 * pw - kw) // sw + 1
    if ceil:
        ho, wo = -(-(h + 2 * ph - kh) // sh) + 1, -(-(w + 2 * pw - kw) // sw) + 1
    # one stride more at the bottom and right: room for the extra windows of a rounded-up size
    x = F.pad(input, (pw, pw + sw, ph, ph + sh), value=0.0 if zero_pad else float("-inf"))
    return x.unfold(2, kh, sh).unfold(3, kw, sw)[:, :, :ho, :wo].amax(dim=(-2, -1))


# shared with avg_pool2d: (name, name_zh, why_en, why_zh)
STRIDE_ONE = ("stride 1 by default", "默认步长取 1",
              "with stride=None you slide the window one pixel at a time (a convolution's default stride); for "
              "pooling stride=None means stride = kernel_size: side by side windows, 2x smaller with a 2x2 kernel",
              "stride=None 时你让窗口每次只移动 1 个像素（卷积的默认步长）；池化里 stride=None 表示步长等于 "
              "kernel_size：窗口一个挨一个，2x2 的核使尺寸缩小一半")

VARIANTS = [
    Variant("zero padding", partial(pool_with, zero_pad=True),
            "the border is padded with zeros (F.pad's default value, and what F.unfold pads with), so where a "
            "window reaching into the padding holds only negative pixels the padded 0 wins its max; max_pool2d pads "
            "with -inf, which never wins",
            "边界补的是 0（F.pad 的默认值，F.unfold 也补 0），于是伸进填充区的窗口里真实像素全是负数时，补的 0 成了"
            "最大值；max_pool2d 补的是 -inf，它永远不会成为最大值",
            name_zh="补零填充"),
    Variant("the output size rounded up", partial(pool_with, ceil=True),
            "Ho = ceil((H + 2*pH - kH) / sH) + 1 (ceil_mode=True's formula, without its rule that drops a window "
            "starting past the input), so a last, partial window is kept at the "
            "bottom and the right; this statement asks for ceil_mode=False: Ho = floor((H + 2*pH - kH) / sH) + 1, "
            "and a window that would run past the padded input is dropped",
            "Ho = ceil((H + 2*pH - kH) / sH) + 1（ceil_mode=True 的公式，但没有它丢弃起点超出输入的窗口这一规则），于是底部和右侧多出一个不完整的窗口；"
            "本题要求 ceil_mode=False：Ho = floor((H + 2*pH - kH) / sH) + 1，超出填充后输入范围的窗口直接丢弃",
            name_zh="输出尺寸向上取整"),
    Variant(STRIDE_ONE[0], partial(pool_with, stride_one=True), *STRIDE_ONE[2:], name_zh=STRIDE_ONE[1]),
]

PROBLEM = Problem(
    slug="max_pool2d",
    kind="torch",
    params=["input", "kernel_size", "stride", "padding"],
    cases=cases,
    check=check,
    forbidden_ops=MAX_POOL_OPS,
    # F.max_pool2d spelled out besides the glob: the one functional the operator test calls
    forbidden=POOL_FORBIDDEN + [f"{_F}.max_pool2d"],
    # Measured through `grade` (one thread, a shared 2-core machine under load) at
    # [2,8,256,256], kernel 2, against this reference (Tensor.unfold + amax, 7-14 ms): the
    # reference itself 1.0x, Tensor.unfold + amax with its own padding 1.0-1.8x, a loop over the
    # kernel offsets with torch.maximum 0.1x, a loop over output pixels 43-95x.
    timed=Timed(make=big, sizes=[64, 128, 256], ratio=5.0, floor=0.01, unit="H=W"),
    shrink=shrink_rows(0),
    terms=["[N, C, H, W]", "int or a pair", "stride=None", "-inf", "at most half", "floor", "ceil_mode",
           "exactly", "N = 0", "dtype", "device", "float32", "float64", "5x"],
    variants=VARIANTS,
)
