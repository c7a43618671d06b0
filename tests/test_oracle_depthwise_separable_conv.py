"""The DepthwiseSeparableConv reference against a functional oracle (F.conv2d, F.batch_norm,
relu) with the same weights, the parameter formula and the output-size formula."""
import torch
import torch.nn.functional as F

from cvdrill.judge.run import case_rng, load_problem, load_reference
from cvdrill.problems._modules import ctor_ints, fill, weighted_layers

DSC = load_reference("depthwise_separable_conv", "DepthwiseSeparableConv")


def select(m, ints, kw):
    """The depthwise conv, its BN, the pointwise conv, its BN (the reference's attributes in
    registration order are conv, bn, conv, bn)."""
    dw, bn1, pw, bn2 = weighted_layers(m)
    assert dw.groups == ints[0] and pw.kernel_size == (1, 1)
    return dw, bn1, pw, bn2


def _bn(x, bn):
    return F.batch_norm(x, bn.running_mean, bn.running_var, bn.weight, bn.bias, False, 0.0, 1e-5)


def test_against_functional_oracle():
    p = load_problem("depthwise_separable_conv")
    for c in p.cases(case_rng(2026, "depthwise_separable_conv")):
        ints, kw = ctor_ints(c)
        cin, cout = ints[0], ints[1]
        stride = ints[2] if len(ints) > 2 else 1
        m = DSC(*ints, **kw).eval()
        assert sum(q.numel() for q in m.parameters()) == 9 * cin + cin * cout + 2 * cin + 2 * cout, c.name
        dw, bn1, pw, bn2 = select(m, ints, kw)
        assert dw.weight.shape == (cin, 1, 3, 3) and pw.weight.shape == (cout, cin, 1, 1)
        fill([dw, bn1, pw, bn2], seed=7)
        for h, w in ((8, 8), (7, 5), (1, 1)):
            x = torch.randn(2, cin, h, w)
            with torch.no_grad():
                y = m(x)
                a = F.relu(_bn(F.conv2d(x, dw.weight, None, stride, 1, 1, cin), bn1))
                exp = F.relu(_bn(F.conv2d(a, pw.weight), bn2))
            assert y.shape == (2, cout, (h - 1) // stride + 1, (w - 1) // stride + 1)
            torch.testing.assert_close(y, exp, rtol=1e-5, atol=1e-5)


def test_fill_is_deterministic_and_changes_bn():
    m1, m2 = DSC(4, 6), DSC(4, 6)
    for m in (m1, m2):
        fill(select(m, [4, 6], {}), seed=3)
    for (n1, t1), (n2, t2) in zip(m1.state_dict().items(), m2.state_dict().items()):
        assert n1 == n2 and torch.equal(t1, t2)
    bn = select(m1, [4, 6], {})[1]
    assert not torch.equal(bn.running_mean, torch.zeros(4)) and not torch.equal(bn.bias, torch.zeros(4))
