"""diou_loss: the Distance-IoU loss of paired xyxy boxes, as
torchvision.ops.distance_box_iou_loss (torchvision 0.29); value and gradients."""
from ..judge.spec import Problem
from . import _tvdet as T

PROBLEM = Problem(
    slug="diou_loss",
    kind="torch",
    params=["boxes1", "boxes2", "reduction", "eps"],
    cases=T.pair_cases,
    check=T.pair_check,
    driver=T.pair_driver,
    forbidden=T.TV_BOX_LOSS,
    shrink=T.shrink_pairs,
    terms=["1 - iou + rho2 / c2", "i / (u + eps)", "+ eps", "row by row", "strictly positive",
           "\"none\"", "\"mean\"", "\"sum\"", "0. (not nan)", "[4]", "boxes1.grad", "boxes2.grad",
           "touch", "subgradient", "dtype", "device", "rtol"],
)
