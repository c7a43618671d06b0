# expect: accepted
# A loop over the flattened leading dims, one 2-D problem at a time, with a stable softmax
# written out: exp(s - max) over the keys that take part, divided by a clamped sum (a row
# with no key gets 0 / 1 = 0, and a finite gradient). Masks are turned into a 0/1 "keep"
# and an additive float part first.
import math

import torch


def scaled_dot_product_attention(query, key, value, attn_mask=None, is_causal=False, scale=None):
    *lead, L, E = query.shape
    S, Ev = key.shape[-2], value.shape[-1]
    scale = 1 / math.sqrt(E) if scale is None else scale
    keep = torch.ones(*lead, L, S, dtype=torch.bool, device=query.device)
    add = torch.zeros(*lead, L, S, dtype=query.dtype, device=query.device)
    if is_causal:
        keep = keep & torch.ones(L, S, dtype=torch.bool, device=query.device).tril()
    if attn_mask is not None:
        if attn_mask.dtype == torch.bool:
            keep = keep & attn_mask
        else:
            keep = keep & (attn_mask != float("-inf"))
            add = add + torch.where(attn_mask == float("-inf"), torch.zeros_like(attn_mask), attn_mask)
    n = math.prod(lead)
    q, k, v = query.reshape(n, L, E), key.reshape(n, S, E), value.reshape(n, S, Ev)
    keep, add = keep.reshape(n, L, S), add.reshape(n, L, S)
    outs = []
    for b in range(q.shape[0]):
        s = (q[b] * scale) @ k[b].T + add[b]
        s = torch.where(keep[b], s, torch.zeros_like(s))
        m = s.max(dim=-1, keepdim=True).values if S else s.sum(-1, keepdim=True)
        e = torch.exp(s - m.detach()) * keep[b]
        w = e / e.sum(dim=-1, keepdim=True).clamp_min(torch.finfo(s.dtype).tiny)
        outs.append(w @ v[b])
    out = torch.stack(outs) if outs else value.new_zeros(0, L, Ev)
    return out.reshape(*lead, L, Ev)
