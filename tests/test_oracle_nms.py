"""The nms reference against torchvision's own answers (every nms/* golden case) and a slow,
obvious greedy loop over pairs, plus the edge cases the contract names."""
import numpy as np
import pytest
import torch

from conftest import golden_cases
from cvdrill.judge import gen
from cvdrill.judge.run import case_rng, load_problem, load_reference

nms = load_reference("nms", "nms")


def slow_nms(boxes, scores, thr):
    """Greedy NMS one pair at a time; the IoU is computed in the boxes' own dtype (as
    torchvision does) and compared with the threshold as a Python float."""
    b = np.asarray(boxes)
    dt = b.dtype.type
    order = sorted(range(len(b)), key=lambda i: -float(scores[i]))
    removed = set()
    keep = []
    for pos, i in enumerate(order):
        if i in removed:
            continue
        keep.append(i)
        for j in order[pos + 1:]:
            w = max(dt(0), min(b[i, 2], b[j, 2]) - max(b[i, 0], b[j, 0]))
            h = max(dt(0), min(b[i, 3], b[j, 3]) - max(b[i, 1], b[j, 1]))
            inter = dt(w * h)
            union = dt(dt((b[i, 2] - b[i, 0]) * (b[i, 3] - b[i, 1])) + dt((b[j, 2] - b[j, 0]) * (b[j, 3] - b[j, 1])) - inter)
            if float(dt(inter / union)) > thr:
                removed.add(j)
    return keep


def run(boxes, scores, thr):
    out = nms(torch.from_numpy(np.asarray(boxes)), torch.from_numpy(np.asarray(scores)), thr)
    assert out.dtype == torch.int64 and out.ndim == 1
    return out.tolist()


def test_against_torchvision(golden):
    cases = golden_cases(golden, "nms")
    assert len(cases) >= 200
    for name, c in cases.items():
        got = nms(torch.from_numpy(c["boxes"]), torch.from_numpy(c["scores"]), float(c["iou_threshold"]))
        assert got.dtype == torch.int64, name
        np.testing.assert_array_equal(got.numpy(), c["keep"], err_msg=f"golden nms/{name}")


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_against_slow_loop(dtype):
    rng = np.random.default_rng(7)
    for n, thr in ((1, 0.5), (5, 0.3), (40, 0.5), (80, 0.7), (120, 0.0), (60, 1.0)):
        b = gen.boxes_clustered(rng, n, clusters=4, dtype=dtype)
        s = gen.distinct_scores(rng, n, dtype)
        assert run(b, s, thr) == slow_nms(b, s, thr)
    for thr in (0.125, 0.25, 0.5):  # integer grids: exact IoU ties
        b = gen.boxes_grid(rng, 80, dtype)
        s = gen.distinct_scores(rng, 80, dtype)
        assert run(b, s, thr) == slow_nms(b, s, thr)


def test_judge_cases_against_slow_loop():
    """Every case the judge runs, against the slow loop (the same seed as `cvdrill grade`)."""
    for c in load_problem("nms").cases(case_rng(2026, "nms")):
        assert run(*c.args) == slow_nms(*c.args), c.name


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_iou_exactly_half_is_kept(dtype):
    b = np.array([[0, 0, 2, 1], [0, 0, 1, 1]], dtype)
    iou = load_reference("box_iou", "box_iou")(torch.from_numpy(b[:1]), torch.from_numpy(b[1:]))
    assert iou.item() == 0.5  # exactly, in this dtype
    s = np.array([0.9, 0.8], dtype)
    assert run(b, s, 0.5) == [0, 1]  # IoU == threshold: kept
    assert run(b, s, 0.49) == [0]


def test_edges():
    for dt in (np.float32, np.float64):
        assert run(np.zeros((0, 4), dt), np.zeros(0, dt), 0.5) == []
    assert run(np.array([[1, 2, 5, 7]], np.float32), np.array([0.3], np.float32), 0.5) == [0]
    same = np.array([[0, 0, 4, 4]] * 3, np.float32)
    s = np.array([0.4, 0.9, 0.6], np.float32)
    assert run(same, s, 0.5) == [1]
    assert run(same, s, 1.0) == [1, 2, 0]  # IoU 1 is not greater than 1
    apart = np.array([[0, 0, 1, 1], [2, 2, 3, 3], [1, 0, 2, 1]], np.float64)
    assert run(apart, np.array([0.1, 0.3, 0.2]), 0.0) == [1, 2, 0]  # touching: IoU 0, kept at 0


def test_hand_run_card():
    """questions/nms.yaml, nms.hand-run: A, C, E are kept (E survives B, already suppressed)."""
    b = np.array([[0, 0, 10, 10], [1, 1, 11, 11], [5, 0, 15, 10], [6, 1, 16, 11], [2, 2, 12, 12]], np.float32)
    s = np.array([0.9, 0.8, 0.7, 0.6, 0.5], np.float32)
    assert run(b, s, 0.5) == [0, 2, 4]
