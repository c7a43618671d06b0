"""gaussian_blur: [H,W] image -> float64 [H,W], separable Gaussian kernel normalised to sum 1,
ksize 2*ceil(3*sigma)+1 by default, border as scipy.ndimage mode "reflect" (np.pad "symmetric")."""
import math

import numpy as np

from ..judge import gen
from ..judge.spec import Case, compare, Problem, shrink_image, Variant

RTOL, ATOL = 1e-6, 1e-4  # values up to 255; float64 answers agree to ~1e-12


def cases(rng):
    u8, f32, f64 = np.uint8, np.float32, np.float64
    yield Case("1x1 image", (np.array([[7.0]]), 1.0))
    yield Case("1xW image (the reflected border repeats the row)", (np.array([[0.0, 10.0, 40.0, 90.0, 160.0, 250.0]]), 1.0))
    yield Case("Hx1 image", (np.array([[30.0], [10.0], [40.0], [10.0], [50.0], [90.0], [20.0]]), 0.8))
    yield Case("constant image stays constant (reflected border)", (np.full((6, 7), 100.0), 1.5))
    impulse = np.zeros((9, 9))
    impulse[4, 4] = 1.0
    yield Case("centred impulse, sigma=1: the normalised 7x7 kernel", (impulse, 1.0))
    corner = np.zeros((6, 6))
    corner[0, 0] = 100.0
    yield Case("impulse in the corner (the border reflection shows)", (corner, 1.0))
    yield Case("horizontal ramp (reflect repeats the edge pixel)", (np.tile(np.arange(8.0) * 10, (5, 1)), 1.0))
    step = np.zeros((8, 8), u8)
    step[:, 4:] = 255
    yield Case("uint8 step edge 0 -> 255 (float64 answer, not rounded)", (step, 1.2))
    yield Case("sigma=0.3: ksize 2*ceil(0.9)+1 = 3", (gen.image(rng, 6, 6, f64), 0.3))
    yield Case("sigma=0.8: ksize 2*ceil(2.4)+1 = 7", (gen.image(rng, 9, 10, f64), 0.8))
    yield Case("sigma=0.5: ksize 2*ceil(1.5)+1 = 5", (gen.image(rng, 7, 8, f64), 0.5))
    yield Case("explicit ksize=3 with sigma=2 (truncated kernel, renormalised)", (gen.image(rng, 8, 9, f64), 2.0, 3))
    yield Case("explicit ksize=1: identity", (gen.image(rng, 5, 6, f64), 1.0), {"ksize": 1})
    yield Case("explicit ksize=11 with sigma=1 (wider than the default)", (gen.image(rng, 12, 12, f64), 1.0), {"ksize": 11})
    yield Case("kernel wider than the image (5x4, sigma=3: radius 9)", (gen.image(rng, 5, 4, f64), 3.0))
    yield Case("float32 input (the answer is float64)", (gen.image(rng, 10, 11, f32), 1.0))
    for h, w, dt, sigma in ((16, 16, f64, 1.0), (31, 17, u8, 1.5), (9, 40, f32, 0.7), (64, 64, f64, 2.0),
                            (100, 3, u8, 1.0), (3, 100, f64, 1.2), (120, 150, u8, 2.5), (50, 70, f32, 3.0)):
        yield Case(f"random {h}x{w} {np.dtype(dt).name}, sigma={sigma}", (gen.image(rng, h, w, dt), sigma), random=True)
    yield Case("random 40x30 float64 in [0, 1], sigma=1.5, ksize=5", (rng.uniform(0, 1, (40, 30)), 1.5, 5), random=True)


# ------------------------------------------------------------ naming the classic mistakes


def _blur(f, g, mode):
    r = len(g) // 2
    h, w = f.shape
    p = np.pad(f, r, mode=mode)
    cols = sum(g[k] * p[k:k + h, :] for k in range(len(g)))
    return sum(g[k] * cols[:, k:k + w] for k in range(len(g)))


def _kernel(sigma, ksize, norm="sum", var=False):
    r = ksize // 2
    t = np.arange(-r, r + 1, dtype=np.float64)
    g = np.exp(-(t * t) / (2.0 * (sigma if var else sigma * sigma)))
    if norm == "sum":
        return g / g.sum()
    if norm == "pdf":
        return g / (math.sqrt(2 * math.pi) * sigma)
    return g


def _diagnose(case, got) -> str:
    img, sigma = case.args[0], case.args[1]
    ksize = case.args[2] if len(case.args) > 2 else case.kwargs.get("ksize")
    f = np.asarray(img, np.float64)
    k = ksize if ksize is not None else 2 * math.ceil(3 * sigma) + 1
    g = _kernel(sigma, k)
    cands = [
        ("constant", g, " (zero padding? the border is reflected: scipy.ndimage mode \"reflect\" = np.pad mode \"symmetric\")"),
        ("reflect", g, " (np.pad mode=\"reflect\" does not repeat the edge pixel; the contract's border is np.pad mode=\"symmetric\", scipy's \"reflect\")"),
        ("edge", g, " (the edge pixel replicated? the border is reflected: np.pad mode=\"symmetric\")"),
        ("wrap", g, " (wrap-around border? the border is reflected: np.pad mode=\"symmetric\")"),
        ("symmetric", _kernel(sigma, k, "pdf"), " (the kernel is normalised by 1/(sqrt(2*pi)*sigma), not by its own sum: it must sum to 1)"),
        ("symmetric", _kernel(sigma, k, "none"), " (the kernel is not normalised to sum 1)"),
        ("symmetric", _kernel(sigma, k, var=True), " (exp(-x**2 / (2*sigma)): sigma is the standard deviation, not the variance)"),
    ]
    if ksize is None:
        cands += [("symmetric", _kernel(sigma, 2 * int(3 * sigma) + 1), " (default ksize from int(3*sigma): it is 2*ceil(3*sigma)+1)"),
                  ("symmetric", _kernel(sigma, 2 * int(round(3 * sigma)) + 1), " (default ksize from round(3*sigma): it is 2*ceil(3*sigma)+1)"),
                  ("symmetric", _kernel(sigma, 2 * int(4 * sigma + 0.5) + 1), " (scipy's default radius int(4*sigma + 0.5): the contract's is ceil(3*sigma))")]
    else:
        cands.append(("symmetric", _kernel(sigma, 2 * ksize + 1), " (ksize used as the radius: the kernel has ksize taps, radius ksize // 2)"))
    for mode, kern, hint in cands:
        try:
            alt = _blur(f, kern, mode)
        except ValueError:  # np.pad "reflect" on a 1-pixel axis
            continue
        if np.allclose(got, alt, RTOL, ATOL):
            return hint
    return ""


def blur_with(image, sigma, ksize=None, mode="symmetric", norm="sum"):
    """The blur with another np.pad border `mode`, or the kernel normalised another way."""
    k = ksize if ksize is not None else 2 * math.ceil(3 * sigma) + 1
    return _blur(np.asarray(image, np.float64), _kernel(float(sigma), int(k), norm), mode)


_SYM_EN = ("the statement reflects the border with the edge pixel repeated, d c b a | a b c d: np.pad "
           "mode=\"symmetric\", which is scipy.ndimage's mode=\"reflect\"")
_SYM_ZH = "题目要求以边缘为轴镜像并重复边缘像素，d c b a | a b c d：即 np.pad 的 mode=\"symmetric\"，也就是 scipy.ndimage 的 mode=\"reflect\""

VARIANTS = [
    Variant("zero padding", lambda image, sigma, ksize=None: blur_with(image, sigma, ksize, "constant"),
            "pixels outside the image count as 0, so the border darkens and a constant image does not stay "
            "constant; " + _SYM_EN,
            "图像外的像素按 0 计，所以边缘变暗，常数图像也不再保持不变；" + _SYM_ZH,
            name_zh="零填充"),
    Variant("np.pad mode=\"reflect\" (edge pixel not repeated)",
            lambda image, sigma, ksize=None: blur_with(image, sigma, ksize, "reflect"),
            "np.pad's mode=\"reflect\" mirrors the image without repeating the edge pixel, d c b | a b c d "
            "(scipy's \"mirror\", OpenCV's default BORDER_REFLECT_101); " + _SYM_EN,
            "np.pad 的 mode=\"reflect\" 镜像时不重复边缘像素，d c b | a b c d（scipy 的 \"mirror\"，"
            "OpenCV 默认的 BORDER_REFLECT_101）；" + _SYM_ZH,
            name_zh="np.pad 的 mode=\"reflect\"（不重复边缘像素）"),
    Variant("replicate (edge) padding", lambda image, sigma, ksize=None: blur_with(image, sigma, ksize, "edge"),
            "pixels outside the image copy the edge pixel, a a a | a b c d (np.pad mode=\"edge\", scipy's "
            "\"nearest\", OpenCV's BORDER_REPLICATE); " + _SYM_EN,
            "图像外的像素复制边缘像素，a a a | a b c d（np.pad 的 mode=\"edge\"、scipy 的 \"nearest\"、"
            "OpenCV 的 BORDER_REPLICATE）；" + _SYM_ZH,
            name_zh="复制边界填充"),
    Variant("the density's constant 1/(sqrt(2*pi)*sigma)",
            lambda image, sigma, ksize=None: blur_with(image, sigma, ksize, norm="pdf"),
            "the kernel is scaled by the normal density's constant 1/(sqrt(2*pi)*sigma) instead of divided by its "
            "own sum, so the sampled, truncated kernel does not sum to 1 (the 2-D kernel sums to 1.80 for "
            "sigma = 0.3, 0.998 for sigma = 2) and the brightness changes; the statement divides g by g.sum()",
            "核乘的是正态分布密度的常数 1/(sqrt(2*pi)*sigma)，而不是除以它自身的和，采样并截断后的核和不为 1"
            "（sigma = 0.3 时二维核之和为 1.80，sigma = 2 时为 0.998），图像亮度随之改变；题目要求用 g.sum() 归一化",
            name_zh="密度函数的常数 1/(sqrt(2*pi)*sigma)"),
]


def check(case, expected, got):
    msg = compare(expected, got, RTOL, ATOL, what="result")
    if msg is None:
        return None
    if "values differ" in msg:
        msg += _diagnose(case, np.asarray(got, np.float64))
    dtype = case.args[0].dtype
    return msg + (f" [the image is {dtype.name}]" if dtype != np.float64 else "")


PROBLEM = Problem(
    slug="gaussian_blur",
    kind="numpy",
    params=["image", "sigma", "ksize"],
    cases=cases,
    check=check,
    # scipy's private kernel builder and OpenCV's getGaussianKernel too: building the kernel is
    # half the exercise (scipy names last: a getattr string is reported by the last name with that leaf)
    forbidden=["cv2.GaussianBlur", "cv2.getGaussianKernel", "cv2.sepFilter2D",
               "skimage.filters.gaussian", "skimage.filters._gaussian.gaussian",
               "torchvision.transforms.functional.gaussian_blur", "torchvision.transforms.GaussianBlur",
               "torchvision.transforms.v2.functional.gaussian_blur", "torchvision.transforms.v2.GaussianBlur",
               "kornia.filters.gaussian_blur2d", "kornia.filters.GaussianBlur2d", "kornia.filters.get_gaussian_kernel*",
               "PIL.ImageFilter.GaussianBlur",
               "scipy.ndimage._filters._gaussian_kernel1d", "scipy.ndimage._filters.gaussian_filter*",
               "scipy.ndimage.filters.gaussian_filter*", "scipy.ndimage.gaussian_filter*"],
    shrink=shrink_image(0),
    terms=["[H,W]", "float64", "uint8", "sums to 1", "2*ceil(3*sigma)+1", "odd", "ksize // 2",
           "exp(-k**2 / (2*sigma**2))", "np.pad mode=\"symmetric\"", "mode \"reflect\"", "edge pixel repeated",
           "wider than the image", "not rounded", "1e-4", "1xW"],
    variants=VARIANTS,
)
