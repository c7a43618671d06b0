"""layer_norm: normalisation over the last len(normalized_shape) dims with the biased
variance, eps inside the square root and an elementwise affine, as
torch.nn.functional.layer_norm; value and autograd gradients of x, weight and bias."""
import contextlib
import math

import numpy as np

from ..judge.spec import Case, Problem, Variant, shrink_rows
from . import _norm as N


def _ln(rng, shape, k, dtype, loc=0.0, scale=1.0, weight=True, bias=True):
    """(x, normalized_shape, weight, bias): each row (index over the leading dims) its own
    mean and spread."""
    lead = tuple(range(len(shape) - k))
    x = N.spread(rng, shape, lead, dtype, loc, scale)
    ns = tuple(shape[len(shape) - k:])
    w, b = N.affine(rng, ns, dtype)
    return (x, ns, w if weight else None, b if bias else None)


def cases(rng):
    f32, f64 = np.float32, np.float64
    yield Case("[4,5] over the last dim, with weight and bias", _ln(rng, (4, 5), 1, f32))
    yield Case("weight and bias omitted (1 and 0)", _ln(rng, (3, 6), 1, f64)[:2])
    x, ns, w, b = _ln(rng, (3, 7), 1, f64)
    yield Case("normalized_shape an int", (x, 7, w, b))
    x, ns, w, b = _ln(rng, (2, 3, 4, 5), 2, f64)
    yield Case("normalized_shape a list [4, 5]: the last two dims together", (x, [4, 5], w, b))
    yield Case("normalized_shape = x.shape (one row: the whole tensor)", _ln(rng, (3, 4), 2, f32))
    yield Case("[N, T, D] tokens, over D", _ln(rng, (2, 5, 16), 1, f32))
    yield Case("a 1-D x: one row", _ln(rng, (9,), 1, f64))
    yield Case("weight only, bias None", _ln(rng, (4, 8), 1, f64, bias=False))
    x, ns, w, b = _ln(rng, (4, 8), 1, f64)
    yield Case("bias only, passed by keyword", (x, ns), {"bias": b})
    x, ns, w, b = _ln(rng, (4, 6), 1, f64)
    x[1] = 4.0
    x[3] = -0.25
    yield Case("constant rows (variance 0: y = bias there)", (x, ns, w, b))
    yield Case("normalized size 1 (every row constant)", _ln(rng, (6, 1), 1, f64))
    yield Case("small values: variance ~1e-6 < eps (eps inside the square root)",
               _ln(rng, (5, 12), 1, f64, scale=1e-3))
    yield Case("eps=0.1", _ln(rng, (3, 10), 1, f64), {"eps": 0.1})
    yield Case("rows with mean ~1000, float32 (two-pass variance)", _ln(rng, (8, 64), 1, f32, loc=1000.0))
    yield Case("empty: no rows, [0, 5]", _ln(rng, (0, 5), 1, f32))
    params = [  # shape, k, dtype, loc, scale, affine, keywords
        ((10, 32), 1, f32, 0.0, 1.0, True, {}),
        ((4, 6, 20), 1, f64, 0.0, 3.0, True, {}),
        ((2, 3, 8, 8), 3, f32, 0.0, 2.0, True, {}),
        ((2, 4, 5, 6), 2, f64, 5.0, 1.0, True, {"eps": 1e-3}),
        ((64, 257), 1, f32, 0.0, 1.0, True, {}),
        ((3, 100), 1, f64, 0.0, 0.01, False, {}),
        ((16, 24), 1, f64, -20.0, 10.0, True, {"eps": 1e-6}),
    ]
    for shape, k, dt, loc, scale, aff, kw in params:
        opts = "".join(f", {key}={v:g}" for key, v in kw.items())
        name = (f"random {list(shape)} over the last {k} dim{'s' if k > 1 else ''}, {np.dtype(dt).name}"
                f"{'' if aff else ', no weight and bias'}{opts}")
        yield Case(name, _ln(rng, shape, k, dt, loc, scale, aff, aff), kw, random=True)


def _shrink(case):
    # fewer rows, while there are leading (not normalised) dims
    x, ns = case.args[0], case.args[1]
    k = 1 if isinstance(ns, int) else len(ns)
    return shrink_rows(0)(case) if x.ndim > k else []


def ln_with(correction=0, eps_outside=False, last_only=False, detached=False):
    """Layer norm under another convention: the variance with this `correction` (1: unbiased),
    (x - mean) / (std + eps) (`eps_outside`), statistics over the last dim only (`last_only`),
    or computed under torch.no_grad() (`detached`: autograd sees them as constants)."""
    def ln(x, normalized_shape, weight=None, bias=None, eps=1e-5):
        import torch

        k = 1 if last_only or isinstance(normalized_shape, int) else len(normalized_shape)
        dims = tuple(range(x.dim() - k, x.dim()))
        with torch.no_grad() if detached else contextlib.nullcontext():
            mean = x.mean(dim=dims, keepdim=True)
            var = ((x - mean) ** 2).sum(dim=dims, keepdim=True) / (math.prod(x.shape[d] for d in dims) - correction)
        y = (x - mean) / (var.sqrt() + eps if eps_outside else torch.sqrt(var + eps))
        if weight is not None:
            y = y * weight
        if bias is not None:
            y = y + bias
        return y
    return ln


# shared with batch_norm: (name, name_zh, why_en, why_zh)
EPS_OUTSIDE = ("eps outside the square root", "eps 加在了平方根外面",
               "you divide by sqrt(var) + eps, adding eps to the standard deviation; torch adds it to the variance, "
               "inside the square root: (x - mean) / sqrt(var + eps). The two differ most where the variance is near "
               "or below eps",
               "你除以的是 sqrt(var) + eps，把 eps 加到了标准差上；torch 是把它加到方差上、放在平方根里面："
               "(x - mean) / sqrt(var + eps)。方差接近或小于 eps 时两者差别最大")

VARIANTS = [
    Variant("the unbiased variance (divided by n - 1)", ln_with(correction=1),
            "you normalise with the unbiased variance, divided by n - 1 (torch.var's default, correction=1); "
            "layer norm uses the biased one, divided by n = D1*...*Dk: torch.var(..., correction=0) or the mean "
            "of squared deviations",
            "你用无偏方差（除以 n - 1，torch.var 的默认 correction=1）做归一化；layer norm 用的是有偏方差，除以 "
            "n = D1*...*Dk：torch.var(..., correction=0)，或者偏差平方的均值",
            name_zh="无偏方差（除以 n - 1）"),
    Variant(EPS_OUTSIDE[0], ln_with(eps_outside=True), *EPS_OUTSIDE[2:], name_zh=EPS_OUTSIDE[1]),
    Variant("statistics over the last dim only", ln_with(last_only=True),
            "you take the mean and variance over dim -1 only, whatever normalized_shape says; with k dims in "
            "normalized_shape (e.g. [4, 5]) each row's statistics are over its last k dims together (20 values)",
            "不管 normalized_shape 是什么，你都只在最后一维上求均值和方差；normalized_shape 有 k 个维度时（例如 [4, 5]），"
            "每一行的统计量要在最后 k 个维度上一起求（20 个值）",
            name_zh="只在最后一维上求统计量"),
    Variant("mean and variance detached from autograd", ln_with(detached=True),
            "your output is right, but the mean and variance reach autograd as constants (computed under "
            "torch.no_grad() or .detach()-ed), so x.grad misses the paths through them; compute them from x "
            "with autograd on, as the rest of the output",
            "你的输出是对的，但均值和方差在 autograd 眼里是常数（在 torch.no_grad() 下计算或被 .detach() 了），"
            "所以 x.grad 缺少经过它们的那部分；要像输出的其余部分一样，在 autograd 开启时由 x 计算它们",
            name_zh="均值和方差脱离了 autograd"),
]


# The normalisation operators a dispatch mode sees below autograd, however they are reached:
# any of layer, group, batch or instance norm gives the others on a reshaped input (a batch
# norm in training mode over x.reshape(1, rows, D) is a layer norm), so layer_norm, group_norm
# and batch_norm forbid them all. The CUDA-only ones (cudnn, miopen, SyncBatchNorm's
# batch_norm_stats / _elemt / _gather_stats) are what F.batch_norm or nn.SyncBatchNorm run
# there. F.rms_norm of a centred x is a layer norm: on CUDA it runs aten::_fused_rms_norm (listed),
# on the CPU it decomposes into pow / mean / rsqrt, which honest answers run too, so there only its
# names catch it.
NORM_OPS = ["aten::native_layer_norm", "aten::native_group_norm", "aten::native_batch_norm",
            "aten::_native_batch_norm_legit", "aten::_native_batch_norm_legit_no_training",
            "aten::_native_batch_norm_legit_functional", "aten::_batch_norm_with_update",
            "aten::_batch_norm_with_update_functional", "aten::_batch_norm_no_update", "aten::batch_norm_update_stats",
            "aten::cudnn_batch_norm", "aten::miopen_batch_norm", "aten::batch_norm_stats", "aten::batch_norm_elemt",
            "aten::batch_norm_gather_stats", "aten::batch_norm_gather_stats_with_counts", "aten::_fused_rms_norm"]


PROBLEM = Problem(
    slug="layer_norm",
    kind="torch",
    params=["x", "normalized_shape", "weight", "bias", "eps"],
    cases=cases,
    check=N.affine_grad_check,
    driver=N.affine_grad_driver(2, 3),
    forbidden_ops=NORM_OPS,
    forbidden=N.NORMS,
    shrink=_shrink,
    variants=VARIANTS,
    terms=["last len(normalized_shape) dims", "an int", "biased", "inside the square root", "weight", "bias",
           "None", "constant row", "two passes", "1000", "empty", "requires_grad=True", "grad_output", "x.grad",
           "weight.grad", "bias.grad", "rtol", "dtype", "device", "float32", "float64"],
)
