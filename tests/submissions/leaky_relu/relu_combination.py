# expect: wrong_answer
# variant: relu(x) - negative_slope * relu(-x)
# relu(x) - a relu(-x): right values, but both relus have derivative 0 at 0, so the
# gradient there is 0 instead of negative_slope.
# message: x = 0, grad_output
import torch.nn.functional as F


def leaky_relu(x, negative_slope=0.01):
    return F.relu(x) - negative_slope * F.relu(-x)
