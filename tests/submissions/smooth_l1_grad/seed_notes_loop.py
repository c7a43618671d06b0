# expect: wrong_answer
# variant: a widely copied note's loop, as written
# The seed notes' smooth-L1 derivative copied line for line (beta ignored, -v on -1 <= v < 0).
import torch


def smooth_l1_grad(x, beta=1.0):
    g = []
    for v in x.reshape(-1).tolist():
        if v >= 1:
            g.append(1.0)
        elif v >= 0:
            g.append(v)
        elif v >= -1:
            g.append(-v)
        else:
            g.append(-1.0)
    return torch.tensor(g, dtype=x.dtype).reshape(x.shape)
