"""conv_transpose2d: NCHW 2-D transposed convolution (groups=1, dilation=1) with stride,
padding and output_padding, as torch.nn.functional.conv_transpose2d; the output and the
gradients (by autograd) with respect to input, weight and bias.

Timed classes, as ratios to the reference (bench/timing_stability.py, 2-core machine, quiet and
with the other core busy; tests/submissions/conv_transpose2d/): accepted: offsets_loop_ok
1.2-1.3x, zero_insert_conv2d_ok 0.98-1.1x; too slow: pixel_loop 45-46x. Limit 10x; the nearest
class is 4.5x from it.
"""
from functools import partial

import numpy as np

from ..judge.spec import Case, Problem, Timed, Variant, shrink_rows
from . import _layers_optim as L

# (rtol, atol) by dtype; atol is multiplied by max(1, largest |expected|): sums of up to a
# few hundred products of O(1) values, gradients summed over N*H*W positions
TOL = {"torch.float32": (1e-4, 1e-4), "torch.float64": (1e-9, 1e-9)}


def _ct(rng, n, c_in, h, w, c_out, k, dtype=np.float32, bias=True, **kw):
    kh, kw_ = (k, k) if isinstance(k, int) else k
    x = rng.normal(0, 1, (n, c_in, h, w)).astype(dtype)
    wt = rng.normal(0, 1, (c_in, c_out, kh, kw_)).astype(dtype)
    return Case("", (x, wt, rng.normal(0, 1, c_out).astype(dtype) if bias else None), kw)


def _named(name, case, random=False):
    return Case(name, case.args, case.kwargs, random=random)


def cases(rng):
    f32, f64 = np.float32, np.float64
    # one input pixel: the output is the kernel itself, unflipped, placed at (i*s - p, j*s - p)
    impulse = np.zeros((1, 1, 3, 3), f64)
    impulse[0, 0, 1, 1] = 1.0
    yield Case("impulse: one pixel pastes the kernel (not flipped), stride 2",
               (impulse, np.arange(9.0).reshape(1, 1, 3, 3)), {"stride": 2})
    yield Case("bias None by default, stride 1",
               (rng.normal(0, 1, (1, 2, 4, 5)).astype(f32), rng.normal(0, 1, (2, 3, 3, 3)).astype(f32)))
    yield Case("weight [C_in, C_out, kH, kW] with C_in != C_out",
               _ct(rng, 1, 2, 3, 3, 5, 3, f64, bias=False).args, {})
    yield _named("1x1 kernel, stride 2 (zero rows and columns in between)", _ct(rng, 2, 3, 3, 4, 2, 1, stride=2))
    yield _named("stride 3 > kernel 2 (gaps between the patches)", _ct(rng, 1, 2, 3, 3, 2, 2, f64, stride=3))
    yield _named("kernel 4, stride 2, padding 1 (DCGAN upsampling, exactly 2x)",
                 _ct(rng, 2, 4, 4, 4, 3, 4, stride=2, padding=1))
    yield _named("kernel 3, stride 2, padding 1, output_padding 1 (exactly 2x)",
                 _ct(rng, 1, 3, 5, 4, 2, 3, f64, stride=2, padding=1, output_padding=1))
    yield _named("output_padding 2 with stride 3 (extra rows and columns at the bottom and right)",
                 _ct(rng, 1, 2, 3, 4, 2, 3, f64, stride=3, output_padding=2))
    yield _named("padding 2 crops two rows and columns on every side", _ct(rng, 1, 2, 4, 4, 3, 5, f64, padding=2))
    yield _named("padding larger than kernel - 1 (output smaller than the input)",
                 _ct(rng, 1, 2, 6, 6, 2, 2, f64, padding=2))
    yield _named("tuples: stride (2,1), padding (1,0), output_padding (1,0), kernel 3x2",
                 _ct(rng, 2, 3, 4, 5, 2, (3, 2), f64, stride=(2, 1), padding=(1, 0), output_padding=(1, 0)))
    yield _named("1x1 input", _ct(rng, 2, 3, 1, 1, 4, 3, f64, stride=2))
    yield _named("N=0 (empty batch)", _ct(rng, 0, 3, 4, 4, 2, 3, stride=2, padding=1))
    params = [  # n, c_in, h, w, c_out, k, dtype, bias, keywords
        (2, 8, 8, 8, 4, 4, f32, True, {"stride": 2, "padding": 1}),
        (3, 4, 6, 7, 6, 3, f64, False, {"stride": 2, "padding": 1, "output_padding": 1}),
        (1, 6, 5, 5, 3, (3, 5), f32, True, {"stride": (1, 2), "padding": (0, 2), "output_padding": (0, 1)}),
        (4, 3, 7, 4, 5, 2, f64, True, {"stride": 2}),
        (2, 16, 4, 4, 8, 5, f32, True, {"stride": 3, "padding": 2, "output_padding": 2}),
        (2, 5, 9, 9, 5, 3, f64, True, {}),
        (1, 8, 10, 6, 2, (2, 4), f32, False, {"stride": (2, 2), "padding": (0, 1)}),
    ]
    for n, ci, h, w, co, k, dt, b, kw in params:
        opts = ", ".join(f"{key}={v}" for key, v in kw.items()) or "stride 1, no padding"
        name = f"random [{n},{ci},{h},{w}] -> {co} channels, kernel {k}, {opts}, {np.dtype(dt).name}"
        yield _named(name, _ct(rng, n, ci, h, w, co, k, dt, bias=b, **kw), random=True)


def _big(rng, n):
    return _named(f"[2,16,{n},{n}] with a [16,8,4,4] kernel, stride 2, padding 1 (output 2x)",
                  _ct(rng, 2, 16, n, n, 8, 4, stride=2, padding=1))


def _pair(v):
    return (int(v), int(v)) if isinstance(v, int) else (int(v[0]), int(v[1]))


def convt_with(input, weight, bias=None, stride=1, padding=0, output_padding=0, flip=True, pad_by_p=False,
               use_op=True):
    """The textbook route with one step changed: insert stride-1 zeros between the input pixels,
    pad by k - 1 - p (pad_by_p: by p) plus output_padding at the bottom and right (use_op=False:
    none), then F.conv2d with the kernel's two first axes swapped and, unless flip=False, flipped."""
    import torch.nn.functional as F

    (sh, sw), (ph, pw), (oh, ow) = _pair(stride), _pair(padding), _pair(output_padding)
    if not use_op:
        oh = ow = 0
    n, c, h, w = input.shape
    kh, kw = weight.shape[2:]
    up = input.new_zeros(n, c, (h - 1) * sh + 1, (w - 1) * sw + 1)
    up[:, :, ::sh, ::sw] = input
    th, tw = (ph, pw) if pad_by_p else (kh - 1 - ph, kw - 1 - pw)
    up = F.pad(up, (tw, tw + ow, th, th + oh))  # a negative pad crops
    ho, wo = up.shape[2] - kh + 1, up.shape[3] - kw + 1
    if ho <= 0 or wo <= 0:  # F.conv2d refuses a kernel larger than its input (and so does the mistake)
        return input.new_zeros(n, weight.shape[1], max(ho, 0), max(wo, 0))
    wt = weight.flip(2, 3) if flip else weight
    return F.conv2d(up, wt.transpose(0, 1), bias)


VARIANTS = [
    Variant("conv2d without the kernel flip", partial(convt_with, flip=False),
            "you insert zeros and run F.conv2d with the kernel's first two axes swapped but not flipped, so each "
            "input pixel pastes the kernel rotated by 180 degrees; the transposed convolution pastes weight[c, o] as "
            "it is (a single input pixel of 1 gives back the kernel), which as a conv2d needs weight.flip(2, 3)",
            "你插入了零并用 F.conv2d 计算，卷积核交换了前两个维度却没有翻转，于是每个输入像素贴上去的是旋转 180 度的核；"
            "转置卷积按原样粘贴 weight[c, o]（单个值为 1 的输入像素得到的就是核本身），写成 conv2d 时需要 "
            "weight.flip(2, 3)",
            name_zh="用 conv2d 但核没有翻转"),
    Variant("output_padding ignored", partial(convt_with, use_op=False),
            "the output is (H - 1)*sH - 2*pH + kH rows, without output_padding; Ho = (H - 1)*sH - 2*pH + kH + opH: "
            "output_padding adds opH rows at the bottom (opW columns at the right), which is what lets stride 2 "
            "exactly double a size",
            "输出有 (H - 1)*sH - 2*pH + kH 行，没有加 output_padding；应为 Ho = (H - 1)*sH - 2*pH + kH + opH："
            "output_padding 在底部多加 opH 行（右侧多加 opW 列），正是它让步长 2 能把尺寸恰好放大一倍",
            name_zh="忽略了 output_padding"),
    Variant("zero-inserted input padded by p", partial(convt_with, pad_by_p=True),
            "the zero-inserted input is padded by `padding` itself, as for an ordinary convolution; a transposed "
            "convolution's padding crops p rows and columns from every side of the full result, so as a conv2d the "
            "zero-inserted input is padded by k - 1 - p (the two agree only when k = 2p + 1)",
            "插零后的输入按 `padding` 本身做了填充，就像普通卷积那样；转置卷积的 padding 是从完整结果的每一边裁掉 "
            "p 行和 p 列，所以写成 conv2d 时插零后的输入要填充 k - 1 - p（只有 k = 2p + 1 时两者相同）",
            name_zh="插零后的输入填充了 p"),
]

FORBIDDEN = ["torch.nn.functional.conv_transpose*", "torch.conv_transpose*", "torch.convolution",
             "torch._convolution*", "torch.cudnn_convolution*", "torch.miopen_convolution*", "torch.mkldnn_convolution",
             "torch._C._VariableFunctions.conv_transpose*", "torch._C._VariableFunctions.*convolution*",
             "torch._C._nn.slow_conv_transpose*", "torch._C._nn.*conv_transpose*", "torch.nn.ConvTranspose*",
             "torch.nn.LazyConvTranspose*", "torch.nn.modules.conv.*ConvTranspose*", "torch.nn.grad.*",
             "torch.ops.aten.*conv*", "torch.ops.aten.*col2im*"]

PROBLEM = Problem(
    slug="conv_transpose2d",
    kind="torch",
    params=["input", "weight", "bias", "stride", "padding", "output_padding"],
    cases=cases,
    check=L.grad_check(TOL),
    driver=L.grad_driver({0: "input", 1: "weight", 2: "bias"}),
    forbidden=FORBIDDEN,
    timed=Timed(make=_big, sizes=[16, 32, 64], ratio=10.0, floor=0.01, unit="H=W"),
    shrink=shrink_rows(0),
    terms=["[N, C_in, H, W]", "[C_in, C_out, kH, kW]", "groups=1", "dilation=1", "(H - 1)*sH - 2*pH + kH + opH",
           "output_padding < stride", "bottom", "not flipped", "int or a pair", "bias=None", "N = 0", "input.grad",
           "weight.grad", "bias.grad", "grad_output", "dtype", "device", "float32", "float64", "10x",
           "F.conv2d", "allowed"],
    variants=VARIANTS,
)
