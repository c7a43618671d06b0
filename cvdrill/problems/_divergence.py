"""Shared by kl_divergence and js_divergence: probability rows along the last dim (with
exact zeros), the check (per-dtype tolerance) and the shrink (flatten, then rows)."""
from __future__ import annotations

import numpy as np

from ..judge import gen
from ..judge.spec import Case, compare, shrink_rows

# (rtol, atol) by dtype of the expected answer. float32: p*log p - p*log q, or JS as
# H(m) - (H(p) + H(q))/2, differ from p*log(p/q) by up to ~2e-6 at K = 5000.
TOL = {"torch.float32": (1e-4, 1e-5), "torch.float64": (1e-7, 1e-10)}


def q_for(rng, p: np.ndarray, zeros: bool) -> np.ndarray:
    """q over the same shape, positive wherever p is (KL's condition), with zeros of its own
    elsewhere when `zeros` (so some positions have p = q = 0)."""
    k = p.shape[-1]
    q = gen.prob_rows(rng, int(np.prod(p.shape[:-1])), k, zeros=zeros).reshape(p.shape)
    q = np.where((p > 0) & (q == 0), rng.uniform(0.01, 0.2, p.shape), q)
    return (q / q.sum(-1, keepdims=True)).astype(p.dtype)


def rows(rng, shape, dtype, zeros=True) -> np.ndarray:
    k = shape[-1]
    return gen.prob_rows(rng, int(np.prod(shape[:-1])), k, zeros=zeros).reshape(shape).astype(dtype)


def common_cases(rng, disjoint_ok: bool):
    """The cases both problems share. `disjoint_ok`: q may be 0 where p > 0 (JS only)."""
    f32, f64 = np.float32, np.float64
    yield Case("[K] vector -> 0-d result", (np.array([0.1, 0.2, 0.7], f64), np.array([0.3, 0.3, 0.4], f64)))
    yield Case("[B,K] rows, no zeros", (rows(rng, (4, 5), f32, False), rows(rng, (4, 5), f32, False)))
    p = np.array([[0.5, 0.5, 0.0, 0.0], [0.0, 1.0, 0.0, 0.0], [0.25, 0.25, 0.25, 0.25]], f64)
    q = np.array([[0.25, 0.25, 0.25, 0.25], [0.1, 0.2, 0.3, 0.4], [0.5, 0.2, 0.2, 0.1]], f64)
    yield Case("zeros in p (0 * log(0 / q) = 0), a one-hot row", (p, q))
    p0 = np.array([[0.5, 0.0, 0.5], [0.0, 0.0, 1.0]], f32)
    q0 = np.array([[0.25, 0.0, 0.75], [0.5, 0.0, 0.5]], f32)
    yield Case("p = q = 0 at the same positions", (p0, q0))
    if disjoint_ok:
        yield Case("disjoint supports (JS = ln 2)", (np.array([[0.5, 0.5, 0.0, 0.0], [1.0, 0.0, 0.0, 0.0]], f64),
                                                       np.array([[0.0, 0.0, 0.3, 0.7], [0.0, 1.0, 0.0, 0.0]], f64)))
        yield Case("zeros in q where p > 0", (np.array([[0.2, 0.8, 0.0]], f32), np.array([[0.0, 0.6, 0.4]], f32)))
    same = rows(rng, (3, 6), f64)
    yield Case("p == q: divergence 0", (same, same.copy()))
    yield Case("K = 1: p = q = [1]", (np.ones((2, 1), f32), np.ones((2, 1), f32)))
    yield Case("empty batch [0,K] -> [0]", (np.zeros((0, 4), f32), np.zeros((0, 4), f32)))
    yield Case("[B,0,K] -> [B,0]", (np.zeros((2, 0, 3), f64), np.zeros((2, 0, 3), f64)))
    yield Case("tiny q (1e-12): large divergence", (np.array([[0.5, 0.5], [0.999, 0.001]], f64),
                                                     np.array([[1 - 1e-12, 1e-12], [1e-12, 1 - 1e-12]], f64)))
    yield Case("[B,C,K] -> [B,C]", (rows(rng, (2, 3, 7), f32), None))
    specs = [((10,), f32), ((16, 10), f64), ((8, 100), f32), ((4, 5, 21), f64), ((2, 1000), f32),
             ((3, 2, 4, 6), f32), ((32, 3), f64), ((1, 5000), f64)]
    for shape, dt in specs:
        yield Case(f"random {list(shape)} {np.dtype(dt).name}", (rows(rng, shape, dt), None), random=True)


def cases_for(disjoint_ok: bool):
    def cases(rng):
        for c in common_cases(rng, disjoint_ok):
            if c.args[1] is None:  # q drawn to fit p
                p = c.args[0]
                q = rows(rng, p.shape, p.dtype) if disjoint_ok else q_for(rng, p, zeros=True)
                c = Case(c.name, (p, q), c.kwargs, c.random)
            yield c
    return cases


def check(case, expected, got):
    rtol, atol = TOL.get(getattr(expected, "dtype", ""), TOL["torch.float32"])
    return compare(expected, got, rtol, atol)


def shrink(case):
    """Flatten the leading dims to rows [R,K] (each row's answer is independent), then rows."""
    p, q = case.args
    if p.ndim == 1:
        return []
    out = []
    if p.ndim > 2:
        k = p.shape[-1]
        out.append(Case(f"{case.name} (as rows)", (p.reshape(-1, k), q.reshape(-1, k)), dict(case.kwargs), random=True))
        case = out[0]
    return out + shrink_rows(0, 1)(case)
