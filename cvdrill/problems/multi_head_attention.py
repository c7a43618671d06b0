"""multi_head_attention: nn.MultiheadAttention(E, H, batch_first=True) from its packed
parameters: in-projection, heads, masks (True = ignore), out-projection, head-averaged
weights. Values only (the gradients are judged in scaled_dot_product_attention)."""
import math

import numpy as np

from ..judge.spec import Case, Problem, shrink_rows
from . import _attention as A


def _mha(rng, B, L, S, E, H, dtype=np.float32, bias=True, self_attn=False, scale=1.0):
    x = rng.normal(0, scale, (B, L, E)).astype(dtype)
    if self_attn:
        key = value = x
    else:
        key = rng.normal(0, scale, (B, S, E)).astype(dtype)
        value = rng.normal(0, 1, (B, S, E)).astype(dtype)
    w_in = rng.normal(0, 1 / math.sqrt(E), (3 * E, E)).astype(dtype)
    w_out = rng.normal(0, 1 / math.sqrt(E), (E, E)).astype(dtype)
    b_in = rng.normal(0, 0.3, 3 * E).astype(dtype) if bias else None
    b_out = rng.normal(0, 0.3, E).astype(dtype) if bias else None
    return (x, key, value, H, w_in, b_in, w_out, b_out)


def _pad(rng, B, S, p=0.4):
    """[B, S] bool, True = ignore; every row keeps at least one key."""
    return ~A.keep_mask(rng, (B, S), 1 - p)


def _mask(rng, shape, p=0.4):
    """bool attn_mask, True = not allowed; every query keeps at least one key."""
    return ~A.keep_mask(rng, shape, 1 - p)


def cases(rng):
    f32, f64 = np.float32, np.float64
    yield Case("self-attention, no mask, 2 heads", _mha(rng, 2, 4, 4, 8, 2, f64, self_attn=True))
    yield Case("cross-attention, S != L, key != value", _mha(rng, 2, 3, 5, 8, 2))
    yield Case("1 head", _mha(rng, 1, 4, 6, 6, 1, f64))
    yield Case("head dim 1 (num_heads = E)", _mha(rng, 2, 3, 4, 4, 4, f64))
    yield Case("L = 1, B = 1", _mha(rng, 1, 1, 5, 8, 4))
    yield Case("no biases (bias=False)", _mha(rng, 2, 4, 3, 6, 3, f64, bias=False))
    yield Case("need_weights=False: (output, None)", _mha(rng, 2, 4, 5, 8, 2, f64), {"need_weights": False})
    yield Case("key_padding_mask [B,S] bool, True = ignore", _mha(rng, 3, 4, 6, 8, 2, f64) + (_pad(rng, 3, 6),))
    yield Case("key_padding_mask, the last keys of one sample padded",
               _mha(rng, 2, 3, 5, 4, 2) + (np.array([[False] * 5, [False, False, True, True, True]]),))
    yield Case("attn_mask [L,S] bool, True = not allowed (causal: triu(ones, 1))", _mha(rng, 2, 5, 5, 8, 2, f64, self_attn=True),
               {"attn_mask": np.triu(np.ones((5, 5), bool), 1)})
    yield Case("attn_mask [L,S] float, added", _mha(rng, 2, 4, 6, 8, 4, f64),
               {"attn_mask": rng.normal(0, 2, (4, 6)).astype(f64)})
    yield Case("attn_mask [B*H,L,S] bool (index b*H + h)", _mha(rng, 2, 3, 4, 6, 3, f64),
               {"attn_mask": _mask(rng, (6, 3, 4), 0.5)})
    yield Case("attn_mask [B*H,L,S] float", _mha(rng, 3, 4, 4, 4, 2),
               {"attn_mask": rng.normal(0, 3, (6, 4, 4)).astype(f32)})
    yield Case("key_padding_mask and a causal attn_mask together (both bool)",
               _mha(rng, 2, 4, 4, 8, 2, f64, self_attn=True) + (np.array([[False, False, False, True],
                                                                          [False, True, True, True]]),),
               {"attn_mask": np.triu(np.ones((4, 4), bool), 1)})
    yield Case("float key_padding_mask (added) and float attn_mask", _mha(rng, 2, 3, 4, 6, 2, f64)
               + (np.where(_pad(rng, 2, 4), -np.inf, 0.0),), {"attn_mask": rng.normal(0, 1, (3, 4))})
    pad, banned = _pad(rng, 2, 5), _mask(rng, (4, 5))
    pad[:, 0] = banned[:, 0] = False  # key 0 takes part everywhere: no query loses every key
    yield Case("need_weights=False with both masks", _mha(rng, 2, 4, 5, 8, 4) + (pad,),
               {"attn_mask": banned, "need_weights": False})
    params = [  # B, L, S, E, H, dtype, self, masks
        (4, 10, 10, 16, 4, f32, True, "causal"),
        (3, 7, 12, 12, 3, f64, False, "pad"),
        (2, 16, 9, 32, 8, f32, False, "3d"),
        (5, 6, 6, 8, 2, f64, True, "both"),
        (2, 20, 20, 24, 6, f32, False, None),
        (3, 5, 8, 10, 5, f64, False, "float"),
    ]
    for B, L, S, E, H, dt, self_attn, masks in params:
        S = L if self_attn else S
        args, kw = _mha(rng, B, L, S, E, H, dt, self_attn=self_attn), {}
        tag = ""
        if masks == "causal":
            kw, tag = {"attn_mask": np.triu(np.ones((L, S), bool), 1)}, ", causal attn_mask"
        elif masks == "pad":
            args, tag = args + (_pad(rng, B, S),), ", key_padding_mask"
        elif masks == "3d":
            kw, tag = {"attn_mask": _mask(rng, (B * H, L, S))}, ", attn_mask [B*H,L,S]"
        elif masks == "both":
            keep = A.keep_mask(rng, (B, S), 0.7)
            keep[:, 0] = True  # key 0 stays: with the causal mask every query keeps one key
            args, tag = args + (~keep,), ", key_padding_mask and causal attn_mask"
            kw = {"attn_mask": np.triu(np.ones((L, S), bool), 1)}
        elif masks == "float":
            kw, tag = {"attn_mask": rng.normal(0, 1, (L, S)).astype(dt)}, ", float attn_mask"
        name = (f"random B={B}, L={L}, S={S}, E={E}, {H} heads, {'self' if self_attn else 'cross'}-attention"
                f", {np.dtype(dt).name}{tag}")
        yield Case(name, args, kw, random=True)


def _shrink(case):
    # fewer samples: query, key, value and a key_padding_mask share the batch dim
    if case.kwargs.get("attn_mask") is not None and case.kwargs["attn_mask"].ndim == 3:
        return []
    return shrink_rows(0, 1, 2, *(8,) * (len(case.args) > 8))(case)


PROBLEM = Problem(
    slug="multi_head_attention",
    kind="torch",
    params=["query", "key", "value", "num_heads", "in_proj_weight", "in_proj_bias", "out_proj_weight",
            "out_proj_bias", "key_padding_mask", "attn_mask", "need_weights"],
    cases=cases,
    check=A.close_scaled(names=("attn_output", "attn_weights")),
    forbidden=A.MHA + A.SDPA,
    shrink=_shrink,
    terms=["batch_first=True", "[B, L, E]", "[B, S, E]", "[3E, E]", "[B, S]", "True = ignore",
           "True = not allowed", "[B*H, L, S]", "b*H + h", "1 / sqrt(E / num_heads)", "averaged over the heads",
           "[B, L, S]", "need_weights=False", "None", "every key", "(attn_output, attn_weights)", "rtol",
           "float32", "float64", "dtype", "device", "not timed"],
)
