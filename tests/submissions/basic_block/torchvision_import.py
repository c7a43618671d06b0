# expect: forbidden
# Subclasses torchvision's own BasicBlock.
import torch.nn as nn
from torchvision.models.resnet import BasicBlock as TVBlock


class BasicBlock(TVBlock):
    def __init__(self, in_planes, planes, stride=1):
        down = None
        if stride != 1 or in_planes != planes:
            down = nn.Sequential(nn.Conv2d(in_planes, planes, 1, stride, bias=False), nn.BatchNorm2d(planes))
        super().__init__(in_planes, planes, stride, down)
