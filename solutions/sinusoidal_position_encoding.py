"""Reference: the sinusoidal position encoding of Vaswani et al. 2017, Sec. 3.5, in the
paper's interleaved layout.

    PE[pos, 2i]     = sin(pos / base^(2i / dim))
    PE[pos, 2i + 1] = cos(pos / base^(2i / dim))
    num_positions >= 0, dim >= 1, base > 0 (10000 in the paper)
    -> [num_positions, dim] float32 on the CPU. An odd dim ends with a sin column
       (i = (dim - 1) / 2, no cos partner). Computed in float64, rounded once to float32.
"""
import torch


def sinusoidal_position_encoding(num_positions: int, dim: int, base: float = 10000.0) -> torch.Tensor:
    pos = torch.arange(num_positions, dtype=torch.float64)[:, None]  # [N, 1]
    two_i = torch.arange(0, dim, 2, dtype=torch.float64)  # 0, 2, 4, ...: ceil(dim / 2) frequencies
    angle = pos / torch.pow(torch.tensor(float(base), dtype=torch.float64), two_i / dim)  # [N, ceil(dim/2)]
    pe = torch.empty(num_positions, dim, dtype=torch.float64)
    pe[:, 0::2] = torch.sin(angle)  # columns 0, 2, 4, ...
    pe[:, 1::2] = torch.cos(angle[:, : dim // 2])  # columns 1, 3, ...; an odd dim has no last cos
    return pe.to(torch.float32)
