# expect: forbidden
# tanh(x) = 2 sigmoid(2x) - 1 hands the stability to torch.sigmoid.
import torch


def tanh(x):
    return 2 * torch.sigmoid(2 * x) - 1
