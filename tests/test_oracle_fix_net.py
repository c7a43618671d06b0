"""The repaired Net against a functional oracle with the same weights, and the parameter
formula; the broken stub does not build."""
import pytest
import torch
import torch.nn.functional as F

import yaml

from cvdrill import paths
from cvdrill.judge.run import load_reference
from cvdrill.problems._modules import fill, weighted_layers

Net = load_reference("fix_net", "Net")


@pytest.mark.parametrize("k", [1, 10, 100])
def test_against_functional_oracle(k):
    m = Net(k).eval()
    assert sum(q.numel() for q in m.parameters()) == 448 + 4640 + 2049 * k
    conv1, conv2, fc = weighted_layers(m)
    assert (conv1.weight.shape, conv2.weight.shape, fc.weight.shape) == ((16, 3, 3, 3), (32, 16, 3, 3), (k, 2048))
    fill([conv1, conv2, fc], seed=2)
    x = torch.randn(3, 3, 32, 32)
    with torch.no_grad():
        h = F.max_pool2d(F.relu(F.conv2d(x, conv1.weight, conv1.bias, padding=1)), 2)
        h = F.max_pool2d(F.relu(F.conv2d(h, conv2.weight, conv2.bias, padding=1)), 2)
        exp = h.reshape(3, -1) @ fc.weight.T + fc.bias
        torch.testing.assert_close(m(x), exp, rtol=1e-5, atol=1e-5)
    assert Net().fc.out_features == 10


def test_stub_is_broken():
    stub = yaml.safe_load((paths.builtin_bank() / "problems" / "fix_net.yaml").read_text())["stub"]
    ns = {}
    exec(compile(stub, "stub.py", "exec"), ns)
    with pytest.raises(TypeError):
        ns["Net"](10)  # nn.Linear(num_classes) lacks out_features
