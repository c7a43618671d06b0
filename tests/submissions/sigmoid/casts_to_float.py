# expect: wrong_answer
# x.float() "to be safe": float64 inputs come back as float32.
# message: dtype torch.float32, expected torch.float64
import torch


def sigmoid(x):
    x = x.float()
    e_pos = torch.exp(-x.clamp(min=0))
    e_neg = torch.exp(x.clamp(max=0))
    return torch.where(x >= 0, 1 / (1 + e_pos), e_neg / (1 + e_neg))
