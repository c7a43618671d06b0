"""bilinear_resize: [N,C,H,W] -> [N,C,H_out,W_out], exactly as
F.interpolate(x, size, mode="bilinear", align_corners=...) without antialiasing."""
import numpy as np

from ..judge.spec import Case, compare, Problem, shrink_batch, Variant

RTOL = 1e-5  # and 1e-5 absolute per unit of the input's scale: float32 index arithmetic


def _x(rng, shape, dtype=np.float32, scale=1.0):
    return (rng.normal(0, scale, shape)).astype(dtype)


def cases(rng):
    f32, f64 = np.float32, np.float64
    small = np.arange(12, dtype=f32).reshape(1, 1, 3, 4)
    yield Case("upsample 3x4 -> 6x8, align_corners=False (default)", (small, (6, 8)))
    yield Case("upsample 3x4 -> 6x8, align_corners=True", (small, (6, 8)), {"align_corners": True})
    yield Case("downsample 8x8 -> 4x4 (averages of 2x2 blocks)", (_x(rng, (1, 2, 8, 8)), (4, 4)), {"align_corners": False})
    yield Case("downsample 8x8 -> 4x4, align_corners=True", (_x(rng, (1, 2, 8, 8)), (4, 4)), {"align_corners": True})
    yield Case("non-integer scales 7x9 -> 3x5", (_x(rng, (2, 1, 7, 9), f64), (3, 5)), {"align_corners": False})
    yield Case("non-integer scales 5x7 -> 8x11, align_corners=True", (_x(rng, (1, 2, 5, 7), f64), (8, 11)), {"align_corners": True})
    yield Case("same size is the identity", (_x(rng, (1, 1, 4, 5)), (4, 5)), {"align_corners": False})
    yield Case("large upscale 2x2 -> 9x9 (the source index is clamped at 0)", (np.array([[[[1.0, 2.0], [3.0, 5.0]]]], f32), (9, 9)))
    yield Case("1xW input -> 3x9", (np.array([[[[0.0, 1.0, 4.0, 9.0, 16.0]]]], f32), (3, 9)), {"align_corners": False})
    yield Case("1xW input -> 3x9, align_corners=True", (np.array([[[[0.0, 1.0, 4.0, 9.0, 16.0]]]], f32), (3, 9)), {"align_corners": True})
    yield Case("Hx1 input -> 7x2", (np.array([[[[2.0], [-1.0], [3.0], [0.5]]]], f64), (7, 2)), {"align_corners": False})
    yield Case("1x1 input -> 4x5 (a constant)", (np.array([[[[2.5]]]], f32), (4, 5)), {"align_corners": True})
    yield Case("output 1x1, align_corners=True: the top-left pixel", (small, (1, 1)), {"align_corners": True})
    yield Case("output 1x1, align_corners=False: the centre", (small, (1, 1)), {"align_corners": False})
    yield Case("output 1x5, align_corners=True (scale 0 along the height)", (small, (1, 5)), {"align_corners": True})
    yield Case("output 2x1, align_corners=False", (small.astype(f64), (2, 1)), {"align_corners": False})
    yield Case("empty batch N=0", (np.zeros((0, 3, 4, 5), f32), (6, 7)), {"align_corners": False})
    yield Case("float32 image in [0, 255], 2x upsampling", (rng.uniform(0, 255, (1, 3, 10, 12)).astype(f32), (20, 24)))
    specs = [((2, 3, 16, 16), (32, 32), False, f32), ((2, 3, 16, 16), (32, 32), True, f32),
             ((1, 4, 24, 20), (10, 9), False, f64), ((3, 2, 9, 31), (17, 12), True, f64),
             ((2, 1, 33, 17), (50, 50), False, f32), ((1, 3, 64, 48), (23, 71), True, f32),
             ((4, 2, 12, 12), (5, 29), False, f64), ((1, 1, 100, 100), (37, 37), False, f32)]
    for shape, size, ac, dt in specs:
        yield Case(f"random {list(shape)} -> {size[0]}x{size[1]}, {np.dtype(dt).name}, align_corners={ac}",
                   (_x(rng, shape, dt), size), {"align_corners": ac}, random=True)


# ------------------------------------------------------------ naming the classic mistakes


def _coords(n_in, n_out, rule):
    d = np.arange(n_out, dtype=np.float64)
    if rule == "corners":
        return d * ((n_in - 1) / (n_out - 1) if n_out > 1 else 0.0)
    if rule in ("half_noclamp", "half_wrap"):
        return (d + 0.5) * n_in / n_out - 0.5
    if rule == "asymmetric":
        return d * n_in / n_out
    if rule == "inverted":
        return np.maximum((d + 0.5) * n_out / n_in - 0.5, 0)
    return np.maximum((d + 0.5) * n_in / n_out - 0.5, 0)  # "half": the contract, align_corners=False


def _interp(x, n_out, axis, rule, nearest=False):
    n_in = x.shape[axis]
    if nearest:  # torch's mode="nearest": floor(d * in / out)
        i = np.minimum(np.floor(np.arange(n_out) * n_in / n_out).astype(int), n_in - 1)
        return np.take(x, i, axis=axis)
    s = _coords(n_in, n_out, rule)
    if rule == "half_noclamp":  # .long() truncates -0.25 to 0: weight -0.25, extrapolation
        i0 = np.trunc(s).astype(int)
    else:
        i0 = np.floor(s).astype(int)
    w1 = s - i0
    i0c = np.minimum(i0, n_in - 1) if rule == "half_wrap" else np.clip(i0, 0, n_in - 1)  # -1 wraps round
    i1 = np.clip(i0 + 1, 0, n_in - 1)
    shape = [1] * x.ndim
    shape[axis] = n_out
    w1 = w1.reshape(shape)
    return np.take(x, i0c, axis=axis) * (1 - w1) + np.take(x, i1, axis=axis) * w1


def _alt(x, size, rule, nearest=False):
    return _interp(_interp(x.astype(np.float64), size[0], 2, rule, nearest), size[1], 3, rule, nearest)


def _diagnose(case, got) -> str:
    x, size = case.args[0], case.args[1]
    ac = case.kwargs.get("align_corners", case.args[2] if len(case.args) > 2 else False)
    own = "corners" if ac else "half"
    other = "half" if ac else "corners"
    cands = [(other, False, f" (the align_corners={not ac} mapping: with align_corners={ac} "
                            + ("the corner pixels' centres are aligned, s = d * (in - 1) / (out - 1))" if ac else
                               "pixel centres are at half-pixel offsets, s = (d + 0.5) * in / out - 0.5)")),
             ("half_noclamp", False, " (the source coordinate is not clamped at 0: (d + 0.5) * in / out - 0.5 < 0 near the"
                                     " top/left border must become 0, not extrapolate)"),
             ("half_wrap", False, " (the source coordinate is not clamped at 0: near the top/left border floor(s) = -1,"
                                  " and index -1 wraps round to the last row/column)"),
             ("asymmetric", False, " (s = d * in / out: the half-pixel offsets (d + 0.5) ... - 0.5 are missing)"),
             ("inverted", False, " (the scale is inverted: in / out, not out / in)"),
             (own, True, " (nearest neighbour, not bilinear interpolation)")]
    scale = max(1.0, float(np.abs(x).max(initial=0)))
    for rule, nearest, hint in cands:
        if rule in ("half_noclamp", "half_wrap") and ac:
            continue
        with np.errstate(all="ignore"):
            alt = _alt(x, size, rule, nearest)
        if alt.shape == got.shape and np.allclose(got, alt, RTOL, RTOL * scale):
            return hint
    return ""


def resize_with(x, size, align_corners=False, rule="half"):
    """Bilinear resizing as the reference, with another source coordinate when align_corners is
    False: "corners" (the align_corners=True rule whatever the flag), "asymmetric" (s = d * in / out),
    or half-pixel centres without the clamp at 0, the index truncated ("trunc": the weight of a
    negative s extrapolates) or floored ("wrap": index -1 is the last row/column)."""
    import torch

    def axis(n_in, n_out):
        d = torch.arange(n_out, dtype=x.dtype, device=x.device)
        if align_corners or rule == "corners":
            s = d * ((n_in - 1) / (n_out - 1) if n_out > 1 else 0.0)
        elif rule == "asymmetric":
            s = d * (n_in / n_out)
        else:
            s = (d + 0.5) * (n_in / n_out) - 0.5
        i0 = (s.long() if rule == "trunc" else s.floor().long()).clamp(max=n_in - 1)
        i1 = (i0 + 1).clamp(max=n_in - 1)
        w1 = s - i0.to(x.dtype)
        return i0, i1, 1 - w1, w1

    i0, i1, a0, a1 = axis(x.shape[2], int(size[0]))
    j0, j1, b0, b1 = axis(x.shape[3], int(size[1]))
    rows = x[:, :, i0, :] * a0[:, None] + x[:, :, i1, :] * a1[:, None]
    return rows[..., j0] * b0 + rows[..., j1] * b1


_HALF_EN = "with align_corners=False torch uses half-pixel centres, s = (d + 0.5) * in / out - 0.5, clamped at 0"
_HALF_ZH = "align_corners=False 时 torch 按半像素中心映射：s = (d + 0.5) * in / out - 0.5，再截断到不小于 0"

VARIANTS = [
    Variant("align_corners=True for every call",
            lambda x, size, align_corners=False: resize_with(x, size, True),
            "every output index is mapped with s = d * (in - 1) / (out - 1), the align_corners=True rule, whatever "
            "the flag says; " + _HALF_EN,
            "无论 align_corners 取什么值，每个输出下标都按 align_corners=True 的规则 s = d * (in - 1) / (out - 1) "
            "映射；" + _HALF_ZH,
            name_zh="无论何时都按 align_corners=True 映射"),
    Variant("the asymmetric mapping s = d * in / out",
            lambda x, size, align_corners=False: resize_with(x, size, align_corners, "asymmetric"),
            "with align_corners=False the source coordinate is s = d * in / out (TensorFlow 1's legacy "
            "resize_bilinear, ONNX's \"asymmetric\"), which shifts the image by half a pixel; " + _HALF_EN,
            "align_corners=False 时源坐标取 s = d * in / out（TensorFlow 1 旧版 resize_bilinear、ONNX 的 "
            "\"asymmetric\"），图像整体偏移了半个像素；" + _HALF_ZH,
            name_zh="非对称映射 s = d * in / out"),
    Variant("no clamp at 0 (extrapolation)",
            lambda x, size, align_corners=False: resize_with(x, size, align_corners, "trunc"),
            "with align_corners=False, s = (d + 0.5) * in / out - 0.5 is not clamped at 0: when upsampling, s < 0 "
            "near the top/left border, .long() truncates it to index 0 and the negative weight extrapolates; "
            "torch clamps s at 0 first, so the first row/column is copied there",
            "align_corners=False 时没有把 s = (d + 0.5) * in / out - 0.5 截断到 0：上采样时上/左边界附近 s < 0，"
            ".long() 把下标截成 0，负的权重造成外推；torch 先把 s 截断到 0，那里直接复制第一行/列",
            name_zh="未在 0 处截断（外推）"),
    Variant("no clamp at 0 (index -1 wraps round)",
            lambda x, size, align_corners=False: resize_with(x, size, align_corners, "wrap"),
            "with align_corners=False, s = (d + 0.5) * in / out - 0.5 is not clamped at 0: when upsampling, "
            "floor(s) = -1 near the top/left border, and index -1 is the LAST row/column, so the far border bleeds "
            "in; torch clamps s at 0 first, so the first row/column is copied there",
            "align_corners=False 时没有把 s = (d + 0.5) * in / out - 0.5 截断到 0：上采样时上/左边界附近 "
            "floor(s) = -1，而下标 -1 是最后一行/列，对侧边界的值混了进来；torch 先把 s 截断到 0，那里直接复制第一行/列",
            name_zh="未在 0 处截断（下标 -1 回绕）"),
]


def check(case, expected, got):
    x = case.args[0]
    scale = max(1.0, float(np.abs(x).max(initial=0)))
    msg = compare(expected, got, RTOL, RTOL * scale, what="result")
    if msg and "values differ" in msg:
        msg += _diagnose(case, np.asarray(got.array, np.float64))
    return msg


PROBLEM = Problem(
    slug="bilinear_resize",
    kind="torch",
    params=["x", "size", "align_corners"],
    cases=cases,
    check=check,
    # the public names last: a getattr string is reported by the last name with that leaf
    forbidden=["torch._C._nn.upsample_bilinear2d*", "torch.ops.aten.upsample_bilinear2d*", "torch.ops.aten.grid_sampler*",
               "torch.grid_sampler*", "torch._C._VariableFunctions.grid_sampler*",
               "torch.nn.modules.upsampling.*", "torch.nn.Upsample", "torch.nn.UpsamplingBilinear2d",
               "torchvision.transforms.functional.resize", "torchvision.transforms.Resize",
               "torchvision.transforms.v2.functional.resize", "torchvision.transforms.v2.Resize",
               "kornia.geometry.transform.resize", "kornia.geometry.resize", "kornia.geometry.transform.rescale",
               "cv2.resize", "scipy.ndimage.zoom", "skimage.transform.resize", "skimage.transform.rescale",
               "torch.nn.functional.upsample", "torch.nn.functional.upsample_bilinear",
               "torch.nn.functional.grid_sample", "torch.nn.functional.interpolate"],
    shrink=shrink_batch,  # the geometry (H, W, size) stays as it failed
    terms=["[N,C,H,W]", "(H_out, W_out)", "align_corners", "(d + 0.5) * in / out - 0.5", "clamped at 0",
           "d * (in - 1) / (out - 1)", "out == 1", "in - 1", "dtype", "device", "N = 0", "antialias",
           "1e-5", "float32"],
    variants=VARIANTS,
)
