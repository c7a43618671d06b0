"""ssim: Wang et al. 2004 on two [H,W] images: 11x11 Gaussian (sigma 1.5), population statistics,
mean over the valid region; a Python float."""
import numpy as np

from ..judge import gen
from ..judge.spec import Case, Problem, Timed, compare, shrink_image

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
)
