"""diou_loss: the Distance-IoU loss of paired xyxy boxes, as
torchvision.ops.distance_box_iou_loss (torchvision 0.29); value and gradients."""
from ..judge.spec import Problem, Variant
from . import _tvdet as T


def diou_with(boxes1, boxes2, reduction="none", eps=1e-7, giou_penalty=False, iou_eps=True, nan_mean=False):
    """The DIoU loss under another convention: GIoU's penalty (C - U) / C in place of the centre
    distance, no eps in the IoU's denominator, or a plain loss.mean() (nan for N = 0)."""
    import torch

    x1, y1, x2, y2 = boxes1.unbind(-1)
    x1g, y1g, x2g, y2g = boxes2.unbind(-1)
    iw = torch.minimum(x2, x2g) - torch.maximum(x1, x1g)
    ih = torch.minimum(y2, y2g) - torch.maximum(y1, y1g)
    inter = torch.where((iw > 0) & (ih > 0), iw * ih, torch.zeros_like(iw))
    union = (x2 - x1) * (y2 - y1) + (x2g - x1g) * (y2g - y1g) - inter
    iou = inter / (union + eps) if iou_eps else inter / union
    cw = torch.maximum(x2, x2g) - torch.minimum(x1, x1g)
    ch = torch.maximum(y2, y2g) - torch.minimum(y1, y1g)
    if giou_penalty:
        penalty = (cw * ch - union) / (cw * ch)
    else:
        rho2 = ((x1 + x2) / 2 - (x1g + x2g) / 2) ** 2 + ((y1 + y2) / 2 - (y1g + y2g) / 2) ** 2
        penalty = rho2 / (cw ** 2 + ch ** 2 + eps)
    loss = 1 - iou + penalty
    if reduction == "mean":
        return loss.mean() if loss.numel() or nan_mean else 0.0 * loss.sum()
    return loss.sum() if reduction == "sum" else loss


NAN_MEAN = ("loss.mean() on an empty batch", "空 batch 上直接 loss.mean()",
            "for N = 0 with reduction='mean' your loss is nan (the mean of nothing); torchvision returns 0. "
            "there, as `0.0 * loss.sum()`",
            "N = 0 且 reduction='mean' 时你的损失是 nan（空集合求平均）；torchvision 在这种情况下返回 0.，"
            "即 `0.0 * loss.sum()`")

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
    variants=[
        Variant("GIoU's penalty", lambda *a, **k: diou_with(*a, **k, giou_penalty=True),
                "your loss adds GIoU's penalty (C - U) / C, C the area of the enclosing box; DIoU adds the "
                "centre distance instead: rho2 / c2, the squared distance of the centres over the squared "
                "diagonal of the enclosing box (+ eps)",
                "你的损失加的是 GIoU 的惩罚项 (C - U) / C（C 为外接框面积）；DIoU 加的是中心点距离项："
                "rho2 / c2，即两个中心点距离的平方除以外接框对角线长度的平方（再加 eps）",
                name_zh="用了 GIoU 的惩罚项"),
        Variant("eps left out of the IoU", lambda *a, **k: diou_with(*a, **k, iou_eps=False),
                "your IoU is I / U, without eps (it shows with a large eps such as eps=0.5); as in torchvision, "
                "eps sits inside the IoU's denominator: iou = I / (U + eps)",
                "你的 IoU 是 I / U，没有加 eps（eps 较大时就能看出来，例如 eps=0.5）；与 torchvision 一致，"
                "eps 要放在 IoU 的分母里：iou = I / (U + eps)",
                name_zh="IoU 的分母里少了 eps"),
        Variant(NAN_MEAN[0], lambda *a, **k: diou_with(*a, **k, nan_mean=True), *NAN_MEAN[2:], name_zh=NAN_MEAN[1]),
    ],
)
