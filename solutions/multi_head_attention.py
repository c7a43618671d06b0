"""Reference: multi-head attention as torch.nn.MultiheadAttention(embed_dim, num_heads,
batch_first=True) computes it (dropout 0), from its parameters, written out.

    query [B, L, E], key [B, S, E], value [B, S, E]   float32 or float64
    num_heads H (E divisible by it), head dim d = E / H; head h uses features [h*d, (h+1)*d)
    in_proj_weight [3E, E] (rows: W_q, W_k, W_v), in_proj_bias [3E] or None
    out_proj_weight [E, E], out_proj_bias [E] or None
    key_padding_mask [B, S]: bool (True = ignore that key) or float (added to the scores)
    attn_mask [L, S] or [B*H, L, S] (index b*H + h): bool (True = NOT allowed) or float (added)
    -> (attn_output [B, L, E], attn_weights [B, L, S] averaged over the heads, or None
        when need_weights is False); same dtype and device as the query.
The judge never masks every key of a query (torch gives nan there with need_weights=True
and zeros with need_weights=False).
"""
import math

import torch
import torch.nn.functional as F


def multi_head_attention(query, key, value, num_heads, in_proj_weight, in_proj_bias, out_proj_weight,
                         out_proj_bias, key_padding_mask=None, attn_mask=None, need_weights=True):
    B, L, E = query.shape
    S = key.shape[1]
    H = int(num_heads)
    d = E // H
    w_q, w_k, w_v = in_proj_weight.chunk(3, dim=0)
    b_q, b_k, b_v = in_proj_bias.chunk(3) if in_proj_bias is not None else (None, None, None)
    # [B, T, E] -> [B, H, T, d]: split the features into heads, then move heads forward
    q = F.linear(query, w_q, b_q).reshape(B, L, H, d).transpose(1, 2)
    k = F.linear(key, w_k, b_k).reshape(B, S, H, d).transpose(1, 2)
    v = F.linear(value, w_v, b_v).reshape(B, S, H, d).transpose(1, 2)
    scores = torch.matmul(q, k.transpose(-2, -1)) / math.sqrt(d)  # [B, H, L, S]
    if attn_mask is not None:
        m = attn_mask.reshape(B, H, L, S) if attn_mask.dim() == 3 else attn_mask
        scores = scores.masked_fill(m, float("-inf")) if m.dtype == torch.bool else scores + m
    if key_padding_mask is not None:
        m = key_padding_mask[:, None, None, :]  # [B, 1, 1, S]
        scores = scores.masked_fill(m, float("-inf")) if m.dtype == torch.bool else scores + m
    weights = torch.softmax(scores, dim=-1)
    out = torch.matmul(weights, v).transpose(1, 2).reshape(B, L, E)  # heads concatenated
    out = F.linear(out, out_proj_weight, out_proj_bias)
    return out, (weights.mean(dim=1) if need_weights else None)
