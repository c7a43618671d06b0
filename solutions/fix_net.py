"""Reference: the repaired small CNN for 32x32 RGB images.

    Net(num_classes=10)
    forward: [N, 3, 32, 32] -> [N, num_classes] (logits)
    conv1 3->16 3x3 padding 1, ReLU, 2x2 max pool     -> [N, 16, 16, 16]
    conv2 16->32 3x3 padding 1, ReLU, 2x2 max pool    -> [N, 32, 8, 8]
    flatten (keeping the batch dimension)             -> [N, 2048]
    fc Linear(32*8*8, num_classes)
    Registration order of the weighted layers: conv1, conv2, fc.
"""
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 16, 3, padding=1)
        self.pool = nn.MaxPool2d(2)
        self.conv2 = nn.Conv2d(16, 32, 3, padding=1)
        self.fc = nn.Linear(32 * 8 * 8, num_classes)

    def forward(self, x):
        x = self.pool(torch.relu(self.conv1(x)))
        x = self.pool(torch.relu(self.conv2(x)))
        return self.fc(torch.flatten(x, 1))
