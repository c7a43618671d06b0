# expect: wrong_answer
# Computed in numpy: the values are right, but the graph is cut, so x.grad stays None.
# message: x.grad is None
import numpy as np
import torch


def sigmoid(x):
    a = x.detach().cpu().numpy()
    with np.errstate(over="ignore"):
        return torch.from_numpy(np.asarray(1 / (1 + np.exp(-a)))).to(x.device)
