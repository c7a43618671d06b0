"""softmax: exp(x) / sum(exp(x)) along dim, stable (max subtracted); value and autograd gradient."""
from ..judge.spec import Problem, Variant, shrink_rows
from . import _activation as A
from ._softmax_cases import cases

FORBIDDEN = A.SOFTMAX


def softmax_with(shift="slice", last_dim=False):
    """softmax under another convention: `shift` "none" (exp(x) as it is), "global" (one max for
    the whole tensor) or "slice" (each slice's own max); `last_dim`: dim ignored, always -1."""
    def softmax(x, dim=-1):
        import torch

        dim = -1 if last_dim else dim
        if shift == "none":
            e = torch.exp(x)
        elif shift == "global":
            e = torch.exp(x - x.max() if x.numel() else x)  # x.max() of an empty tensor raises
        else:
            e = torch.exp(x - x.amax(dim=dim, keepdim=True))
        return e / e.sum(dim=dim, keepdim=True)
    return softmax


VARIANTS = [
    Variant("exp(x) without the max subtracted", softmax_with(shift="none"),
            "you compute `exp(x) / sum(exp(x))` as written: exp(1000) overflows to inf and inf / inf = nan. "
            "Subtract each slice's maximum first, which leaves the softmax unchanged and keeps every exp in (0, 1]",
            "你按原式计算 `exp(x) / sum(exp(x))`：exp(1000) 溢出为 inf，inf / inf = nan。应先减去每个切片的最大值，"
            "这不改变 softmax 的结果，并让每个 exp 都落在 (0, 1] 内",
            name_zh="没有先减去最大值的 `exp(x)`"),
    Variant("one max for the whole tensor", softmax_with(shift="global"),
            "you subtract the maximum of the whole tensor (`x.max()`), not each slice's own: a slice far below "
            "that maximum (around -1000 when another is around 1000) underflows to exp = 0 everywhere, and "
            "0 / 0 = nan. Subtract `x.amax(dim=dim, keepdim=True)`",
            "你减去的是整个张量的最大值（`x.max()`），而不是每个切片各自的最大值：远低于它的切片（另一行在 1000 "
            "附近、这一行在 -1000 附近）的 exp 全部下溢为 0，0 / 0 = nan。应减去 `x.amax(dim=dim, keepdim=True)`",
            name_zh="整个张量只减一个最大值"),
    Variant("dim ignored (always the last)", softmax_with(last_dim=True),
            "you normalise along the last dimension whatever `dim` says; the judge passes other dims too "
            "(dim=0, dim=1, dim=-2, and by position): reduce with `dim=dim, keepdim=True`",
            "不管 `dim` 是多少，你都沿最后一维归一化；评测也会传入其他维度（`dim=0`、`dim=1`、`dim=-2`，"
            "以及按位置传入）：归约时应使用 `dim=dim, keepdim=True`",
            name_zh="忽略了 `dim`（总是最后一维）"),
]

PROBLEM = Problem(
    slug="softmax",
    kind="torch",
    params=["x", "dim"],
    cases=cases,
    check=A.grad_check,
    driver=A.grad_driver(A.tensor_methods(FORBIDDEN)),
    forbidden_ops=['aten::_softmax'],
    forbidden=FORBIDDEN,
    shrink=shrink_rows(0),
    variants=VARIANTS,
    terms=["exp(x) / sum(exp(x))", "dim=-1", "negative", "maximum", "1000", "nan", "-inf", "empty",
           "same shape, dtype and device", "requires_grad=True", "grad_output", "x.grad", "logsumexp", "rtol"],
)
