# expect: wrong_answer
# Draws with numpy: the right distribution, but torch.manual_seed does not reproduce it.
# message: manual_seed
import math
import numpy as np
import torch


def xavier_uniform_(tensor, gain=1.0):
    rf = math.prod(tensor.shape[2:])
    bound = gain * math.sqrt(6 / ((tensor.shape[0] + tensor.shape[1]) * rf))
    with torch.no_grad():
        return tensor.copy_(torch.from_numpy(np.random.uniform(-bound, bound, tuple(tensor.shape))))
