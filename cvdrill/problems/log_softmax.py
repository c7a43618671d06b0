"""log_softmax: x - log(sum(exp(x))) along dim, stable; value and autograd gradient."""
from ..judge.spec import Problem, Variant, shrink_rows
from . import _activation as A
from ._softmax_cases import cases

FORBIDDEN = A.SOFTMAX


def log_softmax_with(shift="slice", log_of_softmax=False):
    """log_softmax under another convention: `shift` "none" (x - log(sum(exp(x))) as written),
    "global" (one max for the whole tensor) or "slice"; `log_of_softmax`: log of a stable softmax."""
    def log_softmax(x, dim=-1):
        import torch

        if log_of_softmax:
            e = torch.exp(x - x.amax(dim=dim, keepdim=True))
            return torch.log(e / e.sum(dim=dim, keepdim=True))
        if shift == "global":
            s = x - x.max() if x.numel() else x  # x.max() of an empty tensor raises
        else:
            s = x if shift == "none" else x - x.amax(dim=dim, keepdim=True)
        return s - torch.log(torch.exp(s).sum(dim=dim, keepdim=True))
    return log_softmax


VARIANTS = [
    Variant("log(softmax(x))", log_softmax_with(log_of_softmax=True),
            "you take the log of a softmax: an entry 1000 below its slice's maximum has softmax exactly 0 in "
            "floating point, and log(0) = -inf where torch gives about -1000. Stay in log space: "
            "`(x - m) - log(sum(exp(x - m)))` with m the slice's maximum",
            "你对 softmax 取了 log：比所在切片最大值小 1000 的元素，其 softmax 在浮点数中恰好为 0，log(0) = -inf，"
            "而 torch 给出的约是 -1000。应留在对数空间里计算：`(x - m) - log(sum(exp(x - m)))`，m 为切片的最大值",
            name_zh="`log(softmax(x))`"),
    Variant("the log-sum-exp without the max subtracted", log_softmax_with(shift="none"),
            "you compute `x - log(sum(exp(x)))` as written: exp(1000) overflows to inf, so the log-sum-exp is inf. "
            "Subtract each slice's maximum m first: `logsumexp(x) = m + log(sum(exp(x - m)))`",
            "你按原式计算 `x - log(sum(exp(x)))`：exp(1000) 溢出为 inf，于是 log-sum-exp 也是 inf。应先减去每个切片的"
            "最大值 m：`logsumexp(x) = m + log(sum(exp(x - m)))`",
            name_zh="没有先减去最大值的 log-sum-exp"),
    Variant("one max for the whole tensor", log_softmax_with(shift="global"),
            "you subtract the maximum of the whole tensor (`x.max()`), not each slice's own: in a slice far below "
            "it (around -1000 when another is around 1000) every exp underflows to 0 and its log-sum-exp becomes "
            "log(0) = -inf. Subtract `x.amax(dim=dim, keepdim=True)`",
            "你减去的是整个张量的最大值（`x.max()`），而不是每个切片各自的最大值：远低于它的切片（另一行在 1000 附近、"
            "这一行在 -1000 附近）中每个 exp 都下溢为 0，它的 log-sum-exp 变成 log(0) = -inf。应减去 "
            "`x.amax(dim=dim, keepdim=True)`",
            name_zh="整个张量只减一个最大值"),
]

PROBLEM = Problem(
    slug="log_softmax",
    kind="torch",
    params=["x", "dim"],
    cases=cases,
    check=A.grad_check,
    driver=A.grad_driver(A.tensor_methods(FORBIDDEN)),
    forbidden_ops=['aten::_log_softmax'],
    forbidden=FORBIDDEN,
    shrink=shrink_rows(0),
    variants=VARIANTS,
    terms=["x - log(sum(exp(x)))", "dim=-1", "negative", "maximum", "1000", "-2000", "nan", "-inf", "empty",
           "same shape, dtype and device", "requires_grad=True", "grad_output", "x.grad", "logsumexp", "rtol"],
)
