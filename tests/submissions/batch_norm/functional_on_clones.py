# expect: forbidden
# F.batch_norm on clones of the running statistics: exactly the oracle, not hand-written.
import torch.nn.functional as F


def batch_norm(x, running_mean, running_var, weight, bias, training, momentum=0.1, eps=1e-5):
    rm, rv = running_mean.clone(), running_var.clone()
    return F.batch_norm(x, rm, rv, weight, bias, training, momentum, eps), rm, rv
