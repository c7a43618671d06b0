# expect: accepted
# One nn.Sequential per branch, assigned in branch order.
import torch
import torch.nn as nn


class InceptionModule(nn.Module):
    def __init__(self, in_channels, ch1x1, ch3x3red, ch3x3, ch5x5red, ch5x5, pool_proj):
        super().__init__()
        self.b1 = nn.Sequential(nn.Conv2d(in_channels, ch1x1, 1), nn.ReLU(True))
        self.b2 = nn.Sequential(nn.Conv2d(in_channels, ch3x3red, 1), nn.ReLU(True),
                                nn.Conv2d(ch3x3red, ch3x3, 3, padding=1), nn.ReLU(True))
        self.b3 = nn.Sequential(nn.Conv2d(in_channels, ch5x5red, 1), nn.ReLU(True),
                                nn.Conv2d(ch5x5red, ch5x5, 5, padding=2), nn.ReLU(True))
        self.b4 = nn.Sequential(nn.MaxPool2d(3, 1, 1), nn.Conv2d(in_channels, pool_proj, 1), nn.ReLU(True))

    def forward(self, x):
        return torch.cat([self.b1(x), self.b2(x), self.b3(x), self.b4(x)], 1)
