"""The inputs of softmax and log_softmax: the dimension to normalise over, the +-1000
that overflow exp, rows far apart (a global max underflows some rows to 0 / 0), -inf
masks, one-element slices and empty batches."""
import numpy as np

from ..judge.spec import Case


def cases(rng):
    f32, f64 = np.float32, np.float64
    yield Case("one entry per row [4,1]: all 1 (log: 0)", (rng.normal(0, 3, (4, 1)).astype(f64),))
    yield Case("a single vector [6], default dim=-1", (np.array([1.0, 2.0, 3.0, 4.0, 1.0, 0.0], f32),))
    big = np.array([[1000.0, 0.0, -1000.0], [0.0, 0.0, 0.0], [1000.0, 1000.0, 999.0], [-1000.0, -1000.0, -999.0]])
    yield Case("+-1000 (exp overflows), float32", (big.astype(f32),))
    yield Case("+-1000 (exp overflows), float64", (big,), {"dim": -1})
    far = np.stack([rng.normal(1000, 2, 7), rng.normal(0, 2, 7), rng.normal(-1000, 2, 7)])
    yield Case("rows around 1000, 0 and -1000 (the max is per row)", (far.astype(f64),))
    yield Case("the same along dim=0", (np.ascontiguousarray(far.T).astype(f32),), {"dim": 0})
    yield Case("empty batch [0,5]", (np.zeros((0, 5), f32),))
    masked = rng.normal(0, 2, (4, 6))
    masked[rng.uniform(size=(4, 6)) < 0.4] = -np.inf
    masked[np.arange(4), rng.integers(0, 6, 4)] = 1.5  # every row keeps a finite entry
    yield Case("-inf masked entries (as in attention)", (masked.astype(f32),))
    yield Case("[2,3,4] over dim=1", (rng.normal(0, 2, (2, 3, 4)).astype(f64),), {"dim": 1})
    yield Case("[2,3,4] over dim=-2 (negative dim)", (rng.normal(0, 2, (2, 3, 4)).astype(f32),), {"dim": -2})
    yield Case("[3,5] with dim=0 given by position", (rng.normal(0, 2, (3, 5)).astype(f64), 0))
    yield Case("ties: equal logits", (np.full((3, 4), 2.5, f32),))
    params = [((16, 10), -1, 1.0), ((8, 1000), -1, 30.0), ((5, 7, 9), 1, 5.0), ((64, 33), 0, 200.0),
              ((2, 3, 8, 8), 1, 3.0), ((40, 12), -1, 1000.0)]
    for i, (shape, dim, scale) in enumerate(params):
        dt = (f32, f64)[i % 2]
        yield Case(f"random {list(shape)} {np.dtype(dt).name}, dim={dim}, scale {scale:g}",
                   (rng.normal(0, scale, shape).astype(dt),), {"dim": dim}, random=True)
