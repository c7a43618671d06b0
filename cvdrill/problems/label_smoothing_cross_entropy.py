"""label_smoothing_cross_entropy: softmax cross-entropy on class indices with label
smoothing and ignore_index, as torch.nn.functional.cross_entropy(logits, target,
label_smoothing=..., reduction=..., ignore_index=...) (no class weights); value and
autograd gradient of the logits."""
import numpy as np

from ..judge.spec import Case, Problem, Variant, shrink_rows
from ._loss_grad import grad_check, grad_driver
from .cross_entropy import PROBLEM as _CE

F32, F64, I64 = np.float32, np.float64, np.int64


def _data(rng, shape, dtype, scale=2.0, ignored=0.0, ignore_index=-100):
    """logits of `shape` ([N, C, d1, ...]) and targets [N, d1, ...]: a fraction `ignored`
    of them set to ignore_index."""
    c = shape[1]
    tshape = (shape[0],) + tuple(shape[2:])
    logits = rng.normal(0, scale, shape).astype(dtype)
    target = rng.integers(0, c, tshape).astype(I64)
    if ignored:
        target[rng.uniform(size=tshape) < ignored] = ignore_index
    return logits, target


def cases(rng):
    for r in ("none", "mean", "sum"):
        yield Case(f"N=0, reduction={r}", (np.zeros((0, 3), F32), np.zeros(0, I64)), {"reduction": r})
    yield Case("defaults: smoothing=0.1, reduction=\"mean\"",
               (np.array([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]], F32), np.array([0, 2], I64)))
    yield Case("smoothing=0 (plain cross-entropy)", _data(rng, (4, 5), F64), {"smoothing": 0.0, "reduction": "none"})
    yield Case("smoothing=1 (the uniform distribution only)", _data(rng, (4, 5), F64),
               {"smoothing": 1.0, "reduction": "none"})
    lg, t = _data(rng, (6, 4), F64)
    t[[1, 4]] = -100
    for r in ("none", "sum", "mean"):
        yield Case(f"targets -100 ignored, reduction={r}", (lg, t), {"smoothing": 0.2, "reduction": r})
    lg = rng.normal(0, 2, (3, 4)).astype(F64)
    for r in ("none", "sum", "mean"):
        yield Case(f"every target ignored, reduction={r}", (lg, np.full(3, -100, I64)),
                   {"smoothing": 0.1, "reduction": r})
    lg = rng.normal(0, 2, (5, 4)).astype(F32)
    t = np.array([2, 0, 2, 3, 1], I64)
    for r in ("none", "mean"):
        yield Case(f"ignore_index=2, a real class, reduction={r}", (lg, t),
                   {"smoothing": 0.3, "reduction": r, "ignore_index": 2})
    yield Case("C=1 (loss 0)", (np.array([[3.0], [-1.0]], F64), np.array([0, 0], I64)),
               {"smoothing": 0.1, "reduction": "sum"})
    big = np.array([[1000.0, 0.0, -1000.0], [1000.0, 0.0, -1000.0], [-1000.0, 1000.0, 999.0], [500.0, 500.0, -500.0]])
    bt = np.array([0, 2, 2, 1], I64)
    yield Case("logits of +-1000 (no overflow, no log(0))", (big.astype(F32), bt), {"smoothing": 0.1, "reduction": "none"})
    yield Case("logits of +-1000, float64, mean", (big, bt), {"smoothing": 0.25})
    lg, t = _data(rng, (2, 3, 4), F64)
    t[0, 1] = -100
    for r in ("none", "mean"):
        yield Case(f"[N, C, d1] logits, classes on dim 1, reduction={r}", (lg, t), {"smoothing": 0.2, "reduction": r})
    yield Case("[N, C, d1, d2] logits, some ignored", _data(rng, (2, 4, 3, 3), F32, ignored=0.2),
               {"smoothing": 0.1, "reduction": "mean"})
    params = [  # shape, reduction, smoothing, logit scale, fraction ignored, ignore_index
        ((10, 5), "none", 0.1, 1.0, 0.0, -100),
        ((64, 10), "mean", 0.2, 3.0, 0.2, -100),
        ((33, 100), "sum", 0.05, 1.0, 0.1, -100),
        ((200, 21), "mean", 0.3, 10.0, 0.3, 0),
        ((1000, 3), "none", 0.1, 2.0, 0.1, -1),
        ((128, 257), "mean", 0.1, 5.0, 0.05, -100),
        ((4, 7, 16), "mean", 0.15, 2.0, 0.25, -100),
    ]
    for i, (shape, red, eps, scale, ign, ii) in enumerate(params):
        dt = (F32, F64)[i % 2]
        kw = {"smoothing": eps, "reduction": red}
        if ii != -100:
            kw["ignore_index"] = ii
        name = (f"random {list(shape)} {np.dtype(dt).name}, logit scale {scale:g}, "
                f"{int(ign * 100)}% ignored, smoothing={eps:g}, reduction={red}"
                f"{f', ignore_index={ii}' if ii != -100 else ''}")
        yield Case(name, _data(rng, shape, dt, scale, ign, ii), kw, random=True)


def _grad_mask(case):
    # "mean" with every target ignored: the loss is nan (0 / 0); its gradient is not judged
    target = case.args[1]
    ii = case.kwargs.get("ignore_index", -100)
    all_ignored = target.size and bool((target == ii).all())
    return np.array(not (all_ignored and case.kwargs.get("reduction", "mean") == "mean"))


def smoothed_with(other_classes=False, mean_all=False, mask_smoothing=True):
    """The loss under another convention: 1 - smoothing on the target and smoothing / (C - 1)
    on each other class (`other_classes`); "mean" over every position, ignored ones included
    (`mean_all`); the smoothing term kept at ignored positions (not `mask_smoothing`)."""
    def loss_fn(logits, target, smoothing=0.1, reduction="mean", ignore_index=-100):
        import torch
        import torch.nn.functional as F

        c = logits.shape[1]
        logp = logits - torch.logsumexp(logits, dim=1, keepdim=True)
        valid = target != ignore_index
        onehot = F.one_hot(torch.where(valid, target, torch.zeros_like(target)), c).movedim(-1, 1).to(logits.dtype)
        zero = logits.new_zeros(())
        nll = torch.where(valid, -(onehot * logp).sum(dim=1), zero)
        if other_classes:
            smooth = -((1 - onehot) * logp).sum(dim=1) / max(c - 1, 1)
        else:
            smooth = -logp.mean(dim=1)
        loss = (1 - smoothing) * nll + smoothing * smooth
        if mask_smoothing:
            loss = torch.where(valid, loss, zero)
        if reduction == "none":
            return loss
        if reduction == "sum":
            return loss.sum()
        return loss.mean() if mean_all else loss.sum() / valid.sum()
    return loss_fn


VARIANTS = [
    Variant("smoothing / (C - 1) on the other classes", smoothed_with(other_classes=True),
            "your target distribution puts 1 - smoothing on the target and smoothing / (C - 1) on each other "
            "class; torch (and Szegedy et al.) mix the one-hot with the uniform distribution: "
            "(1 - smoothing) * onehot + smoothing / C, so every class, the target included, gets smoothing / C",
            "你的目标分布在目标类上放 1 - smoothing，在其余每个类上放 smoothing / (C - 1)；torch（以及 Szegedy 等人）"
            "是把 one-hot 与均匀分布混合：(1 - smoothing) * onehot + smoothing / C，每个类（包括目标类）都得到 "
            "smoothing / C",
            name_zh="其余类各分 smoothing / (C - 1)"),
    Variant("a mean over every position, ignored ones included", smoothed_with(mean_all=True),
            "with reduction=\"mean\" you divide the summed loss by the number of all positions (loss.mean()); "
            "torch divides by the number of positions whose target is not ignore_index",
            "reduction=\"mean\" 时你把损失总和除以了全部位置的个数（loss.mean()）；torch 除以的是 target 不等于 "
            "ignore_index 的位置个数",
            name_zh="对所有位置（包括被忽略的）求平均"),
    Variant("the smoothing term kept at ignored positions", smoothed_with(mask_smoothing=False),
            "at a position whose target is ignore_index you zero the target's term but keep the smoothing term "
            "smoothing * mean(-log p); an ignored position contributes nothing at all, the smoothing term included",
            "在 target 等于 ignore_index 的位置，你把目标类那一项置零了，却保留了平滑项 smoothing * mean(-log p)；"
            "被忽略的位置应当完全不贡献损失，平滑项也不例外",
            name_zh="被忽略的位置仍保留平滑项"),
]


PROBLEM = Problem(
    slug="label_smoothing_cross_entropy",
    kind="torch",
    params=["logits", "target", "smoothing", "reduction", "ignore_index"],
    cases=cases,
    check=grad_check(_grad_mask, name="logits"),
    driver=grad_driver,
    # as cross_entropy: log_softmax in every spelling is part of the exercise;
    # torch.logsumexp, softmax and gather stay allowed
    forbidden=list(_CE.forbidden),
    forbidden_ops=list(_CE.forbidden_ops),
    shrink=shrink_rows(0, 1),
    variants=VARIANTS,
    terms=["[N, C]", "[N, C, d1, ..., dk]", "dim 1", "int64", "(1 - smoothing)", "smoothing / C",
           "ignore_index", "-100", "not ignored", "nan", "\"none\"", "\"mean\"", "\"sum\"", "N = 0", "1000",
           "autograd", "fixed weights", "dtype", "device", "torch.logsumexp"],
)
