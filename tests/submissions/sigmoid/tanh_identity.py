# expect: forbidden
# sigmoid(x) = (1 + tanh(x / 2)) / 2 hands the stability over to torch.tanh.
import torch


def sigmoid(x):
    return 0.5 * (1 + torch.tanh(0.5 * x))
