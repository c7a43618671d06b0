"""multi_head_attention: nn.MultiheadAttention(E, H, batch_first=True) from its packed
parameters: in-projection, heads, masks (True = ignore), out-projection, head-averaged
weights. Values only (the gradients are judged in scaled_dot_product_attention)."""
import math

import numpy as np

from ..judge.spec import Case, Problem, Variant, shrink_rows
from . import _attention as A


def _mha(rng, B, L, S, E, H, dtype=np.float32, bias=True, self_attn=False, scale=1.0):
    x = rng.normal(0, scale, (B, L, E)).astype(dtype)
    if self_attn:
        key = value = x
    else:
        key = rng.normal(0, scale, (B, S, E)).astype(dtype)
        value = rng.normal(0, 1, (B, S, E)).astype(dtype)
    w_in = rng.normal(0, 1 / math.sqrt(E), (3 * E, E)).astype(dtype)
    w_out = rng.normal(0, 1 / math.sqrt(E), (E, E)).astype(dtype)
    b_in = rng.normal(0, 0.3, 3 * E).astype(dtype) if bias else None
    b_out = rng.normal(0, 0.3, E).astype(dtype) if bias else None
    return (x, key, value, H, w_in, b_in, w_out, b_out)


def _pad(rng, B, S, p=0.4):
    """[B, S] bool, True = ignore; every row keeps at least one key."""
    return ~A.keep_mask(rng, (B, S), 1 - p)


def _mask(rng, shape, p=0.4):
    """bool attn_mask, True = not allowed; every query keeps at least one key."""
    return ~A.keep_mask(rng, shape, 1 - p)


def cases(rng):
    f32, f64 = np.float32, np.float64
    yield Case("self-attention, no mask, 2 heads", _mha(rng, 2, 4, 4, 8, 2, f64, self_attn=True))
    yield Case("cross-attention, S != L, key != value", _mha(rng, 2, 3, 5, 8, 2))
    yield Case("1 head", _mha(rng, 1, 4, 6, 6, 1, f64))
    yield Case("head dim 1 (num_heads = E)", _mha(rng, 2, 3, 4, 4, 4, f64))
    yield Case("L = 1, B = 1", _mha(rng, 1, 1, 5, 8, 4))
    yield Case("no biases (bias=False)", _mha(rng, 2, 4, 3, 6, 3, f64, bias=False))
    yield Case("need_weights=False: (output, None)", _mha(rng, 2, 4, 5, 8, 2, f64), {"need_weights": False})
    yield Case("key_padding_mask [B,S] bool, True = ignore", _mha(rng, 3, 4, 6, 8, 2, f64) + (_pad(rng, 3, 6),))
    yield Case("key_padding_mask, the last keys of one sample padded",
               _mha(rng, 2, 3, 5, 4, 2) + (np.array([[False] * 5, [False, False, True, True, True]]),))
    yield Case("attn_mask [L,S] bool, True = not allowed (causal: triu(ones, 1))", _mha(rng, 2, 5, 5, 8, 2, f64, self_attn=True),
               {"attn_mask": np.triu(np.ones((5, 5), bool), 1)})
    yield Case("attn_mask [L,S] float, added", _mha(rng, 2, 4, 6, 8, 4, f64),
               {"attn_mask": rng.normal(0, 2, (4, 6)).astype(f64)})
    yield Case("attn_mask [B*H,L,S] bool (index b*H + h)", _mha(rng, 2, 3, 4, 6, 3, f64),
               {"attn_mask": _mask(rng, (6, 3, 4), 0.5)})
    yield Case("attn_mask [B*H,L,S] float", _mha(rng, 3, 4, 4, 4, 2),
               {"attn_mask": rng.normal(0, 3, (6, 4, 4)).astype(f32)})
    yield Case("key_padding_mask and a causal attn_mask together (both bool)",
               _mha(rng, 2, 4, 4, 8, 2, f64, self_attn=True) + (np.array([[False, False, False, True],
                                                                          [False, True, True, True]]),),
               {"attn_mask": np.triu(np.ones((4, 4), bool), 1)})
    yield Case("float key_padding_mask (added) and float attn_mask", _mha(rng, 2, 3, 4, 6, 2, f64)
               + (np.where(_pad(rng, 2, 4), -np.inf, 0.0),), {"attn_mask": rng.normal(0, 1, (3, 4))})
    pad, banned = _pad(rng, 2, 5), _mask(rng, (4, 5))
    pad[:, 0] = banned[:, 0] = False  # key 0 takes part everywhere: no query loses every key
    yield Case("need_weights=False with both masks", _mha(rng, 2, 4, 5, 8, 4) + (pad,),
               {"attn_mask": banned, "need_weights": False})
    params = [  # B, L, S, E, H, dtype, self, masks
        (4, 10, 10, 16, 4, f32, True, "causal"),
        (3, 7, 12, 12, 3, f64, False, "pad"),
        (2, 16, 9, 32, 8, f32, False, "3d"),
        (5, 6, 6, 8, 2, f64, True, "both"),
        (2, 20, 20, 24, 6, f32, False, None),
        (3, 5, 8, 10, 5, f64, False, "float"),
    ]
    for B, L, S, E, H, dt, self_attn, masks in params:
        S = L if self_attn else S
        args, kw = _mha(rng, B, L, S, E, H, dt, self_attn=self_attn), {}
        tag = ""
        if masks == "causal":
            kw, tag = {"attn_mask": np.triu(np.ones((L, S), bool), 1)}, ", causal attn_mask"
        elif masks == "pad":
            args, tag = args + (_pad(rng, B, S),), ", key_padding_mask"
        elif masks == "3d":
            kw, tag = {"attn_mask": _mask(rng, (B * H, L, S))}, ", attn_mask [B*H,L,S]"
        elif masks == "both":
            keep = A.keep_mask(rng, (B, S), 0.7)
            keep[:, 0] = True  # key 0 stays: with the causal mask every query keeps one key
            args, tag = args + (~keep,), ", key_padding_mask and causal attn_mask"
            kw = {"attn_mask": np.triu(np.ones((L, S), bool), 1)}
        elif masks == "float":
            kw, tag = {"attn_mask": rng.normal(0, 1, (L, S)).astype(dt)}, ", float attn_mask"
        name = (f"random B={B}, L={L}, S={S}, E={E}, {H} heads, {'self' if self_attn else 'cross'}-attention"
                f", {np.dtype(dt).name}{tag}")
        yield Case(name, args, kw, random=True)


def _shrink(case):
    # fewer samples: query, key, value and a key_padding_mask share the batch dim
    if case.kwargs.get("attn_mask") is not None and case.kwargs["attn_mask"].ndim == 3:
        return []
    return shrink_rows(0, 1, 2, *(8,) * (len(case.args) > 8))(case)


def mha_with(transpose_heads=True, model_width_scale=False, padding_keeps=False, per_head=False):
    """Multi-head attention under another convention: heads split by a bare reshape to
    [B, H, T, d] and merged back the same way (`transpose_heads=False`), scores scaled by
    1/sqrt(E) (`model_width_scale`), key_padding_mask read as True = keep (`padding_keeps`,
    F.scaled_dot_product_attention's bool convention), or the weights of every head returned
    (`per_head`, average_attn_weights=False)."""
    def attention(query, key, value, num_heads, in_proj_weight, in_proj_bias, out_proj_weight, out_proj_bias,
                  key_padding_mask=None, attn_mask=None, need_weights=True):
        import torch
        import torch.nn.functional as F

        B, L, E = query.shape
        S, H = key.shape[1], int(num_heads)
        d = E // H

        def heads(x, T):  # [B, T, E] -> [B, H, T, d]
            return x.reshape(B, T, H, d).transpose(1, 2) if transpose_heads else x.reshape(B, H, T, d)
        w_q, w_k, w_v = in_proj_weight.chunk(3, dim=0)
        b_q, b_k, b_v = in_proj_bias.chunk(3) if in_proj_bias is not None else (None, None, None)
        q = heads(F.linear(query, w_q, b_q), L)
        k = heads(F.linear(key, w_k, b_k), S)
        v = heads(F.linear(value, w_v, b_v), S)
        scores = torch.matmul(q, k.transpose(-2, -1)) / math.sqrt(E if model_width_scale else d)
        if attn_mask is not None:
            m = attn_mask.reshape(B, H, L, S) if attn_mask.dim() == 3 else attn_mask
            scores = scores.masked_fill(m, float("-inf")) if m.dtype == torch.bool else scores + m
        if key_padding_mask is not None:
            m = key_padding_mask[:, None, None, :]
            if m.dtype == torch.bool:
                scores = scores.masked_fill(~m if padding_keeps else m, float("-inf"))
            else:
                scores = scores + m
        weights = torch.softmax(scores, dim=-1)
        out = torch.matmul(weights, v)
        out = (out.transpose(1, 2) if transpose_heads else out).reshape(B, L, E)
        out = F.linear(out, out_proj_weight, out_proj_bias)
        return out, ((weights if per_head else weights.mean(dim=1)) if need_weights else None)
    return attention


VARIANTS = [
    Variant("heads split without a transpose", mha_with(transpose_heads=False),
            "you split the heads with `.reshape(B, H, L, d)` straight from `[B, L, E]`, so a \"head\" holds L/H "
            "whole tokens instead of d features of every token (and merge them back the same way); split the "
            "features: `.reshape(B, L, H, d).transpose(1, 2)`, and `.transpose(1, 2).reshape(B, L, E)` after the "
            "attention. Only 1 head survives the shortcut",
            "你直接从 `[B, L, E]` 用 `.reshape(B, H, L, d)` 拆分多头，于是每个“头”装的是 L/H 个完整的 token，而不是"
            "每个 token 的 d 个特征（合并时也同样处理）；应拆分特征维：`.reshape(B, L, H, d).transpose(1, 2)`，"
            "注意力之后用 `.transpose(1, 2).reshape(B, L, E)` 合并。只有 1 个头时这种写法才碰巧正确",
            name_zh="拆分多头时没有转置"),
    Variant("scores scaled by 1/sqrt(E)", mha_with(model_width_scale=True),
            "you divide the scores by sqrt(E), the model width; each head's scores are divided by the square root "
            "of that head's dimension, `sqrt(E / num_heads)` (the d_k of Vaswani et al. Sec. 3.2.2). The two agree "
            "for 1 head only",
            "你把分数除以了 `sqrt(E)`，即模型宽度；每个头的分数应除以该头维度的平方根 `sqrt(E / num_heads)`"
            "（Vaswani 等人论文 3.2.2 节中的 `d_k`）。两者只在 1 个头时相同",
            name_zh="分数按 `1/sqrt(E)` 缩放"),
    Variant("a key_padding_mask with True = keep", mha_with(padding_keeps=True),
            "you read True in a bool key_padding_mask as \"this key takes part\", F.scaled_dot_product_attention's "
            "convention; in nn.MultiheadAttention True means the key is padding and is ignored",
            "你把 bool `key_padding_mask` 中的 True 当成“这个键参与计算”，这是 `F.scaled_dot_product_attention` 的"
            "约定；在 `nn.MultiheadAttention` 中 True 表示该键是填充，要被忽略",
            name_zh="`key_padding_mask` 中 True 表示保留"),
    Variant("the weights of every head", mha_with(per_head=True),
            "you return the attention weights of every head, `[B, H, L, S]`, as "
            "nn.MultiheadAttention(average_attn_weights=False) does; the module's default, asked for here, is their "
            "mean over the heads: `weights.mean(dim=1)`, `[B, L, S]`",
            "你返回了每个头各自的注意力权重 `[B, H, L, S]`，这是 `nn.MultiheadAttention(average_attn_weights=False)` "
            "的结果；本题要的是该模块的默认值，即对各头取平均：`weights.mean(dim=1)`，形状 `[B, L, S]`",
            name_zh="返回了每个头的权重"),
]


PROBLEM = Problem(
    slug="multi_head_attention",
    kind="torch",
    params=["query", "key", "value", "num_heads", "in_proj_weight", "in_proj_bias", "out_proj_weight",
            "out_proj_bias", "key_padding_mask", "attn_mask", "need_weights"],
    cases=cases,
    check=A.close_scaled(names=("attn_output", "attn_weights")),
    forbidden=A.MHA + A.SDPA,
    shrink=_shrink,
    variants=VARIANTS,
    terms=["batch_first=True", "[B, L, E]", "[B, S, E]", "[3E, E]", "[B, S]", "True = ignore",
           "True = not allowed", "[B*H, L, S]", "b*H + h", "1 / sqrt(E / num_heads)", "averaged over the heads",
           "[B, L, S]", "need_weights=False", "None", "every key", "(attn_output, attn_weights)", "rtol",
           "float32", "float64", "dtype", "device", "not timed"],
)
