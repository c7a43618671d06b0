"""The box_area reference against independent oracles: the convex-hull area of the four
corners (scipy), the number of unit pixels an integer box covers, and torchvision's IoUs."""
import numpy as np
import torch
from scipy.spatial import ConvexHull

from conftest import golden_cases
from cvdrill.judge.run import load_reference

box_area = load_reference("box_area", "box_area")


def hull_area(b):
    x1, y1, x2, y2 = map(float, b)
    return ConvexHull([[x1, y1], [x2, y1], [x2, y2], [x1, y2]]).volume  # in 2-D, .volume is the area


def test_against_convex_hull():
    rng = np.random.default_rng(0)
    xy = rng.uniform(-50, 50, (40, 2))
    b = np.hstack([xy, xy + rng.uniform(0.01, 30, (40, 2))])
    for dt in (torch.float64, torch.float32):
        got = box_area(torch.from_numpy(b).to(dt))
        assert got.dtype == dt and got.shape == (40,)
        want = [hull_area(row) for row in torch.from_numpy(b).to(dt).double()]
        np.testing.assert_allclose(got.double().numpy(), want, rtol=1e-6 if dt == torch.float32 else 1e-12)


def test_integer_boxes_count_pixels():
    """Continuous coordinates: [x1, x2) x [y1, y2) covers (x2-x1)*(y2-y1) unit pixels (no +1)."""
    rng = np.random.default_rng(1)
    a = rng.integers(0, 20, (25, 2))
    b = np.hstack([a, a + rng.integers(1, 9, (25, 2))])
    for row, area in zip(b, box_area(torch.from_numpy(b.astype(np.float32))).tolist()):
        mask = np.zeros((40, 40), bool)
        mask[row[1]:row[3], row[0]:row[2]] = True
        assert area == mask.sum()


def test_consistent_with_torchvision_iou(golden):
    """For golden pairs whose second box lies inside the first, torchvision's IoU is
    area(inner) / area(outer)."""
    checked = 0
    for name, c in golden_cases(golden, "box_iou").items():
        b1, b2, iou = c["boxes1"], c["boxes2"], c["iou"]
        if b1.dtype != np.float64:
            continue
        for i in range(len(b1)):
            for j in range(len(b2)):
                inside = b2[j, 0] >= b1[i, 0] and b2[j, 1] >= b1[i, 1] and b2[j, 2] <= b1[i, 2] and b2[j, 3] <= b1[i, 3]
                if inside:
                    a = box_area(torch.from_numpy(np.stack([b1[i], b2[j]])))
                    np.testing.assert_allclose((a[1] / a[0]).item(), iou[i, j], rtol=1e-12, err_msg=name)
                    checked += 1
    assert checked > 0


def test_edges():
    for dt in (torch.float32, torch.float64):
        e = box_area(torch.zeros((0, 4), dtype=dt))
        assert e.shape == (0,) and e.dtype == dt
    assert box_area(torch.tensor([[0.0, 0.0, 1.0, 1.0]])).tolist() == [1.0]
    assert box_area(torch.tensor([[-3.0, -2.0, 1.0, 2.0]], dtype=torch.float64)).tolist() == [16.0]
