# expect: forbidden
# message: aten::_safe_softmax
# the math path written out, but its softmax is aten's _safe_softmax reached by getattr.
import math

import torch

_sm = getattr(torch.ops.aten, "_safe" + "_soft" + "max")


def scaled_dot_product_attention(query, key, value, attn_mask=None, is_causal=False, scale=None):
    L, S = query.shape[-2], key.shape[-2]
    s = query @ key.transpose(-2, -1) * (1 / math.sqrt(query.shape[-1]) if scale is None else scale)
    if is_causal:
        s = s.masked_fill(~torch.ones(L, S, dtype=torch.bool, device=s.device).tril(), float("-inf"))
    if attn_mask is not None:
        s = s.masked_fill(~attn_mask, float("-inf")) if attn_mask.dtype == torch.bool else s + attn_mask
    return _sm(s, -1) @ value
