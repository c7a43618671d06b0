# expect: forbidden
# torch's own dropout.
import torch.nn.functional as F


def dropout(x, p, training=True):
    return F.dropout(x, p, training)
