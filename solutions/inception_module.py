"""Reference: GoogLeNet's Inception module with dimension reductions (Szegedy et al. 2015,
"Going deeper with convolutions", Fig. 2b and Table 1).

    InceptionModule(in_channels, ch1x1, ch3x3red, ch3x3, ch5x5red, ch5x5, pool_proj)
    forward: [N, in_channels, H, W] -> [N, ch1x1 + ch3x3 + ch5x5 + pool_proj, H, W]
    four branches, concatenated along channels in this order:
      1. 1x1 conv (in -> ch1x1)
      2. 1x1 conv (in -> ch3x3red), 3x3 conv padding 1 (ch3x3red -> ch3x3)
      3. 1x1 conv (in -> ch5x5red), 5x5 conv padding 2 (ch5x5red -> ch5x5)
      4. 3x3 max pool, stride 1, padding 1, then 1x1 conv (in -> pool_proj)
    every conv has a bias and is followed by a ReLU (the paper's module: no BatchNorm);
    the convs are registered in that order (branch 1, 2 reduce, 2, 3 reduce, 3, 4).
"""
import torch
import torch.nn as nn


def _conv_relu(cin, cout, k):
    return nn.Sequential(nn.Conv2d(cin, cout, k, padding=k // 2), nn.ReLU(inplace=True))


class InceptionModule(nn.Module):
    def __init__(self, in_channels, ch1x1, ch3x3red, ch3x3, ch5x5red, ch5x5, pool_proj):
        super().__init__()
        self.branch1 = _conv_relu(in_channels, ch1x1, 1)
        self.branch2 = nn.Sequential(_conv_relu(in_channels, ch3x3red, 1), _conv_relu(ch3x3red, ch3x3, 3))
        self.branch3 = nn.Sequential(_conv_relu(in_channels, ch5x5red, 1), _conv_relu(ch5x5red, ch5x5, 5))
        self.branch4 = nn.Sequential(nn.MaxPool2d(3, stride=1, padding=1), _conv_relu(in_channels, pool_proj, 1))

    def forward(self, x):
        return torch.cat([self.branch1(x), self.branch2(x), self.branch3(x), self.branch4(x)], dim=1)
