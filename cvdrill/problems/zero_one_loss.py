"""zero_one_loss: the 0-1 loss (exact form, and the relaxed |Y - f(X)| >= T form),
averaged over all elements."""
from functools import partial

import numpy as np

from ..judge.spec import Case, Problem, Variant, close
from ._loss_grad import shrink_flat


def _grid(rng, shape, dtype, lo=-4, hi=4):
    """Floats on a grid of 1/8: differences are exact in float32, so ties at T are exact."""
    return (rng.integers(lo * 8, hi * 8 + 1, shape) / 8).astype(dtype)


def _labels(rng, n, k, wrong=0.3):
    y = rng.integers(0, k, n)
    p = y.copy()
    m = rng.uniform(size=n) < wrong
    p[m] = rng.integers(0, k, int(m.sum()))
    return p.astype(np.int64), y.astype(np.int64)


def cases(rng):
    f32, f64, i64 = np.float32, np.float64, np.int64
    yield Case("empty int64 labels (mean of nothing: nan)", (np.zeros(0, i64), np.zeros(0, i64)))
    yield Case("empty float32 with a threshold", (np.zeros(0, f32), np.zeros(0, f32)), {"threshold": 0.5})
    yield Case("class labels, 2 of 5 wrong", (np.array([0, 1, 2, 2, 1], i64), np.array([0, 2, 2, 1, 1], i64)))
    yield Case("all correct", (np.array([3, 1, 4], i64), np.array([3, 1, 4], i64)))
    yield Case("all wrong", (np.array([1, 0], i64), np.array([0, 1], i64)))
    yield Case("one element", (np.array([7], i64), np.array([2], i64)))
    yield Case("floats compared exactly", (np.array([0.5, 0.25, -1.0, 2.0], f64), np.array([0.5, 0.5, -1.0, 2.125], f64)))
    yield Case("|Y - f(X)| == T counts as 1 (>=)", (np.array([1.0, 1.5, 2.0, 0.0], f32),
                                                    np.array([1.5, 1.0, 2.25, 0.75], f32)), {"threshold": 0.5})
    yield Case("threshold on int64 labels (float32 result)", (np.array([0, 3, 5, 9], i64), np.array([1, 1, 5, 6], i64)),
               {"threshold": 2})
    yield Case("threshold=0: every element counts", (np.array([1.0, 2.0], f64), np.array([1.0, 2.0], f64)), {"threshold": 0.0})
    yield Case("threshold given by position", (np.array([0.0, 1.0, 3.0], f64), np.array([0.25, 0.0, 3.0], f64), 0.25))
    yield Case("[N,C] float32 regression outputs, threshold=1", (_grid(rng, (4, 3), f32), _grid(rng, (4, 3), f32)),
               {"threshold": 1.0})
    for n, k in ((100, 10), (1000, 3), (5000, 80)):
        yield Case(f"random int64 labels N={n}, {k} classes", _labels(rng, n, k), random=True)
    for i, (shape, t) in enumerate([((200,), 0.5), ((30, 7), 1.25), ((2, 3, 16, 16), 2.0),
                                    ((1000,), None), ((64, 40), 0.125)]):
        dt = (f32, f64)[i % 2]
        p, y = _grid(rng, shape, dt), _grid(rng, shape, dt)
        if t is None:  # exact form: make some equal
            m = rng.uniform(size=shape) < 0.5
            p[m] = y[m]
        kw = {} if t is None else {"threshold": t}
        yield Case(f"random {list(shape)} {np.dtype(dt).name}, threshold={t}", (p, y), kw, random=True)


def zol_with(pred, target, threshold=None, count=False, strict=False, signed=False, accuracy=False):
    """The 0-1 loss with one step changed: the count of errors, > T instead of >= T, no absolute
    value (Y - f(X) >= T), or the accuracy (the fraction right) instead of the error rate."""
    import torch

    if threshold is None:
        wrong = pred != target
    else:
        diff = target - pred if signed else (target - pred).abs()
        wrong = diff > threshold if strict else diff >= threshold
    if accuracy:
        wrong = ~wrong
    dtype = pred.dtype if pred.is_floating_point() else torch.float32
    return wrong.to(dtype).sum() if count else wrong.to(dtype).mean()


VARIANTS = [
    Variant("the count of errors", partial(zol_with, count=True),
            "you return the number of wrong elements (a sum, as sklearn's zero_one_loss with normalize=False); this "
            "statement asks for their mean over all elements, the error rate in [0, 1]",
            "你返回的是出错元素的个数（求和，相当于 sklearn 的 zero_one_loss 取 normalize=False）；本题要求对所有元素"
            "取平均，即 [0, 1] 内的错误率",
            name_zh="错误个数"),
    Variant("the accuracy", partial(zol_with, accuracy=True),
            "you return the fraction of elements that are right (the accuracy, 1 - loss); the 0-1 loss counts the "
            "wrong ones: 1 where Y != f(X) (or |Y - f(X)| >= T), averaged",
            "你返回的是正确元素的比例（准确率，即 1 - 损失）；0-1 损失统计的是出错的元素：Y != f(X)"
            "（或 |Y - f(X)| >= T）处为 1，再取平均",
            name_zh="准确率"),
    Variant("|Y - f(X)| > T", partial(zol_with, strict=True),
            "an element counts as wrong only when |Y - f(X)| > T, strictly; a difference of exactly T counts as 1 "
            "here (>= T), and with T = 0 every element counts",
            "只有 |Y - f(X)| > T（严格大于）时才算错；本题中差值恰好等于 T 也记为 1（>= T），T = 0 时每个元素都算",
            name_zh="|Y - f(X)| > T（严格大于）"),
    Variant("no absolute value", partial(zol_with, signed=True),
            "the threshold is applied to Y - f(X) without the absolute value, so only errors in one direction "
            "count; the relaxed loss is 1 when |Y - f(X)| >= T, whichever side f(X) misses on",
            "阈值作用在没有取绝对值的 Y - f(X) 上，于是只有一个方向的误差被计入；放宽形式的损失在 |Y - f(X)| >= T "
            "时为 1，不论 f(X) 偏向哪一侧",
            name_zh="没有取绝对值"),
]

PROBLEM = Problem(
    slug="zero_one_loss",
    kind="torch",
    params=["pred", "target", "threshold"],
    cases=cases,
    check=close(rtol=1e-6, atol=0.0),
    forbidden=["sklearn.metrics.zero_one_loss", "sklearn.metrics.accuracy_score", "torchmetrics.*",
               "sklearn.metrics._classification.*"],
    shrink=shrink_flat(0, 1),
    terms=["same shape", "exactly", ">= t", "mean", "0-d", "float32", "int64", "dtype", "nan", "device"],
    variants=VARIANTS,
)
