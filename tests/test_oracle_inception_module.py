"""The InceptionModule reference against a functional oracle (F.conv2d, F.max_pool2d, relu,
torch.cat) with the same weights, the parameter formula and GoogLeNet's Table 1."""
import torch
import torch.nn.functional as F

from cvdrill.judge.run import case_rng, load_problem, load_reference
from cvdrill.problems._modules import ctor_ints, fill, weighted_layers

Inception = load_reference("inception_module", "InceptionModule")


def test_against_functional_oracle():
    p = load_problem("inception_module")
    for c in p.cases(case_rng(2026, "inception_module")):
        ints, _ = ctor_ints(c)
        cin, c1, r3, c3, r5, c5, pp = ints
        m = Inception(*ints).eval()
        convs = weighted_layers(m)
        shapes = [tuple(q.weight.shape) for q in convs]
        assert shapes == [(c1, cin, 1, 1), (r3, cin, 1, 1), (c3, r3, 3, 3), (r5, cin, 1, 1), (c5, r5, 5, 5),
                          (pp, cin, 1, 1)], c.name
        params = sum(o * i * k * k + o for (o, i, k, _) in shapes)
        assert sum(q.numel() for q in m.parameters()) == params
        fill(convs, seed=5)
        cv = lambda x, q, pad=0: F.relu(F.conv2d(x, q.weight, q.bias, padding=pad))  # noqa: E731
        for h, w in ((8, 8), (5, 7), (1, 1)):
            x = torch.randn(2, cin, h, w)
            with torch.no_grad():
                y = m(x)
                exp = torch.cat([cv(x, convs[0]), cv(cv(x, convs[1]), convs[2], 1), cv(cv(x, convs[3]), convs[4], 2),
                                 cv(F.max_pool2d(x, 3, 1, 1), convs[5])], dim=1)
            assert y.shape == (2, c1 + c3 + c5 + pp, h, w)
            torch.testing.assert_close(y, exp, rtol=1e-5, atol=1e-5)


def test_googlenet_3a_output_channels():
    m = Inception(192, 64, 96, 128, 16, 32, 32)
    assert m(torch.randn(1, 192, 28, 28)).shape == (1, 256, 28, 28)  # Table 1: inception (3a) 28x28x256
