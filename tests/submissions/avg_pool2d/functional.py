# expect: forbidden
# F.avg_pool2d itself.
import torch.nn.functional as F


def avg_pool2d(input, kernel_size, stride=None, padding=0, count_include_pad=True):
    return F.avg_pool2d(input, kernel_size, stride, padding, count_include_pad=count_include_pad)
