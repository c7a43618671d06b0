# expect: wrong_answer
# variant: scores scaled by 1/sqrt(E)
# Scales the scores by 1/sqrt(E), the model width, instead of 1/sqrt(E / num_heads), the
# dimension of each head (the d_k of Vaswani et al. Sec. 3.2.2). Right for 1 head only.
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
    q = (query @ wq.T + bq).reshape(B, L, H, d).transpose(1, 2)
    k = (key @ wk.T + bk).reshape(B, S, H, d).transpose(1, 2)
    v = (value @ wv.T + bv).reshape(B, S, H, d).transpose(1, 2)
    s = q @ k.transpose(-2, -1) / math.sqrt(E)
    if attn_mask is not None:
        m = attn_mask.reshape(B, H, L, S) if attn_mask.dim() == 3 else attn_mask
        s = s.masked_fill(m, float("-inf")) if m.dtype == torch.bool else s + m
    if key_padding_mask is not None:
        m = key_padding_mask[:, None, None, :]
        s = s.masked_fill(m, float("-inf")) if m.dtype == torch.bool else s + m
    w = torch.softmax(s, dim=-1)
    out = (w @ v).transpose(1, 2).reshape(B, L, E) @ out_proj_weight.T
    if out_proj_bias is not None:
        out = out + out_proj_bias
    return out, (w.mean(1) if need_weights else None)
