"""Reference: scaled dot-product attention as torch.nn.functional.scaled_dot_product_attention
(torch 2.13) computes it with dropout_p=0, written out.

    query [..., L, E], key [..., S, E], value [..., S, Ev] (same leading dims), float32 or float64
    attn_mask: None, a bool tensor (True = the pair takes part) or a float tensor of the
               query's dtype added to the scores; broadcastable to [..., L, S]
    is_causal: query i sees keys j <= i (the upper-left aligned tril(ones(L, S)), also when
               L != S); never together with attn_mask
    scale: the factor on q k^T, 1 / sqrt(E) when None
    -> [..., L, Ev], same dtype and device as the query.

A query whose every key is masked (every score -inf; S = 0 too) gets weights 0, so its
output row is 0 and no gradient flows through it (torch's _safe_softmax; the reference
code in torch's docs would give nan there).
"""
import math

import torch


def scaled_dot_product_attention(query, key, value, attn_mask=None, is_causal=False, scale=None):
    L, S, E = query.shape[-2], key.shape[-2], query.shape[-1]
    scale = 1.0 / math.sqrt(E) if scale is None else scale
    scores = torch.matmul(query, key.transpose(-2, -1)) * scale  # [..., L, S]
    if is_causal:
        causal = torch.ones(L, S, dtype=torch.bool, device=query.device).tril()
        scores = scores.masked_fill(~causal, float("-inf"))
    if attn_mask is not None:
        if attn_mask.dtype == torch.bool:
            scores = scores.masked_fill(~attn_mask, float("-inf"))
        else:
            scores = scores + attn_mask
    # rows with no key left: a finite row for the softmax (no nan, in the value or the
    # gradient), then weights 0
    dead = (scores == float("-inf")).all(dim=-1, keepdim=True)
    scores = scores.masked_fill(dead, 0.0)
    weights = torch.softmax(scores, dim=-1).masked_fill(dead, 0.0)
    return torch.matmul(weights, value)
