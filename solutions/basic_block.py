"""Reference: the ResNet-18/34 basic block as torchvision.models.resnet.BasicBlock builds it
(He et al. 2016), expansion 1.

    BasicBlock(in_planes, planes, stride=1)
    forward: [N, in_planes, H, W] -> [N, planes, Ho, Wo], Ho = (H - 1) // stride + 1
    out = relu(bn1(conv1(x)))            conv1: 3x3, stride, padding 1, bias=False
    out = bn2(conv2(out))                conv2: 3x3, stride 1, padding 1, bias=False
    out = relu(out + shortcut(x))        the ReLU comes after the addition
    shortcut = identity when stride == 1 and in_planes == planes, otherwise
               1x1 conv (stride, bias=False) + BatchNorm2d (torchvision's `downsample`).
    Registration order: conv1, bn1, conv2, bn2, then the shortcut's conv and BN.
"""
import torch.nn as nn


class BasicBlock(nn.Module):
    expansion = 1

    def __init__(self, in_planes, planes, stride=1):
        super().__init__()
        self.conv1 = nn.Conv2d(in_planes, planes, 3, stride=stride, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(planes)
        self.conv2 = nn.Conv2d(planes, planes, 3, stride=1, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(planes)
        self.relu = nn.ReLU(inplace=True)
        self.downsample = None
        if stride != 1 or in_planes != planes:
            self.downsample = nn.Sequential(
                nn.Conv2d(in_planes, planes, 1, stride=stride, bias=False),
                nn.BatchNorm2d(planes),
            )

    def forward(self, x):
        identity = x if self.downsample is None else self.downsample(x)
        out = self.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        return self.relu(out + identity)
