# expect: forbidden
# nn.MaxPool2d, imported under another name.
from torch.nn import MaxPool2d as Pool


def max_pool2d(input, kernel_size, stride=None, padding=0):
    return Pool(kernel_size, stride, padding)(input)
