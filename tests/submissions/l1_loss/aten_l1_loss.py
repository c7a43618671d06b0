# expect: forbidden
# aten::l1_loss by its torch.ops name (the operator itself breaks into sub, abs and mean, which
# every answer runs: only the name can catch it).
import torch


def l1_loss(input, target, reduction="mean"):
    return torch.ops.aten.l1_loss(input, target, {"none": 0, "mean": 1, "sum": 2}[reduction])
