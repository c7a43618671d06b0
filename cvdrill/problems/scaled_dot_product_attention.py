"""scaled_dot_product_attention: softmax(q k^T * scale + mask) v, as
torch.nn.functional.scaled_dot_product_attention (torch 2.13, dropout_p=0): bool and float
masks, is_causal with L != S, fully masked rows (zeros); value and the gradients of q, k, v."""
import numpy as np

from ..judge.spec import Case, Problem
from . import _attention as A


def _qkv(rng, lead, L, S, E, Ev=None, dtype=np.float32, scale=1.0):
    Ev = E if Ev is None else Ev
    q = (rng.normal(0, scale, (*lead, L, E))).astype(dtype)
    k = (rng.normal(0, scale, (*lead, S, E))).astype(dtype)
    v = rng.normal(0, 1, (*lead, S, Ev)).astype(dtype)
    return q, k, v


def _float_mask(keep, dtype):
    return np.where(keep, 0.0, -np.inf).astype(dtype)


def cases(rng):
    f32, f64 = np.float32, np.float64
    yield Case("no batch dims: [L,E], [S,E], [S,Ev]", _qkv(rng, (), 3, 4, 5, 2, f64))
    yield Case("S = 1: every weight is 1, the output is v", _qkv(rng, (2,), 4, 1, 3, 2))
    yield Case("L = 0 (no queries)", _qkv(rng, (2,), 0, 3, 4))
    yield Case("batch 0", _qkv(rng, (0, 2), 3, 3, 4))
    yield Case("S = 0 (no keys): output of zeros", _qkv(rng, (2,), 3, 0, 4, 5, f64))
    yield Case("Ev != E", _qkv(rng, (1, 2), 4, 6, 8, 3, f64))
    yield Case("scale=1.0 given (not 1/sqrt(E))", _qkv(rng, (2,), 3, 5, 4, 4, f64), {"scale": 1.0})
    yield Case("scale=0.05", _qkv(rng, (2, 2), 4, 4, 16, 4), {"scale": 0.05})
    yield Case("is_causal, L = S", _qkv(rng, (2, 2), 5, 5, 4, 3, f64), {"is_causal": True})
    yield Case("is_causal, L > S (upper-left aligned: query i >= S sees every key)", _qkv(rng, (2,), 6, 3, 4, 2, f64),
               {"is_causal": True})
    yield Case("is_causal, L < S (upper-left aligned: query 0 sees key 0 only)", _qkv(rng, (2,), 3, 6, 4, 2),
               {"is_causal": True})
    yield Case("is_causal, L = 1 (sees key 0 only)", _qkv(rng, (2,), 1, 4, 4, 3, f64), {"is_causal": True})
    q, k, v = _qkv(rng, (2, 3), 4, 5, 4, 3, f64)
    yield Case("bool mask [L,S], True = takes part", (q, k, v, A.keep_mask(rng, (4, 5))))
    yield Case("bool mask [B,1,1,S] (key padding, broadcast over heads and queries)",
               (q, k, v, A.keep_mask(rng, (2, 1, 1, 5), 0.6)))
    yield Case("bool mask [B,H,L,S]", _qkv(rng, (2, 3), 4, 5, 4, 3) + (A.keep_mask(rng, (2, 3, 4, 5), 0.5),))
    yield Case("float mask [L,S] of finite values, added to the scores",
               (q, k, v, rng.normal(0, 2, (4, 5)).astype(f64)))
    yield Case("float mask with -inf (0 = takes part)", (q, k, v, _float_mask(A.keep_mask(rng, (1, 3, 4, 5)), f64)))
    yield Case("float mask of -10000 (BERT style)", _qkv(rng, (2,), 3, 4, 4)
               + (np.where(A.keep_mask(rng, (2, 1, 4), 0.5), 0.0, -10000.0).astype(f32),))
    keep = A.keep_mask(rng, (4, 5))
    keep[1] = False
    yield Case("bool mask, query 1 sees no key: its output row is 0", (q, k, v, keep))
    keep = A.keep_mask(rng, (2, 3, 4, 5), 0.6)
    keep[0, 1, 2] = False
    keep[1, :, 0] = False
    yield Case("float -inf mask, some rows fully masked (zeros, no nan)",
               _qkv(rng, (2, 3), 4, 5, 4, 3) + (_float_mask(keep, f32),))
    keep = np.zeros((3, 4), bool)
    yield Case("every key masked for every query", (_qkv(rng, (2,), 3, 4, 4, 2, f64) + (keep,)))
    big = np.array([[30.0, 0.0], [0.0, 30.0], [-30.0, 30.0]])
    for dt in (f32, f64):
        yield Case(f"scores of +-900 (exp overflows without the max subtracted), {np.dtype(dt).name}",
                   (big.astype(dt), big.astype(dt), np.arange(6.0).reshape(3, 2).astype(dt)), {"scale": 1.0})
    yield Case("equal scores (uniform weights: the mean of v)", (np.zeros((3, 4), f32), np.ones((5, 4), f32),
                                                                   rng.normal(0, 1, (5, 3)).astype(f32)))
    params = [  # lead, L, S, E, Ev, dtype, scale of q and k, keywords / mask
        ((2, 4), 16, 16, 8, 8, f32, 1.0, "causal"),
        ((3, 2), 7, 11, 5, 6, f64, 2.0, "bool"),
        ((1, 8), 33, 17, 16, 16, f32, 1.0, "float"),
        ((4,), 9, 9, 4, 3, f64, 10.0, None),
        ((2, 2), 12, 20, 8, 4, f32, 10.0, "bool"),
        ((2, 3), 20, 12, 6, 6, f64, 1.0, "causal"),
        ((5,), 8, 8, 32, 8, f32, 1.0, "scale"),
        ((2, 2, 2), 6, 7, 4, 5, f64, 3.0, "float-inf"),
    ]
    for lead, L, S, E, Ev, dt, sc, opt in params:
        q, k, v = _qkv(rng, lead, L, S, E, Ev, dt, sc)
        args, kw, tag = (q, k, v), {}, ""
        if opt == "causal":
            kw, tag = {"is_causal": True}, ", is_causal"
        elif opt == "bool":
            args, tag = args + (A.keep_mask(rng, (lead[0],) + (1,) * (len(lead) - 1) + (L, S)),), ", bool mask"
        elif opt == "float":
            args, tag = args + (rng.normal(0, 1, (L, S)).astype(dt),), ", float mask"
        elif opt == "float-inf":
            keep = A.keep_mask(rng, lead + (L, S), 0.5, row_alive=False)
            args, tag = args + (_float_mask(keep, dt),), ", -inf mask (rows may be fully masked)"
        elif opt == "scale":
            kw, tag = {"scale": 0.3}, ", scale=0.3"
        name = f"random q[{','.join(map(str, lead + (L, E)))}] k[..,{S},{E}] v[..,{S},{Ev}] {np.dtype(dt).name}{tag}"
        if sc != 1.0:
            name += f", q and k of scale {sc:g}"
        yield Case(name, args, kw, random=True)


def _shrink(case):
    """Fewer rows of the first batch dim (of q, k, v, and of a mask that has that dim)."""
    q = case.args[0]
    if q.ndim < 3 or q.shape[0] <= 1:
        return []
    n = q.shape[0]
    out = []
    for keep in (slice(0, n // 2), slice(n // 2, n)):
        args = [a[keep] for a in case.args[:3]]
        for m in case.args[3:]:
            if isinstance(m, np.ndarray) and m.ndim == q.ndim and m.shape[0] == n:
                m = m[keep]
            args.append(m)
        out.append(Case(f"{case.name.split(' (shrunk')[0]} (shrunk to batch {args[0].shape[0]})", tuple(args),
                        dict(case.kwargs), random=True))
    return out


FORBIDDEN = A.SDPA + A.MHA

PROBLEM = Problem(
    slug="scaled_dot_product_attention",
    kind="torch",
    params=["query", "key", "value", "attn_mask", "is_causal", "scale"],
    cases=cases,
    check=A.grad_check(["query", "key", "value"]),
    driver=A.grad_driver(3),
    forbidden=FORBIDDEN,
    shrink=_shrink,
    terms=["[..., L, E]", "[..., S, E]", "[..., S, Ev]", "[..., L, Ev]", "1 / sqrt(E)", "True means",
           "added to the scores", "broadcast", "upper-left", "tril", "L != S", "fully masked", "zeros",
           "nan", "S = 0", "dropout", "requires_grad=True", "grad_output", "query.grad", "key.grad",
           "value.grad", "rtol", "float32", "float64", "dtype", "device", "not timed"],
)
