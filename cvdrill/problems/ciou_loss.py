"""ciou_loss: the Complete-IoU loss of paired xyxy boxes, as
torchvision.ops.complete_box_iou_loss (torchvision 0.29): alpha is a constant for autograd,
and the eps argument reaches alpha only (the DIoU part always uses 1e-7)."""
from ..judge.spec import Problem
from . import _tvdet as T

PROBLEM = Problem(
    slug="ciou_loss",
    kind="torch",
    params=["boxes1", "boxes2", "reduction", "eps"],
    cases=T.pair_cases,
    check=T.pair_check,
    driver=T.pair_driver,
    forbidden=T.TV_BOX_LOSS,
    shrink=T.shrink_pairs,
    terms=["4 / pi^2", "atan(w2 / h2) - atan(w1 / h1)", "alpha = v / (1 - iou + v + eps)", "torch.no_grad()",
           "always 1e-7", "row by row", "strictly positive", "\"none\"", "\"mean\"", "\"sum\"", "0. (not nan)",
           "[4]", "boxes1.grad", "boxes2.grad", "touch", "subgradient", "dtype", "device", "rtol"],
)
