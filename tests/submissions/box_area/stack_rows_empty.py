# expect: runtime_error
# message: N=0|\[0,4\]
# Stacks one area per row: torch.stack of an empty list fails when N = 0.
import torch


def box_area(boxes):
    return torch.stack([(b[2] - b[0]) * (b[3] - b[1]) for b in boxes])
