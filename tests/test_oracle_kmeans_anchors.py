"""The kmeans_anchors reference against a slow obvious transcription of YOLOv2's
dimension clustering (Python lists, loops) and a hand-computed run."""
import numpy as np

from cvdrill.judge.run import load_reference
from oracle_metrics import check_every_case

kmeans_anchors = load_reference("kmeans_anchors", "kmeans_anchors")


def slow_kmeans(wh, centers, max_iter=300):
    boxes = [(float(w), float(h)) for w, h in np.asarray(wh, np.float64).reshape(-1, 2)]
    cs = [[float(w), float(h)] for w, h in np.asarray(centers, np.float64).reshape(-1, 2)]

    def dist(b, c):
        inter = min(b[0], c[0]) * min(b[1], c[1])
        return 1.0 - inter / (b[0] * b[1] + c[0] * c[1] - inter)

    def assign():
        out = []
        for b in boxes:
            d = [dist(b, c) for c in cs]
            out.append(d.index(min(d)))  # the first of the smallest
        return out

    a = assign()
    for _ in range(max_iter):
        for j in range(len(cs)):
            mine = [b for b, k in zip(boxes, a) if k == j]
            if mine:
                cs[j] = [sum(b[0] for b in mine) / len(mine), sum(b[1] for b in mine) / len(mine)]
        new = assign()
        if new == a:
            break
        a = new
    return np.array(cs, np.float64).reshape(-1, 2), np.array(a, np.int64)


def test_every_judged_case():
    check_every_case("kmeans_anchors", slow_kmeans)


def test_random_against_slow_loop():
    rng = np.random.default_rng(3)
    for _ in range(60):
        n, k = int(rng.integers(1, 80)), int(rng.integers(1, 7))
        wh = rng.uniform(1, 100, (n, 2))
        init = rng.uniform(1, 100, (k, 2))
        before = init.copy()
        kmeans_anchors(wh, init, int(rng.integers(0, 20)))
        np.testing.assert_array_equal(init, before)  # the input is not modified
    for _ in range(60):
        n, k, it = int(rng.integers(1, 80)), int(rng.integers(1, 7)), int(rng.integers(0, 20))
        wh = rng.uniform(1, 100, (n, 2))
        init = rng.uniform(1, 100, (k, 2))
        c, a = kmeans_anchors(wh, init, it)
        ec, ea = slow_kmeans(wh, init, it)
        np.testing.assert_array_equal(a, ea)
        np.testing.assert_allclose(c, ec, rtol=1e-12)
        assert c.dtype == np.float64 and a.dtype == np.int64


def test_by_hand():
    # boxes (1,1), (1,2), (4,4), (5,4); centers (1,1) and (5,5).
    # (1,2) vs (1,1): IoU 1/2, vs (5,5): 2/25 -> 0; (4,4) vs (1,1): 1/16, vs (5,5): 16/25 -> 1.
    wh = np.array([[1.0, 1.0], [1.0, 2.0], [4.0, 4.0], [5.0, 4.0]])
    c, a = kmeans_anchors(wh, np.array([[1.0, 1.0], [5.0, 5.0]]))
    np.testing.assert_array_equal(a, [0, 0, 1, 1])
    np.testing.assert_allclose(c, [[1.0, 1.5], [4.5, 4.0]])  # the means, then no change
    # max_iter=0: the initial centers and their assignment
    c0, a0 = kmeans_anchors(wh, np.array([[1.0, 1.0], [5.0, 5.0]]), 0)
    np.testing.assert_array_equal(c0, [[1.0, 1.0], [5.0, 5.0]])
    np.testing.assert_array_equal(a0, [0, 0, 1, 1])
    # a tie: (2,2) against (2,1) and (1,2), IoU 1/2 each -> center 0
    _, at = kmeans_anchors(np.array([[2.0, 2.0]]), np.array([[2.0, 1.0], [1.0, 2.0]]), 0)
    assert at.tolist() == [0]
    # an empty cluster keeps its center
    c2, a2 = kmeans_anchors(np.array([[1.0, 1.0], [2.0, 2.0]]), np.array([[1.5, 1.5], [900.0, 900.0]]))
    np.testing.assert_array_equal(c2[1], [900.0, 900.0])
    assert a2.tolist() == [0, 0]
    # no boxes
    c3, a3 = kmeans_anchors(np.zeros((0, 2)), np.array([[1.0, 2.0]]))
    assert a3.shape == (0,) and a3.dtype == np.int64 and c3.tolist() == [[1.0, 2.0]]
