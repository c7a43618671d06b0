"""The gelu reference against F.gelu, both forms: value and autograd gradient on every
judged case and on a dense grid from -1000 to 1000."""
import math

import pytest
import torch
import torch.nn.functional as F

from cvdrill.judge.run import load_reference
from oracle_activation import check_every_case, compare_on_grid

gelu = load_reference("gelu", "gelu")


def test_every_judged_case():
    check_every_case("gelu", F.gelu)


@pytest.mark.parametrize("approximate", ["none", "tanh"])
def test_dense_grid(approximate):
    compare_on_grid(gelu, F.gelu, approximate=approximate)


def test_closed_forms():
    # x * Phi(x) with Phi from math.erf, and the tanh form, independently of torch
    for v in (-3.0, -0.5, 0.0, 0.7, 2.0):
        x = torch.tensor([v], dtype=torch.float64)
        exact = v * 0.5 * (1 + math.erf(v / math.sqrt(2)))
        approx = 0.5 * v * (1 + math.tanh(math.sqrt(2 / math.pi) * (v + 0.044715 * v ** 3)))
        assert gelu(x).item() == pytest.approx(exact, rel=1e-14, abs=1e-300)
        assert gelu(x, approximate="tanh").item() == pytest.approx(approx, rel=1e-14, abs=1e-300)
