# expect: wrong_answer
# Right values, computed in float64 and returned as float64: the statement asks for float32.
# message: dtype torch.float64, expected torch.float32
import torch


def sinusoidal_position_encoding(num_positions, dim, base=10000.0):
    pos = torch.arange(num_positions, dtype=torch.float64)[:, None]
    j = torch.arange(dim, dtype=torch.float64)
    angle = pos / base ** ((j - j % 2) / dim)
    return torch.where(torch.arange(dim) % 2 == 0, torch.sin(angle), torch.cos(angle))
