"""The diou_loss reference against torchvision.ops.distance_box_iou_loss (goldens: loss and
both gradients) and a pair-by-pair float64 implementation on every judged case."""
import numpy as np
import torch

from cvdrill.judge.run import load_reference
from oracle_box_loss import check_every_case, check_golden
from oracle_detection import det_golden  # noqa: F401

diou = load_reference("diou_loss", "diou_loss")


def test_against_torchvision(det_golden):
    check_golden(det_golden, "diou_loss")


def test_every_judged_case():
    check_every_case("diou_loss", complete=False)


def test_hand_values():
    a = torch.tensor([[0.0, 0.0, 2.0, 2.0], [0.0, 0.0, 1.0, 1.0]], dtype=torch.float64)
    b = torch.tensor([[0.0, 0.0, 2.0, 2.0], [2.0, 0.0, 3.0, 1.0]], dtype=torch.float64)
    # identical: ~0; one box apart on x: IoU 0, rho^2 = 4, c^2 = 9 + 1 -> 1 + 0.4
    np.testing.assert_allclose(diou(a, b).numpy(), [1 - 4 / (4 + 1e-7), 1 + 4 / (10 + 1e-7)], rtol=1e-12)
    assert diou(torch.zeros(0, 4), torch.zeros(0, 4), "mean").item() == 0.0
