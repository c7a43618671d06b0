"""The elu reference against F.elu: value and autograd gradient on every judged case, on a
dense grid for several alphas (no nan at 1000), and torch's derivative at x = 0 (alpha)."""
import pytest
import torch
import torch.nn.functional as F

from cvdrill.judge.run import load_reference
from oracle_activation import check_every_case, compare_on_grid, grad_at, value_and_grad

elu = load_reference("elu", "elu")


def test_every_judged_case():
    check_every_case("elu", F.elu)


@pytest.mark.parametrize("alpha", [1.0, 0.5, 2.0, 1.5])
def test_dense_grid(alpha):
    compare_on_grid(elu, F.elu, alpha=alpha)


@pytest.mark.parametrize("alpha", [1.0, 0.5, 2.0])
def test_derivative_at_zero_is_alpha(alpha):
    assert grad_at(F.elu, 0.0, alpha=alpha) == pytest.approx(alpha)
    assert grad_at(elu, 0.0, alpha=alpha) == pytest.approx(alpha)


def test_finite_gradient_at_1000():
    x = torch.tensor([-1000.0, 1000.0])
    y, g = value_and_grad(elu, x, alpha=0.5)
    ye, ge = value_and_grad(F.elu, x, alpha=0.5)
    assert y.tolist() == ye.tolist() == [-0.5, 1000.0]
    assert torch.isfinite(g).all() and torch.equal(g, ge)
