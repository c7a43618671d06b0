# expect: wrong_answer
# variant: the column index in the exponent
# Uses the column index j itself in the exponent, pos / base^(j/dim), so the cosine column
# 2i+1 gets the frequency of exponent (2i+1)/dim instead of sharing 2i/dim with its sine.
# message: values differ
import torch


def sinusoidal_position_encoding(num_positions, dim, base=10000.0):
    pos = torch.arange(num_positions, dtype=torch.float64)[:, None]
    j = torch.arange(dim, dtype=torch.float64)
    angle = pos / base ** (j / dim)
    pe = torch.where(torch.arange(dim) % 2 == 0, torch.sin(angle), torch.cos(angle))
    return pe.float()
