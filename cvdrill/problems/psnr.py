"""psnr: 10*log10(max_val**2 / mse) of two images as a Python float; inf when they are equal."""
import math
from functools import partial

import numpy as np

from ..judge import gen
from ..judge.spec import Case, Problem, Variant, compare, shrink_image

RTOL, ATOL = 1e-6, 1e-6  # dB; float32 arithmetic on float32 inputs stays well inside


def _noisy(rng, img, std, lo=0.0, hi=255.0):
    out = np.clip(img.astype(np.float64) + rng.normal(0, std, img.shape), lo, hi)
    return np.round(out).astype(np.uint8) if img.dtype == np.uint8 else out.astype(img.dtype)


def cases(rng):
    u8, f32, f64 = np.uint8, np.float32, np.float64
    a = gen.image(rng, 6, 7, u8)
    yield Case("identical uint8 images: inf", (a, a.copy()))
    b = rng.uniform(0, 1, (5, 5))
    yield Case("identical float images: inf", (b, b.copy()), {"max_val": 1.0})
    yield Case("1x1, error 1", (np.array([[100]], u8), np.array([[101]], u8)))
    # img1 < img2 everywhere: uint8 subtraction wraps 10 - 20 to 246.
    yield Case("uint8, img1 darker than img2 (10 - 20 wraps to 246 in uint8)", (np.full((3, 4), 10, u8), np.full((3, 4), 20, u8)))
    yield Case("uint8, black vs white: 0 dB", (np.zeros((2, 3), u8), np.full((2, 3), 255, u8)))
    yield Case("1xW uint8", (np.array([[0, 50, 100, 150, 200, 250]], u8), np.array([[3, 45, 100, 160, 190, 255]], u8)))
    yield Case("Hx1 float64", (np.array([[0.0], [0.5], [1.0]]), np.array([[0.1], [0.5], [0.8]])), {"max_val": 1.0})
    yield Case("max_val by position", (np.array([[0.25, 0.5]]), np.array([[0.5, 0.5]]), 1.0))
    yield Case("images in [-1, 1], max_val=2", (np.array([[-1.0, 0.0], [0.5, 1.0]]), np.array([[-0.9, 0.1], [0.5, 0.7]])),
               {"max_val": 2.0})
    c = gen.image(rng, 4, 4, u8)
    yield Case("uint8 colour image [H,W,3]", (np.stack([c, c // 2, 255 - c], -1), np.stack([c, c, c], -1)))
    d = rng.uniform(0, 1, (6, 6))
    yield Case("nearly equal float64 (high PSNR)", (d, d + 1e-6), {"max_val": 1.0})
    for h, w, dt, std in ((16, 16, u8, 5), (32, 20, u8, 30), (50, 64, u8, 2), (100, 100, u8, 60),
                          (20, 30, f64, 10), (64, 48, f32, 3)):
        x = gen.image(rng, h, w, dt)
        yield Case(f"random {h}x{w} {np.dtype(dt).name}, noise std {std}", (x, _noisy(rng, x, std)), random=True)
    for h, w, dt in ((24, 24, f64), (40, 60, f32)):
        x = rng.uniform(0, 1, (h, w)).astype(dt)
        yield Case(f"random {h}x{w} {np.dtype(dt).name} in [0, 1], max_val=1", (x, _noisy(rng, x, 0.05, 0, 1)),
                   {"max_val": 1.0}, random=True)
    x = gen.image(rng, 30, 40, u8)
    x3 = np.stack([x, np.flipud(x), np.fliplr(x)], -1)
    yield Case("random 30x40x3 uint8", (x3, _noisy(rng, x3, 15)), random=True)


def check(case, expected, got):
    if isinstance(got, np.ndarray):
        return (f"returned a numpy array of shape [{','.join(map(str, got.shape))}], "
                "expected a Python float (float(...))")
    msg = compare(expected, got, RTOL, ATOL, what="result")
    if msg and case.args[0].dtype != np.float64:
        msg += f" [the images are {case.args[0].dtype.name}]"  # the call shows shapes only
    return msg


def psnr_with(img1, img2, max_val=255.0, cap=math.inf, log=math.log10, peak=None, in_dtype=False):
    """PSNR under another convention: a finite value for equal images, another log, a fixed
    peak, or the difference and its square in the input dtype (uint8 wraps modulo 256)."""
    if in_dtype:
        mse = float(np.mean((img1 - img2) ** 2))
    else:
        diff = np.asarray(img1, np.float64) - np.asarray(img2, np.float64)
        mse = float(np.mean(diff * diff))
    if mse == 0.0:
        return cap
    return 10.0 * log(float(max_val if peak is None else peak) ** 2 / mse)


PROBLEM = Problem(
    slug="psnr",
    kind="numpy",
    params=["img1", "img2", "max_val"],
    cases=cases,
    check=check,
    forbidden=["skimage.metrics.peak_signal_noise_ratio", "skimage.metrics.simple_metrics.peak_signal_noise_ratio",
               "skimage.measure.compare_psnr", "cv2.PSNR", "torchmetrics.*", "kornia.metrics.psnr",
               "piq.psnr", "tensorflow.image.psnr"],
    shrink=shrink_image(0, 1),
    terms=["10 * log10(max_val**2 / mse)", "mean over every element", "float64", "wrap", "Python float",
           "inf", "same shape", "[H,W,C]", "max_val", "1e-6"],
    variants=[
        Variant("a 100 dB cap for equal images", partial(psnr_with, cap=100.0),
                "equal images (mse = 0) get a finite 100 dB, as much copied PSNR code does; this statement asks "
                "for inf there (`float(\"inf\")`): the ratio max_val**2 / 0 is infinite",
                "两幅图完全相同（mse = 0）时返回了有限的 100 dB，很多流传的 PSNR 代码都这样写；本题要求此时返回 inf"
                "（`float(\"inf\")`）：max_val**2 / 0 是无穷大",
                name_zh="相同图像返回 100 dB"),
        Variant("uint8 arithmetic", partial(psnr_with, in_dtype=True),
                "`img1 - img2` and its square are computed in the images' dtype, so for uint8 each squared "
                "difference is kept only modulo 256 (0 - 255 wraps to 1, which squares to 1 instead of 65025); "
                "convert both images to float64 before subtracting",
                "`img1 - img2` 及其平方都在图像自身的 dtype 下计算，uint8 时每个差的平方只保留模 256 的余数（0 - 255 回绕成 1，平方得 1 而不是 65025）；"
                "应先把两幅图都转换为 float64 再相减",
                name_zh="uint8 下的算术"),
        Variant("the natural log", partial(psnr_with, log=math.log),
                "10 * ln(max_val**2 / mse) (`np.log`) is ln 10 = 2.303 times the value in decibels; "
                "PSNR in dB uses the base-10 log: `10 * np.log10(max_val**2 / mse)`",
                "10 * ln(max_val**2 / mse)（`np.log`）是分贝值的 ln 10 = 2.303 倍；以 dB 为单位的 PSNR "
                "用以 10 为底的对数：`10 * np.log10(max_val**2 / mse)`",
                name_zh="自然对数"),
        Variant("a fixed peak of 255", partial(psnr_with, peak=255.0),
                "max_val is ignored and the peak fixed at 255, so images in [0, 1] (max_val=1) come out "
                "20 * log10(255) = 48.1 dB too high; use the max_val passed in: `10 * log10(max_val**2 / mse)`",
                "忽略了 max_val，峰值固定为 255，于是 [0, 1] 内的图像（max_val=1）会高出 20 * log10(255) = 48.1 dB；"
                "应使用传入的 max_val：`10 * log10(max_val**2 / mse)`",
                name_zh="峰值固定为 255"),
    ],
)
