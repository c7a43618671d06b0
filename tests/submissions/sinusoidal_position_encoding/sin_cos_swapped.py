# expect: wrong_answer
# variant: sin and cos swapped
# cos on the even columns and sin on the odd ones: position 0 comes out [1, 0, 1, 0].
# message: expected 0, got 1
import torch


def sinusoidal_position_encoding(num_positions, dim, base=10000.0):
    pos = torch.arange(num_positions, dtype=torch.float64)[:, None]
    j = torch.arange(dim, dtype=torch.float64)
    angle = pos / base ** ((j - j % 2) / dim)
    pe = torch.where(torch.arange(dim) % 2 == 0, torch.cos(angle), torch.sin(angle))
    return pe.float()
