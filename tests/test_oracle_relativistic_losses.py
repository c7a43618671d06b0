"""The relativistic_losses reference against BasicSR's formulation (BCE-with-logits on the
relative logits, each term weighted 0.5 there, so doubled here) and the paper's literal
formulas in float64."""
import pytest
import torch
import torch.nn.functional as F

from cvdrill.judge.run import load_reference

relativistic_losses = load_reference("relativistic_losses", "relativistic_losses")
bce = F.binary_cross_entropy_with_logits


def basicsr(c_real, c_fake):
    """As basicsr/models/esrgan_model.py with cri_gan = GANLoss("vanilla"): BCEWithLogits mean."""
    one = lambda t: torch.ones_like(t)  # noqa: E731
    zero = lambda t: torch.zeros_like(t)  # noqa: E731
    l_g_real = bce(c_real - c_fake.mean(), zero(c_real))
    l_g_fake = bce(c_fake - c_real.mean(), one(c_fake))
    l_g = (l_g_real + l_g_fake) / 2
    l_d_real = bce(c_real - c_fake.mean(), one(c_real)) * 0.5
    l_d_fake = bce(c_fake - c_real.mean(), zero(c_fake)) * 0.5
    return l_d_real + l_d_fake, l_g


@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
@pytest.mark.parametrize("shapes,scale", [(((8,), (8,)), 3.0), (((5,), (3,)), 1.0), (((4, 1), (9, 1)), 10.0),
                                           (((2, 1, 4, 4), (3, 1, 4, 4)), 30.0), (((1,), (1,)), 300.0)])
def test_against_basicsr_doubled(dtype, shapes, scale):
    g = torch.Generator().manual_seed(int(scale) + len(shapes[1]))
    r = (torch.randn(*shapes[0], generator=g, dtype=torch.float64) * scale).to(dtype).requires_grad_()
    f = (torch.randn(*shapes[1], generator=g, dtype=torch.float64) * scale).to(dtype).requires_grad_()
    d, gl = relativistic_losses(r, f)
    ed, eg = basicsr(r, f)
    assert d.shape == gl.shape == () and d.dtype == gl.dtype == dtype
    tol = dict(rtol=1e-5, atol=1e-6) if dtype == torch.float32 else dict(rtol=1e-7, atol=1e-8)
    torch.testing.assert_close(d, 2 * ed, **tol)
    torch.testing.assert_close(gl, 2 * eg, **tol)
    # the generator's gradient, through both terms
    (got,) = torch.autograd.grad(gl, [f], retain_graph=True)
    (exp,) = torch.autograd.grad(2 * eg, [f], retain_graph=True)
    torch.testing.assert_close(got, exp, **tol)


def test_paper_formula_float64():
    torch.manual_seed(1)
    cr, cf = torch.randn(7, dtype=torch.float64), torch.randn(4, dtype=torch.float64)
    d_rf = torch.sigmoid(cr - cf.mean())
    d_fr = torch.sigmoid(cf - cr.mean())
    d, g = relativistic_losses(cr, cf)
    torch.testing.assert_close(d, -torch.log(d_rf).mean() - torch.log(1 - d_fr).mean())
    torch.testing.assert_close(g, -torch.log(1 - d_rf).mean() - torch.log(d_fr).mean())


def test_known_values():
    z = torch.zeros(4)
    d, g = relativistic_losses(z, z)
    ln2 = torch.log(torch.tensor(2.0))
    torch.testing.assert_close(d, 2 * ln2)
    torch.testing.assert_close(g, 2 * ln2)
    # D wins by 200: d_loss ~ 0, g_loss = 200 + 200
    d, g = relativistic_losses(torch.tensor([100.0, 90.0, 110.0]), torch.tensor([-100.0, -110.0, -90.0]))
    assert torch.isfinite(d) and torch.isfinite(g)
    torch.testing.assert_close(g, torch.tensor(400.0))
    assert d.item() < 1e-30
