# expect: forbidden
# torch's own function, reached under another name.
from torch.nn import functional


def scaled_dot_product_attention(query, key, value, attn_mask=None, is_causal=False, scale=None):
    f = getattr(functional, "scaled_dot_product_attention")
    return f(query, key, value, attn_mask=attn_mask, is_causal=is_causal, scale=scale)
