# expect: wrong_answer
# variant: the concatenated layout [sin | cos]
# The concatenated layout of some codebases (tensor2tensor's get_timing_signal_1d, many
# diffusion timestep embeddings): all the sines first, then all the cosines,
# [sin(pos*f_0), ..., sin(pos*f_{d/2-1}), cos(pos*f_0), ...]. The paper interleaves them.
# message: values differ
import torch


def sinusoidal_position_encoding(num_positions, dim, base=10000.0):
    pos = torch.arange(num_positions, dtype=torch.float64)[:, None]
    freq = base ** (-torch.arange(0, dim, 2, dtype=torch.float64) / dim)
    angle = pos * freq
    pe = torch.cat([torch.sin(angle), torch.cos(angle[:, : dim // 2])], dim=1)
    return pe.float()
