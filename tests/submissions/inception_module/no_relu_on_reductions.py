# expect: wrong_answer
# variant: no ReLU after the 1x1 reductions
# No ReLU after the 1x1 reductions (the paper has one after every conv).
import torch
import torch.nn as nn
import torch.nn.functional as F


class InceptionModule(nn.Module):
    def __init__(self, in_channels, ch1x1, ch3x3red, ch3x3, ch5x5red, ch5x5, pool_proj):
        super().__init__()
        self.conv1x1 = nn.Conv2d(in_channels, ch1x1, kernel_size=1)
        self.reduce3 = nn.Conv2d(in_channels, ch3x3red, kernel_size=1)
        self.conv3x3 = nn.Conv2d(ch3x3red, ch3x3, kernel_size=3, padding=1)
        self.reduce5 = nn.Conv2d(in_channels, ch5x5red, kernel_size=1)
        self.conv5x5 = nn.Conv2d(ch5x5red, ch5x5, kernel_size=5, padding=2)
        self.proj = nn.Conv2d(in_channels, pool_proj, kernel_size=1)

    def forward(self, x):
        b1 = F.relu(self.conv1x1(x))
        b2 = F.relu(self.conv3x3(self.reduce3(x)))
        b3 = F.relu(self.conv5x5(self.reduce5(x)))
        b4 = F.relu(self.proj(F.max_pool2d(x, 3, stride=1, padding=1)))
        return torch.cat((b1, b2, b3, b4), dim=1)
