"""im2col: every receptive field of an NCHW batch as a column, [N, C*kh*kw, L], with the
rows in channel-major (c, ki, kj) order, as torch.nn.functional.unfold.

Timed classes, as ratios to the reference (bench/timing_stability.py, 2-core machine, quiet and
with the other core busy; tests/submissions/im2col/): accepted: tensor_unfold_ok 0.96-1.4x; too
slow: position_loop 40-69x. Limit 10x; the nearest class is 4.0x from it.
"""
from functools import partial

import numpy as np

from ..judge.spec import Case, Problem, Timed, Variant, exact, shrink_rows


def _x(rng, n, c, h, w, dtype=np.float32):
    return rng.normal(0, 1, (n, c, h, w)).astype(dtype)


def _ramp(c, h, w, dtype=np.float64):
    """Values that name their place (c*1000 + row*10 + column): a wrong order shows."""
    v = np.arange(c)[:, None, None] * 1000.0 + np.arange(h)[None, :, None] * 10.0 + np.arange(w)[None, None, :]
    return v[None].astype(dtype)


def cases(rng):
    f32, f64 = np.float32, np.float64
    yield Case("2 channels, kernel 2: rows ordered (c, ki, kj), columns (i, j) row-major", (_ramp(2, 3, 4), 2))
    yield Case("kernel (2, 3), non-square", (_ramp(1, 4, 5), (2, 3)))
    yield Case("padding 1: zeros at the border", (_ramp(2, 3, 3), 3), {"padding": 1})
    yield Case("stride 2", (_ramp(1, 5, 6), 2), {"stride": 2})
    yield Case("stride 3 > kernel 2 (pixels skipped)", (_ramp(2, 7, 8), 2), {"stride": 3})
    yield Case("dilation 2", (_ramp(1, 6, 6), 2), {"dilation": 2})
    yield Case("pairs: kernel (3, 2), dilation (1, 2), padding (2, 0), stride (2, 1)", (_ramp(2, 7, 6), (3, 2)),
               {"dilation": (1, 2), "padding": (2, 0), "stride": (2, 1)})
    yield Case("1x1 kernel (a reshape)", (_x(rng, 2, 3, 4, 5), 1))
    yield Case("kernel as large as the padded input (L = 1)", (_x(rng, 1, 3, 4, 5, f64), (6, 7)), {"padding": 1})
    yield Case("padding larger than half the kernel", (_ramp(1, 2, 2), 2), {"padding": 2})
    yield Case("N=0 (empty batch)", (_x(rng, 0, 3, 5, 5), 3), {"padding": 1})
    yield Case("C=1, float32", (_x(rng, 1, 1, 6, 6), 3))
    params = [  # n, c, h, w, kernel, dtype, keywords
        (2, 3, 16, 16, 3, f32, {"padding": 1}),
        (4, 8, 12, 10, 3, f64, {"stride": 2, "padding": 1}),
        (1, 16, 20, 20, 5, f32, {"padding": 2, "dilation": 2}),
        (3, 6, 11, 13, (3, 1), f64, {"stride": (1, 2), "padding": (1, 0), "dilation": (2, 1)}),
        (2, 4, 32, 32, 7, f32, {"stride": 2, "padding": 3}),
        (8, 2, 8, 8, 2, f64, {"stride": 2}),
        (1, 3, 40, 40, 4, f32, {"dilation": 3, "stride": 3}),
    ]
    for n, c, h, w, k, dt, kw in params:
        opts = ", ".join(f"{key}={v}" for key, v in kw.items()) or "stride 1, no padding"
        yield Case(f"random [{n},{c},{h},{w}], kernel {k}, {opts}, {np.dtype(dt).name}",
                   (_x(rng, n, c, h, w, dt), k), kw, random=True)


def _big(rng, n):
    return Case(f"[2,3,{n},{n}], kernel 3, padding 1", (_x(rng, 2, 3, n, n), 3), {"padding": 1})


def im2col_with(input, kernel_size, dilation=1, padding=0, stride=1, kernel_major=False, no_dilation=False,
                transposed=False):
    """im2col under another layout: rows ordered (ki, kj, c), the dilation left out (adjacent
    taps, Ho without it), or the result transposed to [N, L, C*kh*kw] (one patch per row)."""
    import torch.nn.functional as F

    cols = F.unfold(input, kernel_size, 1 if no_dilation else dilation, padding, stride)  # [N, C*kh*kw, L]
    n, c = input.shape[:2]
    rows, length = cols.shape[1:]
    if kernel_major:  # no -1 in the shapes: N = 0 occurs
        cols = cols.reshape(n, c, rows // c, length).transpose(1, 2).reshape(n, rows, length)
    return cols.transpose(1, 2) if transposed else cols


VARIANTS = [
    Variant("kernel-position-major rows", partial(im2col_with, kernel_major=True),
            "the rows run over the kernel position first and the channel last, row (ki*kw + kj)*C + c (the NHWC / "
            "TensorFlow patch layout); F.unfold's rows are channel-major, row (c*kh + ki)*kw + kj, the order of "
            "weight.reshape(O, -1) for a conv2d weight [O, C, kh, kw]",
            "行先按核内位置、最后按通道排列，即第 (ki*kw + kj)*C + c 行（NHWC / TensorFlow 的 patch 布局）；"
            "F.unfold 的行是通道优先的：第 (c*kh + ki)*kw + kj 行，与 conv2d 权重 [O, C, kh, kw] 做 "
            "weight.reshape(O, -1) 的顺序一致",
            name_zh="核位置优先的行顺序"),
    Variant("the dilation ignored", partial(im2col_with, no_dilation=True),
            "the taps are adjacent and the output size leaves the dilation out, Ho = floor((H + 2*ph - kh) / sh) + 1; "
            "dilation d places the taps d pixels apart: tap (ki, kj) reads padded pixel (i*sh + ki*dh, "
            "j*sw + kj*dw), and Ho = floor((H + 2*ph - dh*(kh-1) - 1) / sh) + 1",
            "核的各个抽头紧挨在一起，输出尺寸也没有考虑膨胀：Ho = floor((H + 2*ph - kh) / sh) + 1；膨胀率 d 要让"
            "抽头相隔 d 个像素：抽头 (ki, kj) 读取填充后图像的 (i*sh + ki*dh, j*sw + kj*dw)，且 "
            "Ho = floor((H + 2*ph - dh*(kh-1) - 1) / sh) + 1",
            name_zh="忽略了膨胀率"),
    Variant("one patch per row ([N, L, C*kh*kw])", partial(im2col_with, transposed=True),
            "each receptive field is a row, [N, L, C*kh*kw] (patches for a `patches @ weight.T` matmul); F.unfold "
            "lays each one out as a column: [N, C*kh*kw, L], column l = i*Wo + j",
            "每个感受野占一行，形状 [N, L, C*kh*kw]（适合 `patches @ weight.T` 的矩阵乘法）；F.unfold 把每个感受野"
            "排成一列：[N, C*kh*kw, L]，第 l = i*Wo + j 列",
            name_zh="每行一个 patch（[N, L, C*kh*kw]）"),
]

FORBIDDEN = ["torch.nn.functional.unfold", "torch.nn.Unfold", "torch.nn.modules.fold.*", "torch._C._nn.im2col*",
             "torch.ops.aten.im2col*", "torch.ops.aten.unfold*"]

PROBLEM = Problem(
    slug="im2col",
    kind="torch",
    params=["input", "kernel_size", "dilation", "padding", "stride"],
    cases=cases,
    check=exact(),
    forbidden_ops=["aten::im2col"],  # F.unfold's kernel, however it is reached (Tensor.unfold is aten::unfold)
    forbidden=FORBIDDEN,
    timed=Timed(make=_big, sizes=[32, 64, 128], ratio=10.0, floor=0.01, unit="H=W"),
    shrink=shrink_rows(0),
    terms=["[N, C, H, W]", "[N, C*kh*kw, L]", "(c*kh + ki)*kw + kj", "l = i*Wo + j", "zero padding", "int or a pair",
           "floor", "dilation", "N = 0", "exactly equal", "dtype", "device", "float32", "float64", "10x",
           "Tensor.unfold", "allowed"],
    variants=VARIANTS,
)
