"""The box_convert reference against the format definitions, computed by hand in numpy."""
import itertools

import numpy as np
import torch

from cvdrill.judge.run import case_rng, load_problem, load_reference

box_convert = load_reference("box_convert", "box_convert")
FORMATS = ("xyxy", "xywh", "cxcywh")


def corners(b, fmt):
    """(x1, y1, x2, y2) of boxes written in fmt, straight from the definitions."""
    b = np.asarray(b, np.float64)
    if fmt == "xyxy":
        return b.copy()
    if fmt == "xywh":
        return np.stack([b[:, 0], b[:, 1], b[:, 0] + b[:, 2], b[:, 1] + b[:, 3]], 1)
    return np.stack([b[:, 0] - b[:, 2] / 2, b[:, 1] - b[:, 3] / 2, b[:, 0] + b[:, 2] / 2, b[:, 1] + b[:, 3] / 2], 1)


def test_hand_values():
    xyxy = torch.tensor([[1.0, 2.0, 4.0, 7.0]], dtype=torch.float64)
    assert box_convert(xyxy, "xyxy", "xywh").tolist() == [[1, 2, 3, 5]]
    assert box_convert(xyxy, "xyxy", "cxcywh").tolist() == [[2.5, 4.5, 3, 5]]
    assert box_convert(torch.tensor([[2.5, 4.5, 3.0, 5.0]]), "cxcywh", "xyxy").tolist() == [[1, 2, 4, 7]]
    assert box_convert(torch.tensor([[1.0, 2.0, 3.0, 5.0]]), "xywh", "cxcywh").tolist() == [[2.5, 4.5, 3, 5]]
    assert box_convert(torch.tensor([[2.5, 4.5, 3.0, 5.0]]), "cxcywh", "xywh").tolist() == [[1, 2, 3, 5]]


def test_all_pairs_against_definitions():
    rng = np.random.default_rng(0)
    xyxy = rng.uniform(-50, 50, (40, 2))
    xyxy = np.concatenate([xyxy, xyxy + rng.uniform(0, 30, (40, 2))], 1)
    forms = {"xyxy": xyxy,
             "xywh": np.concatenate([xyxy[:, :2], xyxy[:, 2:] - xyxy[:, :2]], 1),
             "cxcywh": np.concatenate([(xyxy[:, :2] + xyxy[:, 2:]) / 2, xyxy[:, 2:] - xyxy[:, :2]], 1)}
    for a, b in itertools.product(FORMATS, FORMATS):
        for dt in (torch.float32, torch.float64):
            inp = torch.tensor(forms[a], dtype=dt)
            got = box_convert(inp, a, b)
            assert got.dtype == dt and got.shape == (40, 4)
            tol = 1e-4 if dt == torch.float32 else 1e-12
            np.testing.assert_allclose(got.numpy(), forms[b], atol=tol * 100, rtol=0, err_msg=f"{a}->{b}")
            # and the corners it describes are the same boxes
            np.testing.assert_allclose(corners(got.numpy(), b), corners(inp.numpy(), a), atol=tol * 100, rtol=0)


def test_identity_is_a_copy_and_empty():
    x = torch.tensor([[1.0, 2.0, 3.0, 4.0]])
    y = box_convert(x, "xywh", "xywh")
    assert torch.equal(x, y) and y.data_ptr() != x.data_ptr()
    e = box_convert(torch.zeros(0, 4, dtype=torch.float64), "xyxy", "cxcywh")
    assert e.shape == (0, 4) and e.dtype == torch.float64


def test_judge_cases_match_definitions():
    for case in load_problem("box_convert").cases(case_rng(2026, "box_convert")):
        boxes = case.args[0]
        a = case.args[1] if len(case.args) > 1 else case.kwargs["in_fmt"]
        b = case.args[2] if len(case.args) > 2 else case.kwargs["out_fmt"]
        got = box_convert(torch.from_numpy(boxes), a, b).numpy()
        scale = max(1.0, float(np.abs(boxes).max())) if boxes.size else 1.0
        np.testing.assert_allclose(corners(got, b), corners(boxes, a), atol=1e-5 * scale, rtol=0, err_msg=case.name)
