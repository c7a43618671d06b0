# expect: forbidden
# torchvision's own focal loss, under another name.
from torchvision.ops import sigmoid_focal_loss as tv_focal


def sigmoid_focal_loss(inputs, targets, alpha=0.25, gamma=2.0, reduction="none"):
    return tv_focal(inputs, targets, alpha, gamma, reduction)
