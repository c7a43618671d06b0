"""bilateral_filter: [H,W] float64 image -> [H,W] float64; square (2r+1)^2 window, r = d // 2,
Gaussian spatial and range weights (Tomasi & Manduchi 1998), np.pad(mode="reflect") border.

Timed classes, as ratios to the reference (bench/timing_stability.py, 2-core machine, quiet and
with the other core busy; tests/submissions/bilateral_filter/): accepted: ok_sliding_window
4.2-4.8x; too slow: pixel_loop 41-45x. Limit 10x; the nearest class is 2.1x from it.
"""
from functools import partial

import numpy as np

from ..judge import gen
from ..judge.spec import Case, Problem, Timed, Variant, compare, shrink_image

RTOL = 1e-9  # and 1e-9 absolute per unit of the image's largest |value|: float64 sums in any order


def _filter(img, d, sc, ss, mode="reflect", circle=False, factor2=True, range_from_center=True):
    """The contract in numpy float64, with the variants candidates write by mistake."""
    r = d // 2
    h, w = img.shape
    p = np.pad(img.astype(np.float64), r, mode=mode)
    num = np.zeros((h, w))
    den = np.zeros((h, w))
    k = 2.0 if factor2 else 1.0
    for dy in range(-r, r + 1):
        for dx in range(-r, r + 1):
            if circle and dy * dy + dx * dx > r * r:
                continue
            q = p[r + dy:r + dy + h, r + dx:r + dx + w]
            wgt = np.exp(-(dy * dy + dx * dx) / (k * ss * ss)) * np.exp(-(q - img) ** 2 / (k * sc * sc))
            num += wgt * q
            den += wgt
    return num / den


def _img(rng, h, w, scale=255.0):
    """Noise on flat patches and a step edge: the edge is what the range weight keeps sharp."""
    img = gen.image(rng, h, w, np.float64) * (scale / 255.0)
    img[:, w // 2:] += scale / 4
    return img


def cases(rng):
    step = np.zeros((6, 8))
    step[:, 4:] = 100.0
    yield Case("1x1 image", (np.array([[3.5]]), 3, 10.0, 2.0))
    yield Case("d=1 is the identity", (_img(rng, 4, 5), 1, 25.0, 3.0))
    yield Case("constant image (unchanged)", (np.full((4, 6), 42.0), 5, 10.0, 2.0))
    yield Case("step edge 0 -> 100, small sigma_color (the edge stays sharp)", (step, 3, 10.0, 2.0))
    yield Case("step edge 0 -> 100, huge sigma_color (almost a Gaussian blur)", (step, 5, 1e6, 1.5))
    imp = np.zeros((5, 5))
    imp[1, 2] = 1.0
    yield Case("single bright pixel next to the top edge, d=5", (imp, 5, 2.0, 1.0))
    yield Case("ramp along x: the reflect border (edge pixel not repeated)", (np.tile(np.arange(6.0) * 10, (4, 1)), 3, 50.0, 1.0))
    yield Case("1xW image, d=3 (rows reflect onto the same row)", (np.array([[0.0, 1.0, 4.0, 9.0, 16.0, 25.0]]), 3, 5.0, 1.0))
    yield Case("Hx1 image, d=5", (np.array([[2.0], [-1.0], [3.0], [0.5], [7.0], [0.0]]), 5, 3.0, 2.0))
    yield Case("window larger than the image: 3x4, d=7", (_img(rng, 3, 4), 7, 80.0, 3.0))
    yield Case("values in [0, 1], sigma_color = 0.1", (rng.uniform(0, 1, (7, 9)), 5, 0.1, 2.0))
    yield Case("tiny sigma_color: every other pixel weighs ~0", (_img(rng, 6, 6), 3, 1e-3, 1.0))
    yield Case("sigma_space passed large, d small (the window still has d x d pixels)", (_img(rng, 6, 7), 3, 30.0, 100.0))
    specs = [(16, 16, 3, 20.0, 1.0), (31, 17, 5, 30.0, 2.0), (9, 40, 7, 50.0, 3.0), (40, 30, 5, 10.0, 5.0),
             (64, 48, 3, 25.0, 1.5), (33, 33, 9, 40.0, 4.0), (50, 60, 5, 15.0, 2.5)]
    for h, w, d, sc, ss in specs:
        yield Case(f"random {h}x{w}, d={d}, sigma_color={sc:g}, sigma_space={ss:g}", (_img(rng, h, w), d, sc, ss),
                   random=True)
    yield Case("random 30x30 in [-1, 1], d=5, sigma_color=0.3, sigma_space=2",
               (rng.uniform(-1, 1, (30, 30)), 5, 0.3, 2.0), random=True)


HINTS = [(dict(mode="symmetric"), " (np.pad mode=\"symmetric\" repeats the edge pixel (OpenCV's BORDER_REFLECT):"
          " the border is mode=\"reflect\", which does not)"),
         (dict(mode="edge"), " (the border is replicated (mode=\"edge\"): it is np.pad(mode=\"reflect\"))"),
         (dict(mode="constant"), " (zero padding: the border is np.pad(mode=\"reflect\"))"),
         (dict(circle=True), " (a circular window dx^2 + dy^2 <= r^2, as OpenCV: the window is the whole"
          " (2r+1) x (2r+1) square)"),
         (dict(factor2=False), " (exp(-d^2 / sigma^2): both Gaussians have 2 sigma^2 in the denominator)")]


def check(case, expected, got):
    img = case.args[0]
    scale = max(1.0, float(np.abs(img).max(initial=0)))
    msg = compare(expected, got, RTOL, RTOL * scale, what="result")
    if msg and "values differ" in msg and isinstance(got, np.ndarray) and got.shape == expected.shape:
        d, sc, ss = case.args[1:4]
        named = []
        for kw, hint in HINTS:
            with np.errstate(all="ignore"):
                alt = _filter(img, d, sc, ss, **kw)
            if np.allclose(alt, got, 1e-7, 1e-7 * scale) and not np.allclose(alt, expected, 1e-7, 1e-7 * scale):
                named.append(hint.strip())
        # on some images two mistakes give the same answer (symmetric and edge padding
        # agree when the border pixels equal their neighbours): then name both
        if named:
            msg += " " + " or ".join(named)
    return msg


VARIANTS = [
    Variant("exp(-d^2 / sigma^2)", partial(_filter, factor2=False),
            "both Gaussians are exp(-d^2 / sigma^2), without the 2: each weight falls off as if sigma were "
            "sigma / sqrt(2); the weights are exp(-(dy^2 + dx^2) / (2 sigma_space^2)) and "
            "exp(-(I(q) - I(p))^2 / (2 sigma_color^2))",
            "两个高斯都写成了 exp(-d^2 / sigma^2)，少了 2：权重衰减得就像 sigma 变成了 sigma / sqrt(2)；"
            "权重应为 exp(-(dy^2 + dx^2) / (2 sigma_space^2)) 和 exp(-(I(q) - I(p))^2 / (2 sigma_color^2))",
            name_zh="exp(-d^2 / sigma^2)（少了 2）"),
    Variant("a circular window", partial(_filter, circle=True),
            "only the offsets with dx^2 + dy^2 <= r^2 are used (OpenCV's cv2.bilateralFilter keeps that disc); "
            "this statement's window is the whole (2r+1) x (2r+1) square, corners included",
            "只用了 dx^2 + dy^2 <= r^2 的偏移（OpenCV 的 cv2.bilateralFilter 只保留这个圆盘）；本题的窗口是完整的 "
            "(2r+1) x (2r+1) 正方形，包括四个角",
            name_zh="圆形窗口"),
    Variant("symmetric padding", partial(_filter, mode="symmetric"),
            "the border is np.pad mode=\"symmetric\", which repeats the edge pixel (..., 1, 0 | 0, 1, ...: OpenCV's "
            "BORDER_REFLECT); the statement pads with mode=\"reflect\", the edge pixel not repeated (..., 2, 1 | "
            "0, 1, 2, ...: BORDER_REFLECT_101)",
            "边界用了 np.pad mode=\"symmetric\"，它会重复边缘像素（..., 1, 0 | 0, 1, ...：OpenCV 的 BORDER_REFLECT）；"
            "本题用 mode=\"reflect\" 填充，边缘像素不重复（..., 2, 1 | 0, 1, 2, ...：BORDER_REFLECT_101）",
            name_zh="symmetric 填充"),
    Variant("edge padding", partial(_filter, mode="edge"),
            "the border pixels are replicated (np.pad mode=\"edge\", OpenCV's BORDER_REPLICATE); the statement "
            "pads with mode=\"reflect\" (..., 2, 1 | 0, 1, 2, ...: BORDER_REFLECT_101)",
            "边界像素被复制了（np.pad mode=\"edge\"，即 OpenCV 的 BORDER_REPLICATE）；本题用 mode=\"reflect\" 填充"
            "（..., 2, 1 | 0, 1, 2, ...：BORDER_REFLECT_101）",
            name_zh="复制边缘填充"),
]


def _big(rng, n):
    return Case(f"{n}x{n} float64 image, d=5, sigma_color=30, sigma_space=2", (_img(rng, n, n), 5, 30.0, 2.0))


PROBLEM = Problem(
    slug="bilateral_filter",
    kind="numpy",
    params=["img", "d", "sigma_color", "sigma_space"],
    cases=cases,
    check=check,
    forbidden=["cv2.bilateralFilter", "cv2.cuda.*", "cv2.ximgproc.*", "skimage.restoration.denoise_bilateral",
               "skimage.restoration._denoise.denoise_bilateral", "kornia.filters.bilateral_blur",
               "kornia.filters.BilateralBlur", "kornia.filters.joint_bilateral_blur",
               "kornia.filters.JointBilateralBlur", "kornia.filters.bilateral.*"],
    # Measured at 256x256, d=5, against this reference (~15 ms): sliding_window_view over
    # [H,W,5,5] 1.5-3x, a per-pixel loop with a numpy window ~60-100x. 10x as sobel.
    timed=Timed(make=_big, sizes=[64, 256], ratio=10.0, floor=0.02, unit="H=W"),
    shrink=shrink_image(0),
    terms=["[H,W]", "float64", "r = d // 2", "odd", "d = 1", "identity", "square", "(2r+1) x (2r+1)",
           "2 sigma_space^2", "2 sigma_color^2", "I(q) - I(p)", "np.pad(img, r, mode=\"reflect\")",
           "BORDER_REFLECT_101", "not repeated", "larger than the image", "circular", "Tomasi", "cv2.bilateralFilter",
           "1e-9", "10x"],
    variants=VARIANTS,
)
