"""roi_pool: RoI max pooling as torchvision.ops.roi_pool (torchvision 0.29): rounded roi
corners (half away from zero), end pixel included, floor/ceil bin bounds in the input's
dtype, empty bin -> 0; the value, compared exactly."""
from functools import partial

import numpy as np

from ..judge.spec import Case, Problem, Variant
from . import _tvdet as T

f32, f64 = np.float32, np.float64


def _arange(h, w, dtype, n=1):
    return np.arange(n * h * w, dtype=np.float64).reshape(n, 1, h, w).astype(dtype)


def cases(rng):
    yield Case("K = 0 rois", (T.feature(rng, 1, 2, 5, 5, f32), np.zeros((0, 5), f32), 2))
    a = _arange(10, 10, f32)
    yield Case("integer roi, end pixel included (x2 - x1 + 1 columns)", (a, np.array([[0, 1, 2, 4, 5]], f32), 2))
    yield Case("corners at .5 round away from zero (2.5 -> 3, 5.5 -> 6)", (a, np.array([[0, 2.5, 2.5, 5.5, 5.5]], f32), 2))
    yield Case("corner at -0.5 rounds to -1 (then clipped)", (a, np.array([[0, -0.5, -0.5, 1.5, 1.5]], f64).astype(f32), 2))
    yield Case("corner at 0.49999997 (float32) rounds to 0, not 1 (decreasing image)",
               (-a, np.array([[0, 0.49999997, 0.49999997, 2, 2]], f32), 2))
    # roi 14 px tall, 13 bins: in float32 ceil(13 * (14 / 13)) = 15, the last bin takes one
    # row past the roi; in float64 it stays 14. The float64 case has its own roi, 29 rows in 11
    # bins (float32: ceil(11 * (29 / 11)) = 30), where a division and a multiplication by the
    # reciprocal (what `length / 13` is on CUDA, see also) agree: 14 * (1 / 13) * 13 is over
    # 14 in float64, so those two cases test the dtype alone (tests/test_oracle_roi_pool.py)
    yield Case("float32 bin bounds: 14 rows in 13 bins (the last bin reaches row 14)",
               (_arange(20, 20, f32), np.array([[0, 0, 0, 13, 13]], f32), 13))
    yield Case("float64 bin bounds: 29 rows in 11 bins (the last bin ends at row 28; float32's reaches 29)",
               (_arange(32, 32, f64), np.array([[0, 0, 0, 28, 28]], f64), 11))
    yield Case("more bins than pixels (bins overlap, none empty)", (a, np.array([[0, 2, 3, 4, 4]], f32), (4, 5)))
    yield Case("roi past the border: clipped bins, empty ones give 0",
               (_arange(6, 6, f64), np.array([[0, 3, 2, 12, 12], [0, -9, -9, 1, 1]], f64), 3))
    yield Case("roi entirely outside: every bin empty, 0", (T.feature(rng, 1, 2, 4, 4, f32), np.array([[0, 7, 7, 9, 9]], f32), 2))
    yield Case("x2 < x1 (malformed roi: one pixel)", (a, np.array([[0, 5, 5, 2, 3]], f32), 2))
    yield Case("negative values: the max is not 0 (no zero padding)",
               (-1 - _arange(6, 6, f64), np.array([[0, 0, 0, 5, 5]], f64), 2))
    yield Case("spatial_scale=1/16 on a stride-16 map",
               (T.feature(rng, 1, 3, 8, 10, f32), np.array([[0, 16, 8, 120, 100], [0, 40, 24, 88, 56]], f32), 3),
               {"spatial_scale": 0.0625})
    yield Case("batch index column picks the image (N = 3)",
               (T.feature(rng, 3, 2, 6, 6, f64), np.array([[2, 0, 0, 4, 4], [0, 1, 1, 5, 5], [1, 0.4, 2, 3, 5]], f64),
                (2, 3)))
    yield Case("integer-valued input (ties)", (rng.integers(0, 3, (1, 2, 7, 7)).astype(f32),
                                               np.array([[0, 0, 0, 6, 6], [0, 1, 2, 5, 4]], f32), 3))
    params = [  # n, c, h, w, k, output_size, spatial_scale, dtype
        (1, 3, 10, 12, 5, 3, 1.0, f32), (2, 2, 9, 7, 8, (2, 4), 0.5, f64), (2, 4, 16, 16, 12, 7, 0.25, f32),
        (1, 1, 13, 11, 10, (5, 3), 1.0, f64), (3, 2, 8, 8, 9, 2, 0.125, f32), (1, 4, 20, 14, 6, (4, 4), 0.5, f64),
        (2, 3, 12, 12, 12, 5, 1.0, f64), (1, 2, 6, 9, 7, 3, 2.0, f32),
    ]
    for n, c, h, w, k, osz, scale, dt in params:
        boxes = T.rois(rng, k, n, h, w, scale, dt)
        boxes[: k // 3, 1:] = (np.round(boxes[: k // 3, 1:] * scale * 2) / (2 * scale)).astype(dt)  # some at .5
        yield Case(f"random [{n},{c},{h},{w}], K={k}, output {osz}, scale {scale:g}, {np.dtype(dt).name}",
                   (T.feature(rng, n, c, h, w, dt), boxes, osz), {"spatial_scale": scale}, random=True)


def _rounded(v, how):
    """The roi corners as integers: C's round() (how="away"), torch.round (halves to even) or
    sign(v) * floor(|v| + 0.5) computed in v's dtype (float32 turns 0.49999997 + 0.5 into 1)."""
    import torch

    if how == "even":
        return torch.round(v)
    if how == "floor_half":
        return v.sign() * torch.floor(v.abs() + 0.5)
    t = v.trunc()
    return t + torch.where((v - t).abs() >= 0.5, v.sign(), torch.zeros_like(v))


def _bounds(start, end, pooled, size, plus, exact_bins, reciprocal=False):
    """[K] roi starts and ends -> [K, P] first and one-past-last pixel of every bin, clipped.
    The bin size is roi_len / P, a true division as torchvision's kernels compute it (a tensor
    divided by a Python number would be a multiplication by 1 / P on CUDA); `reciprocal`:
    roi_len * (1 / P) on every device, what `length / P` gives a torch user on CUDA."""
    import torch

    length = (end - start + plus).clamp(min=1)
    p = torch.arange(pooled, device=start.device, dtype=start.dtype)
    if exact_bins:  # integer arithmetic: floor(p * L / P) and ceil((p + 1) * L / P) exactly
        n, q = length.long()[:, None], torch.arange(pooled, device=start.device)[None, :]
        lo, hi = q * n // pooled, -((-(q + 1) * n) // pooled)
    else:
        div = torch.full((), pooled, dtype=length.dtype, device=length.device)
        bin_size = length * (1 / div) if reciprocal else length / div
        lo = torch.floor(p[None, :] * bin_size[:, None]).long()
        hi = torch.ceil((p[None, :] + 1) * bin_size[:, None]).long()
    s = start.long()[:, None]
    return (lo + s).clamp(0, size), (hi + s).clamp(0, size)


def roi_pool_with(input, boxes, output_size, spatial_scale=1.0, rounding="away", plus=1, exact_bins=False,
                  reciprocal=False):
    """roi_pool with one rule changed: the corners' rounding, the end pixel excluded (plus=0),
    exact integer bin bounds, or bin sizes as roi_len * (1 / P); a max over a [H, W] mask per
    bin (slow, but only a few cases)."""
    import torch

    ph_n, pw_n = (int(output_size), int(output_size)) if isinstance(output_size, int) else map(int, output_size)
    n, c, h, w = input.shape
    k = boxes.shape[0]
    out = input.new_zeros((k, c, ph_n, pw_n))
    if k == 0:
        return out
    r = _rounded(boxes[:, 1:] * spatial_scale, rounding)
    y0, y1 = _bounds(r[:, 1], r[:, 3], ph_n, h, plus, exact_bins, reciprocal)
    x0, x1 = _bounds(r[:, 0], r[:, 2], pw_n, w, plus, exact_bins, reciprocal)
    rows, cols = torch.arange(h, device=input.device), torch.arange(w, device=input.device)
    img = input[boxes[:, 0].long()]  # [K, C, H, W]
    neg = torch.tensor(float("-inf"), dtype=input.dtype, device=input.device)
    for i in range(ph_n):
        my = (rows >= y0[:, i, None]) & (rows < y1[:, i, None])  # [K, H]
        for j in range(pw_n):
            mx = (cols >= x0[:, j, None]) & (cols < x1[:, j, None])  # [K, W]
            m = (my[:, :, None] & mx[:, None, :])[:, None]  # [K, 1, H, W]
            best = torch.where(m, img, neg).amax(dim=(2, 3))
            out[:, :, i, j] = torch.where(m.flatten(1).any(1)[:, None], best, torch.zeros_like(best))
    return out


VARIANTS = [
    Variant("the end pixel excluded", partial(roi_pool_with, plus=0),
            "the roi is ex - sx columns wide (continuous coordinates); torchvision's roi_pool counts its end pixel: "
            "roi_w = max(ex - sx + 1, 1), likewise roi_h, so the bins are wider and each reaches one pixel further",
            "roi 的宽度取了 ex - sx 列（连续坐标的写法）；torchvision 的 roi_pool 包含终点像素：roi_w = "
            "max(ex - sx + 1, 1)，roi_h 同理，于是每个 bin 更宽，覆盖范围多延伸一个像素",
            name_zh="不含终点像素"),
    Variant("torch.round for the corners", partial(roi_pool_with, rounding="even"),
            "the scaled corners are rounded with torch.round, which sends halves to even (2.5 -> 2); torchvision "
            "uses C's round(), halves away from zero (2.5 -> 3, -0.5 -> -1)",
            "缩放后的角点用 torch.round 取整，它把 .5 舍入到偶数（2.5 -> 2）；torchvision 用的是 C 的 round()，"
            ".5 远离零舍入（2.5 -> 3，-0.5 -> -1）",
            name_zh="用 torch.round 取整角点"),
    Variant("floor(|v| + 0.5) in float32", partial(roi_pool_with, rounding="floor_half"),
            "the corners are rounded as sign(v) * floor(|v| + 0.5) in the input's dtype: right for 2.5 and -0.5, "
            "but in float32 0.49999997 + 0.5 rounds to 1.0, so 0.49999997 becomes 1; C's round() gives 0 (round "
            "by the fractional part, v - trunc(v) >= 0.5, or in float64)",
            "角点按 sign(v) * floor(|v| + 0.5) 在输入的 dtype 下取整：2.5 和 -0.5 都对，但在 float32 中 "
            "0.49999997 + 0.5 会舍入成 1.0，于是 0.49999997 变成了 1；C 的 round() 给出 0（应按小数部分 "
            "v - trunc(v) >= 0.5 判断，或在 float64 中计算）",
            name_zh="float32 下的 floor(|v| + 0.5)"),
    Variant("exact integer bin bounds", partial(roi_pool_with, exact_bins=True),
            "the bin bounds are exact integers, floor(ph * roi_h / PH) and ceil((ph + 1) * roi_h / PH); torchvision "
            "computes bin_h = roi_h / PH in the input's dtype and then ceil((ph + 1) * bin_h), so in float32 14 rows "
            "in 13 bins give ceil(13 * (14 / 13)) = 15 and the last bin reaches one row past the roi",
            "bin 的边界用了精确的整数运算 floor(ph * roi_h / PH) 和 ceil((ph + 1) * roi_h / PH)；torchvision 先在输入"
            "的 dtype 下算 bin_h = roi_h / PH，再算 ceil((ph + 1) * bin_h)，因此在 float32 中 14 行分成 13 个 bin 时 "
            "ceil(13 * (14 / 13)) = 15，最后一个 bin 多出 roi 一行",
            name_zh="精确的整数 bin 边界"),
]


def also(case, device):
    """On CUDA the bins `length / P` gives are right too: torch divides a CUDA tensor by a
    Python number as a multiplication by 1 / P, which moves a bin's edge by a pixel on many rois
    (7 rows in 3 bins in float32: 3 * (7 * (1 / 3)) = 7.0000005, ceil 8), so an honest torch
    answer would fail there, and only there, for a rounding it did not write. Torchvision's
    kernels divide: that stays the reference, and the only answer on the CPU."""
    if not device.startswith("cuda"):
        return None
    from ..judge.worker import prepare

    args, kwargs = prepare({"args": case.args, "kwargs": case.kwargs}, "torch", "cpu")
    return roi_pool_with(*args, **kwargs, reciprocal=True)


PROBLEM = Problem(
    slug="roi_pool",
    kind="torch",
    params=["input", "boxes", "output_size", "spatial_scale"],
    cases=cases,
    check=T.roi_exact_check,
    also=also,
    forbidden=T.TV_ROI,
    # Not timed: a Python loop over rois and bins with a vectorised max per bin measured only
    # 3.7x slower than this reference (K=64 on [2,16,50,50]), under the 10x a timed problem needs.
    shrink=T.shrink_rois,
    terms=["[K, 5]", "batch_index", "int or a pair", "[K, C, PH, PW]", "half away from zero", "2.5 -> 3",
           "-0.5 -> -1", "+ 1", "max(", "floor(ph * bin_h)", "ceil((ph + 1) * bin_h)", "input's dtype",
           "14 rows in 13 bins", "clipped", "empty", "0", "exactly", "K = 0", "dtype", "device"],
    variants=VARIANTS,
)
