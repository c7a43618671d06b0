# expect: forbidden
# message: aten::smooth_l1_loss
# smooth-L1 at beta = 0 is L1: its aten operator, by a name built at run time (none to scan).
import torch


def l1_loss(input, target, reduction="mean"):
    return getattr(torch.ops.aten, "smooth_l1" + "_loss").default(input, target, {"none": 0, "mean": 1, "sum": 2}[reduction], 0.0)
