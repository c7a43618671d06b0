"""batch_norm: NCHW batch normalisation, training (batch statistics, running statistics
moved with the unbiased variance) and eval (running statistics), as
torch.nn.functional.batch_norm, but returning the new running statistics instead of
updating them in place."""
import numpy as np

from ..judge.spec import Case, Problem, Variant, compare, shrink_rows
from .layer_norm import EPS_OUTSIDE, NORM_OPS

# (rtol, atol) by dtype. float32 y gets atol 5e-4: with a channel mean of 1000 the mean
# itself is only known to ~1e-4 in float32, and honest two-pass answers differ by that much.
TOL_Y = {"torch.float32": (1e-4, 5e-4), "torch.float64": (1e-9, 1e-9)}
TOL_STATS = {"torch.float32": (1e-4, 1e-5), "torch.float64": (1e-9, 1e-12)}
NAMES = ("y", "new_running_mean", "new_running_var")
ARGS = ("x", "running_mean", "running_var", "weight", "bias")


def _bn(rng, shape, training, dtype=np.float32, loc=0.0, scale=1.0, affine=True):
    c = shape[1]
    # each channel its own mean and spread, so that statistics over the wrong axes show
    locs = loc + rng.normal(0, 1 if loc == 0 else 0, c)
    scales = scale * rng.uniform(0.5, 2.0, c)
    x = (rng.normal(0, 1, shape) * scales[None, :, None, None] + locs[None, :, None, None]).astype(dtype)
    rm = rng.normal(0, 0.5, c).astype(dtype)
    rv = rng.uniform(0.5, 2.0, c).astype(dtype)
    w = rng.uniform(0.5, 1.5, c).astype(dtype) if affine else None
    b = rng.normal(0, 0.5, c).astype(dtype) if affine else None
    return (x, rm, rv, w, b, training)


def cases(rng):
    f32, f64 = np.float32, np.float64
    yield Case("eval: normalise with the running statistics", _bn(rng, (2, 3, 4, 4), False))
    yield Case("training: batch statistics, running statistics updated", _bn(rng, (2, 3, 4, 4), True, f64))
    yield Case("training, N*H*W = 2 (unbiased running variance doubles the biased one)", _bn(rng, (2, 3, 1, 1), True, f64))
    yield Case("training, N = 1 (statistics over H and W too)", _bn(rng, (1, 4, 3, 5), True, f64))
    yield Case("training, H = W = 1 (statistics over N only)", _bn(rng, (8, 5, 1, 1), True))
    yield Case("training, weight and bias None (1 and 0)", _bn(rng, (3, 2, 3, 3), True, f64, affine=False))
    yield Case("eval, weight and bias None", _bn(rng, (2, 2, 3, 3), False, f64, affine=False))
    yield Case("training, momentum=0.5, eps=1e-3", _bn(rng, (2, 3, 3, 4), True, f64), {"momentum": 0.5, "eps": 1e-3})
    yield Case("training, momentum=0 (running statistics unchanged)", _bn(rng, (2, 2, 3, 3), True), {"momentum": 0.0})
    yield Case("training, momentum=1 (running statistics = batch statistics)", _bn(rng, (2, 2, 3, 3), True, f64),
               {"momentum": 1.0})
    yield Case("eval, eps=0.1 (inside the square root)", _bn(rng, (1, 3, 2, 2), False, f64), {"eps": 0.1})
    const = _bn(rng, (2, 3, 3, 3), True, f64)
    const[0][:, 1] = 4.0
    yield Case("training, a constant channel (variance 0)", const)
    yield Case("training, channel means near 1000, float32 (two-pass variance)", _bn(rng, (4, 3, 8, 8), True, loc=1000.0))
    yield Case("eval, N=0 (empty batch)", _bn(rng, (0, 3, 2, 2), False))
    params = [  # shape, training, dtype, loc, scale, affine, keywords
        ((4, 8, 8, 8), True, f32, 0.0, 1.0, True, {}),
        ((16, 3, 5, 5), True, f64, 0.0, 3.0, True, {"momentum": 0.3}),
        ((8, 16, 4, 4), False, f32, 0.0, 1.0, True, {}),
        ((2, 32, 10, 10), True, f32, 0.0, 0.1, False, {"eps": 1e-3}),
        ((32, 4, 2, 3), True, f64, 0.0, 1.0, True, {}),
        ((3, 6, 17, 11), False, f64, 0.0, 5.0, True, {"eps": 1e-2}),
        ((6, 10, 6, 6), True, f32, 50.0, 2.0, True, {"momentum": 0.01}),
    ]
    for shape, tr, dt, loc, scale, affine, kw in params:
        opts = "".join(f", {k}={v}" for k, v in kw.items())
        name = (f"random [{','.join(map(str, shape))}], {'training' if tr else 'eval'}, {np.dtype(dt).name}"
                f"{'' if affine else ', no weight and bias'}{opts}")
        yield Case(name, _bn(rng, shape, tr, dt, loc, scale, affine), kw, random=True)


MODIFIED = "inputs modified in place"


def driver(fn, args, kwargs):
    """Call fn; its answer, or (MODIFIED, [names]) when it changed a tensor argument in place."""
    import torch

    before = [a.clone() if isinstance(a, torch.Tensor) else None for a in args]
    out = fn(*args, **kwargs)
    changed = [ARGS[i] for i, (b, a) in enumerate(zip(before, args))
               if b is not None and not (b.shape == a.shape and torch.equal(b, a))]
    return (MODIFIED, changed) if changed else out


def check(case, expected, got):
    if isinstance(got, tuple) and len(got) == 2 and got[0] == MODIFIED:
        return (f"modified its input {', '.join(got[1])} in place: return new tensors "
                f"and leave the inputs unchanged")
    if not isinstance(got, (tuple, list)) or len(got) != 3:
        return compare(expected, got, what="result")
    for name, e, g in zip(NAMES, expected, got):
        rtol, atol = (TOL_Y if name == "y" else TOL_STATS).get(e.dtype, TOL_Y["torch.float32"])
        msg = compare(e, g, rtol, atol, what=name)
        if msg:
            return msg
    return None


def _shrink(case):
    # fewer samples, keeping at least 2 values per channel in training (n - 1 > 0)
    x, training = case.args[0], case.args[5]
    return [c for c in shrink_rows(0)(case) if not training or c.args[0].shape[0] * x.shape[2] * x.shape[3] >= 2]


def bn_with(norm_correction=0, running_correction=1, eps_outside=False, keras_momentum=False):
    """Batch norm under another convention: the variance that normalises divided by
    n - norm_correction, the one that moves running_var by n - running_correction;
    (x - mean) / (std + eps) (`eps_outside`); Keras's momentum (the weight of the old value)."""
    def bn(x, running_mean, running_var, weight, bias, training, momentum=0.1, eps=1e-5):
        import torch

        shape = (1, -1, 1, 1)
        if training:
            n = x.numel() // x.shape[1]
            mean = x.mean(dim=(0, 2, 3))
            ss = ((x - mean.reshape(shape)) ** 2).sum(dim=(0, 2, 3))
            var = ss / (n - norm_correction)
            m = 1 - momentum if keras_momentum else momentum
            new_mean = (1 - m) * running_mean + m * mean
            new_var = (1 - m) * running_var + m * ss / (n - running_correction)
        else:
            mean, var = running_mean, running_var
            new_mean, new_var = running_mean.clone(), running_var.clone()
        std = var.reshape(shape).sqrt() + eps if eps_outside else torch.sqrt(var.reshape(shape) + eps)
        y = (x - mean.reshape(shape)) / std
        if weight is not None:
            y = y * weight.reshape(shape)
        if bias is not None:
            y = y + bias.reshape(shape)
        return y, new_mean, new_var
    return bn


VARIANTS = [
    Variant("the unbiased variance for normalising", bn_with(norm_correction=1),
            "in training you normalise with the unbiased variance, divided by n - 1 (torch.var's default); "
            "batch norm normalises with the biased one, divided by n = N*H*W, and keeps the unbiased one for "
            "running_var only",
            "训练时你用无偏方差（除以 n - 1，torch.var 的默认行为）做归一化；batch norm 归一化用的是有偏方差（除以 "
            "n = N*H*W），无偏方差只用来更新 running_var",
            name_zh="归一化时用了无偏方差"),
    Variant("the biased variance for running_var", bn_with(running_correction=0),
            "you move running_var with the biased batch variance, divided by n; PyTorch updates it with the unbiased "
            "one, divided by n - 1 (var * n / (n - 1)), while normalising with the biased one",
            "你用有偏的 batch 方差（除以 n）更新 running_var；PyTorch 更新时用的是无偏方差（除以 n - 1，即 "
            "var * n / (n - 1)），归一化才用有偏方差",
            name_zh="running_var 用了有偏方差"),
    Variant(EPS_OUTSIDE[0], bn_with(eps_outside=True), *EPS_OUTSIDE[2:], name_zh=EPS_OUTSIDE[1]),
    Variant("Keras's momentum", bn_with(keras_momentum=True),
            "you update momentum * running + (1 - momentum) * batch, Keras's convention (momentum is the weight of "
            "the old value, 0.99 by default there); in PyTorch momentum is the weight of the new batch statistic: "
            "(1 - momentum) * running + momentum * batch",
            "你按 momentum * running + (1 - momentum) * batch 更新，这是 Keras 的约定（momentum 是旧值的权重，默认 "
            "0.99）；PyTorch 的 momentum 是新 batch 统计量的权重：(1 - momentum) * running + momentum * batch",
            name_zh="Keras 的 momentum 约定"),
]


PROBLEM = Problem(
    slug="batch_norm",
    kind="torch",
    params=["x", "running_mean", "running_var", "weight", "bias", "training", "momentum", "eps"],
    cases=cases,
    check=check,
    driver=driver,
    forbidden_ops=NORM_OPS,  # layer_norm.py: every norm operator, however it is reached
    forbidden=["torch.nn.functional.batch_norm", "torch.nn.functional.instance_norm",
               "torch.nn.functional.layer_norm", "torch.nn.functional.group_norm",
               "torch.batch_norm*", "torch.native_batch_norm", "torch._native_batch_norm_legit*",
               "torch._batch_norm_impl_index", "torch.cudnn_batch_norm", "torch.miopen_batch_norm",
               "torch.instance_norm", "torch.layer_norm", "torch.group_norm", "torch.native_layer_norm",
               "torch.native_group_norm", "torch._C._VariableFunctions.*norm*",
               "torch.nn.BatchNorm*", "torch.nn.LazyBatchNorm*", "torch.nn.SyncBatchNorm", "torch.nn.InstanceNorm*",
               "torch.nn.LazyInstanceNorm*", "torch.nn.LayerNorm", "torch.nn.GroupNorm",
               "torch.nn.modules.batchnorm.*", "torch.nn.modules.instancenorm.*", "torch.ops.aten.*batch_norm*"],
    shrink=_shrink,
    variants=VARIANTS,
    terms=["[N, C, H, W]", "[C]", "(y, new_running_mean, new_running_var)", "in place", "biased", "unbiased",
           "n - 1", "N*H*W", "momentum", "(1 - momentum)", "inside the square root", "None", "two passes",
           "training=False", "dtype", "device", "float32", "float64"],
)
