"""soft_nms: Soft-NMS (Bodla et al. 2017) with the paper's rules -> (keep, new_scores).

Timed classes, as ratios to the reference (bench/timing_stability.py, 2-core machine, quiet and
with the other core busy; tests/submissions/soft_nms/): accepted: compact_loop_ok 1.8-2.1x,
loop_vector_ok 1-1x, numpy_port_ok 0.37-0.38x, python_pair_loop 6.8-7.1x, row_swap_ok 1.9-2x;
too slow: per_pair_tensor_loop 303-313x. Limit 15x; the nearest class is 2.1x from it.
Measured again on 2026-12-04 (evening, two rounds, quiet and busy): compact_loop_ok 1.3x,
loop_vector_ok 0.7x, numpy_port_ok 0.28x, python_pair_loop 5.0-5.2x, row_swap_ok 1.4x;
per_pair_tensor_loop 411-421x: 2.9x and 27x from the limit.
On CUDA a loop's cost is the kernels it launches and the host syncs of each step (H200, 16
cores; `bench/cuda_check.sh --run bench/timing_stability.py 1 soft_nms/...`, ratios the larger
of cpu's and cuda's): reference 1.0-1.4x, loop_vector_ok 2.9-4.3x, numpy_port_ok 0.6x,
python_pair_loop 6.5-7.5x, compact_loop_ok 6.0-9.8x (about 25 launches and 6 syncs, one per
boolean mask, a step, against the reference's 9 and 2), row_swap_ok 6.9-11x; with 8 test
workers beside it compact_loop_ok came out at 31x. So the limit there is 100x; the per-pair
tensor loop, which launches kernels N^2 times, is still time_limit_exceeded at it (its corpus
test on the H200).
"""
import math

import numpy as np

from ..judge import gen
from ..judge.spec import Case, Problem, Timed, Variant, compare, shrink_rows
from .box_iou import PLUS_ONE, iou_with


def _a(rows, dtype=np.float32):
    return np.array(rows, dtype).reshape(-1, 4)


def _s(vals, dtype=np.float32):
    return np.array(vals, dtype)


def cases(rng):
    f32, f64 = np.float32, np.float64
    lin = {"method": "linear"}
    yield Case("empty (N=0), defaults", (_a([]), _s([])))
    yield Case("empty (N=0), float64, linear", (_a([], f64), _s([], f64)), dict(lin))
    yield Case("one box", (_a([[1, 2, 5, 7]]), _s([0.3])))
    # IoU([0,0,10,10], [0,0,6,10]) = 60/100 = 0.6: the cards' examples
    card = (_a([[0, 0, 10, 10], [0, 0, 6, 10]], f64), _s([0.9, 0.8], f64))
    yield Case("gaussian, sigma 0.5, IoU 0.6: 0.8 becomes 0.8*exp(-0.36/0.5)", card)
    yield Case("linear, IoU 0.6 >= 0.3: 0.8 becomes 0.8*(1-0.6)", card, dict(lin))
    # IoU([0,0,2,1], [0,0,1,1]) = 0.5 exactly, in float32 and float64
    for dt in (f32, f64):
        yield Case(f"linear, IoU exactly 0.5 = iou_threshold: rescored (>=), {np.dtype(dt).name}",
                   (_a([[0, 0, 2, 1], [0, 0, 1, 1]], dt), _s([0.9, 0.8], dt)), dict(lin, iou_threshold=0.5))
    yield Case("linear, IoU 0.5 < iou_threshold 0.6: unchanged",
               (_a([[0, 0, 2, 1], [0, 0, 1, 1]]), _s([0.9, 0.8])), dict(lin, iou_threshold=0.6))
    # IoU([0,0,10,10], [9,0,19,10]) = 10/190: small, still rescored by the Gaussian
    yield Case("gaussian rescores every overlap, however small (iou_threshold is not used)",
               (_a([[0, 0, 10, 10], [9, 0, 19, 10]], f64), _s([0.9, 0.8], f64)), {"iou_threshold": 0.3})
    yield Case("rescored to exactly score_threshold: kept (only below is dropped)",
               (_a([[0, 0, 2, 1], [0, 0, 1, 1]]), _s([0.9, 0.5])),
               dict(lin, iou_threshold=0.5, score_threshold=0.25))
    yield Case("a score below score_threshold from the start is dropped",
               (_a([[0, 0, 1, 1], [2, 2, 3, 3], [4, 4, 5, 5]], f64), _s([0.9, 0.0005, 0.3], f64)))
    same = _a([[0, 0, 4, 4]] * 3)
    yield Case("identical boxes, linear: 1 - IoU = 0, the duplicates are dropped", (same, _s([0.4, 0.9, 0.6])), dict(lin))
    yield Case("identical boxes, gaussian: the duplicates stay, rescored", (same, _s([0.4, 0.9, 0.6])))
    # A (0.9) and B (0.8) overlap with IoU 81/119; C (0.5) overlaps nothing. After A, B has
    # 0.8*exp(-0.463/0.5) = 0.32 < 0.5: C is selected before B.
    abc = (_a([[0, 0, 10, 10], [1, 1, 11, 11], [30, 30, 40, 40]]), _s([0.9, 0.8, 0.5]))
    yield Case("select by the current score: B falls behind C after A is selected", abc)
    yield Case("non-overlapping boxes: scores unchanged, by decreasing score",
               (_a([[0, 0, 1, 1], [2, 2, 3, 3], [4, 0, 5, 1], [0, 4, 1, 5]]), _s([0.2, 0.9, 0.5, 0.7])))
    # sigma away from 0.5 (where sigma == 2*sigma**2) and from 1 (where sigma == sigma**2)
    for sigma in (0.3, 2.0):
        yield Case(f"gaussian, sigma {sigma}", (gen.boxes_clustered(rng, 8, 2, f64), gen.distinct_scores(rng, 8, f64)),
                   {"sigma": sigma}, random=True)
    yield Case("gaussian, score_threshold 0: nothing is dropped", (gen.boxes_clustered(rng, 12, 2), gen.distinct_scores(rng, 12)),
               {"score_threshold": 0.0}, random=True)
    yield Case("linear, score_threshold 0.3", (gen.boxes_clustered(rng, 12, 2, f64), gen.distinct_scores(rng, 12, f64)),
               dict(lin, score_threshold=0.3), random=True)
    for n, clusters, dt, kw in ((20, 3, f32, {}), (60, 6, f64, dict(lin)),
                                (150, 12, f32, {"sigma": 0.3, "score_threshold": 0.01}),
                                (300, 25, f64, {}), (100, 10, f32, dict(lin, iou_threshold=0.5, score_threshold=0.05))):
        args = ", ".join(f"{k}={v}" for k, v in kw.items()) or "defaults"
        yield Case(f"clustered N={n}, {args}, {np.dtype(dt).name}",
                   (gen.boxes_clustered(rng, n, clusters, dt), gen.distinct_scores(rng, n, dt)), kw, random=True)
    # Integer grids: many IoUs exactly at the (dyadic, so float32-exact) threshold.
    for n, thr, dt in ((50, 0.5, f64), (60, 0.25, f32)):
        yield Case(f"integer grid N={n}, linear, iou_threshold {thr} (ties), {np.dtype(dt).name}",
                   (gen.boxes_grid(rng, n, dt), gen.distinct_scores(rng, n, dt)), dict(lin, iou_threshold=thr),
                   random=True)


def check(case, expected, got):
    if not isinstance(got, (tuple, list)):
        return f"returned {type(got).__name__}, expected a tuple (keep, new_scores)"
    if len(got) != 2:
        return f"returned {len(got)} values, expected 2: (keep, new_scores)"
    exp_keep, exp_scores = expected
    msg = compare(exp_keep, got[0], exact=True, what="keep")
    g = getattr(got[0], "array", None)
    if msg and g is not None and g.ndim == 1 and g.dtype == exp_keep.array.dtype:
        if sorted(g.tolist()) == sorted(exp_keep.array.tolist()) and "values differ" in msg:
            msg += " (the right boxes in another order: each step selects the highest CURRENT score)"
        else:
            extra = sorted(set(g.tolist()) - set(exp_keep.array.tolist()))
            missing = sorted(set(exp_keep.array.tolist()) - set(g.tolist()))
            if extra:
                msg += f" (kept {extra[:5]}, which should be dropped)"
            if missing:
                msg += f" (dropped {missing[:5]}, which should be kept)"
    if msg:
        return msg
    f32 = exp_scores.array.dtype == np.float32
    msg = compare(exp_scores, got[1], rtol=1e-4 if f32 else 1e-7, atol=1e-7, what="new_scores")
    s = getattr(got[1], "array", None)
    if msg and "values differ" in msg and s is not None and len(exp_keep.array):
        original = case.args[1][exp_keep.array]
        if np.array_equal(s, original):
            msg += (" (every value is the box's original score: either nothing was rescored, or the original"
                    " scores were returned instead of the scores at selection)")
    return msg


def _big(rng, n):
    """Multi-scale boxes around one crowded spot (sizes 1 to 1000, centres jittered by 0.3
    of the size), default parameters: nearly every pair overlaps, about half the boxes are
    selected (481 of 1000), the others fall under score_threshold on the way.

    At N=1000 a step costs a vectorised loop some 10-30 tensor calls, about what a Python
    loop spends on the few hundred boxes it rescores one at a time, so the gap is narrow.
    Other data did not widen it (measured in one process, ratio of the lean pair loop to the
    slowest vectorised loop: boxes spread out so that nearly all are selected 2.7x at N=1000,
    4.3x at N=2000 but with the reference itself then the slowest; the linear method 3.0x;
    sigma 2 3.1x; score_threshold 1e-4 3.7x), and a larger N makes the reference's own
    per-step masks grow with it. A limit between the two groups (tried: 3x) left both within
    1.4x of it, and an honest row-swapping loop measured 2.9x once: so, as median_filter does
    with its list-sorting loop, the lean pair loop passes, reliably, and the limit only fails a
    loop of tensor calls per pair (~600x)."""
    wh = np.exp(rng.uniform(0, np.log(1000), (n, 2)))
    c = 500 + rng.normal(0, 0.3, (n, 2)) * wh
    boxes = np.concatenate([c - wh / 2, c + wh / 2], axis=1)
    # float64: every timed answer is checked, and `keep` exactly; after hundreds of decays two
    # current scores can lie closer than float32 resolves, where an honest float64 loop and
    # the float32 reference would pick in other orders (seen at seed 2026)
    return Case(f"N={n} multi-scale boxes, defaults (gaussian), float64", (boxes, gen.distinct_scores(rng, n, np.float64)))


def soft_nms_with(boxes, scores, iou_threshold=0.3, sigma=0.5, score_threshold=0.001, method="gaussian",
                  plus=0.0, linear_gt=False, drop_equal=False):
    """Soft-NMS under another convention: "+1" pixels, the linear rule only at IoU > threshold
    (the authors' code), or a score equal to score_threshold dropped."""
    import torch

    iou = iou_with(boxes, boxes, plus, plus)
    if method == "linear":
        hit = iou > iou_threshold if linear_gt else iou >= iou_threshold
        decay = torch.where(hit, 1 - iou, torch.ones_like(iou))
    else:
        decay = torch.exp(-(iou * iou) / sigma)

    def stays(s):
        return s > score_threshold if drop_equal else s >= score_threshold

    s = scores.clone()
    alive = stays(s)
    keep, picked = [], []
    while bool(alive.any()):
        m = int(torch.argmax(torch.where(alive, s, torch.full_like(s, -math.inf))))
        keep.append(m)
        picked.append(s[m])
        alive[m] = False
        s = s * decay[m]
        alive &= stays(s)
    keep = torch.tensor(keep, dtype=torch.int64, device=boxes.device)
    return keep, torch.stack(picked) if picked else scores.new_empty(0)


def seed_swap(boxes, scores, iou_threshold=0.3, sigma=0.5, score_threshold=0.001, method="gaussian"):
    """The seed notes' port: rows [box, score, index] kept in place, the best remaining row
    "swapped" to position i with `d[i], d[j] = d[j], d[i]` on numpy views, which copies row j
    onto row i and leaves row j as it was: row i's box is lost, row j's box stays to be
    selected again (float64 throughout, as the port)."""
    import torch

    b = boxes.double().clone()
    s = scores.double().clone()
    idx = list(range(len(s)))
    keep, picked = [], []
    for i in range(len(s)):
        j = i + int(torch.argmax(s[i:]))
        b[i], s[i], idx[i] = b[j], s[j], idx[j]  # the copy the view swap does; row j unchanged
        if s[i] < score_threshold:
            break
        keep.append(idx[i])
        picked.append(s[i])
        iou = iou_with(b[i:i + 1], b[i + 1:])[0]
        if method == "linear":
            s[i + 1:] *= torch.where(iou >= iou_threshold, 1 - iou, torch.ones_like(iou))
        else:
            s[i + 1:] *= torch.exp(-(iou * iou) / sigma)
    keep = torch.tensor(keep, dtype=torch.int64, device=boxes.device)
    return keep, torch.stack(picked).to(scores.dtype) if picked else scores.new_empty(0)


PROBLEM = Problem(
    slug="soft_nms",
    kind="torch",
    params=["boxes", "scores", "iou_threshold", "sigma", "score_threshold", "method"],
    cases=cases,
    check=check,
    forbidden=["torchvision.ops.*", "torchvision.ops.boxes.*", "torch.ops.torchvision.*",
               "mmcv.ops.*soft_nms*", "mmcv.ops.nms.*", "ensemble_boxes", "ensemble_boxes.*", "cv2.dnn.softNMSBoxes*",
               "detectron2.layers.*nms*", "mmdet.*soft_nms*"],
    timed=Timed(make=_big, sizes=[250, 500, 1000], ratio=15.0, floor=0.01, cuda_ratio=100.0),
    shrink=shrink_rows(0, 1),
    terms=["highest current score", "i >= iou_threshold", "exp(-i*i / sigma)", "every remaining box",
           "strictly below", "selection order", "at the moment it was", "int64", "dtype", "device",
           "n may be 0", "no \"+1\"", "n = 1000", "15x"],
    variants=[
        Variant(PLUS_ONE[0], lambda *a, **k: soft_nms_with(*a, **k, plus=1.0), *PLUS_ONE[2:], name_zh=PLUS_ONE[1]),
        Variant("the authors' cpu_soft_nms", lambda *a, **k: soft_nms_with(*a, **k, plus=1.0, linear_gt=True),
                "the authors' released code measures areas and overlaps with \"+1\" pixels, (x2 - x1 + 1) * "
                "(y2 - y1 + 1), and rescores linearly only at IoU > iou_threshold; this problem follows the paper: "
                "continuous coordinates (area (x2 - x1) * (y2 - y1)) and `i >= iou_threshold`",
                "作者公开的代码按 \"+1\" 像素计算面积和交集，即 (x2 - x1 + 1) * (y2 - y1 + 1)，并且只在 "
                "IoU > iou_threshold 时做线性重打分；本题按论文的定义：坐标是连续的（面积为 (x2 - x1) * (y2 - y1)），"
                "条件是 `i >= iou_threshold`",
                name_zh="作者的 cpu_soft_nms"),
        Variant("the linear rule at IoU > iou_threshold",
                lambda *a, **k: soft_nms_with(*a, **k, linear_gt=True),
                "your linear rescoring skips a box whose IoU equals iou_threshold, as the authors' code does "
                "(`if ov > Nt`); this problem follows the paper: a box with `i >= iou_threshold` is rescored "
                "by (1 - i)",
                "你的线性重打分跳过了 IoU 恰好等于 iou_threshold 的框，和作者代码（`if ov > Nt`）一样；"
                "本题按论文的定义：`i >= iou_threshold` 的框都要乘以 (1 - i)",
                name_zh="线性规则用 IoU > iou_threshold"),
        Variant("a score equal to score_threshold dropped",
                lambda *a, **k: soft_nms_with(*a, **k, drop_equal=True),
                "you drop a box whose score equals score_threshold (you keep only `s > score_threshold`); "
                "only a score strictly below it is dropped: keep `s >= score_threshold`",
                "你把分数恰好等于 score_threshold 的框也丢掉了（只保留 `s > score_threshold`）；"
                "只有严格小于阈值的分数才丢弃：保留条件应为 `s >= score_threshold`",
                name_zh="分数等于 score_threshold 也丢弃"),
        Variant("a row swap through numpy views", seed_swap,
                "like a widely copied numpy port, you swap rows with `d[i], d[j] = d[j], d[i]`, but numpy rows are "
                "views: row j is copied onto row i and keeps its data, so one box is lost and another can be "
                "selected twice. Swap copies (`d[[i, j]] = d[[j, i]]`) or keep a mask of the remaining boxes",
                "和网上流传的那份 numpy 移植一样，你用 `d[i], d[j] = d[j], d[i]` 交换两行，但 numpy 的行是视图："
                "第 j 行被复制到第 i 行，自身却保持原样，于是一个框丢失，另一个框可能被选中两次。"
                "交换时要用副本（`d[[i, j]] = d[[j, i]]`），或者改用掩码记录剩余的框",
                name_zh="通过 numpy 视图交换行"),
    ],
)
