# expect: forbidden
# torchvision's own box_area, reached through a module alias.
import torch
from torchvision.ops import boxes as box_ops


def box_area(boxes):
    return box_ops.box_area(boxes)
