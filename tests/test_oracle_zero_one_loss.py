"""The zero_one_loss reference against a slow obvious loop over the elements."""
import math

import numpy as np
import torch

from cvdrill.judge.run import load_reference

zero_one_loss = load_reference("zero_one_loss", "zero_one_loss")


def slow(pred, target, threshold=None):
    p, y = pred.ravel().tolist(), target.ravel().tolist()
    if not p:
        return math.nan
    wrong = [(a != b) if threshold is None else (abs(b - a) >= threshold) for a, b in zip(p, y)]
    return sum(wrong) / len(wrong)


def check(pred, target, threshold=None, dtype=None):
    got = zero_one_loss(torch.from_numpy(pred), torch.from_numpy(target), threshold)
    assert got.dim() == 0
    assert got.dtype == (dtype or torch.from_numpy(pred).dtype)
    want = slow(pred, target, threshold)
    if math.isnan(want):
        assert torch.isnan(got)
    else:
        assert abs(got.item() - want) < 1e-6, (got.item(), want)


def test_labels_and_floats():
    rng = np.random.default_rng(0)
    for n in (1, 7, 500):
        y = rng.integers(0, 5, n)
        p = np.where(rng.uniform(size=n) < 0.3, rng.integers(0, 5, n), y)
        check(p, y, dtype=torch.float32)
        check(p, y, 2, dtype=torch.float32)
        for dt in (np.float32, np.float64):
            a = (rng.integers(-32, 33, (n, 3)) / 8).astype(dt)
            b = (rng.integers(-32, 33, (n, 3)) / 8).astype(dt)
            for t in (None, 0.0, 0.125, 0.5, 1.0, 2.5):
                check(a, b, t)


def test_edges():
    check(np.zeros(0, np.int64), np.zeros(0, np.int64), dtype=torch.float32)  # nan, like torch.mean
    check(np.zeros(0, np.float64), np.zeros(0, np.float64), 0.5)
    # a tie at exactly T counts as a loss of 1
    got = zero_one_loss(torch.tensor([1.0, 2.0]), torch.tensor([1.5, 2.0]), threshold=0.5)
    assert got.item() == 0.5
    assert zero_one_loss(torch.tensor([1, 2]), torch.tensor([1, 2])).item() == 0.0
