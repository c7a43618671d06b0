# expect: wrong_answer
# variant: negative_slope rounded to float32
# x times torch.where(x > 0, 1.0, slope): with two Python scalars torch.where builds a
# float32 tensor, so slope = 0.01 is rounded to float32 and float64 answers are off by 2e-7.
# message: float64.*expected -10.0, got -9.9999
import torch


def leaky_relu(x, negative_slope=0.01):
    return x * torch.where(x > 0, 1.0, negative_slope)
