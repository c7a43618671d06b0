"""Reference: MobileNet v1's depthwise separable convolution block (Howard et al. 2017,
Fig. 3): 3x3 depthwise conv - BN - ReLU, then 1x1 pointwise conv - BN - ReLU.

    DepthwiseSeparableConv(in_channels, out_channels, stride=1)
    forward: [N, in_channels, H, W] -> [N, out_channels, Ho, Wo], Ho = (H - 1) // stride + 1
    (3x3, padding 1, stride on the depthwise conv; the pointwise conv keeps the size).
    Layers registered in the order they are applied; convs without bias (BN follows);
    BatchNorm2d with the defaults eps=1e-5, momentum=0.1.
    Parameters: 9*Cin (depthwise) + Cin*Cout (pointwise) + 2*Cin + 2*Cout (BN weight and bias).
"""
import torch.nn as nn


class DepthwiseSeparableConv(nn.Module):
    def __init__(self, in_channels, out_channels, stride=1):
        super().__init__()
        # groups=in_channels: one 3x3 filter per input channel, weight [Cin, 1, 3, 3]
        self.depthwise = nn.Conv2d(in_channels, in_channels, 3, stride=stride, padding=1,
                                   groups=in_channels, bias=False)
        self.bn1 = nn.BatchNorm2d(in_channels)
        self.pointwise = nn.Conv2d(in_channels, out_channels, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(out_channels)
        self.relu = nn.ReLU(inplace=True)

    def forward(self, x):
        x = self.relu(self.bn1(self.depthwise(x)))
        return self.relu(self.bn2(self.pointwise(x)))
