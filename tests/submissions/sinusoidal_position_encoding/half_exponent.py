# expect: wrong_answer
# variant: base^(i/dim) instead of base^(2i/dim)
# The "i" of the formula taken as the pair index itself: div_term = base ** (i / dim) for
# i = 0, 1, ..., so the frequencies decay half as fast as the paper's base ** (2i / dim).
import torch


def sinusoidal_position_encoding(num_positions, dim, base=10000.0):
    pos = torch.arange(num_positions, dtype=torch.float32).unsqueeze(1)
    div_term = base ** (torch.arange((dim + 1) // 2, dtype=torch.float32) / dim)
    pe = torch.zeros(num_positions, dim)
    pe[:, 0::2] = torch.sin(pos / div_term)
    pe[:, 1::2] = torch.cos(pos / div_term[: dim // 2])
    return pe
