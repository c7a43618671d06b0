"""upsample_nearest: NCHW nearest-neighbour resizing to a size or by a scale factor, as
torch.nn.functional.interpolate(mode="nearest") on the CPU (the legacy "nearest": source
index floor(dst * scale) in float32, with the given scale factor when there is one)."""
import math

import numpy as np

from ..judge.spec import Case, Problem, Variant, exact, shrink_rows


def _x(rng, n, c, h, w, dtype=np.float32):
    return rng.normal(0, 1, (n, c, h, w)).astype(dtype)


def _ramp(h, w, dtype=np.float64):
    """Pixel values that name their position (row*100 + column): a wrong index shows."""
    return (np.arange(h)[:, None] * 100.0 + np.arange(w)[None, :]).reshape(1, 1, h, w).astype(dtype)


def cases(rng):
    f32, f64 = np.float32, np.float64
    yield Case("size 2x (each pixel becomes a 2x2 block)", (_ramp(3, 4),), {"size": (6, 8)})
    yield Case("scale_factor=2.0", (_x(rng, 2, 3, 4, 5),), {"scale_factor": 2.0})
    yield Case("scale_factor=1.7 on W=5: output 8 wide, index floor(j / 1.7), not floor(j * 5 / 8)",
               (_ramp(1, 5),), {"scale_factor": (1.0, 1.7)})
    yield Case("the same 5 -> 8 by size: index floor(j * 5 / 8)", (_ramp(1, 5),), {"size": (1, 8)})
    yield Case("scale_factor=0.6 on 5x5: output 3x3, index floor(i / 0.6)", (_ramp(5, 5),), {"scale_factor": 0.6})
    yield Case("size smaller than the input (7x9 -> 3x4)", (_ramp(7, 9),), {"size": (3, 4)})
    yield Case("scale_factor=3 (int)", (_ramp(2, 3),), {"scale_factor": 3})
    yield Case("scale_factor=1.05 on 10x10: output 10x10, a copy (not floor(i / 1.05))", (_ramp(10, 10),),
               {"scale_factor": 1.05})
    yield Case("scale_factor=2.05 on 10: output 20 = 2H, index i // 2 (not floor(i / 2.05))", (_ramp(10, 3),),
               {"scale_factor": (2.05, 1.0)})
    yield Case("scale_factor=2.2 on H=20: row 33 copies row 15 (float32), float64 33 / 2.2 = 14.999999999999998", (_ramp(20, 2),),
               {"scale_factor": (2.2, 1.0)})
    yield Case("size 2 -> 82: row 41 copies row 0 (41 * float32(2/82) = 0.99999994)", (_ramp(2, 1),), {"size": (82, 1)})
    yield Case("size as one int (both sides)", (_x(rng, 1, 2, 3, 5, f64),), {"size": 4})
    yield Case("size equal to the input (a copy)", (_x(rng, 2, 2, 4, 6),), {"size": (4, 6)})
    yield Case("scale_factor pair (1.5, 0.5)", (_ramp(4, 6),), {"scale_factor": (1.5, 0.5)})
    yield Case("1x1 input to 3x2", (_x(rng, 2, 3, 1, 1, f64),), {"size": (3, 2)})
    yield Case("N=0 (empty batch)", (_x(rng, 0, 3, 4, 4),), {"scale_factor": 2.0})
    params = [  # n, c, h, w, dtype, keywords
        (2, 3, 8, 8, f32, {"scale_factor": 1.5}),
        (1, 4, 13, 7, f64, {"size": (20, 30)}),
        (3, 2, 16, 12, f32, {"scale_factor": (0.75, 1.3)}),
        (2, 5, 9, 11, f64, {"size": (4, 23)}),
        (1, 3, 31, 17, f32, {"scale_factor": 2.5}),
        (4, 1, 10, 10, f64, {"scale_factor": (3.3, 0.35)}),
        (2, 2, 24, 18, f32, {"size": 37}),
    ]
    for n, c, h, w, dt, kw in params:
        opts = ", ".join(f"{k}={v}" for k, v in kw.items())
        yield Case(f"random [{n},{c},{h},{w}], {opts}, {np.dtype(dt).name}", (_x(rng, n, c, h, w, dt),), kw,
                   random=True)


# ------------------------------------------------------------ known mistakes, named


def nearest_with(input, size=None, scale_factor=None, rule="round"):
    """Nearest-neighbour resizing with another source index for output row i (columns alike):
    "centres" floor((i + 0.5) * scale) (mode="nearest-exact"), "round" round(i * scale) in float32,
    "recompute" the reference's rule with scale = H / Ho even for a given factor
    (recompute_scale_factor=True), "float64" the reference's rule in exact / float64 arithmetic."""
    import torch

    h, w = input.shape[-2:]
    if size is not None:
        (ho, wo), factors = ((size, size) if isinstance(size, int) else size), (None, None)
    else:
        factors = (scale_factor,) * 2 if isinstance(scale_factor, (int, float)) else tuple(scale_factor)
        factors = tuple(float(f) for f in factors)
        ho, wo = math.floor(h * factors[0]), math.floor(w * factors[1])

    def index(n_in, n_out, f):
        i = np.arange(int(n_out))
        if rule == "recompute":
            f = None
        if rule in ("recompute", "float64") and n_out in (n_in, 2 * n_in):  # torch's two special sizes
            return i * n_in // n_out
        scale = np.float32(1.0 / f) if f is not None else np.float32(n_in) / np.float32(n_out)
        if rule == "centres":  # in float32, as (torch.arange(Ho) + 0.5) * scale: torch's nearest-exact on
            # float32 input agrees but at a few rounding boundaries (row 70 of 2 -> 141: 0 here, 1 in torch)
            src = np.floor((i + 0.5).astype(np.float32) * scale)
        elif rule == "round":  # half to even, as torch.round / np.rint
            src = np.rint(i.astype(np.float32) * scale)
        elif rule == "float64":
            src = i * n_in // n_out if f is None else np.floor(i / f)
        else:  # "recompute": the reference's float32 product with scale = float32(H) / float32(Ho)
            src = np.floor(i.astype(np.float32) * scale)
        return np.minimum(src.astype(np.int64), n_in - 1)

    rows = torch.from_numpy(index(h, ho, factors[0])).to(input.device)
    cols = torch.from_numpy(index(w, wo, factors[1])).to(input.device)
    return input[:, :, rows[:, None], cols[None, :]]


_FLOOR_EN = "torch's legacy \"nearest\" copies row min(floor(i * scale), H - 1)"
_FLOOR_ZH = "torch 旧版的 \"nearest\" 复制第 min(floor(i * scale), H - 1) 行"

VARIANTS = [
    Variant("nearest-exact (pixel centres)",
            lambda input, size=None, scale_factor=None: nearest_with(input, size, scale_factor, "centres"),
            "output row i copies row floor((i + 0.5) * scale), the source pixel under its centre: that is "
            "F.interpolate's mode=\"nearest-exact\" (what PIL and scikit-image do); " + _FLOOR_EN
            + ", the row under the output pixel's top-left corner",
            "输出第 i 行复制第 floor((i + 0.5) * scale) 行，即像素中心所落的源像素：这是 F.interpolate 的 "
            "mode=\"nearest-exact\"（与 PIL、scikit-image 相同）；" + _FLOOR_ZH + "，即输出像素左上角所落的那一行",
            name_zh="nearest-exact（按像素中心）"),
    Variant("round instead of floor",
            lambda input, size=None, scale_factor=None: nearest_with(input, size, scale_factor, "round"),
            "output row i copies row round(i * scale), the nearest integer; " + _FLOOR_EN + ": it truncates",
            "输出第 i 行复制第 round(i * scale) 行（取最近的整数）；" + _FLOOR_ZH + "：是向下取整",
            name_zh="用四舍五入代替向下取整"),
    Variant("the scale recomputed from the sizes (recompute_scale_factor=True)",
            lambda input, size=None, scale_factor=None: nearest_with(input, size, scale_factor, "recompute"),
            "with a scale_factor you sample with H / Ho, the ratio of the sizes, as F.interpolate does with "
            "recompute_scale_factor=True; with the default recompute_scale_factor=None asked for here, torch uses "
            "the given factor itself, scale = 1 / scale_factor (factor 1.7 on W = 5 takes columns "
            "0, 0, 1, 1, 2, 2, 3, 4, not 0, 0, 1, 1, 2, 3, 3, 4)",
            "给出 scale_factor 时你用尺寸之比 H / Ho 采样，这是 F.interpolate 在 recompute_scale_factor=True 时的做法；"
            "本题要求默认的 recompute_scale_factor=None，torch 直接用给定的因子，scale = 1 / scale_factor"
            "（W = 5、因子 1.7 时取列 0, 0, 1, 1, 2, 2, 3, 4，而不是 0, 0, 1, 1, 2, 3, 3, 4）",
            name_zh="按尺寸重新计算比例（recompute_scale_factor=True）"),
    Variant("the index in exact (float64) arithmetic",
            lambda input, size=None, scale_factor=None: nearest_with(input, size, scale_factor, "float64"),
            "the index i * scale is computed exactly or in float64; the statement rounds the product to float32, as "
            "torch's CPU kernel does for float32 input, which moves a few indices across an integer: with factor 2.2 "
            "and H = 20, row 33 copies row 15 "
            "(float64 33 / 2.2 = 14.999999999999998 gives 14), with size 82 and H = 2, row 41 copies row 0 "
            "(exactly, 41 * 2 / 82 = 1)",
            "下标 i * scale 是精确计算或用 float64 算的；题目要求把乘积舍入到 float32（torch 的 CPU 内核对 float32 "
            "输入就是这样算的），这会让个别下标跨过整数："
            "因子 2.2、H = 20 时第 33 行复制第 15 行（float64 的 33 / 2.2 = 14.999999999999998 得到 14），"
            "size 82、H = 2 时第 41 行复制第 0 行（精确计算 41 * 2 / 82 = 1）",
            name_zh="用精确（float64）算术计算下标"),
]


FORBIDDEN = ["torch.nn.functional.interpolate", "torch.nn.functional.upsample*", "torch.nn.Upsample*",
             "torch.nn.UpsamplingNearest2d", "torch.nn.modules.upsampling.*", "torch._C._nn.upsample*",
             "torch._C._nn._upsample*", "torch.ops.aten.upsample*", "torch.ops.aten._upsample*",
             "torchvision.transforms.functional.resize", "torchvision.transforms.v2.functional.resize*",
             "cv2.resize", "scipy.ndimage.zoom", "skimage.transform.resize", "skimage.transform.rescale"]

PROBLEM = Problem(
    slug="upsample_nearest",
    kind="torch",
    params=["input", "size", "scale_factor"],
    cases=cases,
    check=exact(),
    # the legacy-nearest kernels below autograd, however they are reached (1-D and 3-D give the
    # 2-D answer on a reshaped input); not _upsample_nearest_exact*d, another rule (a wrong answer)
    forbidden_ops=["aten::upsample_nearest1d", "aten::upsample_nearest2d", "aten::upsample_nearest3d"],
    forbidden=FORBIDDEN,
    shrink=shrink_rows(0),
    terms=["[N, C, H, W]", "exactly one", "int or a pair", "float or a pair", "floor(H * sH)",
           "min(floor(i * scale), H - 1)", "float32", "1 / sH", "H / Ho", "Ho == H", "Ho == 2*H", "nearest-exact",
           "recompute_scale_factor=None", "N = 0", "dtype", "device", "float64", "exactly equal", "CPU"],
    variants=VARIANTS,
)
