"""sobel: [H,W] image -> (gx, gy) float64 Sobel derivatives; cross-correlation, zero padding.

Timed classes, as ratios to the reference (bench/timing_stability.py, 2-core machine, quiet and
with the other core busy; tests/submissions/sobel/): accepted: ok_scipy_correlate 0.45-1.1x,
ok_sliding_window 0.91-1.3x; too slow: pixel_loop 414-436x. Limit 10x; the nearest class is 7.8x
from it.
"""
import numpy as np

from ..judge import gen
from ..judge.spec import Case, Problem, Timed, Variant, compare, shrink_image

RTOL, ATOL = 1e-6, 1e-3  # responses reach +-1020 on 0-255 images; float64 answers are exact


def cases(rng):
    f32, f64, u8 = np.float32, np.float64, np.uint8
    yield Case("1x1 image", (np.array([[7.0]]),))
    yield Case("1xW image", (np.array([[0.0, 1.0, 4.0, 9.0, 16.0, 25.0]]),))
    yield Case("Hx1 image", (np.array([[3.0], [1.0], [4.0], [1.0], [5.0]]),))
    yield Case("2x2 image", (np.array([[1.0, 2.0], [3.0, 5.0]]),))
    # Nonzero constant: zero inside, but the zero padding makes the border respond.
    yield Case("constant image (the border sees the zero padding)", (np.full((5, 6), 10.0),))
    # Ramps fix the sign convention and which output is which.
    yield Case("horizontal ramp: intensity rises to the right", (np.tile(np.arange(6.0), (5, 1)),))
    yield Case("vertical ramp: intensity rises downward", (np.tile(np.arange(5.0)[:, None] * 3, (1, 6)),))
    impulse = np.zeros((5, 5))
    impulse[2, 2] = 1.0
    yield Case("single bright pixel", (impulse,))
    step = np.zeros((6, 6), u8)
    step[:, 3:] = 255
    yield Case("uint8 vertical step edge 0 -> 255 (|gx| = 1020, beyond uint8)", (step,))
    yield Case("uint8 checkerboard 0/255 (sums over- and underflow uint8)",
               ((np.indices((7, 8)).sum(0) % 2 * 255).astype(u8),))
    yield Case("uint8 constant 255", (np.full((4, 5), 255, u8),))
    yield Case("float32 input (the answer is float64)", (gen.image(rng, 6, 7, f32),))
    for h, w, dt in ((16, 16, f64), (31, 17, u8), (9, 40, f32), (64, 64, f64), (100, 3, u8),
                     (3, 100, f64), (120, 150, u8), (50, 70, f32)):
        yield Case(f"random {h}x{w} {np.dtype(dt).name}", (gen.image(rng, h, w, dt),), random=True)
    yield Case("random 40x30 float64 in [0, 1]", (rng.uniform(0, 1, (40, 30)),), random=True)


def check(case, expected, got):
    if not isinstance(got, (tuple, list)):
        return f"returned {type(got).__name__}, expected a tuple (gx, gy) of two arrays"
    if len(got) != 2:
        return f"returned {len(got)} values, expected 2: (gx, gy)"
    msgs = [compare(e, g, RTOL, ATOL, what=name) for name, e, g in zip(("gx", "gy"), expected, got)]
    msg = next((m for m in msgs if m), None)
    if msg is None:
        return None
    dtype = case.args[0].dtype
    if dtype != np.float64:
        msg += f" [the image is {dtype.name}]"  # the call shows shapes only
    # Name the classic mistakes when the whole answer fits one exactly (and the values,
    # not the type, are what is wrong).
    if "values differ" in msg and all(isinstance(g, np.ndarray) and g.shape == expected[0].shape for g in got):
        g0, g1 = (np.asarray(g, np.float64) for g in got)
        fits = lambda a, b: np.allclose(a, b, RTOL, ATOL)  # noqa: E731
        if fits(-g0, expected[0]) and fits(-g1, expected[1]):
            msg += " (every value has the opposite sign: convolution instead of cross-correlation?)"
        elif fits(g0, expected[1]) and fits(g1, expected[0]):
            msg += " (gx and gy are swapped: gx differentiates along x, the columns; gy along y, the rows)"
    return msg


# ------------------------------------------------------------ known mistakes, named (sobel_magnitude shares them)


def sobel_with(image, pad="constant", flip=False, wrap=False):
    """gx, gy under another convention: another np.pad border `pad`, the kernel flipped
    (convolution: right minus left becomes left minus right), or uint8 arithmetic (modulo 256)."""
    f = np.asarray(image, np.float64)
    p = np.pad(f, 1, mode=pad)
    # swapping the two slices flips the sign without a -0.0 (arctan2(-0.0, -0.0) is -pi)
    a, b = (slice(None, -2), slice(2, None)) if flip else (slice(2, None), slice(None, -2))
    dx = p[:, a] - p[:, b]
    gx = dx[:-2] + 2.0 * dx[1:-1] + dx[2:]
    dy = p[a] - p[b]
    gy = dy[:, :-2] + 2.0 * dy[:, 1:-1] + dy[:, 2:]
    if wrap and image.dtype == np.uint8:  # uint8 sums wrap round: the true value modulo 256
        gx, gy = np.mod(gx, 256.0), np.mod(gy, 256.0)
    return gx, gy


CONVOLUTION = ("convolution instead of cross-correlation", "用卷积代替互相关")
REPLICATE = ("replicate (edge) padding", "复制边界填充",
             "pixels outside the image copy the nearest border pixel (np.pad mode=\"edge\"; with a 3x3 kernel, "
             "scipy.ndimage's default mode=\"reflect\" pads the same way), so a constant image gives 0 everywhere; "
             "the statement asks for zero padding: pixels outside the image count as 0",
             "图像外的像素复制了最近的边界像素（np.pad 的 mode=\"edge\"；对 3x3 的核，scipy.ndimage 默认的 "
             "mode=\"reflect\" 填充结果相同），所以常数图像处处为 0；题目要求零填充：图像外的像素按 0 计")
MIRROR = ("mirror padding (np.pad mode=\"reflect\")", "镜像填充（np.pad 的 mode=\"reflect\"）",
          "pixels outside the image mirror it about the edge pixel, which is not repeated: row -1 copies row 1 "
          "(np.pad mode=\"reflect\", scipy.ndimage mode=\"mirror\", OpenCV's default BORDER_REFLECT_101, used by "
          "cv2.Sobel and cv2.filter2D); the statement asks for zero padding: pixels outside the image count as 0",
          "图像外的像素以边界像素为轴镜像，边界像素本身不重复：第 -1 行取第 1 行（np.pad 的 mode=\"reflect\"、"
          "scipy.ndimage 的 mode=\"mirror\"、OpenCV 默认的 BORDER_REFLECT_101，cv2.Sobel 和 cv2.filter2D 都用它）；"
          "题目要求零填充：图像外的像素按 0 计")

VARIANTS = [
    Variant(CONVOLUTION[0], lambda image: sobel_with(image, flip=True),
            "the kernel is flipped (scipy.ndimage.convolve, scipy.signal.convolve2d, or a hand-made flip), and the "
            "Sobel kernels are antisymmetric, so every gx and gy has the opposite sign; the statement asks for "
            "cross-correlation with kx as written (scipy.ndimage.correlate), so gx is positive where intensity "
            "rises to the right",
            "卷积核被翻转了（scipy.ndimage.convolve、scipy.signal.convolve2d 或手写的翻转），而 Sobel 核是反对称的，"
            "所以 gx、gy 全部变号；题目要求按给出的 kx 做互相关（scipy.ndimage.correlate），亮度向右增大处 gx 为正",
            name_zh=CONVOLUTION[1]),
    Variant(REPLICATE[0], lambda image: sobel_with(image, pad="edge"), *REPLICATE[2:], name_zh=REPLICATE[1]),
    Variant(MIRROR[0], lambda image: sobel_with(image, pad="reflect"), *MIRROR[2:], name_zh=MIRROR[1]),
    Variant("uint8 arithmetic (wraps around)", lambda image: sobel_with(image, wrap=True),
            "on a uint8 image the differences and sums are computed in uint8, so every response is taken modulo "
            "256 (-255 becomes 1, 1020 becomes 252); convert the image to float64 first, as the statement asks: "
            "the responses range over -1020..1020",
            "在 uint8 图像上直接用 uint8 做差与求和，每个响应都被取模 256（-255 变成 1，1020 变成 252）；"
            "应按题目要求先转成 float64：响应的范围是 -1020..1020",
            name_zh="uint8 运算（溢出回绕）"),
]


def _big(rng, n):
    return Case(f"{n}x{n} float64 image", (gen.image(rng, n, n),))


PROBLEM = Problem(
    slug="sobel",
    kind="numpy",
    params=["image"],
    cases=cases,
    check=check,
    # (scipy's last: a getattr(..., "sobel") is reported under the last pattern with that leaf)
    forbidden=["kornia.filters.sobel", "kornia.filters.Sobel", "kornia.filters.spatial_gradient",
               "kornia.filters.SpatialGradient", "kornia.filters.sobel.*",
               "cv2.Sobel", "cv2.spatialGradient",
               "skimage.filters.sobel*", "skimage.filters.edges.sobel*",
               "scipy.ndimage._filters.sobel", "scipy.ndimage.filters.sobel", "scipy.ndimage.sobel"],
    # Measured at 1024x1024 against this reference (15-60 ms, memory bound): shifted slices 1x,
    # scipy.ndimage.correlate 1.3x, a loop over rows 1.2x, sliding_window_view + einsum 3x,
    # sliding_window_view * kernel then .sum(axis=(-2, -1)) 9-20x (a 9x temporary, then a slow
    # reduction over tiny axes), per-pixel loop over Python lists 25-38x, per-pixel numpy loop ~500x.
    # No limit separates the last three cleanly; 10x keeps 3x of margin over the usual answers and
    # 2.5x under the list loop. 512 is left out: the reference is cache-resident there (ratios of
    # memory-bound answers inflate); 256 only lets the loops give up early, and floor=0.03 s keeps
    # anything quicker than that at 256 going on to be judged at 1024.
    timed=Timed(make=_big, sizes=[256, 1024], ratio=10.0, floor=0.03, unit="H=W"),
    shrink=shrink_image(0),
    terms=["[H,W]", "cross-correlation", "not convolution", "zero padding", "float64", "uint8",
           "1xW", "rises to the right", "downward", "(gx, gy)", "10x"],
    variants=VARIANTS,
)
