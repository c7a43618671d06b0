# expect: accepted
# The definition on x clamped to [-20, 20]: tanh(20) is 1 to float64 precision, and
# 1 - exp(-2x) loses nothing that the tolerance would see near 0.
import torch


def tanh(x):
    z = x.clamp(-20, 20)
    a, b = torch.exp(z), torch.exp(-z)
    return (a - b) / (a + b)
