"""The BasicBlock reference against torchvision's BasicBlock (its code, copied below from
torchvision/models/resnet.py, v0.19, with the default norm layer) given the same state dict,
and the parameter formula."""
import torch
import torch.nn as nn

from cvdrill.judge.run import case_rng, load_problem, load_reference
from cvdrill.problems._modules import ctor_ints, fill, weighted_layers

BasicBlock = load_reference("basic_block", "BasicBlock")


def conv3x3(in_planes, out_planes, stride=1, groups=1, dilation=1):
    return nn.Conv2d(in_planes, out_planes, kernel_size=3, stride=stride, padding=dilation, groups=groups,
                     bias=False, dilation=dilation)


def conv1x1(in_planes, out_planes, stride=1):
    return nn.Conv2d(in_planes, out_planes, kernel_size=1, stride=stride, bias=False)


class TorchvisionBasicBlock(nn.Module):
    expansion = 1

    def __init__(self, inplanes, planes, stride=1, downsample=None):
        super().__init__()
        self.conv1 = conv3x3(inplanes, planes, stride)
        self.bn1 = nn.BatchNorm2d(planes)
        self.relu = nn.ReLU(inplace=True)
        self.conv2 = conv3x3(planes, planes)
        self.bn2 = nn.BatchNorm2d(planes)
        self.downsample = downsample
        self.stride = stride

    def forward(self, x):
        identity = x
        out = self.conv1(x)
        out = self.bn1(out)
        out = self.relu(out)
        out = self.conv2(out)
        out = self.bn2(out)
        if self.downsample is not None:
            identity = self.downsample(x)
        out += identity
        out = self.relu(out)
        return out


def torchvision_block(inplanes, planes, stride=1):
    # as ResNet._make_layer builds the first block of a stage
    downsample = None
    if stride != 1 or inplanes != planes:
        downsample = nn.Sequential(conv1x1(inplanes, planes, stride), nn.BatchNorm2d(planes))
    return TorchvisionBasicBlock(inplanes, planes, stride, downsample)


def test_against_torchvision_code():
    p = load_problem("basic_block")
    for c in p.cases(case_rng(2026, "basic_block")):
        ints, kw = ctor_ints(c)
        cin, planes = ints[0], ints[1]
        stride = ints[2] if len(ints) > 2 else 1
        m = BasicBlock(*ints, **kw)
        tv = torchvision_block(cin, planes, stride)
        params = 9 * cin * planes + 9 * planes * planes + 4 * planes
        if stride != 1 or cin != planes:
            params += cin * planes + 2 * planes
        assert sum(q.numel() for q in m.parameters()) == params == sum(q.numel() for q in tv.parameters()), c.name
        fill(weighted_layers(m), seed=11)
        tv.load_state_dict(m.state_dict())  # same names: conv1, bn1, conv2, bn2, downsample.0/1
        m.eval(), tv.eval()
        for h, w in ((8, 8), (7, 5)):
            x = torch.randn(2, cin, h, w)
            with torch.no_grad():
                y, exp = m(x), tv(x)
            assert y.shape == (2, planes, (h - 1) // stride + 1, (w - 1) // stride + 1)
            torch.testing.assert_close(y, exp, rtol=1e-6, atol=1e-6)


def test_registration_order():
    m = BasicBlock(4, 8, 2)
    kinds = [type(x).__name__ for x in weighted_layers(m)]
    assert kinds == ["Conv2d", "BatchNorm2d", "Conv2d", "BatchNorm2d", "Conv2d", "BatchNorm2d"]
    assert weighted_layers(m)[4].kernel_size == (1, 1)
