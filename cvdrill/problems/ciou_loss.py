"""ciou_loss: the Complete-IoU loss of paired xyxy boxes, as
torchvision.ops.complete_box_iou_loss (torchvision 0.29): alpha is a constant for autograd,
and the eps argument reaches alpha only (the DIoU part always uses 1e-7)."""
import math

from ..judge.spec import Problem, Variant
from . import _tvdet as T
from .diou_loss import NAN_MEAN


def ciou_with(boxes1, boxes2, reduction="none", eps=1e-7, alpha_grad=False, diou_eps=1e-7, v_scale=4 / math.pi ** 2,
              nan_mean=False):
    """The CIoU loss under another convention: alpha differentiated, the eps argument in the DIoU
    part (diou_eps=None), v without 4 / pi^2 (v_scale=1), or a plain loss.mean() (nan for N = 0)."""
    import torch

    de = eps if diou_eps is None else diou_eps
    x1, y1, x2, y2 = boxes1.unbind(-1)
    x1g, y1g, x2g, y2g = boxes2.unbind(-1)
    iw = torch.minimum(x2, x2g) - torch.maximum(x1, x1g)
    ih = torch.minimum(y2, y2g) - torch.maximum(y1, y1g)
    inter = torch.where((iw > 0) & (ih > 0), iw * ih, torch.zeros_like(iw))
    w1, h1, w2, h2 = x2 - x1, y2 - y1, x2g - x1g, y2g - y1g
    iou = inter / (w1 * h1 + w2 * h2 - inter + de)
    cw = torch.maximum(x2, x2g) - torch.minimum(x1, x1g)
    ch = torch.maximum(y2, y2g) - torch.minimum(y1, y1g)
    rho2 = ((x1 + x2) / 2 - (x1g + x2g) / 2) ** 2 + ((y1 + y2) / 2 - (y1g + y2g) / 2) ** 2
    diou = 1 - iou + rho2 / (cw ** 2 + ch ** 2 + de)
    v = v_scale * (torch.atan(w2 / h2) - torch.atan(w1 / h1)) ** 2
    with torch.set_grad_enabled(alpha_grad and torch.is_grad_enabled()):
        alpha = v / (1 - iou + v + eps)
    loss = diou + alpha * v
    if reduction == "mean":
        return loss.mean() if loss.numel() or nan_mean else 0.0 * loss.sum()
    return loss.sum() if reduction == "sum" else loss

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
    variants=[
        Variant("alpha left in the autograd graph", lambda *a, **k: ciou_with(*a, **k, alpha_grad=True),
                "your loss values are right, but autograd differentiates alpha too, so its own derivative "
                "adds to the gradient; torchvision computes alpha under `torch.no_grad()` (a constant, as in the "
                "paper's gradient): compute it there, or from detached tensors",
                "你的损失值是对的，但 autograd 也对 alpha 求了导，它自身的导数被加进了梯度；torchvision 在 "
                "`torch.no_grad()` 下计算 alpha（当作常数，与论文推导梯度时一致）：在 no_grad 里算，或用 detach "
                "后的张量算",
                name_zh="alpha 参与了求导"),
        Variant("the eps argument in the DIoU part", lambda *a, **k: ciou_with(*a, **k, diou_eps=None),
                "your DIoU part uses the eps argument (in the IoU's and the distance's denominators); torchvision "
                "calls its DIoU helper without passing eps on, so there eps is always 1e-7, and the argument "
                "reaches alpha only",
                "你的 DIoU 部分（IoU 和距离项的分母）用了参数 eps；torchvision 调用它的 DIoU 辅助函数时没有把 eps "
                "传进去，所以那里的 eps 永远是 1e-7，参数 eps 只用在 alpha 里",
                name_zh="DIoU 部分用了参数 eps"),
        Variant("v without its 4 / pi^2", lambda *a, **k: ciou_with(*a, **k, v_scale=1.0),
                "your aspect-ratio term is (atan(w2 / h2) - atan(w1 / h1))^2 without the factor 4 / pi^2 that "
                "scales it into [0, 1]: v = 4 / pi^2 * (atan(w2 / h2) - atan(w1 / h1))^2",
                "你的宽高比项是 (atan(w2 / h2) - atan(w1 / h1))^2，少了把它缩放到 [0, 1] 的系数 4 / pi^2："
                "v = 4 / pi^2 * (atan(w2 / h2) - atan(w1 / h1))^2",
                name_zh="v 少了 4 / pi^2"),
        Variant(NAN_MEAN[0], lambda *a, **k: ciou_with(*a, **k, nan_mean=True), *NAN_MEAN[2:], name_zh=NAN_MEAN[1]),
    ],
)
