"""group_norm: normalisation over groups of contiguous channels (and all spatial
positions) of each sample, biased variance, eps inside the square root, per-channel
affine, as torch.nn.functional.group_norm; value and autograd gradients of x, weight, bias."""
import numpy as np

from ..judge.spec import Case, Problem, Variant, shrink_rows
from . import _norm as N
from .layer_norm import NORM_OPS


def _gn(rng, shape, groups, dtype, loc=0.0, scale=1.0, weight=True, bias=True):
    """(x, num_groups, weight, bias): each (sample, channel) its own mean and spread, so
    that the channels of one group differ and a wrong grouping shows."""
    x = N.spread(rng, shape, (0, 1), dtype, loc, scale)
    w, b = N.affine(rng, (shape[1],), dtype)
    return (x, groups, w if weight else None, b if bias else None)


def cases(rng):
    f32, f64 = np.float32, np.float64
    yield Case("[2,4,3,3], 2 groups, with weight and bias", _gn(rng, (2, 4, 3, 3), 2, f32))
    yield Case("num_groups=1 (one group: over C, H and W, like LayerNorm)", _gn(rng, (2, 3, 4, 4), 1, f64))
    yield Case("num_groups=C (one channel per group: InstanceNorm)", _gn(rng, (2, 4, 3, 5), 4, f64))
    yield Case("weight and bias omitted (1 and 0)", _gn(rng, (3, 6, 2, 2), 3, f64)[:2])
    x = np.zeros((1, 6, 2, 2))
    x += np.arange(6.0)[None, :, None, None] * 3.0 + np.array([[0.0, 0.5], [-0.25, 1.0]])
    yield Case("channel c holds 3c + a pattern: the groups are channels {0,1,2} and {3,4,5}",
               (x, 2, np.array([1.0, 2.0, 0.5, 1.5, 1.0, 0.25]), np.array([0.0, 0.1, -0.1, 0.2, 0.0, 0.3])))
    yield Case("[N, C] input (no spatial dims)", _gn(rng, (5, 6), 3, f64))
    yield Case("[N, C, L] input (1-D)", _gn(rng, (2, 8, 10), 4, f32))
    yield Case("[N, C, D, H, W] input (3-D)", _gn(rng, (1, 4, 2, 3, 3), 2, f64))
    x, g, w, b = _gn(rng, (2, 4, 3, 3), 2, f64)
    x[1, 2:] = 4.0
    yield Case("a constant group (variance 0: y = bias there)", (x, g, w, b))
    yield Case("num_groups=C and H=W=1 (one value per group)", _gn(rng, (3, 4, 1, 1), 4, f64))
    yield Case("small values: variance ~1e-6 < eps (eps inside the square root)",
               _gn(rng, (2, 4, 3, 3), 2, f64, scale=1e-3))
    yield Case("eps=0.1", _gn(rng, (2, 6, 2, 3), 3, f64), {"eps": 0.1})
    x, g, w, b = _gn(rng, (2, 4, 3, 3), 2, f64)
    yield Case("weight only, passed by keyword", (x, g), {"weight": w})
    yield Case("group means ~1000, float32 (two-pass variance)", _gn(rng, (4, 8, 8, 8), 2, f32, loc=1000.0))
    yield Case("N=0 (empty batch)", _gn(rng, (0, 4, 3, 3), 2, f32))
    params = [  # shape, groups, dtype, loc, scale, affine, keywords
        ((4, 32, 8, 8), 8, f32, 0.0, 1.0, True, {}),
        ((2, 6, 5, 7), 3, f64, 0.0, 3.0, True, {}),
        ((8, 16, 4, 4), 16, f32, 0.0, 1.0, True, {}),
        ((3, 12, 10), 4, f64, 2.0, 1.0, True, {"eps": 1e-3}),
        ((16, 64), 8, f32, 0.0, 2.0, True, {}),
        ((2, 32, 6, 6), 1, f64, 0.0, 1.0, True, {}),
        ((2, 12, 5, 5), 6, f64, 0.0, 0.05, False, {"eps": 1e-3}),
    ]
    for shape, groups, dt, loc, scale, aff, kw in params:
        opts = "".join(f", {key}={v:g}" for key, v in kw.items())
        name = (f"random {list(shape)}, num_groups={groups}, {np.dtype(dt).name}"
                f"{'' if aff else ', no weight and bias'}{opts}")
        yield Case(name, _gn(rng, shape, groups, dt, loc, scale, aff, aff), kw, random=True)


def gn_with(correction=0, eps_outside=False, interleaved=False, across_batch=False):
    """Group norm under another convention: the variance with this `correction` (1: unbiased),
    (x - mean) / (std + eps) (`eps_outside`), every G-th channel in a group (`interleaved`:
    channel c in group c % G), or each group's statistics pooled over the batch (`across_batch`)."""
    def group_norm(x, num_groups, weight=None, bias=None, eps=1e-5):
        import torch

        n, c = x.shape[0], x.shape[1]
        affine_shape = (1, c) + (1,) * (x.dim() - 2)
        if x.numel() == 0:
            y = x * 1.0
        else:
            if interleaved:  # [N, C/G, G, spatial]: the group axis is the fast one
                g, dims = x.reshape(n, c // num_groups, num_groups, -1), (1, 3)
            else:
                g, dims = x.reshape(n, num_groups, -1), ((0, 2) if across_batch else (2,))
            mean = g.mean(dim=dims, keepdim=True)
            gc = g - mean
            count = g.numel() // mean.numel()
            var = (gc * gc).sum(dim=dims, keepdim=True) / (count - correction)
            y = (gc / (torch.sqrt(var) + eps if eps_outside else torch.sqrt(var + eps))).reshape(x.shape)
        if weight is not None:
            y = y * weight.reshape(affine_shape)
        if bias is not None:
            y = y + bias.reshape(affine_shape)
        return y
    return group_norm


VARIANTS = [
    Variant("the unbiased variance (divided by n - 1)", gn_with(correction=1),
            "you normalise with the unbiased variance, divided by n - 1 (torch.var's default, correction=1); "
            "group norm uses the biased one, divided by the number n of values in the group: "
            "`torch.var(..., correction=0)` or the mean of squared deviations",
            "你用无偏方差（除以 n - 1，`torch.var` 的默认 `correction=1`）做归一化；group norm 用的是有偏方差，除以"
            "组内数值的个数 n：`torch.var(..., correction=0)`，或者偏差平方的均值",
            name_zh="无偏方差（除以 n - 1）"),
    Variant("eps outside the square root", gn_with(eps_outside=True),
            "you divide by `sqrt(var) + eps`, adding eps to the standard deviation; torch adds it to the variance, "
            "inside the square root: `(x - mean) / sqrt(var + eps)`. The two differ most where the variance is "
            "near or below eps",
            "你除以的是 `sqrt(var) + eps`，把 eps 加到了标准差上；torch 是把它加到方差上、放在平方根里面："
            "`(x - mean) / sqrt(var + eps)`。方差接近或小于 eps 时两者差别最大",
            name_zh="eps 加在了平方根外面"),
    Variant("interleaved groups (every G-th channel)", gn_with(interleaved=True),
            "your groups take every G-th channel, channel c in group c % G (a reshape to [N, C/G, G, ...]); group g "
            "holds the contiguous channels `[g*C/G, (g+1)*C/G)`, channel c in group c // (C/G): "
            "`x.reshape(N, G, -1)`. The two agree for num_groups = 1 and num_groups = C only",
            "你的分组是每隔 G 个通道取一个，通道 c 属于第 c % G 组（reshape 成 `[N, C/G, G, ...]`）；第 g 组应是连续的"
            "通道 `[g*C/G, (g+1)*C/G)`，通道 c 属于第 c // (C/G) 组：`x.reshape(N, G, -1)`。两者只在 "
            "`num_groups = 1` 和 `num_groups = C` 时一致",
            name_zh="交错分组（每隔 G 个通道）"),
    Variant("statistics pooled over the batch", gn_with(across_batch=True),
            "you take each group's mean and variance over the whole batch, as batch norm would; group norm "
            "normalises every sample on its own: the statistics of group g of sample n come from that sample only",
            "你在整个 batch 上求每一组的均值和方差，这是 batch norm 的做法；group norm 对每个样本单独归一化："
            "样本 n 第 g 组的统计量只来自这个样本",
            name_zh="统计量在整个 batch 上汇总"),
]


PROBLEM = Problem(
    slug="group_norm",
    kind="torch",
    params=["x", "num_groups", "weight", "bias", "eps"],
    cases=cases,
    check=N.affine_grad_check,
    driver=N.affine_grad_driver(2, 3),
    forbidden_ops=NORM_OPS,  # layer_norm.py: every norm operator, however it is reached
    forbidden=N.NORMS,
    shrink=shrink_rows(0),
    variants=VARIANTS,
    terms=["[N, C, *]", "contiguous", "[g*C/G, (g+1)*C/G)", "[N, C]", "num_groups=1", "num_groups=C", "biased",
           "inside the square root", "per channel", "[C]", "None", "constant group", "two passes", "1000", "N = 0",
           "requires_grad=True", "grad_output", "x.grad", "weight.grad", "bias.grad", "rtol", "dtype", "device",
           "float32", "float64"],
)
