# expect: wrong_answer
# variant: Xception's separable conv (nothing between the convs)
# Xception's SeparableConv2d (Keras's SeparableConv2D): depthwise straight into pointwise, one BN-ReLU at the end.
# message: parameters
import torch.nn as nn
import torch.nn.functional as F


class DepthwiseSeparableConv(nn.Module):
    def __init__(self, in_channels, out_channels, stride=1):
        super().__init__()
        self.depthwise = nn.Conv2d(in_channels, in_channels, kernel_size=3, stride=stride, padding=1,
                                   groups=in_channels, bias=False)
        self.pointwise = nn.Conv2d(in_channels, out_channels, kernel_size=1, bias=False)
        self.bn = nn.BatchNorm2d(out_channels)

    def forward(self, x):
        x = self.pointwise(self.depthwise(x))
        return F.relu(self.bn(x))
