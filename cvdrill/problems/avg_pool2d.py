"""avg_pool2d: NCHW 2-D average pooling with zero padding, floor output size and
count_include_pad, as torch.nn.functional.avg_pool2d (ceil_mode=False).

Timed classes, as ratios to the reference (bench/timing_stability.py, 2-core machine, quiet and
with the other core busy; tests/submissions/avg_pool2d/): accepted: conv_ones_ok 0.32-0.55x,
unfold_ok 0.62-0.84x; too slow: pixel_loop 23-26x. Limit 10x; the nearest class is 2.3x from it.
"""
from functools import partial

import numpy as np

from ..judge.spec import Case, Problem, Timed, Variant, compare, shrink_rows
from .max_pool2d import POOL_FORBIDDEN, STRIDE_ONE, big, pool_with, shared_cases

# The average-pooling operators a dispatch mode sees below autograd, however they are reached
# (a 3-D pool with depth 1, an adaptive one on a divisible grid also give the answer; F.lp_pool2d
# runs aten::avg_pool2d); convolution stays allowed (a kernel of ones is an honest answer).
AVG_POOL_OPS = ["aten::avg_pool2d", "aten::avg_pool3d", "aten::_adaptive_avg_pool2d", "aten::_adaptive_avg_pool3d",
                "aten::mkldnn_adaptive_avg_pool2d"]

TOL = {"torch.float32": (1e-5, 1e-6), "torch.float64": (1e-10, 1e-12)}


def cases(rng):
    f64 = np.float64
    for name, args, kw, rand in shared_cases(rng):
        yield Case(name, args, kw, random=rand)
        if kw.get("padding") and not rand:  # the same padded case, the padding left out of the count
            yield Case(name + ", count_include_pad=False", args, {**kw, "count_include_pad": False})
    # a constant image: with the padding counted the border averages drop, without it they stay
    yield Case("constant image, padding 1, count_include_pad=True", (np.full((1, 1, 5, 5), 2.0, f64), 3),
               {"stride": 2, "padding": 1, "count_include_pad": True})
    yield Case("constant image, padding 1, count_include_pad=False", (np.full((1, 1, 5, 5), 2.0, f64), 3),
               {"stride": 2, "padding": 1, "count_include_pad": False})
    yield Case("count_include_pad=False without padding (no difference)",
               (rng.normal(0, 1, (1, 2, 6, 6)).astype(np.float32), 2), {"count_include_pad": False})
    for n, c, h, w, k, s, p in ((2, 3, 17, 13, 3, 2, 1), (1, 4, 12, 20, (4, 2), (3, 1), (2, 1)), (3, 2, 9, 9, 5, 1, 2)):
        yield Case(f"random [{n},{c},{h},{w}], kernel {k}, stride={s}, padding={p}, count_include_pad=False",
                   (rng.normal(0, 1, (n, c, h, w)), k), {"stride": s, "padding": p, "count_include_pad": False},
                   random=True)


def check(case, expected, got):
    rtol, atol = TOL.get(getattr(expected, "dtype", ""), TOL["torch.float32"])
    return compare(expected, got, rtol, atol)


def _avg_fixed(input, kernel_size, stride=None, padding=0, count_include_pad=True, always=True):
    """Average pooling that divides the same way whatever count_include_pad says."""
    return pool_with(input, kernel_size, stride, padding, always, op="avg")


VARIANTS = [
    Variant("count_include_pad ignored", partial(_avg_fixed, always=True),
            "every window is divided by kH*kW whatever count_include_pad says; with count_include_pad=False the "
            "divisor is the number of the window's cells inside the image (the padded zeros do not count)",
            "不管 count_include_pad 是什么，每个窗口都除以 kH*kW；count_include_pad=False 时除数应是窗口落在图像内的"
            "格子数（补的 0 不计入）",
            name_zh="忽略了 count_include_pad"),
    Variant("the padding never counted", partial(_avg_fixed, always=False),
            "every window is divided by the number of its cells inside the image, even with count_include_pad=True "
            "(the default); then the divisor is kH*kW, the padded zeros included, so border averages shrink "
            "toward 0",
            "即使 count_include_pad=True（默认值），每个窗口也只除以落在图像内的格子数；此时除数应是 kH*kW，"
            "补的 0 也计入，所以边界处的平均值会被拉向 0",
            name_zh="从不计入填充"),
    Variant(STRIDE_ONE[0], partial(pool_with, op="avg", stride_one=True), *STRIDE_ONE[2:], name_zh=STRIDE_ONE[1]),
]

PROBLEM = Problem(
    slug="avg_pool2d",
    kind="torch",
    params=["input", "kernel_size", "stride", "padding", "count_include_pad"],
    cases=cases,
    check=check,
    forbidden_ops=AVG_POOL_OPS,
    # F.avg_pool2d spelled out besides the glob: the one functional the operator test calls
    forbidden=POOL_FORBIDDEN + ["torch.nn.functional.avg_pool2d"],
    # Measured through `grade` (one thread, a shared 2-core machine under load) at
    # [2,8,256,256], kernel 2, against this reference (Tensor.unfold + sum, 9-22 ms): the
    # reference itself 0.9-1.0x, F.unfold + sum 0.15-0.4x, a depthwise conv with a kernel of ones
    # 0.05x, a loop over output pixels 44-76x.
    timed=Timed(make=big, sizes=[64, 128, 256], ratio=10.0, floor=0.01, unit="H=W"),
    shrink=shrink_rows(0),
    terms=["[N, C, H, W]", "int or a pair", "stride=None", "zero padding", "count_include_pad", "at most half",
           "floor", "ceil_mode", "kH*kW", "N = 0", "dtype", "device", "float32", "float64", "10x"],
    variants=VARIANTS,
)
