"""The box_iou reference against torchvision's own answers and a slow obvious loop."""
import numpy as np
import torch

from conftest import golden_cases
from cvdrill.judge.run import load_reference

box_iou = load_reference("box_iou", "box_iou")


def slow_iou(a, b):
    out = np.zeros((len(a), len(b)))
    for i, p in enumerate(a):
        for j, q in enumerate(b):
            w = max(0.0, min(p[2], q[2]) - max(p[0], q[0]))
            h = max(0.0, min(p[3], q[3]) - max(p[1], q[1]))
            inter = w * h
            out[i, j] = inter / ((p[2] - p[0]) * (p[3] - p[1]) + (q[2] - q[0]) * (q[3] - q[1]) - inter)
    return out


def test_against_torchvision(golden):
    cases = golden_cases(golden, "box_iou")
    assert len(cases) >= 5
    for name, c in cases.items():
        got = box_iou(torch.from_numpy(c["boxes1"]), torch.from_numpy(c["boxes2"]))
        assert got.shape == c["iou"].shape, name
        np.testing.assert_allclose(got.numpy(), c["iou"], rtol=1e-5, atol=1e-6, err_msg=name)


def test_against_slow_loop():
    rng = np.random.default_rng(0)
    a = rng.uniform(0, 10, (7, 2)); a = np.hstack([a, a + rng.uniform(0.5, 5, (7, 2))])
    b = rng.uniform(0, 10, (5, 2)); b = np.hstack([b, b + rng.uniform(0.5, 5, (5, 2))])
    got = box_iou(torch.from_numpy(a), torch.from_numpy(b)).numpy()
    np.testing.assert_allclose(got, slow_iou(a, b), rtol=1e-12)
