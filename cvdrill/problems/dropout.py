"""dropout: inverted dropout, judged statistically.

The answer is random, so it is never compared with the reference's output. The driver
calls the function twice on copies of the input; the check then tests what every correct
dropout satisfies, with bounds that a correct answer breaks with probability below 1e-9
per test (Chernoff bounds for binomial counts, Hoeffding for the mean; at most ~8 tests a
case and ~20 statistical case runs a grade, so a right answer fails < 1 in a million grades):
  kept values are exactly x / (1 - p) (zeros are the dropped ones: inputs have no zeros);
  the fraction zeroed is close to p, overall and in every row of a long last dim;
  zeros are independent: disjoint neighbour pairs along every dim are both zero ~ p*p of
  the time (a whole row / channel / regular pattern gives ~p or 0);
  the two calls draw new masks (both zero ~ p*p of the time, not ~p);
  the mean is preserved.
p = 0, training=False: the input exactly; p = 1: exact zeros.

Known mistakes (VARIANTS) are judged by the same tests with their own drop probability and
scale of the kept values (`variant_check`); where they are deterministic (no draw, or every
element dropped or kept) their answer must come back exactly.
"""
import math

import numpy as np

from ..judge.channel import WireTensor
from ..judge.spec import Case, Problem, Variant, _kind

DELTA = 1e-9  # the chance that one statistical test fails a correct answer


def _kl(a: float, p: float) -> float:
    """Bernoulli relative entropy D(a || p), 0 log 0 = 0."""
    out = 0.0
    if a > 0:
        out += a * math.log(a / p)
    if a < 1:
        out += (1 - a) * math.log((1 - a) / (1 - p))
    return out


def binom_bounds(n: int, p: float, delta: float = DELTA) -> tuple[float, float]:
    """[lo, hi] for the fraction k/n of a Binomial(n, p) count: by Chernoff,
    P(k/n >= hi) <= exp(-n D(hi || p)) = delta/2, likewise below lo."""
    need = math.log(2 / delta) / max(n, 1)

    def solve(a, b):  # D(. || p) grows monotonically from p towards the end b
        if _kl(b, p) <= need:
            return b
        for _ in range(100):
            mid = (a + b) / 2
            if _kl(mid, p) > need:
                b = mid
            else:
                a = mid
        return b
    return solve(p, 0.0), solve(p, 1.0)


def _x(rng, shape, dtype):
    """Values of both signs, mostly positive (a mean to preserve), none zero or tiny."""
    mag = rng.uniform(0.5, 2.0, shape)
    sign = np.where(rng.uniform(size=shape) < 0.8, 1.0, -1.0)
    return (mag * sign).astype(dtype)


def cases(rng):
    f32, f64 = np.float32, np.float64
    yield Case("p=0.3 on 200000 values", (_x(rng, (200_000,), f32), 0.3))
    yield Case("p=0: the input, exactly", (_x(rng, (1000,), f32), 0.0))
    yield Case("training=False: the input, exactly", (_x(rng, (64, 100), f64), 0.5), {"training": False})
    yield Case("training=False with p=1: the input, exactly", (_x(rng, (10,), f32), 1.0, False))
    yield Case("p=1: all zeros (no 0/0)", (_x(rng, (1000,), f32), 1.0))
    yield Case("p=1, float64, 2-D", (_x(rng, (20, 30), f64), 1.0), {"training": True})
    yield Case("empty", (np.zeros(0, f32), 0.5))
    yield Case("empty [0,3]", (np.zeros((0, 3), f64), 0.3))
    yield Case("p=0.3 on [400,500] float64 (each row of 500 too)", (_x(rng, (400, 500), f64), 0.3))
    yield Case("p=0.2 on [8,16,40,40] (per element, not per channel)", (_x(rng, (8, 16, 40, 40), f32), 0.2))
    yield Case("p=0.1 on 200000 float64 values", (_x(rng, (200_000,), f64), 0.1))
    yield Case("p=0.8 on [200,1000] (each row of 1000 too)", (_x(rng, (200, 1000), f32), 0.8))
    yield Case("p=0.05 on [100000,2]", (_x(rng, (100_000, 2), f32), 0.05))
    yield Case("p=0.5 on [2,100000] float64, p by keyword", (_x(rng, (2, 100_000), f64),), {"p": 0.5, "training": True})
    yield Case("p=0.25 on 1000 values", (_x(rng, (1000,), f32), 0.25))


def driver(fn, args, kwargs):
    """Two calls on fresh copies of x: the second shows whether the mask is drawn anew."""
    x, rest = args[0], args[1:]
    return fn(x.clone(), *rest, **kwargs), fn(x.clone(), *rest, **kwargs)


def _params(case):
    x = case.args[0]
    p = case.args[1] if len(case.args) > 1 else case.kwargs["p"]
    training = case.args[2] if len(case.args) > 2 else case.kwargs.get("training", True)
    return x, float(p), training


def _pct(f: float) -> str:
    return f"{100 * f:.2f}%"


def _structure(expected, got, what):
    if not isinstance(got, WireTensor):
        return f"{what}: returned {_kind(got)}, expected a torch tensor"
    if got.shape != expected.shape:
        return f"{what}: returned shape [{','.join(map(str, got.shape))}], expected [{','.join(map(str, expected.shape))}] (x's shape)"
    if got.dtype != expected.dtype:
        return f"{what}: returned dtype {got.dtype}, expected {expected.dtype} (x's dtype)"
    if got.device != expected.device:
        return f"{what}: returned a tensor on {got.device}, expected it on {expected.device} (x's device)"
    return None


def _first_bad(bad, x, got):
    i = tuple(int(k) for k in np.argwhere(bad)[0]) if bad.ndim else ()
    return f"[{', '.join(map(str, i))}]", float(x[i]), float(got[i])


def _scale_hint(ratio: float, p: float) -> str:
    for r, why in ((1.0, "not rescaled: kept values must be divided by (1 - p)"),
                   (1 - p, "scaled by (1 - p) instead of 1 / (1 - p)"),
                   (1 / p if p else math.inf, "scaled by 1 / p: is p used as the keep probability?")):
        if math.isfinite(r) and abs(ratio - r) <= 1e-3 * r:
            return f" (got x * {ratio:.6g}: {why})"
    return ""


def check(case, expected, got):
    x, p, training = _params(case)
    if not isinstance(got, tuple) or len(got) != 2:
        return "the driver expected two results"  # not reachable: the driver builds the pair
    for k, g in enumerate(got):
        msg = _structure(expected[0], g, "result" + (" of the second call" if k else ""))
        if msg:
            return msg
    out, out2 = got[0].array, got[1].array
    if not training or p == 0:
        why = "with training=False" if not training else "with p=0"
        bad = out != x
        if bad.any():
            at, xv, gv = _first_bad(bad, x, out)
            return (f"{why} the input must come back unchanged: {int(bad.sum())} of {x.size} values differ; "
                    f"first at index {at}: expected {xv:.6g}, got {gv:.6g}")
        return None
    if x.size == 0:
        return None
    if p == 1:
        bad = out != 0
        if bad.any():
            at, xv, gv = _first_bad(bad, x, out)
            extra = " (0 / 0 = nan: p = 1 needs its own branch)" if np.isnan(gv) else ""
            return (f"with p=1 every element must be zeroed: {int(bad.sum())} of {x.size} values are not 0; "
                    f"first at index {at}: got {gv:.6g}{extra}")
        return None
    return _statistics(x, out, out2, p, p, lambda xd: xd / (1 - p))


def _statistics(x, out, out2, p, q, kept):
    """The tests of a random answer: each element dropped with probability q (p for the
    problem, another for a known mistake), the others kept(x) (x / (1 - p) for the problem).
    The messages speak of the problem's convention: a variant's check only says None or not."""
    # 1. every value is 0 (dropped) or x / (1 - p) (kept), finite
    rtol = 1e-5 if out.dtype == np.float32 else 1e-10
    o = out.astype(np.float64)
    xd = x.astype(np.float64)
    if not np.isfinite(o).all():
        at, xv, gv = _first_bad(~np.isfinite(o), x, o)
        return f"the result holds NaN or inf: first at index {at} (x = {xv:.6g}, p = {p:g}): got {gv}"
    zero = o == 0
    want = kept(xd)
    bad = ~zero & ~np.isclose(o, want, rtol=rtol, atol=0)
    if bad.any():
        at, xv, gv = _first_bad(bad, x, o)
        return (f"every value must be 0 (dropped) or x / (1 - p) (kept): {int(bad.sum())} of {x.size} values are "
                f"neither; first at index {at}: x = {xv:.6g}, p = {p:g}, expected 0 or {xv / (1 - p):.6g}, "
                f"got {gv:.6g}{_scale_hint(gv / xv, p)}")

    # 2. the fraction zeroed, and 3. independence: disjoint neighbour pairs (2j, 2j+1) along
    # each dim are both zero ~ p*p. A mask that drops whole rows also gets the fraction
    # wrong; it is reported as dependence when the pairs fail against the observed fraction too.
    n = x.size
    frac = zero.mean()
    lo, hi = binom_bounds(n, q)
    frac_msg = None
    if not lo <= frac <= hi:
        hint = " (about 1 - p: p is the probability of zeroing, not of keeping)" if abs(frac - (1 - p)) < 0.01 else ""
        frac_msg = (f"zeroed {_pct(frac)} of the {n} elements with p = {p:g}: each element must be zeroed with "
                    f"probability p (a correct dropout lands within [{_pct(lo)}, {_pct(hi)}] with probability > 1 - 1e-9){hint}")
    worst = None  # the dim whose pairs are furthest from p*p, relative to p*p
    for d in range(zero.ndim):
        m = zero.shape[d] // 2 * 2
        if m == 0:
            continue
        a = np.take(zero, np.arange(0, m, 2), axis=d)
        b = np.take(zero, np.arange(1, m, 2), axis=d)
        both = (a & b).mean()
        lo, hi = binom_bounds(a.size, q * q)
        if lo <= both <= hi:
            continue
        if frac_msg and 0 < frac < 1:
            lo_f, hi_f = binom_bounds(a.size, frac * frac)
            if lo_f <= both <= hi_f:
                continue  # explained by the fraction alone
        off = abs(both - q * q) / (q * q)
        if worst is None or off > worst[0]:
            worst = (off, d, both, lo, hi)
    if worst:
        _, d, both, lo, hi = worst
        return (f"neighbouring elements along dim {d} are both zeroed {_pct(both)} of the time, expected about "
                f"p*p = {_pct(p * p)} (a correct dropout: [{_pct(lo)}, {_pct(hi)}]): each element must be dropped "
                f"independently (not whole rows, channels or a regular pattern)")
    if frac_msg:
        return frac_msg

    # 4. every row along the last dim, when rows are long enough to judge one by one
    if zero.ndim >= 2 and zero.shape[-1] >= 500:
        rows = zero.reshape(-1, zero.shape[-1])
        lo, hi = binom_bounds(rows.shape[1], q, DELTA / rows.shape[0])
        per = rows.mean(1)
        bad = np.flatnonzero((per < lo) | (per > hi))
        if bad.size:
            r = int(bad[0])
            return (f"row {r} (of the {rows.shape[0]} rows along the last dim) has {_pct(per[r])} of its elements "
                    f"zeroed, expected about p = {p:g} (a correct dropout keeps every row within [{_pct(lo)}, {_pct(hi)}])")

    # 5. a new mask on every call
    both = (zero & (out2 == 0)).mean()
    lo, hi = binom_bounds(n, q * q)
    if not lo <= both <= hi:
        same = " (the same mask twice)" if np.array_equal(zero, out2 == 0) else ""
        return (f"two calls with the same x zeroed the same elements {_pct(both)} of the time, expected about "
                f"p*p = {_pct(p * p)}{same}: the mask must be drawn at random on every call (not fixed, not reseeded)")

    # 6. the mean is preserved: E[out_i] = x_i; Hoeffding, out_i - x_i spans |x_i| / (1 - p)
    # (in general E[out_i] = (1 - q) kept(x_i), and out_i spans |kept(x_i)|)
    dev = abs(o.mean() - (1 - q) * want.mean())
    t = math.sqrt(math.log(2 / DELTA) * float((want ** 2).sum()) / (2 * n * n))
    if dev > t:
        return (f"the mean of the result is {o.mean():.6g}, the mean of x is {xd.mean():.6g}: inverted dropout "
                f"keeps the mean (a correct dropout stays within {t:.3g})")
    return None


# ------------------------------------------------------------ known mistakes


def variant_check(drop, scale, ignores_training: bool = False):
    """The check of a known mistake that drops each element with probability drop(p) and
    multiplies the kept ones by scale(p) (when training, or always if it ignores training).
    Without a draw (not applied, nothing or everything dropped) its answer comes back exactly."""
    def check(case, expected, got):
        x, p, training = _params(case)
        if not isinstance(got, tuple) or len(got) != 2:
            return "the driver expected two results"
        for g in got:
            msg = _structure(expected[0], g, "result")
            if msg:
                return msg
        q = drop(p)
        if not (training or ignores_training) or q in (0, 1) or x.size == 0:
            for e, g in zip(expected, got):
                if not np.array_equal(e.array, g.array, equal_nan=True):
                    return "not the variant's answer"
            return None
        return _statistics(x, got[0].array, got[1].array, p, q, lambda xd: xd * scale(p))
    return check


def _keep_mask(x, keep_probability):
    import torch

    return torch.rand_like(x) < keep_probability


def _no_rescale(x, p, training=True):
    if not training or p == 0:
        return x
    return x * _keep_mask(x, 1 - p)


def _times_keep(x, p, training=True):
    if not training or p == 0:
        return x
    return x * _keep_mask(x, 1 - p) * (1 - p)


def _keep_probability(x, p, training=True):
    if not training:
        return x
    return x * _keep_mask(x, p) / p  # p = 0: 0 / 0, nan


def _always(x, p, training=True):
    import torch

    if p == 1:
        return torch.zeros_like(x)
    return x * _keep_mask(x, 1 - p) / (1 - p)


VARIANTS = [
    Variant("dropout without the 1 / (1 - p) scaling", _no_rescale,
            "you zero each element with probability p and leave the kept ones as they are, x * mask: the original "
            "dropout (Srivastava et al.), which scales the weights by (1 - p) at test time instead, so in training "
            "E[out] = (1 - p) * x; inverted dropout, as torch does it, divides the kept values by (1 - p) so that "
            "E[out] = x and evaluation needs no change",
            "你以概率 p 把元素置零，保留的元素原样不动（x * mask）：这是原始的 dropout（Srivastava 等人），它在测试时"
            "才把权重乘以 (1 - p)，所以训练时 E[out] = (1 - p) * x；torch 用的 inverted dropout 在训练时把保留的值"
            "除以 (1 - p)，使 E[out] = x，评估时什么都不用改",
            name_zh="没有除以 (1 - p) 的 dropout", check=variant_check(lambda p: p, lambda p: 1.0)),
    Variant("the kept values multiplied by (1 - p)", _times_keep,
            "you multiply the kept values by (1 - p), the test-time scaling of the original dropout, so "
            "E[out] = (1 - p)^2 * x; inverted dropout divides them by (1 - p): E[out] = (1 - p) * x / (1 - p) = x",
            "你把保留的值乘以 (1 - p)，这是原始 dropout 在测试时的缩放，于是 E[out] = (1 - p)^2 * x；"
            "inverted dropout 是除以 (1 - p)：E[out] = (1 - p) * x / (1 - p) = x",
            name_zh="保留的值乘以了 (1 - p)", check=variant_check(lambda p: p, lambda p: 1 - p)),
    Variant("p as the keep probability", _keep_probability,
            "you keep each element with probability p and scale it by 1 / p, TensorFlow 1's keep_prob convention; "
            "in torch (and TensorFlow 2's rate) p is the probability of zeroing: keep with probability 1 - p and "
            "scale by 1 / (1 - p)",
            "你以概率 p 保留每个元素并乘以 1 / p，这是 TensorFlow 1 中 keep_prob 的约定；在 torch（以及 TensorFlow 2 的 "
            "rate）中 p 是置零的概率：以概率 1 - p 保留，并乘以 1 / (1 - p)",
            name_zh="把 p 当成了保留概率", check=variant_check(lambda p: 1 - p, lambda p: 1 / p)),
    Variant("dropout with training=False too", _always,
            "you drop elements whatever `training` says; with training=False (evaluation, after model.eval()) "
            "dropout is the identity and returns x unchanged",
            "不管 `training` 是什么你都在做 dropout；training=False（评估时，即 model.eval() 之后）dropout 是恒等映射，"
            "应原样返回 x",
            name_zh="training=False 时也做了 dropout", check=variant_check(lambda p: p, lambda p: 1 / (1 - p), True)),
]


PROBLEM = Problem(
    slug="dropout",
    kind="torch",
    params=["x", "p", "training"],
    cases=cases,
    check=check,
    driver=driver,
    statistical=True,
    # every dropout variant torch has, by every path (globs for the static scan and the
    # runtime guard; plain names so getattr(F, "dropout") is caught, F.dropout last)
    forbidden=["torch.*dropout*", "torch.nn.*Dropout*", "torch.nn.modules.dropout.*Dropout*",
               "torch.nn.AlphaDropout", "torch.nn.Dropout3d", "torch.nn.Dropout2d", "torch.nn.Dropout1d",
               "torch.nn.Dropout", "torch._VF.dropout", "torch.dropout", "torch.nn.functional.alpha_dropout",
               "torch.nn.functional.dropout3d", "torch.nn.functional.dropout2d", "torch.nn.functional.dropout1d",
               "torch.nn.functional.dropout"],
    terms=["inverted dropout", "probability p", "x / (1 - p)", "independently", "p = 0", "p = 1",
           "training=false", "unchanged", "every call", "same shape", "dtype", "device", "statistically",
           "fraction", "mean"],
    variants=VARIANTS,
)
