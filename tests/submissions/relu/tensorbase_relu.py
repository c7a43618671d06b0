# expect: forbidden
# message: aten::relu
# torch.Tensor's C base class, under another name: x.relu() without saying "relu" to the scan.
import torch

_base = getattr(torch._C, "Tensor" + "Base")


def relu(x):
    return getattr(_base, "re" + "lu")(x)
