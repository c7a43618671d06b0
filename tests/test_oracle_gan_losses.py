"""The gan_losses reference against F.binary_cross_entropy_with_logits (with labels 1 and 0)
and float64 autograd of the literal formulas where they are finite."""
import pytest
import torch
import torch.nn.functional as F

from cvdrill.judge.run import load_reference

gan_losses = load_reference("gan_losses", "gan_losses")
bce = F.binary_cross_entropy_with_logits


def oracle(r, f, mode):
    d = bce(r, torch.ones_like(r)) + bce(f, torch.zeros_like(f))
    g = -bce(f, torch.zeros_like(f)) if mode == "minimax" else bce(f, torch.ones_like(f))
    return d, g


@pytest.mark.parametrize("mode", ["minimax", "non_saturating"])
@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
@pytest.mark.parametrize("shapes,scale", [(((8,), (8,)), 3.0), (((5,), (3,)), 1.0), (((4, 1), (9, 1)), 10.0),
                                           (((2, 1, 4, 4), (3, 1, 4, 4)), 30.0), (((1,), (1,)), 1000.0)])
def test_against_bce(mode, dtype, shapes, scale):
    g = torch.Generator().manual_seed(int(scale) + len(shapes[0]))
    r = (torch.randn(*shapes[0], generator=g, dtype=torch.float64) * scale).to(dtype).requires_grad_()
    f = (torch.randn(*shapes[1], generator=g, dtype=torch.float64) * scale).to(dtype).requires_grad_()
    d, gl = gan_losses(r, f, mode)
    ed, eg = oracle(r, f, mode)
    assert d.shape == gl.shape == () and d.dtype == gl.dtype == dtype
    tol = dict(rtol=1e-5, atol=1e-6) if dtype == torch.float32 else dict(rtol=1e-7, atol=1e-8)
    torch.testing.assert_close(d, ed, **tol)
    torch.testing.assert_close(gl, eg, **tol)
    for out, exp in ((d, ed), (gl, eg)):
        got_g = torch.autograd.grad(out, [r, f], allow_unused=True, retain_graph=True)
        exp_g = torch.autograd.grad(exp, [r, f], allow_unused=True, retain_graph=True)
        for a, b in zip(got_g, exp_g):
            if b is None:
                assert a is None or torch.all(a == 0)
            else:
                torch.testing.assert_close(a, b, **tol)


def test_large_logits_finite():
    r = torch.tensor([100.0, -100.0])
    f = torch.tensor([-100.0, 100.0])
    d, g = gan_losses(r, f, "minimax")
    assert torch.isfinite(d) and torch.isfinite(g)
    torch.testing.assert_close(d, torch.tensor(100.0))  # mean(0, 100) + mean(0, 100)
    torch.testing.assert_close(g, torch.tensor(-50.0))   # mean(log(1 - sigmoid(-100)) = 0, -100)
    _, g = gan_losses(r, f, "non_saturating")
    torch.testing.assert_close(g, torch.tensor(50.0))


def test_literal_formula_float64():
    torch.manual_seed(0)
    r, f = torch.randn(6, dtype=torch.float64), torch.randn(4, dtype=torch.float64)
    d, g = gan_losses(r, f, "minimax")
    sr, sf = torch.sigmoid(r), torch.sigmoid(f)
    torch.testing.assert_close(d, -torch.log(sr).mean() - torch.log(1 - sf).mean())
    torch.testing.assert_close(g, torch.log(1 - sf).mean())
    _, g = gan_losses(r, f)
    torch.testing.assert_close(g, -torch.log(sf).mean())
