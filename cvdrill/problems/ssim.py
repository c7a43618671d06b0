"""ssim: Wang et al. 2004 on two [H,W] images: 11x11 Gaussian (sigma 1.5), population statistics,
mean over the valid region; a Python float.

Timed classes, as ratios to the reference (bench/timing_stability.py, 2-core machine, quiet and
with the other core busy; tests/submissions/ssim/): accepted: ok_121_slices 4.8-6.7x,
ok_scipy_gaussian 1.1-1.1x; too slow: window_loop 188-191x. Limit 25x; the nearest class is 3.7x
from it.
"""
import math
from functools import partial

import numpy as np

from ..judge import gen
from ..judge.spec import Case, Problem, Timed, Variant, compare, shrink_image

TOL = 1e-6  # absolute and relative; float64 answers agree to ~1e-12


def _noisy(rng, img, std, lo=0.0, hi=255.0):
    out = np.clip(img.astype(np.float64) + rng.normal(0, std, img.shape), lo, hi)
    return np.round(out).astype(np.uint8) if img.dtype == np.uint8 else out.astype(img.dtype)


def _low_contrast(rng, h, w, std=3.0):
    # Local variances near C2 = 58.5: where the N vs N-1 normalisation shows.
    return np.clip(120 + rng.normal(0, std, (h, w)), 0, 255)


def cases(rng):
    u8, f32, f64 = np.uint8, np.float32, np.float64
    a = gen.image(rng, 11, 11, u8)
    yield Case("11x11 identical images: 1.0", (a, a.copy()))
    yield Case("11x11 (the map is a single value)", (a, _noisy(rng, a, 25)))
    yield Case("equal constant images: 1.0", (np.full((12, 13), 100.0), np.full((12, 13), 100.0)))
    yield Case("all-zero images: 1.0 (C1, C2 keep it defined)", (np.zeros((11, 11)), np.zeros((11, 11))))
    yield Case("two different constants (only C1 and the means matter)", (np.full((11, 14), 100.0), np.full((11, 14), 130.0)))
    b = gen.image(rng, 16, 16, f64)
    yield Case("an image and its negative (SSIM < 0)", (b, 255.0 - b))
    yield Case("11xW", (gen.image(rng, 11, 40, u8), gen.image(rng, 11, 40, u8)))
    c = gen.image(rng, 30, 11, f64)
    yield Case("Hx11", (c, _noisy(rng, c, 10)))
    d = rng.uniform(0, 1, (20, 24))
    yield Case("images in [0, 1], max_val=1", (d, np.clip(d + rng.normal(0, 0.05, d.shape), 0, 1)), {"max_val": 1.0})
    yield Case("max_val by position", (d, d * 0.8 + 0.1, 1.0))
    e = _low_contrast(rng, 24, 24)
    yield Case("low contrast (local variance ~ C2)", (e, _noisy(rng, e, 3)))
    f = gen.image(rng, 32, 32, u8, flat=True)
    yield Case("flat regions, uint8", (f, _noisy(rng, f, 2)))
    g = gen.image(rng, 20, 20, f32)
    yield Case("float32 images", (g, _noisy(rng, g, 15)))
    for h, w, dt, std in ((64, 64, u8, 10), (50, 80, f64, 40), (128, 96, u8, 5), (40, 150, f32, 20), (256, 256, u8, 15)):
        x = gen.image(rng, h, w, dt)
        yield Case(f"random {h}x{w} {np.dtype(dt).name}, noise std {std}", (x, _noisy(rng, x, std)), random=True)
    x = rng.uniform(0, 1, (48, 48))
    yield Case("random 48x48 float64 in [0, 1], max_val=1", (x, np.clip(x + rng.normal(0, 0.02, x.shape), 0, 1)),
               {"max_val": 1.0}, random=True)
    x = _low_contrast(rng, 60, 60, 4)
    yield Case("random low-contrast 60x60", (x, _noisy(rng, x, 4)), random=True)


def check(case, expected, got):
    if isinstance(got, np.ndarray):
        return (f"returned a numpy array of shape [{','.join(map(str, got.shape))}], "
                "expected a Python float: the mean of the SSIM map")
    msg = compare(expected, got, TOL, TOL, what="result")
    if msg and case.args[0].dtype != np.float64:
        msg += f" [the images are {case.args[0].dtype.name}]"  # the call shows shapes only
    return msg


def _shrink(case):
    # Halves of both images, as long as they stay at least 11x11.
    return [c for c in shrink_image(0, 1)(case) if min(c.args[0].shape) >= 11]


def _big(rng, n):
    x = gen.image(rng, n, n, np.uint8)
    return Case(f"{n}x{n} uint8 images", (x, _noisy(rng, x, 10)))


def _gaussian_window(size=11, sigma=1.5):
    g = np.exp(-((np.arange(size) - size // 2) ** 2) / (2.0 * sigma * sigma))
    g /= g.sum()
    return np.outer(g, g)


def _pytorch_ssim_window():
    """pytorch-ssim's window as it builds it: float32 taps from math.exp, normalised and multiplied
    in float32. Its weights sum to 1 only to float32 precision, which moves the result beyond
    the tolerance on 0-255 data, where C2 = 0.03**2 is tiny: so it is rebuilt exactly."""
    import torch

    g = torch.Tensor([math.exp(-(x - 5) ** 2 / float(2 * 1.5 ** 2)) for x in range(11)])
    g = (g / g.sum()).unsqueeze(1)
    return g.mm(g.t()).double().numpy()


def _window_sums(a, w):
    """Weighted sums of `a` under the 2-D window w, at every position where it fits."""
    kh, kw = w.shape
    h, wd = a.shape[0] - kh + 1, a.shape[1] - kw + 1
    out = np.zeros((h, wd))
    for i in range(kh):
        for j in range(kw):
            out += w[i, j] * a[i:i + h, j:j + wd]
    return out


def ssim_with(img1, img2, max_val=255.0, window=_gaussian_window, pad=None, consts=None, cov_scale=1.0):
    """SSIM under another convention: another window, a padded same-size map (np.pad mode:
    "constant" is zero padding, "symmetric" is scipy's "reflect"), fixed constants, or
    variances and covariance scaled (N/(N-1))."""
    x, y = (np.asarray(a, np.float64) for a in (img1, img2))
    w = window()
    if pad:
        x, y = (np.pad(a, w.shape[0] // 2, mode=pad) for a in (x, y))
    c1, c2 = consts or ((0.01 * max_val) ** 2, (0.03 * max_val) ** 2)
    mx, my = _window_sums(x, w), _window_sums(y, w)
    vx = (_window_sums(x * x, w) - mx * mx) * cov_scale
    vy = (_window_sums(y * y, w) - my * my) * cov_scale
    cxy = (_window_sums(x * y, w) - mx * my) * cov_scale
    with np.errstate(divide="ignore", invalid="ignore"):
        s = (2 * mx * my + c1) * (2 * cxy + c2) / ((mx * mx + my * my + c1) * (vx + vy + c2))
    return float(np.mean(s))


PROBLEM = Problem(
    slug="ssim",
    kind="numpy",
    params=["img1", "img2", "max_val"],
    cases=cases,
    check=check,
    forbidden=["skimage.metrics.structural_similarity", "skimage.metrics._structural_similarity.structural_similarity",
               "skimage.measure.compare_ssim", "torchmetrics.*", "pytorch_msssim.*", "kornia.metrics.ssim",
               "kornia.losses.ssim_loss", "piq.ssim", "tensorflow.image.ssim", "cv2.quality.*"],
    # Measured at 1024x1024 against this reference (two separable passes of shifted slices):
    # scipy.ndimage.gaussian_filter (truncate=3.5) + crop 0.6-1.9x, 121 shifted slices 3-6x,
    # sliding_window_view + einsum 3-3.6x, sliding_window_view + tensordot (copies every window)
    # 6-11x, a loop over rows 4-8x, a loop over windows ~300x (it gives up at 256).
    timed=Timed(make=_big, sizes=[256, 512, 1024], ratio=25.0, floor=0.02, unit="H=W"),
    shrink=_shrink,
    terms=["[H,W]", "at least 11x11", "11x11 gaussian", "sigma 1.5", "sum to 1", "(0.01 * max_val)**2",
           "(0.03 * max_val)**2", "population", "no n-1", "valid region",
           "no padding", "[H-10, W-10]", "float64", "python float", "25x"],
    variants=[
        Variant("pytorch-ssim's convention",
                partial(ssim_with, window=_pytorch_ssim_window, pad="constant", consts=(0.01 ** 2, 0.03 ** 2)),
                "a same-size map from zero padding (`F.conv2d(..., padding=5)`), border included, with "
                "C1 = 0.01**2 and C2 = 0.03**2, the constants for images in [0, 1], as pytorch-ssim computes it; "
                "this statement averages only the valid [H-10, W-10] region (no padding) and takes "
                "C1 = (0.01 * max_val)**2, C2 = (0.03 * max_val)**2",
                "用零填充得到与原图同尺寸的 SSIM 图（`F.conv2d(..., padding=5)`），边界也计入平均，并且 "
                "C1 = 0.01**2、C2 = 0.03**2（这是 [0, 1] 范围图像的常数），这正是 pytorch-ssim 的算法；"
                "本题只对有效区域 [H-10, W-10] 取平均（不填充），且 C1 = (0.01 * max_val)**2、"
                "C2 = (0.03 * max_val)**2",
                name_zh="pytorch-ssim 的写法"),
        Variant("reflect padding", partial(ssim_with, pad="symmetric"),
                "the local statistics are filtered with reflect padding (the default mode of scipy's "
                "`gaussian_filter`) and the whole [H,W] map is averaged, border included; only windows that lie "
                "wholly inside the image count here: crop 5 pixels from every side, the valid [H-10, W-10] region",
                "局部统计量用反射填充来滤波（scipy 的 `gaussian_filter` 的默认模式），并对整张 [H,W] 的图取平均，"
                "边界也算在内；本题只统计完全落在图像内部的窗口：四边各裁掉 5 个像素，即有效区域 [H-10, W-10]",
                name_zh="反射填充"),
        Variant("constants fixed for 0-255", partial(ssim_with, consts=((0.01 * 255) ** 2, (0.03 * 255) ** 2)),
                "C1 and C2 are fixed at (0.01 * 255)**2 and (0.03 * 255)**2 whatever max_val is, so for images in "
                "[0, 1] (max_val=1) they are 65025 times too large; take C1 = (0.01 * max_val)**2, "
                "C2 = (0.03 * max_val)**2",
                "C1、C2 固定为 (0.01 * 255)**2 和 (0.03 * 255)**2，与 max_val 无关，于是 [0, 1] 内的图像"
                "（max_val=1）用的常数大了 65025 倍；应取 C1 = (0.01 * max_val)**2、C2 = (0.03 * max_val)**2",
                name_zh="按 0-255 固定的常数"),
        Variant("the sample covariance (N-1)", partial(ssim_with, cov_scale=121 / 120),
                "the variances and the covariance are multiplied by N/(N-1) = 121/120, as skimage's "
                "`structural_similarity` does by default (`use_sample_covariance=True`); this statement asks for "
                "the population form with no N-1 correction: `sigma_x^2 = sum(w * x^2) - mu_x^2`",
                "方差和协方差都乘了 N/(N-1) = 121/120，这是 skimage 的 `structural_similarity` 的默认做法"
                "（`use_sample_covariance=True`）；本题要求不做 N-1 修正的总体形式："
                "`sigma_x^2 = sum(w * x^2) - mu_x^2`",
                name_zh="样本协方差（N-1）"),
    ],
)
