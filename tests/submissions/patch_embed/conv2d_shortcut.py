# expect: forbidden
# The definition itself: a strided convolution, then flatten(2).transpose(1, 2).
import torch.nn.functional as F


def patch_embed(images, weight, bias, patch_size):
    return F.conv2d(images, weight, bias, stride=patch_size).flatten(2).transpose(1, 2)
