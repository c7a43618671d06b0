"""The log_softmax reference against torch.log_softmax: value and autograd gradient on
every judged case and on random tensors of every dim, including gaps of 2000."""
import numpy as np
import pytest
import torch

from cvdrill.judge.run import load_reference
from oracle_activation import DEVICES, assert_close, check_every_case, value_and_grad

log_softmax = load_reference("log_softmax", "log_softmax")


def test_every_judged_case():
    check_every_case("log_softmax", lambda x, dim=-1: torch.log_softmax(x, dim))


@pytest.mark.parametrize("dim", [0, 1, 2, -1, -2, -3])
@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
def test_random(dim, dtype):
    rng = np.random.default_rng(abs(dim) + 10)
    for device in DEVICES:
        for scale in (0.1, 3.0, 100.0, 1000.0):
            x = torch.from_numpy(rng.normal(0, scale, (4, 5, 6))).to(dtype=dtype, device=device)
            ye, ge = value_and_grad(torch.log_softmax, x, dim)
            yg, gg = value_and_grad(log_softmax, x, dim)
            assert_close(ye, yg, dtype, f"value dim={dim} scale={scale}")
            assert_close(ge, gg, dtype, f"gradient dim={dim} scale={scale}")


def test_far_below_the_max_is_finite():
    x = torch.tensor([[1000.0, 0.0, -1000.0]], dtype=torch.float64)
    assert log_softmax(x).tolist() == [[0.0, -1000.0, -2000.0]]
    m = torch.tensor([[2.0, -float("inf"), 1.0]])
    assert torch.equal(log_softmax(m), torch.log_softmax(m, -1))
