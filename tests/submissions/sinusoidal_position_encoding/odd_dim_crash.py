# expect: runtime_error
# The PyTorch tutorial's version as usually copied: right for an even dim, but for an odd
# dim pe[:, 1::2] has dim // 2 columns while div_term has (dim + 1) // 2.
# message: dim = 1|odd
import math

import torch


def sinusoidal_position_encoding(num_positions, dim, base=10000.0):
    pe = torch.zeros(num_positions, dim)
    position = torch.arange(0, num_positions, dtype=torch.float).unsqueeze(1)
    div_term = torch.exp(torch.arange(0, dim, 2).float() * (-math.log(base) / dim))
    pe[:, 0::2] = torch.sin(position * div_term)
    pe[:, 1::2] = torch.cos(position * div_term)
    return pe
