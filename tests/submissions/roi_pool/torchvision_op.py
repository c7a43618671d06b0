# expect: forbidden
# torchvision's kernel, reached through torch.ops.
import torch


def roi_pool(input, boxes, output_size, spatial_scale=1.0):
    ph, pw = output_size if isinstance(output_size, (tuple, list)) else (output_size, output_size)
    return torch.ops.torchvision.roi_pool(input, boxes, spatial_scale, ph, pw)[0]
