"""affine_warp: [N,C,H,W] input, [N,2,3] theta -> [N,C,H,W], exactly as
F.grid_sample(input, F.affine_grid(theta, input.shape, align_corners), mode="bilinear",
padding_mode="zeros", align_corners=align_corners); value and the gradient w.r.t. input."""
import math
from functools import partial

import numpy as np

from ..judge.spec import Case, Problem, Variant, compare, shrink_batch
from . import _activation as A

TOL = {"float32": 1e-4, "float64": 1e-10}  # relative, and absolute per unit of the largest |value|
F32, F64 = np.float32, np.float64


def _theta(rows, n=1, dtype=F32):
    return np.repeat(np.asarray(rows, np.float64)[None], n, 0).astype(dtype)


def _rot(deg, s=1.0, tx=0.0, ty=0.0, shear=0.0):
    c, si = math.cos(math.radians(deg)) * s, math.sin(math.radians(deg)) * s
    return [[c, -si + shear, tx], [si, c, ty]]


def _x(rng, shape, dtype=F32, scale=1.0):
    return rng.normal(0, scale, shape).astype(dtype)


def cases(rng):
    ramp = np.arange(20, dtype=F32).reshape(1, 1, 4, 5)
    eye = [[1, 0, 0], [0, 1, 0]]
    yield Case("identity, align_corners=False (default)", (ramp, _theta(eye)))
    yield Case("identity, align_corners=True", (ramp, _theta(eye)), {"align_corners": True})
    yield Case("shift by one pixel in x, align_corners=False: tx = 2 / W",
               (ramp, _theta([[1, 0, 2 / 5], [0, 1, 0]])), {"align_corners": False})
    yield Case("shift by one pixel in x, align_corners=True: tx = 2 / (W - 1)",
               (ramp, _theta([[1, 0, 2 / 4], [0, 1, 0]])), {"align_corners": True})
    yield Case("shift by half a pixel in y (bilinear blend, zero padding below)",
               (ramp.astype(F64), _theta([[1, 0, 0], [0, 1, 1 / 4]], dtype=F64)), {"align_corners": False})
    yield Case("180 degree rotation, align_corners=False", (ramp, _theta([[-1, 0, 0], [0, -1, 0]])))
    yield Case("180 degree rotation, align_corners=True", (ramp, _theta([[-1, 0, 0], [0, -1, 0]])),
               {"align_corners": True})
    sq = np.arange(25, dtype=F64).reshape(1, 1, 5, 5)
    yield Case("90 degree rotation of a square image", (sq, _theta(_rot(90), dtype=F64)), {"align_corners": False})
    yield Case("zoom out x2 (theta = 2 I): the outside is zero", (sq, _theta([[2, 0, 0], [0, 2, 0]], dtype=F64)),
               {"align_corners": False})
    yield Case("zoom out x2, align_corners=True", (sq, _theta([[2, 0, 0], [0, 2, 0]], dtype=F64)),
               {"align_corners": True})
    yield Case("zoom in x2 (theta = I / 2)", (_x(rng, (1, 2, 6, 7)), _theta([[0.5, 0, 0], [0, 0.5, 0]])),
               {"align_corners": False})
    yield Case("x and y scaled differently (theta[0] acts on x, the width)",
               (_x(rng, (1, 1, 5, 8), F64), _theta([[0.5, 0, 0], [0, 1.5, 0]], dtype=F64)), {"align_corners": False})
    yield Case("shear", (_x(rng, (1, 1, 6, 6)), _theta([[1, 0.4, 0], [0, 1, 0]])), {"align_corners": True})
    yield Case("everything maps far outside: all zeros", (_x(rng, (1, 2, 4, 4)), _theta([[1, 0, 5], [0, 1, -7]])))
    yield Case("1xW image", (np.array([[[[0.0, 1.0, 4.0, 9.0, 16.0]]]], F32), _theta(_rot(10, 1.1, 0.1, 0.3))),
               {"align_corners": False})
    yield Case("Hx1 image, align_corners=True (the x axis has one pixel)",
               (np.array([[[[2.0], [-1.0], [3.0], [0.5]]]], F64), _theta(_rot(-15, 0.9, 0.2, 0.1), dtype=F64)),
               {"align_corners": True})
    one = np.array([[[[2.5]]]], F32)
    yield Case("1x1 image, align_corners=False", (one, _theta([[1, 0, 0.5], [0, 1, 0]])), {"align_corners": False})
    yield Case("1x1 image, align_corners=True", (one, _theta([[1, 0, 0.5], [0, 1, 0]])), {"align_corners": True})
    yield Case("a different theta per image (N=3)",
               (_x(rng, (3, 2, 6, 7), F64), np.stack([_theta(_rot(30), dtype=F64)[0], _theta(_rot(0, 0.7, 0.2), dtype=F64)[0],
                                                      _theta([[1, 0.2, -0.3], [-0.1, 1.2, 0.4]], dtype=F64)[0]])),
               {"align_corners": False})
    yield Case("float32 image in [0, 255], rotation by 20 degrees",
               (rng.uniform(0, 255, (1, 3, 10, 12)).astype(F32), _theta(_rot(20))), {"align_corners": False})
    specs = [((2, 3, 16, 16), False, F32), ((2, 3, 16, 16), True, F32), ((1, 4, 24, 20), False, F64),
             ((3, 2, 9, 31), True, F64), ((2, 1, 33, 17), False, F32), ((1, 3, 48, 40), True, F32),
             ((4, 2, 12, 12), False, F64), ((1, 1, 64, 64), False, F32)]
    for shape, ac, dt in specs:
        n = shape[0]
        th = np.stack([_rot(rng.uniform(-180, 180), rng.uniform(0.6, 1.4), *rng.uniform(-0.4, 0.4, 2),
                            shear=rng.uniform(-0.2, 0.2)) for _ in range(n)]).astype(dt)
        yield Case(f"random {list(shape)} {np.dtype(dt).name}, align_corners={ac}", (_x(rng, shape, dt), th),
                   {"align_corners": ac}, random=True)


# ------------------------------------------------------------ naming the classic mistakes


def _warp(x, theta, ac, padding="zeros", nearest=False, yx=False):
    """The contract in numpy float64, with the variants candidates write by mistake."""
    n, c, h, w = x.shape

    def pos(k):
        if k <= 1:
            return np.zeros(k)
        i = np.arange(k, dtype=np.float64)
        return 2 * i / (k - 1) - 1 if ac else (2 * i + 1) / k - 1

    xs, ys = pos(w)[None, None, :], pos(h)[None, :, None]
    t = theta.astype(np.float64)[:, :, :, None, None]
    if yx:  # theta applied to (y, x, 1) and giving (y, x)
        gy = t[:, 0, 0] * ys + t[:, 0, 1] * xs + t[:, 0, 2]
        gx = t[:, 1, 0] * ys + t[:, 1, 1] * xs + t[:, 1, 2]
    else:
        gx = t[:, 0, 0] * xs + t[:, 0, 1] * ys + t[:, 0, 2]
        gy = t[:, 1, 0] * xs + t[:, 1, 1] * ys + t[:, 1, 2]
    px = lambda g, k: (g + 1) / 2 * (k - 1) if ac else ((g + 1) * k - 1) / 2  # noqa: E731
    u, v = px(gx, w), px(gy, h)
    xf = x.astype(np.float64)
    out = np.zeros((n, c, h, w))
    nn = np.arange(n)[:, None, None]
    if nearest:
        corners = [(np.rint(v), np.rint(u), np.ones_like(u))]
    else:
        u0, v0 = np.floor(u), np.floor(v)
        fu, fv = u - u0, v - v0
        corners = [(v0 + dv, u0 + du, (fv if dv else 1 - fv) * (fu if du else 1 - fu)) for dv in (0, 1) for du in (0, 1)]
    for vv, uu, wt in corners:
        inside = (uu >= 0) & (uu < w) & (vv >= 0) & (vv < h)
        if padding == "border":
            inside = np.ones_like(inside)
        vi = np.clip(vv, 0, h - 1).astype(np.int64)
        ui = np.clip(uu, 0, w - 1).astype(np.int64)
        out += np.moveaxis(xf[nn, :, vi, ui], -1, 1) * (wt * inside)[:, None]
    return out


def _diagnose(case, got) -> str:
    x, theta = case.args[0], case.args[1]
    ac = case.kwargs.get("align_corners", case.args[2] if len(case.args) > 2 else False)
    scale = max(1.0, float(np.abs(x).max(initial=0)))
    cands = [(dict(ac=not ac), f" (the align_corners={not ac} convention: with align_corners={ac} "
              + ("-1 and 1 are the centres of the corner pixels, u = (x + 1) / 2 * (W - 1))" if ac else
                 "-1 and 1 are the outer edges of the image, u = ((x + 1) * W - 1) / 2)")),
             (dict(ac=ac, padding="border"), " (a neighbour outside the image is clamped to the border: with"
              " zero padding it contributes 0)"),
             (dict(ac=ac, yx=True), " (theta is applied to (y, x): its first row gives the x (width) coordinate"
              " from (x, y, 1))"),
             (dict(ac=ac, nearest=True), " (nearest neighbour, not bilinear interpolation)")]
    for kw, hint in cands:
        with np.errstate(all="ignore"):
            alt = _warp(x, theta, **kw)
        if alt.shape == got.shape and np.allclose(got, alt, 1e-4, 1e-4 * scale):
            return hint
    return ""


def check(case, expected, got):
    if not isinstance(got, tuple) or len(got) != 2:
        return compare(expected, got, what="result")
    dt = str(expected[0].dtype).replace("torch.", "")
    rtol = TOL.get(dt, TOL["float32"])
    x = case.args[0]
    scale = max(1.0, float(np.abs(x).max(initial=0)))
    msg = compare(expected[0], got[0], rtol, rtol * scale, what="output")
    if msg:
        if "values differ" in msg:
            msg += _diagnose(case, np.asarray(got[0].array, np.float64))
        return msg
    exp_g, got_g = expected[1], got[1]
    if got_g is None:
        return ("input.grad is None after out.backward(grad_output): the output is not a differentiable "
                "function of input (no .detach(), .item(), numpy or torch.no_grad() on the way)")
    gscale = max(1.0, float(np.abs(exp_g.array).max(initial=0)))
    return compare(exp_g, got_g, rtol, rtol * gscale, what="input.grad (by autograd, for a seeded grad_output)")


def warp_with(input, theta, align_corners=False, flip_ac=False, border=False, yx=False, inverse=False):
    """The warp in torch (differentiable in input) with one convention changed: the other
    align_corners, neighbours outside clamped to the border, theta applied to (y, x), or the
    inverse of theta used (theta taken as the map from input to output)."""
    import torch

    n, c, h, w = input.shape
    ac = align_corners != flip_ac
    if inverse:
        full = torch.cat([theta, theta.new_tensor([0.0, 0.0, 1.0]).expand(n, 1, 3)], 1)  # [N,3,3]
        theta = torch.linalg.inv(full.double()).to(theta.dtype)[:, :2]

    def pos(k):
        if k <= 1:
            return torch.zeros(k, dtype=input.dtype, device=input.device)
        i = torch.arange(k, dtype=input.dtype, device=input.device)
        return 2 * i / (k - 1) - 1 if ac else (2 * i + 1) / k - 1

    xs, ys = pos(w)[None, None, :], pos(h)[None, :, None]
    t = theta[:, :, :, None, None]
    a, b = (ys, xs) if yx else (xs, ys)
    g0 = t[:, 0, 0] * a + t[:, 0, 1] * b + t[:, 0, 2]
    g1 = t[:, 1, 0] * a + t[:, 1, 1] * b + t[:, 1, 2]
    gx, gy = (g1, g0) if yx else (g0, g1)
    to_px = (lambda g, k: (g + 1) / 2 * (k - 1)) if ac else (lambda g, k: ((g + 1) * k - 1) / 2)  # noqa: E731
    u, v = to_px(gx, w), to_px(gy, h)
    u0, v0 = u.floor(), v.floor()
    fu, fv = u - u0, v - v0
    flat = input.reshape(n, c, h * w)
    out = torch.zeros_like(input)
    for dv, wv in ((0, 1 - fv), (1, fv)):
        for du, wu in ((0, 1 - fu), (1, fu)):
            uu, vv = u0.long() + du, v0.long() + dv
            inside = torch.ones_like(fu) if border else ((uu >= 0) & (uu < w) & (vv >= 0) & (vv < h)).to(fu.dtype)
            idx = (vv.clamp(0, h - 1) * w + uu.clamp(0, w - 1)).reshape(n, 1, h * w).expand(n, c, h * w)
            out = out + flat.gather(2, idx).reshape(n, c, h, w) * (wu * wv * inside)[:, None]
    return out


VARIANTS = [
    Variant("align_corners the other way round", partial(warp_with, flip_ac=True),
            "the pixel grid follows the other align_corners convention; with align_corners=True -1 and 1 are the "
            "centres of the corner pixels (x_j = -1 + 2 j / (W - 1), u = (x_s + 1) / 2 * (W - 1)), with "
            "align_corners=False (the default) they are the outer edges of the image (x_j = (2 j + 1) / W - 1, "
            "u = ((x_s + 1) * W - 1) / 2)",
            "像素网格用了另一种 align_corners 约定；align_corners=True 时 -1 和 1 是角上像素的中心"
            "（x_j = -1 + 2 j / (W - 1)，u = (x_s + 1) / 2 * (W - 1)），align_corners=False（默认）时它们是图像的外边缘"
            "（x_j = (2 j + 1) / W - 1，u = ((x_s + 1) * W - 1) / 2）",
            name_zh="align_corners 用反了"),
    Variant("border padding", partial(warp_with, border=True),
            "a neighbour outside the image is clamped to the nearest border pixel (padding_mode=\"border\"); with "
            "zero padding it contributes 0 and its weight is not given to another pixel",
            "图像外的邻居被截到最近的边界像素（padding_mode=\"border\"）；零填充时它的贡献为 0，"
            "其权重也不会转给其他像素",
            name_zh="边界复制填充"),
    Variant("theta applied to (y, x)", partial(warp_with, yx=True),
            "theta is applied to (y, x, 1) and gives (y, x), row and column order; the first row of theta gives x, "
            "the width coordinate, from (x_j, y_i, 1): (x_s, y_s) = theta[n] @ (x_j, y_i, 1)",
            "theta 被作用在 (y, x, 1) 上并得到 (y, x)，即行、列的顺序；theta 的第一行由 (x_j, y_i, 1) 给出 x，"
            "即宽度方向的坐标：(x_s, y_s) = theta[n] @ (x_j, y_i, 1)",
            name_zh="theta 作用于 (y, x)"),
    Variant("the inverse of theta", partial(warp_with, inverse=True),
            "you sample at the inverse of theta, as if theta mapped input positions to output positions (a forward "
            "warp); as in a spatial transformer, theta maps each output position to the input position it samples "
            "from: use theta itself",
            "你在 theta 的逆变换处采样，仿佛 theta 把输入位置映射到输出位置（前向变换）；与空间变换网络（STN）一样，"
            "theta 把每个输出位置映射到它要采样的输入位置：应直接使用 theta",
            name_zh="用了 theta 的逆"),
]

_GRID = ["torch.nn.functional.grid_sample", "torch.nn.functional.affine_grid", "torch.grid_sampler*",
         "torch._grid_sampler*", "torch.cudnn_grid_sampler*", "torch.affine_grid_generator*",
         "torch._C._VariableFunctions.grid_sampler*", "torch._C._VariableFunctions._grid_sampler*",
         "torch._C._VariableFunctions.cudnn_grid_sampler*", "torch._C._VariableFunctions.affine_grid_generator*",
         "torch.ops.aten.grid_sampler*", "torch.ops.aten._grid_sampler*", "torch.ops.aten.cudnn_grid_sampler*",
         "torch.ops.aten.affine_grid_generator*"]

PROBLEM = Problem(
    slug="affine_warp",
    kind="torch",
    params=["input", "theta", "align_corners"],
    cases=cases,
    check=check,
    driver=A.grad_driver(),
    forbidden=_GRID + ["kornia.*", "cv2.*", "torchvision.transforms.functional.affine",
                       "torchvision.transforms.functional.rotate", "torchvision.transforms.v2.functional.affine*",
                       "torchvision.transforms.v2.functional.rotate*", "torchvision.transforms.functional._apply_grid_transform",
                       "scipy.ndimage.affine_transform", "scipy.ndimage.map_coordinates", "skimage.transform.warp",
                       "skimage.transform.rotate", "skimage.transform.AffineTransform"],
    shrink=shrink_batch,
    terms=["[N,C,H,W]", "[N,2,3]", "align_corners", "(2 j + 1) / W - 1", "-1 + 2 j / (W - 1)",
           "(x_s + 1) / 2 * (W - 1)", "((x_s + 1) * W - 1) / 2", "theta[n] @ (x_j, y_i, 1)", "x", "width",
           "zero padding", "contributes 0", "size-1 axis", "dtype", "device", "N >= 1", "input.grad", "1e-4",
           "1e-10", "F.grid_sample", "F.affine_grid"],
    variants=VARIANTS,
)
