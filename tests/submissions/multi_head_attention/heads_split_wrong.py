# expect: wrong_answer
# variant: heads split without a transpose
# Splits the heads with .view(B, H, L, d) straight from [B, L, E]: each "head" then holds
# L/H whole tokens instead of d features of every token. Only the 1-head case survives.
# message: values differ
import math

import torch


def multi_head_attention(query, key, value, num_heads, in_proj_weight, in_proj_bias, out_proj_weight,
                         out_proj_bias, key_padding_mask=None, attn_mask=None, need_weights=True):
    B, L, E = query.shape
    S, H = key.shape[1], num_heads
    d = E // H
    wq, wk, wv = in_proj_weight.chunk(3)
    bq, bk, bv = in_proj_bias.chunk(3) if in_proj_bias is not None else (0, 0, 0)
    q = (query @ wq.T + bq).reshape(B, H, L, d)
    k = (key @ wk.T + bk).reshape(B, H, S, d)
    v = (value @ wv.T + bv).reshape(B, H, S, d)
    s = q @ k.transpose(-2, -1) / math.sqrt(d)
    if attn_mask is not None:
        m = attn_mask.reshape(B, H, L, S) if attn_mask.dim() == 3 else attn_mask
        s = s.masked_fill(m, float("-inf")) if m.dtype == torch.bool else s + m
    if key_padding_mask is not None:
        m = key_padding_mask[:, None, None, :]
        s = s.masked_fill(m, float("-inf")) if m.dtype == torch.bool else s + m
    w = torch.softmax(s, dim=-1)
    out = (w @ v).reshape(B, L, E) @ out_proj_weight.T
    if out_proj_bias is not None:
        out = out + out_proj_bias
    return out, (w.mean(1) if need_weights else None)
