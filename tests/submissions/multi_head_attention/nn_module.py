# expect: forbidden
# nn.MultiheadAttention with the parameters copied in: the module itself.
import torch
from torch import nn


def multi_head_attention(query, key, value, num_heads, in_proj_weight, in_proj_bias, out_proj_weight,
                         out_proj_bias, key_padding_mask=None, attn_mask=None, need_weights=True):
    E = query.shape[-1]
    m = nn.MultiheadAttention(E, num_heads, batch_first=True, bias=in_proj_bias is not None,
                              dtype=query.dtype, device=query.device)
    with torch.no_grad():
        m.in_proj_weight.copy_(in_proj_weight)
        m.out_proj.weight.copy_(out_proj_weight)
        if in_proj_bias is not None:
            m.in_proj_bias.copy_(in_proj_bias)
            m.out_proj.bias.copy_(out_proj_bias)
    return m(query, key, value, key_padding_mask=key_padding_mask, attn_mask=attn_mask, need_weights=need_weights)
