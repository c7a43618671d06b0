# expect: wrong_answer
# Computed in float64 for accuracy and never cast back: float32 inputs get a float64 answer.
# message: dtype torch.float64, expected torch.float32
import torch


def kl_divergence(p, q):
    p, q = p.double(), q.double()
    return (torch.xlogy(p, p) - torch.xlogy(p, q)).sum(-1)
