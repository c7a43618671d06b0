# expect: forbidden
# Projections by hand, but the attention itself through F.scaled_dot_product_attention
# (and its weights recomputed only when asked for): the core must be written out.
import math

import torch
import torch.nn.functional as F


def multi_head_attention(query, key, value, num_heads, in_proj_weight, in_proj_bias, out_proj_weight,
                         out_proj_bias, key_padding_mask=None, attn_mask=None, need_weights=True):
    B, L, E = query.shape
    S, H = key.shape[1], num_heads
    d = E // H
    wq, wk, wv = in_proj_weight.chunk(3)
    bq, bk, bv = in_proj_bias.chunk(3) if in_proj_bias is not None else (None, None, None)
    q = F.linear(query, wq, bq).reshape(B, L, H, d).transpose(1, 2)
    k = F.linear(key, wk, bk).reshape(B, S, H, d).transpose(1, 2)
    v = F.linear(value, wv, bv).reshape(B, S, H, d).transpose(1, 2)
    bias = torch.zeros(B, H, L, S, dtype=query.dtype, device=query.device)
    if attn_mask is not None:
        m = attn_mask.reshape(B, H, L, S) if attn_mask.dim() == 3 else attn_mask
        bias = bias.masked_fill(m, float("-inf")) if m.dtype == torch.bool else bias + m
    if key_padding_mask is not None:
        m = key_padding_mask[:, None, None, :]
        bias = bias.masked_fill(m, float("-inf")) if m.dtype == torch.bool else bias + m
    out = F.scaled_dot_product_attention(q, k, v, attn_mask=bias)
    out = F.linear(out.transpose(1, 2).reshape(B, L, E), out_proj_weight, out_proj_bias)
    w = torch.softmax(q @ k.transpose(-2, -1) / math.sqrt(d) + bias, -1).mean(1) if need_weights else None
    return out, w
