"""The generalized_box_iou reference against Algorithm 1 of Rezatofighi et al. (2019),
computed pair by pair (exactly, with fractions, on integer boxes)."""
from fractions import Fraction

import numpy as np
import torch

from cvdrill.judge.run import case_rng, load_problem, load_reference

giou = load_reference("generalized_box_iou", "generalized_box_iou")


def slow_giou(a, b, num=float):
    out = []
    for p in a:
        row = []
        for q in b:
            p_, q_ = [num(v) for v in p], [num(v) for v in q]
            area_p = (p_[2] - p_[0]) * (p_[3] - p_[1])
            area_q = (q_[2] - q_[0]) * (q_[3] - q_[1])
            iw = max(num(0), min(p_[2], q_[2]) - max(p_[0], q_[0]))
            ih = max(num(0), min(p_[3], q_[3]) - max(p_[1], q_[1]))
            inter = iw * ih
            union = area_p + area_q - inter
            c = (max(p_[2], q_[2]) - min(p_[0], q_[0])) * (max(p_[3], q_[3]) - min(p_[1], q_[1]))
            row.append(inter / union - (c - union) / c)
        out.append(row)
    return out


def test_hand_values():
    a = torch.tensor([[0.0, 0.0, 1.0, 1.0]], dtype=torch.float64)
    b = torch.tensor([[0, 0, 1, 1], [2, 0, 3, 1], [1, 0, 2, 1], [2, 2, 3, 3], [0, 0, 2, 1]], dtype=torch.float64)
    # identical 1; apart by one box: I=0, U=2, C=3 -> -1/3; touching 0; diagonal C=9 -> -7/9; IoU 1/2, C=U
    np.testing.assert_allclose(giou(a, b).numpy(), [[1, -1 / 3, 0, -7 / 9, 0.5]], rtol=1e-15)


def test_exact_on_integer_boxes():
    rng = np.random.default_rng(1)
    a = rng.integers(0, 8, (12, 2)); a = np.hstack([a, a + rng.integers(1, 5, (12, 2))])
    b = rng.integers(0, 8, (9, 2)); b = np.hstack([b, b + rng.integers(1, 5, (9, 2))])
    want = np.array(slow_giou(a.tolist(), b.tolist(), Fraction), dtype=np.float64)
    got = giou(torch.tensor(a, dtype=torch.float64), torch.tensor(b, dtype=torch.float64)).numpy()
    np.testing.assert_allclose(got, want, rtol=1e-14, atol=1e-15)


def test_judge_cases_against_slow_loop():
    for case in load_problem("generalized_box_iou").cases(case_rng(2026, "generalized_box_iou")):
        a, b = case.args
        want = np.array(slow_giou(a.astype(np.float64).tolist(), b.astype(np.float64).tolist())).reshape(len(a), len(b))
        got = giou(torch.from_numpy(a), torch.from_numpy(b))
        assert got.dtype == torch.from_numpy(a).dtype and got.shape == (len(a), len(b)), case.name
        tol = 1e-5 if a.dtype == np.float32 else 1e-12
        np.testing.assert_allclose(got.numpy(), want, rtol=tol, atol=tol, err_msg=case.name)


def test_range_and_edges():
    rng = np.random.default_rng(2)
    a = rng.uniform(0, 100, (50, 2)); a = np.hstack([a, a + rng.uniform(0.1, 30, (50, 2))])
    g = giou(torch.from_numpy(a), torch.from_numpy(a)).numpy()
    assert (g > -1).all() and (g <= 1 + 1e-12).all()
    np.testing.assert_allclose(np.diag(g), 1.0, rtol=1e-12)
    np.testing.assert_allclose(g, g.T, rtol=1e-12)  # symmetric
    far = giou(torch.tensor([[0.0, 0.0, 1.0, 1.0]]), torch.tensor([[1000.0, 1000.0, 1001.0, 1001.0]]))
    assert -1 < far.item() < -0.999
    assert giou(torch.zeros(0, 4), torch.zeros(3, 4)).shape == (0, 3)
    assert giou(torch.zeros(2, 4), torch.zeros(0, 4)).shape == (2, 0)
