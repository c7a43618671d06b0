# expect: forbidden
# message: aten::smooth_l1_loss
# The operator behind F.smooth_l1_loss, reached by a name the static scan cannot read.
import torch

_op = getattr(torch.ops.aten, "smooth_l1" + "_loss")


def smooth_l1_loss(input, target, reduction="mean", beta=1.0):
    return _op(input, target, {"none": 0, "mean": 1, "sum": 2}[reduction], beta)
