"""The sigmoid_focal_loss reference against the paper's formula, element by element
in Python floats (Lin et al. 2017, eq. 5 with alpha_t), and against torch's stable BCE
for gamma=0."""
import math

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from cvdrill.judge.run import load_reference

sigmoid_focal_loss = load_reference("sigmoid_focal_loss", "sigmoid_focal_loss")


def log_sigmoid(z):
    return -math.log1p(math.exp(-z)) if z >= 0 else z - math.log1p(math.exp(z))


def paper(x, t, alpha, gamma, reduction):
    """FL(p_t) = -alpha_t (1 - p_t)^gamma log(p_t), for binary t."""
    out = []
    for xi, ti in zip(x.ravel().tolist(), t.ravel().tolist()):
        z = xi if ti == 1 else -xi  # p_t = sigmoid(z)
        one_minus_pt = math.exp(log_sigmoid(-z))
        a = 1.0 if alpha < 0 else (alpha if ti == 1 else 1 - alpha)
        out.append(-a * one_minus_pt ** gamma * log_sigmoid(z))
    out = np.array(out).reshape(x.shape)
    if reduction == "mean":
        return np.float64(out.mean()) if out.size else np.float64("nan")
    if reduction == "sum":
        return np.float64(out.sum())
    return out


@pytest.mark.parametrize("alpha,gamma", [(0.25, 2.0), (-1.0, 2.0), (0.5, 0.0), (0.75, 1.5), (1.0, 5.0)])
@pytest.mark.parametrize("reduction", ["none", "mean", "sum"])
def test_against_paper(alpha, gamma, reduction):
    rng = np.random.default_rng(0)
    for shape in [(0,), (1,), (40,), (3, 5, 4)]:
        x = rng.normal(0, 4, shape)
        t = (rng.uniform(size=shape) < 0.3).astype(np.float64)
        got = sigmoid_focal_loss(torch.from_numpy(x), torch.from_numpy(t), alpha, gamma, reduction)
        np.testing.assert_allclose(got.numpy(), paper(x, t, alpha, gamma, reduction), rtol=1e-10, atol=1e-13)


@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
def test_large_logits_finite(dtype):
    x = torch.tensor([100.0, 100.0, -100.0, -100.0], dtype=dtype)
    t = torch.tensor([1.0, 0.0, 1.0, 0.0], dtype=dtype)
    got = sigmoid_focal_loss(x, t)
    assert torch.isfinite(got).all() and got.dtype == dtype
    want = paper(x.double().numpy(), t.double().numpy(), 0.25, 2.0, "none")
    np.testing.assert_allclose(got.double().numpy(), want, rtol=1e-5, atol=1e-30)


def test_gamma0_is_weighted_bce():
    x = torch.randn(50, dtype=torch.float64) * 5
    t = (torch.rand(50, dtype=torch.float64) < 0.5).double()
    bce = F.binary_cross_entropy_with_logits(x, t, reduction="none")
    torch.testing.assert_close(sigmoid_focal_loss(x, t, alpha=-1, gamma=0), bce)
    torch.testing.assert_close(sigmoid_focal_loss(x, t, alpha=0.25, gamma=0), (0.25 * t + 0.75 * (1 - t)) * bce)
