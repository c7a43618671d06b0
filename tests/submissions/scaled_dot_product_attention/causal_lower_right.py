# expect: wrong_answer
# variant: the causal mask aligned to the lower-right corner
# The causal triangle aligned to the lower-right corner (flash-attn 2.1+, CausalBias's
# lower_right variant: the last query sees every key) instead of torch's upper-left
# tril(ones(L, S)). Equal for L = S only.
# message: is_causal
import math

import torch


def scaled_dot_product_attention(query, key, value, attn_mask=None, is_causal=False, scale=None):
    L, S = query.shape[-2], key.shape[-2]
    scale = 1 / math.sqrt(query.shape[-1]) if scale is None else scale
    s = query @ key.transpose(-2, -1) * scale
    if is_causal:
        keep = torch.ones(L, S, dtype=torch.bool, device=s.device).tril(diagonal=S - L)
        s = s.masked_fill(~keep, float("-inf"))
    if attn_mask is not None:
        s = s.masked_fill(~attn_mask, float("-inf")) if attn_mask.dtype == torch.bool else s + attn_mask
    dead = torch.isinf(s).all(-1, keepdim=True)
    w = torch.softmax(s.masked_fill(dead, 0.0), dim=-1).masked_fill(dead, 0.0)
    return w @ value
