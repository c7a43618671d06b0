# expect: forbidden
# torchvision's focal_loss module reached through importlib.
import importlib


def sigmoid_focal_loss(inputs, targets, alpha=0.25, gamma=2.0, reduction="none"):
    mod = importlib.import_module("torchvision.ops.focal_loss")
    return mod.sigmoid_focal_loss(inputs, targets, alpha, gamma, reduction)
