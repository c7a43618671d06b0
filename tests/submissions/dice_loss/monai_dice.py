# expect: forbidden
# MONAI's DiceLoss.
from monai.losses import DiceLoss


def dice_loss(logits, targets, smooth=1.0, reduction="mean"):
    return DiceLoss(sigmoid=True, smooth_nr=smooth, smooth_dr=smooth, reduction=reduction)(logits, targets)
