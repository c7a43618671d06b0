# expect: accepted
# The PyTorch tutorial's float32 version, frequencies as exp(-2i * ln(base) / dim), with the
# odd dim handled (the cos columns take the first dim // 2 frequencies). float32 angles
# differ from the float64 reference by ~6e-8 * pos, inside the stated tolerance.
import math

import torch


def sinusoidal_position_encoding(num_positions, dim, base=10000.0):
    pe = torch.zeros(num_positions, dim)
    position = torch.arange(0, num_positions, dtype=torch.float).unsqueeze(1)
    div_term = torch.exp(torch.arange(0, dim, 2).float() * (-math.log(base) / dim))
    pe[:, 0::2] = torch.sin(position * div_term)
    pe[:, 1::2] = torch.cos(position * div_term[: dim // 2])
    return pe
