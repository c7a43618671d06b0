"""median_filter: [H,W] uint8/float image, odd ksize -> same shape and dtype; border replicated.

Timed classes, as ratios to the reference (bench/timing_stability.py, 2-core machine, quiet and
with the other core busy; tests/submissions/median_filter/): accepted: ok_sliding_window
1.1-1.2x, ok_stack_sort 1.8-2x; too slow: pixel_loop 50-56x. Limit 12x; the nearest class is
4.2x from it.
"""
import numpy as np

from ..judge import gen
from ..judge.spec import Case, Problem, Timed, Variant, compare, shrink_image


def _salt_pepper(rng, h, w, frac=0.1):
    img = np.full((h, w), 128, np.uint8)
    img += rng.integers(0, 20, (h, w), dtype=np.uint8)
    m = rng.uniform(size=(h, w))
    img[m < frac / 2] = 0
    img[m > 1 - frac / 2] = 255
    return img


def cases(rng):
    f32, f64, u8 = np.float32, np.float64, np.uint8
    yield Case("ksize=1 is the identity (uint8)", (gen.image(rng, 4, 5, u8),), {"ksize": 1})
    yield Case("ksize=1 is the identity (float64)", (gen.image(rng, 3, 3, f64),), {"ksize": 1})
    yield Case("1x1 image", (np.array([[42]], u8),), {"ksize": 3})
    yield Case("1xW image", (np.array([[9, 1, 8, 2, 7, 3, 6]], u8),), {"ksize": 3})
    yield Case("Hx1 image, ksize=5", (np.array([[0.5], [-1.0], [3.0], [2.0], [0.0], [9.0]]),), {"ksize": 5})
    yield Case("default ksize (3)", (np.array([[1, 5, 2, 8], [7, 3, 9, 4], [6, 0, 5, 1]], u8),))
    yield Case("ksize passed by position", (np.array([[4.0, 1.0, 3.0], [2.0, 8.0, 0.0]]), 3))
    yield Case("constant image", (np.full((4, 6), 77, u8),), {"ksize": 3})
    # A bright border: edge replication keeps it, zero padding pulls the corners to 0.
    frame = np.full((5, 5), 10, u8)
    frame[0, :] = frame[:, 0] = 200
    yield Case("bright top row and left column (the border is replicated)", (frame,), {"ksize": 3})
    ramp = np.add.outer(np.arange(5.0), np.arange(6.0) * 10)
    yield Case("ramp, ksize=3 (window centred on the pixel)", (ramp,), {"ksize": 3})
    yield Case("ksize larger than the image", (np.array([[3, 250, 7, 1], [90, 5, 6, 200], [4, 4, 255, 0]], u8),),
               {"ksize": 7})
    yield Case("salt-and-pepper noise, uint8", (_salt_pepper(rng, 6, 7),), {"ksize": 3})
    yield Case("float32 image", (gen.image(rng, 5, 6, f32),), {"ksize": 3})
    for h, w, dt, k in ((16, 16, u8, 3), (20, 31, f64, 5), (33, 9, f32, 3), (64, 64, u8, 5), (50, 40, u8, 7),
                        (2, 60, f64, 3), (70, 3, u8, 5), (100, 120, u8, 3), (60, 80, f32, 5), (128, 96, u8, 9)):
        yield Case(f"random {h}x{w} {np.dtype(dt).name}, ksize={k}", (gen.image(rng, h, w, dt),), {"ksize": k},
                   random=True)
    yield Case("salt-and-pepper 40x50, ksize=5", (_salt_pepper(rng, 40, 50, 0.3),), {"ksize": 5}, random=True)
    yield Case("random 30x30 float64 in [-1, 1], ksize=3", (rng.uniform(-1, 1, (30, 30)),), {"ksize": 3}, random=True)


def check(case, expected, got):
    msg = compare(expected, got, exact=True, what="result")
    if msg and case.args[0].dtype != np.float64 and "dtype" not in msg:
        msg += f" [the image is {case.args[0].dtype.name}]"  # the call shows shapes only
    return msg


# ------------------------------------------------------------ known mistakes, named


def median_with(image, ksize, mode):
    """The median filter with another np.pad border `mode`."""
    h, w = image.shape
    p = np.pad(image, ksize // 2, mode=mode)
    win = np.lib.stride_tricks.sliding_window_view(p, (ksize, ksize)).reshape(h, w, ksize * ksize)
    mid = ksize * ksize // 2
    return np.ascontiguousarray(np.partition(win, mid, axis=-1)[..., mid])


_EDGE_EN = ("the statement replicates the border pixel: the window is taken from "
            "np.pad(image, ksize // 2, mode=\"edge\")")
_EDGE_ZH = "题目要求复制边界像素：窗口取自 np.pad(image, ksize // 2, mode=\"edge\")"

VARIANTS = [
    Variant("zero padding", lambda image, ksize=3: median_with(image, ksize, "constant"),
            "pixels outside the image count as 0 (np.pad's default mode=\"constant\"), which pulls the border and "
            "above all the corners towards 0; " + _EDGE_EN + ", as cv2.medianBlur does",
            "图像外的像素按 0 计（np.pad 默认的 mode=\"constant\"），边界、尤其是四个角会被拉向 0；"
            + _EDGE_ZH + "，与 cv2.medianBlur 相同",
            name_zh="零填充"),
    Variant("mirror padding (np.pad mode=\"reflect\")", lambda image, ksize=3: median_with(image, ksize, "reflect"),
            "pixels outside the image mirror it about the edge pixel, which is not repeated: row -1 copies row 1 "
            "(np.pad mode=\"reflect\", scipy.ndimage mode=\"mirror\"); " + _EDGE_EN,
            "图像外的像素以边界像素为轴镜像，边界像素本身不重复：第 -1 行取第 1 行（np.pad 的 mode=\"reflect\"、"
            "scipy.ndimage 的 mode=\"mirror\"）；" + _EDGE_ZH,
            name_zh="镜像填充（np.pad 的 mode=\"reflect\"）"),
    Variant("scipy.ndimage's default border (mode=\"reflect\")",
            lambda image, ksize=3: median_with(image, ksize, "symmetric"),
            "the border is mirrored with the edge pixel repeated, d c b a | a b c d (as generic_filter and the "
            "other scipy.ndimage filters do by default; np.pad mode=\"symmetric\"): for ksize=3 it equals the "
            "replicated border, for ksize >= 5 it does not; " + _EDGE_EN,
            "边界按重复边界像素的方式镜像，d c b a | a b c d（generic_filter 等 scipy.ndimage 滤波函数默认如此；"
            "即 np.pad 的 mode=\"symmetric\"）：ksize=3 时与复制边界相同，ksize >= 5 时就不同了；" + _EDGE_ZH,
            name_zh="scipy.ndimage 的默认边界（mode=\"reflect\"）"),
]


def _big(rng, n):
    return Case(f"{n}x{n} uint8 image, ksize=5", (gen.image(rng, n, n, np.uint8),), {"ksize": 5})


_SCIPY = [f"scipy.ndimage.{m}{f}" for m in ("", "_filters.", "filters.")
          for f in ("median_filter", "rank_filter", "percentile_filter")]
_SIGNAL = [f"scipy.signal.{m}{f}" for m in ("", "_signaltools.", "signaltools.") for f in ("medfilt", "medfilt2d")]

PROBLEM = Problem(
    slug="median_filter",
    kind="numpy",
    params=["image", "ksize"],
    cases=cases,
    check=check,
    # rank_filter / percentile_filter are the median filter under another name.
    forbidden=["cv2.medianBlur", "skimage.filters.median", "skimage.filters._median.median",
               "skimage.filters.rank.median", "skimage.filters.rank.generic.median"] + _SIGNAL + _SCIPY,
    # Measured at 1024x1024 uint8, ksize=5, against this reference (~350 ms; timed at 512 since the
    # ratios hold across sizes and a per-pixel loop took 9 s a run at 1024): sliding_window_view +
    # np.median 1.0-1.3x, stacked shifted views + np.median / np.sort 1.4-1.7x (float64: up to 2.6x),
    # scipy.ndimage.median_filter 1.2x, per-pixel np.median loop 50-60x. A per-pixel loop that sorts
    # Python lists is only 4-6x (Python's sort of 25 values is fast): no limit that keeps margin over
    # the honest answers fails it, so 12x lets it pass reliably rather than flip with the load.
    timed=Timed(make=_big, sizes=[128, 256, 512], ratio=12.0, floor=0.02, unit="H=W"),
    shrink=shrink_image(0),
    terms=["[H,W]", "uint8", "float32", "same shape and dtype", "odd", "ksize=1", "identity",
           "np.pad(image, ksize // 2, mode=\"edge\")", "replicated", "larger than the image", "exactly", "12x"],
    variants=VARIANTS,
)
