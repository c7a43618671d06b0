# expect: wrong_answer
# variant: the sigmoid approximation x * sigmoid(1.702 * x)
# x * sigmoid(1.702 x): the paper's cheaper approximation, neither of torch's two forms.
# message: output
import torch


def gelu(x, approximate="none"):
    return x * torch.sigmoid(1.702 * x)
