# expect: time_limit_exceeded
# The formula, one element at a time with math.sin and math.cos (right, but a Python loop
# over num_positions * dim elements).
import math

import torch


def sinusoidal_position_encoding(num_positions, dim, base=10000.0):
    rows = []
    for pos in range(num_positions):
        row = []
        for j in range(dim):
            a = pos / base ** ((j - j % 2) / dim)
            row.append(math.sin(a) if j % 2 == 0 else math.cos(a))
        rows.append(row)
    return torch.tensor(rows, dtype=torch.float32).reshape(num_positions, dim)
