"""scaled_dot_product_attention: softmax(q k^T * scale + mask) v, as
torch.nn.functional.scaled_dot_product_attention (torch 2.13, dropout_p=0): bool and float
masks, is_causal with L != S, fully masked rows (zeros); value and the gradients of q, k, v."""
import math

import numpy as np

from ..judge.spec import Case, Problem, Variant
from . import _attention as A


def _qkv(rng, lead, L, S, E, Ev=None, dtype=np.float32, scale=1.0):
    Ev = E if Ev is None else Ev
    q = (rng.normal(0, scale, (*lead, L, E))).astype(dtype)
    k = (rng.normal(0, scale, (*lead, S, E))).astype(dtype)
    v = rng.normal(0, 1, (*lead, S, Ev)).astype(dtype)
    return q, k, v


def _float_mask(keep, dtype):
    return np.where(keep, 0.0, -np.inf).astype(dtype)


def cases(rng):
    f32, f64 = np.float32, np.float64
    yield Case("no batch dims: [L,E], [S,E], [S,Ev]", _qkv(rng, (), 3, 4, 5, 2, f64))
    yield Case("S = 1: every weight is 1, the output is v", _qkv(rng, (2,), 4, 1, 3, 2))
    yield Case("L = 0 (no queries)", _qkv(rng, (2,), 0, 3, 4))
    yield Case("batch 0", _qkv(rng, (0, 2), 3, 3, 4))
    yield Case("S = 0 (no keys): output of zeros", _qkv(rng, (2,), 3, 0, 4, 5, f64))
    yield Case("Ev != E", _qkv(rng, (1, 2), 4, 6, 8, 3, f64))
    yield Case("scale=1.0 given (not 1/sqrt(E))", _qkv(rng, (2,), 3, 5, 4, 4, f64), {"scale": 1.0})
    yield Case("scale=0.05", _qkv(rng, (2, 2), 4, 4, 16, 4), {"scale": 0.05})
    yield Case("is_causal, L = S", _qkv(rng, (2, 2), 5, 5, 4, 3, f64), {"is_causal": True})
    yield Case("is_causal, L > S (upper-left aligned: query i >= S sees every key)", _qkv(rng, (2,), 6, 3, 4, 2, f64),
               {"is_causal": True})
    yield Case("is_causal, L < S (upper-left aligned: query 0 sees key 0 only)", _qkv(rng, (2,), 3, 6, 4, 2),
               {"is_causal": True})
    yield Case("is_causal, L = 1 (sees key 0 only)", _qkv(rng, (2,), 1, 4, 4, 3, f64), {"is_causal": True})
    q, k, v = _qkv(rng, (2, 3), 4, 5, 4, 3, f64)
    yield Case("bool mask [L,S], True = takes part", (q, k, v, A.keep_mask(rng, (4, 5))))
    yield Case("bool mask [B,1,1,S] (key padding, broadcast over heads and queries)",
               (q, k, v, A.keep_mask(rng, (2, 1, 1, 5), 0.6)))
    yield Case("bool mask [B,H,L,S]", _qkv(rng, (2, 3), 4, 5, 4, 3) + (A.keep_mask(rng, (2, 3, 4, 5), 0.5),))
    yield Case("float mask [L,S] of finite values, added to the scores",
               (q, k, v, rng.normal(0, 2, (4, 5)).astype(f64)))
    yield Case("float mask with -inf (0 = takes part)", (q, k, v, _float_mask(A.keep_mask(rng, (1, 3, 4, 5)), f64)))
    yield Case("float mask of -10000 (BERT style)", _qkv(rng, (2,), 3, 4, 4)
               + (np.where(A.keep_mask(rng, (2, 1, 4), 0.5), 0.0, -10000.0).astype(f32),))
    keep = A.keep_mask(rng, (4, 5))
    keep[1] = False
    yield Case("bool mask, query 1 sees no key: its output row is 0", (q, k, v, keep))
    keep = A.keep_mask(rng, (2, 3, 4, 5), 0.6)
    keep[0, 1, 2] = False
    keep[1, :, 0] = False
    yield Case("float -inf mask, some rows fully masked (zeros, no nan)",
               _qkv(rng, (2, 3), 4, 5, 4, 3) + (_float_mask(keep, f32),))
    keep = np.zeros((3, 4), bool)
    yield Case("every key masked for every query", (_qkv(rng, (2,), 3, 4, 4, 2, f64) + (keep,)))
    big = np.array([[30.0, 0.0], [0.0, 30.0], [-30.0, 30.0]])
    for dt in (f32, f64):
        yield Case(f"scores of +-900 (exp overflows without the max subtracted), {np.dtype(dt).name}",
                   (big.astype(dt), big.astype(dt), np.arange(6.0).reshape(3, 2).astype(dt)), {"scale": 1.0})
    yield Case("equal scores (uniform weights: the mean of v)", (np.zeros((3, 4), f32), np.ones((5, 4), f32),
                                                                   rng.normal(0, 1, (5, 3)).astype(f32)))
    params = [  # lead, L, S, E, Ev, dtype, scale of q and k, keywords / mask
        ((2, 4), 16, 16, 8, 8, f32, 1.0, "causal"),
        ((3, 2), 7, 11, 5, 6, f64, 2.0, "bool"),
        ((1, 8), 33, 17, 16, 16, f32, 1.0, "float"),
        ((4,), 9, 9, 4, 3, f64, 10.0, None),
        ((2, 2), 12, 20, 8, 4, f32, 10.0, "bool"),
        ((2, 3), 20, 12, 6, 6, f64, 1.0, "causal"),
        ((5,), 8, 8, 32, 8, f32, 1.0, "scale"),
        ((2, 2, 2), 6, 7, 4, 5, f64, 3.0, "float-inf"),
    ]
    for lead, L, S, E, Ev, dt, sc, opt in params:
        q, k, v = _qkv(rng, lead, L, S, E, Ev, dt, sc)
        args, kw, tag = (q, k, v), {}, ""
        if opt == "causal":
            kw, tag = {"is_causal": True}, ", is_causal"
        elif opt == "bool":
            args, tag = args + (A.keep_mask(rng, (lead[0],) + (1,) * (len(lead) - 1) + (L, S)),), ", bool mask"
        elif opt == "float":
            args, tag = args + (rng.normal(0, 1, (L, S)).astype(dt),), ", float mask"
        elif opt == "float-inf":
            keep = A.keep_mask(rng, lead + (L, S), 0.5, row_alive=False)
            args, tag = args + (_float_mask(keep, dt),), ", -inf mask (rows may be fully masked)"
        elif opt == "scale":
            kw, tag = {"scale": 0.3}, ", scale=0.3"
        name = f"random q[{','.join(map(str, lead + (L, E)))}] k[..,{S},{E}] v[..,{S},{Ev}] {np.dtype(dt).name}{tag}"
        if sc != 1.0:
            name += f", q and k of scale {sc:g}"
        yield Case(name, args, kw, random=True)


def _shrink(case):
    """Fewer rows of the first batch dim (of q, k, v, and of a mask that has that dim)."""
    q = case.args[0]
    if q.ndim < 3 or q.shape[0] <= 1:
        return []
    n = q.shape[0]
    out = []
    for keep in (slice(0, n // 2), slice(n // 2, n)):
        args = [a[keep] for a in case.args[:3]]
        for m in case.args[3:]:
            if isinstance(m, np.ndarray) and m.ndim == q.ndim and m.shape[0] == n:
                m = m[keep]
            args.append(m)
        out.append(Case(f"{case.name.split(' (shrunk')[0]} (shrunk to batch {args[0].shape[0]})", tuple(args),
                        dict(case.kwargs), random=True))
    return out


def sdpa_with(scaled=True, true_masks=False, lower_right=False, plain_softmax=False):
    """Attention under another convention: no scale at all (`scaled=False`), a bool mask read as
    True = masked out (`true_masks`, nn.MultiheadAttention's), the causal triangle aligned to the
    lower-right corner (`lower_right`, tril(diagonal=S - L)), or a plain softmax that gives nan
    for a fully masked row (`plain_softmax`, the reference code of torch's documentation)."""
    def attention(query, key, value, attn_mask=None, is_causal=False, scale=None):
        import torch

        L, S, E = query.shape[-2], key.shape[-2], query.shape[-1]
        factor = (1.0 / math.sqrt(E) if scale is None else scale) if scaled else 1.0
        scores = torch.matmul(query, key.transpose(-2, -1)) * factor
        if is_causal:
            keep = torch.ones(L, S, dtype=torch.bool, device=query.device).tril(diagonal=S - L if lower_right else 0)
            scores = scores.masked_fill(~keep, float("-inf"))
        if attn_mask is not None:
            if attn_mask.dtype == torch.bool:
                scores = scores.masked_fill(attn_mask if true_masks else ~attn_mask, float("-inf"))
            else:
                scores = scores + attn_mask
        if plain_softmax:
            return torch.matmul(torch.softmax(scores, dim=-1), value)
        dead = (scores == float("-inf")).all(dim=-1, keepdim=True)
        weights = torch.softmax(scores.masked_fill(dead, 0.0), dim=-1).masked_fill(dead, 0.0)
        return torch.matmul(weights, value)
    return attention


VARIANTS = [
    Variant("unscaled scores (no 1/sqrt(E))", sdpa_with(scaled=False),
            "you use the raw scores `query @ key^T`: no scale at all, neither the default `1 / sqrt(E)` nor the "
            "`scale` passed in. Multiply the scores by `scale`, and by `1 / sqrt(E)` (E = query.shape[-1]) when "
            "scale is None, which keeps the softmax from saturating as E grows",
            "你直接用了原始分数 `query @ key^T`：完全没有缩放，既没有默认的 `1 / sqrt(E)`，也没用传入的 `scale`。"
            "应把分数乘以 `scale`，`scale` 为 None 时乘以 `1 / sqrt(E)`（`E = query.shape[-1]`），这样 E 变大时 "
            "softmax 也不会饱和",
            name_zh="未缩放的分数（没有 `1/sqrt(E)`）"),
    Variant("a bool mask with True = masked out", sdpa_with(true_masks=True),
            "you read True in a bool attn_mask as \"masked out\", nn.MultiheadAttention's convention; in "
            "F.scaled_dot_product_attention True means the pair takes part and False removes it (a score of -inf)",
            "你把 bool `attn_mask` 中的 True 当成“屏蔽”，这是 `nn.MultiheadAttention` 的约定；在 "
            "`F.scaled_dot_product_attention` 中 True 表示这对（查询, 键）参与计算，False 才把它去掉（分数为 -inf）",
            name_zh="bool 掩码中 True 表示屏蔽"),
    Variant("the causal mask aligned to the lower-right corner", sdpa_with(lower_right=True),
            "for L != S your causal mask is `tril(ones(L, S), diagonal=S - L)`, aligned so that the last query "
            "sees every key (flash-attn 2.1+, torch's CausalBias lower_right); is_causal=True in torch is the "
            "upper-left aligned `tril(ones(L, S))`: query i sees keys j <= i",
            "L != S 时你的因果掩码是 `tril(ones(L, S), diagonal=S - L)`，对齐到右下角，让最后一个查询看到所有键"
            "（flash-attn 2.1 及以后、torch 的 `CausalBias` 的 `lower_right`）；torch 中 `is_causal=True` 是对齐到"
            "左上角的 `tril(ones(L, S))`：查询 i 只看键 `j <= i`",
            name_zh="右下角对齐的因果掩码"),
    Variant("a plain softmax (nan for a fully masked row)", sdpa_with(plain_softmax=True),
            "a query whose every key is masked gets softmax of a row of -inf, 0 / 0 = nan, as with the reference "
            "code printed in torch's documentation; torch 2.13 itself returns zeros for that row, with no nan in "
            "the gradients either: find such rows before the softmax, give them finite scores, then zero their "
            "weights",
            "所有键都被屏蔽的查询，得到的是一整行 -inf 的 softmax，即 0 / 0 = nan，torch 文档里印的参考代码也是这样；"
            "torch 2.13 本身对这样的行返回零，梯度里也没有 nan：应在 softmax 之前找出这些行，给它们有限的分数，"
            "softmax 之后再把它们的权重置零",
            name_zh="普通 softmax（整行被屏蔽时为 nan）"),
]

FORBIDDEN = A.SDPA + A.MHA

PROBLEM = Problem(
    slug="scaled_dot_product_attention",
    kind="torch",
    params=["query", "key", "value", "attn_mask", "is_causal", "scale"],
    cases=cases,
    check=A.grad_check(["query", "key", "value"]),
    driver=A.grad_driver(3),
    # what F.scaled_dot_product_attention runs on each backend (the math path's _safe_softmax
    # included: its zero rows are the exercise), however reached; the reference runs _softmax
    forbidden_ops=['aten::_safe_softmax', 'aten::_masked_softmax', 'aten::_scaled_dot_product_flash_attention_for_cpu',
                   'aten::_scaled_dot_product_flash_attention', 'aten::_scaled_dot_product_efficient_attention',
                   'aten::_scaled_dot_product_cudnn_attention', 'aten::_scaled_dot_product_fused_attention_overrideable',
                   'aten::_scaled_dot_product_attention_math_for_mps', 'aten::_flash_attention_forward',
                   'aten::_efficient_attention_forward', 'aten::_cudnn_attention_forward'],
    forbidden=FORBIDDEN,
    shrink=_shrink,
    variants=VARIANTS,
    terms=["[..., L, E]", "[..., S, E]", "[..., S, Ev]", "[..., L, Ev]", "1 / sqrt(E)", "True means",
           "added to the scores", "broadcast", "upper-left", "tril", "L != S", "fully masked", "zeros",
           "nan", "S = 0", "dropout", "requires_grad=True", "grad_output", "query.grad", "key.grad",
           "value.grad", "rtol", "float32", "float64", "dtype", "device", "not timed"],
)
