# expect: wrong_answer
# variant: conv-BatchNorm-ReLU blocks
# The modern habit, conv without bias + BatchNorm + ReLU for every conv: not the paper's module.
# message: parameters
import torch
import torch.nn as nn


def basic_conv(cin, cout, k):
    return nn.Sequential(nn.Conv2d(cin, cout, k, padding=k // 2, bias=False), nn.BatchNorm2d(cout),
                         nn.ReLU(inplace=True))


class InceptionModule(nn.Module):
    def __init__(self, in_channels, ch1x1, ch3x3red, ch3x3, ch5x5red, ch5x5, pool_proj):
        super().__init__()
        self.branch1 = basic_conv(in_channels, ch1x1, 1)
        self.branch2 = nn.Sequential(basic_conv(in_channels, ch3x3red, 1), basic_conv(ch3x3red, ch3x3, 3))
        self.branch3 = nn.Sequential(basic_conv(in_channels, ch5x5red, 1), basic_conv(ch5x5red, ch5x5, 5))
        self.branch4 = nn.Sequential(nn.MaxPool2d(3, 1, 1), basic_conv(in_channels, pool_proj, 1))

    def forward(self, x):
        return torch.cat([self.branch1(x), self.branch2(x), self.branch3(x), self.branch4(x)], 1)
