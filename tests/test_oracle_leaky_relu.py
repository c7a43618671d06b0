"""The leaky_relu reference against F.leaky_relu: value and autograd gradient on every
judged case, on a dense grid for several slopes, and torch's derivative at x = 0."""
import pytest
import torch
import torch.nn.functional as F

from cvdrill.judge.run import load_reference
from oracle_activation import check_every_case, compare_on_grid, grad_at

leaky_relu = load_reference("leaky_relu", "leaky_relu")


def test_every_judged_case():
    check_every_case("leaky_relu", F.leaky_relu)


@pytest.mark.parametrize("slope", [0.01, 0.0, 0.2, 0.3])
def test_dense_grid(slope):
    compare_on_grid(leaky_relu, F.leaky_relu, negative_slope=slope)


@pytest.mark.parametrize("slope", [0.01, 0.2])
def test_derivative_at_zero_is_the_slope(slope):
    assert grad_at(F.leaky_relu, 0.0, negative_slope=slope) == pytest.approx(slope)
    assert grad_at(leaky_relu, 0.0, negative_slope=slope) == pytest.approx(slope)


def test_default_slope():
    x = torch.tensor([-3.0, 0.0, 2.0], dtype=torch.float64)
    assert torch.equal(leaky_relu(x), F.leaky_relu(x))
