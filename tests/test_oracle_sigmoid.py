"""The sigmoid reference against torch's own (torch.sigmoid): value and autograd gradient on every
judged case, on a dense grid from -1000 to 1000 (both dtypes), and at x = 0."""
import torch
import torch.nn.functional as F  # noqa: F401

from cvdrill.judge.run import load_reference
from oracle_activation import check_every_case, compare_on_grid, grad_at, value_and_grad

sigmoid = load_reference("sigmoid", "sigmoid")


def test_every_judged_case():
    check_every_case("sigmoid", torch.sigmoid)


def test_dense_grid():
    compare_on_grid(sigmoid, torch.sigmoid)


def test_at_zero():
    assert grad_at(sigmoid, 0.0) == 0.25 == grad_at(torch.sigmoid, 0.0)


def test_no_nan_at_1000():
    for dtype in (torch.float32, torch.float64):
        x = torch.tensor([-1000.0, 1000.0], dtype=dtype)
        y, g = value_and_grad(sigmoid, x)
        assert torch.isfinite(y).all() and torch.isfinite(g).all()
        ye, ge = value_and_grad(torch.sigmoid, x)
        assert torch.equal(y, ye) and torch.equal(g, ge)
