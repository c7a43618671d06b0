"""The ciou_loss reference against torchvision.ops.complete_box_iou_loss (goldens: loss and
both gradients, eps values that show the DIoU part ignores eps) and a pair-by-pair float64
implementation on every judged case; alpha is a constant for autograd."""
import math

import numpy as np
import torch

from cvdrill.judge.run import load_reference
from oracle_box_loss import check_every_case, check_golden
from oracle_detection import det_golden  # noqa: F401

ciou = load_reference("ciou_loss", "ciou_loss")


def test_against_torchvision(det_golden):
    check_golden(det_golden, "ciou_loss")


def test_every_judged_case():
    check_every_case("ciou_loss", complete=True)


def test_alpha_is_a_constant():
    # d/dw of alpha * v with alpha constant is alpha * dv/dw; with alpha differentiated it is not
    a = torch.tensor([[0.0, 0.0, 4.0, 2.0]], dtype=torch.float64, requires_grad=True)
    b = torch.tensor([[0.5, -0.5, 3.5, 3.0]], dtype=torch.float64)
    ciou(a, b).sum().backward()
    g_ref = a.grad.clone()
    a2 = a.detach().clone().requires_grad_(True)
    x1, y1, x2, y2 = a2[0]
    inter = 3.0 * (y2 - y1)  # x overlap 0.5..3.5, y overlap y1..y2
    union = (x2 - x1) * (y2 - y1) + 3.0 * 3.5 - inter
    iou = inter / (union + 1e-7)
    v = 4 / math.pi ** 2 * (math.atan(3 / 3.5) - torch.atan((x2 - x1) / (y2 - y1))) ** 2
    c2 = (x2 - x1) ** 2 + 3.5 ** 2 + 1e-7  # enclosing box x1..x2 x -0.5..3
    rho2 = ((x1 + x2) / 2 - 2.0) ** 2 + ((y1 + y2) / 2 - 1.25) ** 2
    alpha = (v / (1 - iou + v + 1e-7)).detach()
    (1 - iou + rho2 / c2 + alpha * v).backward()
    np.testing.assert_allclose(g_ref.numpy(), a2.grad.numpy(), rtol=1e-12)


def test_eps_reaches_alpha_only():
    a = torch.tensor([[0.0, 0.0, 4.0, 2.0]], dtype=torch.float64)
    b = torch.tensor([[1.0, 0.5, 3.0, 3.5]], dtype=torch.float64)
    d = ciou(a, b, eps=0.5) - ciou(a, b, eps=1e-7)
    # only alpha * v moves: v^2 (1 / (1 - iou + v + 0.5) - 1 / (1 - iou + v + 1e-7))
    inter, union = 2.0 * 1.5, 8.0 + 6.0 - 3.0
    iou = inter / (union + 1e-7)
    v = 4 / math.pi ** 2 * (math.atan(2 / 3) - math.atan(4 / 2)) ** 2
    np.testing.assert_allclose(d.item(), v * v * (1 / (1 - iou + v + 0.5) - 1 / (1 - iou + v + 1e-7)), rtol=1e-10)
