# expect: accepted
# The projection weights reshaped to [3, H, d, E] and applied per head with einsum; masks
# merged into one additive float bias first; the per-head outputs folded back through
# out_proj_weight viewed as [E, H, d].
import torch


def multi_head_attention(query, key, value, num_heads, in_proj_weight, in_proj_bias, out_proj_weight,
                         out_proj_bias, key_padding_mask=None, attn_mask=None, need_weights=True):
    B, L, E = query.shape
    S, H = key.shape[1], num_heads
    d = E // H
    W = in_proj_weight.reshape(3, H, d, E)
    q = torch.einsum("ble,hde->bhld", query, W[0])
    k = torch.einsum("bse,hde->bhsd", key, W[1])
    v = torch.einsum("bse,hde->bhsd", value, W[2])
    if in_proj_bias is not None:
        b = in_proj_bias.reshape(3, 1, H, 1, d)
        q, k, v = q + b[0], k + b[1], v + b[2]
    bias = query.new_zeros(B, H, L, S)
    neg = torch.tensor(float("-inf"), dtype=query.dtype, device=query.device)
    if attn_mask is not None:
        m = attn_mask.reshape(B, H, L, S) if attn_mask.dim() == 3 else attn_mask.expand(B, H, L, S)
        bias = bias + (torch.where(m, neg, 0.0) if m.dtype == torch.bool else m)
    if key_padding_mask is not None:
        m = key_padding_mask.reshape(B, 1, 1, S)
        bias = bias + (torch.where(m, neg, 0.0) if m.dtype == torch.bool else m)
    s = torch.einsum("bhld,bhsd->bhls", q * d ** -0.5, k) + bias
    w = torch.exp(s - s.amax(-1, keepdim=True))
    w = w / w.sum(-1, keepdim=True)
    heads = torch.einsum("bhls,bhsd->blhd", w, v)
    out = torch.einsum("blhd,ehd->ble", heads, out_proj_weight.reshape(E, H, d))
    if out_proj_bias is not None:
        out = out + out_proj_bias
    return out, (w.mean(1) if need_weights else None)
