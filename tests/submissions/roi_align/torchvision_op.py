# expect: forbidden
# torchvision's own op.
from torchvision.ops import roi_align as _tv


def roi_align(input, boxes, output_size, spatial_scale=1.0, sampling_ratio=-1, aligned=False):
    return _tv(input, boxes, output_size, spatial_scale, sampling_ratio, aligned)
