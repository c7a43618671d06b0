"""The softmax reference against torch.softmax: value and autograd gradient on every
judged case (dims, +-1000, rows 2000 apart, -inf masks, empty batches) and on random
tensors of every dim, plus the sums."""
import numpy as np
import pytest
import torch

from cvdrill.judge.run import load_reference
from oracle_activation import DEVICES, assert_close, check_every_case, value_and_grad

softmax = load_reference("softmax", "softmax")


def test_every_judged_case():
    check_every_case("softmax", lambda x, dim=-1: torch.softmax(x, dim))


@pytest.mark.parametrize("dim", [0, 1, 2, -1, -2, -3])
@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
def test_random(dim, dtype):
    rng = np.random.default_rng(abs(dim))
    for device in DEVICES:
        for scale in (0.1, 3.0, 100.0, 1000.0):
            x = torch.from_numpy(rng.normal(0, scale, (4, 5, 6))).to(dtype=dtype, device=device)
            ye, ge = value_and_grad(torch.softmax, x, dim)
            yg, gg = value_and_grad(softmax, x, dim)
            assert_close(ye, yg, dtype, f"value dim={dim} scale={scale}")
            assert_close(ge, gg, dtype, f"gradient dim={dim} scale={scale}")
            assert torch.allclose(yg.sum(dim), torch.ones((), dtype=dtype, device=device))


def test_masked_and_extreme():
    x = torch.tensor([[1000.0, -float("inf"), 0.0], [-1000.0, -1000.0, -float("inf")]], dtype=torch.float64)
    y = softmax(x)
    assert y.tolist() == [[1.0, 0.0, 0.0], [0.5, 0.5, 0.0]]
    assert torch.equal(y, torch.softmax(x, -1))
