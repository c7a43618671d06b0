# expect: forbidden
# torchvision's AnchorGenerator itself.
import torch
from torchvision.models.detection.anchor_utils import AnchorGenerator


def anchor_generator(sizes, aspect_ratios, feature_map_sizes, strides, dtype=torch.float32, device="cpu"):
    gen = AnchorGenerator(tuple(map(tuple, sizes)), tuple(map(tuple, aspect_ratios)))
    return torch.cat(gen.grid_anchors([list(f) for f in feature_map_sizes],
                                      [[torch.tensor(a), torch.tensor(b)] for a, b in strides])).to(dtype)
