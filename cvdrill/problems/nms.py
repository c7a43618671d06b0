"""nms: greedy non-maximum suppression, as torchvision.ops.nms (IoU strictly greater suppresses).

Timed classes, as ratios to the reference (bench/timing_stability.py, 2-core machine, quiet and
with the other core busy; tests/submissions/nms/): accepted: iou_matrix_ok 1.8-2.6x,
loop_vector_ok 1-1.2x, numpy_ok 0.27-0.34x; too slow: python_pair_loop 11-15x. Limit 5x; the
nearest class is 1.9x from it. Measured again on 2026-12-04: iou_matrix_ok 1.47-1.52x,
python_pair_loop 9.7-11.6x, so over both runs the classes span 2.6x to 9.7x, and 5x, near their
geometric middle (5.0x), is the best a limit can do: 1.9x from each. Other inputs did not widen
the gap (timed directly, best of 3: N=8000 gave the IoU matrix 3.5x and the pair loop 15x;
boxes spread so that all are kept, 1.3x and 9.5x at N=4000, as now; fewer kept, see _big).
Again that evening, two rounds each, quiet and busy (the judge's protocol of today, with its
re-measuring near the limit): iou_matrix_ok 1.71-1.76x, python_pair_loop 10.7-11.6x (2.8x and
2.1x from the limit).
"""
import numpy as np

from ..judge import gen
from ..judge.spec import Case, Problem, Timed, Variant, compare, shrink_rows
from .box_iou import MIXED, PLUS_ONE, iou_with


def _a(rows, dtype=np.float32):
    return np.array(rows, dtype).reshape(-1, 4)


def _s(vals, dtype=np.float32):
    return np.array(vals, dtype)


def cases(rng):
    f32, f64 = np.float32, np.float64
    yield Case("empty (N=0)", (_a([]), _s([]), 0.5))
    yield Case("empty (N=0), float64", (_a([], f64), _s([], f64), 0.5))
    yield Case("one box", (_a([[1, 2, 5, 7]]), _s([0.3]), 0.5))
    same = _a([[0, 0, 4, 4]] * 3)
    yield Case("identical boxes: only the best stays", (same, _s([0.4, 0.9, 0.6]), 0.5))
    yield Case("identical boxes, threshold 1: IoU 1 is not greater than 1, all stay", (same, _s([0.4, 0.9, 0.6]), 1.0))
    # IoU([0,0,2,1], [0,0,1,1]) = 1 / (2 + 1 - 1) = 0.5 exactly, in float32 and float64
    for dt in (f32, f64):
        yield Case(f"IoU exactly 0.5 = threshold: kept (only strictly greater suppresses), {np.dtype(dt).name}",
                   (_a([[0, 0, 2, 1], [0, 0, 1, 1]], dt), _s([0.9, 0.8], dt), 0.5))
    yield Case("IoU 0.5 > threshold 0.25: suppressed", (_a([[0, 0, 1, 1], [0, 0, 2, 1]], f64), _s([0.7, 0.8], f64), 0.25))
    # The "+1" pixel convention (or "+1" in the areas only) changes these IoUs.
    yield Case("identical integer boxes, threshold 0.7", (_a([[0, 0, 9, 9], [0, 0, 9, 9], [20, 0, 29, 9]]),
                                                          _s([0.5, 0.6, 0.55]), 0.7))
    yield Case("non-overlapping boxes: all kept, by decreasing score",
               (_a([[0, 0, 1, 1], [2, 2, 3, 3], [4, 0, 5, 1], [0, 4, 1, 5]]), _s([0.2, 0.9, 0.5, 0.7]), 0.5))
    yield Case("threshold 0: touching boxes (IoU 0) stay, overlapping ones go",
               (_a([[0, 0, 1, 1], [1, 0, 2, 1], [0, 0.5, 1, 1.5], [0, 1, 1, 2]]), _s([0.9, 0.8, 0.7, 0.6]), 0.0))
    # The cards' hand-run example (A..E, IoU A-B 0.68, A-E 0.47, B-E 0.68, C-D 0.68, C-E 0.39),
    # in shuffled input order: A, C, E stay; E survives B because B was already suppressed.
    yield Case("a suppressed box suppresses nothing (A, C, E stay)",
               (_a([[2, 2, 12, 12], [5, 0, 15, 10], [0, 0, 10, 10], [6, 1, 16, 11], [1, 1, 11, 11]]),
                _s([0.5, 0.7, 0.9, 0.6, 0.8]), 0.5))
    yield Case("the best box comes last in the input",
               (_a([[0, 0, 10, 10], [50, 50, 60, 60], [1, 1, 10, 10]], f64), _s([0.1, 0.2, 0.3], f64), 0.5))
    for n, clusters, thr, dt in ((30, 3, 0.5, f32), (100, 8, 0.7, f64), (250, 20, 0.3, f32), (500, 40, 0.5, f64)):
        yield Case(f"clustered detections N={n}, threshold {thr}, {np.dtype(dt).name}",
                   (gen.boxes_clustered(rng, n, clusters, dt), gen.distinct_scores(rng, n, dt), thr), random=True)
    # Integer grids: many exact IoU ties. Dyadic thresholds are exact in float32, so
    # "IoU == threshold" means the same whether the comparison runs in float32 or float64.
    for n, thr, dt in ((40, 0.5, f32), (60, 0.25, f64), (80, 0.125, f32)):
        yield Case(f"integer grid N={n} (IoU ties at {thr}), {np.dtype(dt).name}",
                   (gen.boxes_grid(rng, n, dt), gen.distinct_scores(rng, n, dt), thr), random=True)
    for thr in (0.0, 1.0):
        yield Case(f"uniform N=40, threshold {thr:g}",
                   (gen.boxes_uniform(rng, 40), gen.distinct_scores(rng, 40), thr), random=True)
    yield Case("uniform N=150, threshold 0.45, float64",
               (gen.boxes_uniform(rng, 150, f64), gen.distinct_scores(rng, 150, f64), 0.45), random=True)


def check(case, expected, got):
    msg = compare(expected, got, exact=True)
    if not msg:
        return None
    shape = getattr(got, "shape", None)
    if shape is not None and len(shape) == 2 and shape[-1] == 4:
        return msg + " (these look like boxes: return the indices of the kept boxes)"
    exp = expected.array
    g = getattr(got, "array", None)
    if g is None or g.ndim != 1 or g.dtype != exp.dtype or not ("values differ" in msg or "returned shape" in msg):
        return msg
    if sorted(g.tolist()) == sorted(exp.tolist()):
        return msg + " (the right boxes in the wrong order: sort the indices by decreasing score)"
    extra = [i for i in g.tolist() if i not in set(exp.tolist())]
    missing = [i for i in exp.tolist() if i not in set(g.tolist())]
    parts = []
    if extra:
        parts.append(f"kept {extra[:5]}{'...' if len(extra) > 5 else ''}, which should be suppressed")
    if missing:
        parts.append(f"suppressed {missing[:5]}{'...' if len(missing) > 5 else ''}, which should be kept")
    msg += " (" + "; ".join(parts) + ")" if parts else ""
    return msg + _ranks(case.args[1], g, missing)


def _spans(xs) -> str:
    """Sorted integers as ranges: 3, 5-9, 12."""
    out, xs = [], sorted(xs)
    for x in xs:
        if out and x == out[-1][1] + 1:
            out[-1][1] = x
        else:
            out.append([x, x])
    return ", ".join(f"{a}" if a == b else f"{a}-{b}" for a, b in out)


def _ranks(scores, kept, missing) -> str:
    """Where the missing boxes sit in the score order, which a list of indices hides: all
    below every box you kept is the mark of a top_k cap (ssd.pytorch's nms has top_k=200)."""
    if not missing or len(scores) <= 20:
        return ""
    rank = np.empty(len(scores), np.int64)
    rank[np.argsort(-np.asarray(scores, np.float64), kind="stable")] = np.arange(1, len(scores) + 1)
    lost = rank[missing]
    text = f"; the {len(missing)} missing boxes rank {_spans(lost.tolist())} of {len(scores)} by score"
    if len(kept) and lost.min() > rank[kept].max():
        text += (f", below every box you kept (all within the top {rank[kept].max()}): do you only look at "
                 f"the top_k highest-scored boxes? Every box takes part")
    return text


def _big(rng, n):
    """Multi-scale boxes around one crowded spot (sizes 1 to 1000 in each direction, centres
    jittered by 0.3 of the size), threshold 0.7: almost every pair overlaps, but few pairs
    enough to be suppressed, so about 3/4 of the boxes are kept (2923 of 4000).

    Every honest answer costs about kept x N here, and so does a per-pair Python loop, so
    the data decide the gap between them: with many boxes kept, the full IoU matrix costs
    no more than the loop over kept boxes, and the per-pair loop computes nearly N*N/2
    IoUs one at a time. (With a few hundred boxes kept, as after a detector's usual
    clusters, the N*N matrix alone is 10-25x the loop and a per-pair loop only 6-12x.)
    Measured at N=4000 (see "Timed classes" above; the per-pair loop over Python lists came
    out 5.3x with the other core busy when the worker timed itself, 10.6-14.9x now that the
    zygote times each run on its own input). Limit 5x: the IoU matrix (up to 2.6x) and the
    pair loop are each about 2x from it."""
    wh = np.exp(rng.uniform(0, np.log(1000), (n, 2)))
    c = 500 + rng.normal(0, 0.3, (n, 2)) * wh
    boxes = np.concatenate([c - wh / 2, c + wh / 2], axis=1).astype(np.float32)
    return Case(f"N={n} multi-scale boxes, threshold 0.7", (boxes, gen.distinct_scores(rng, n), 0.7))


def nms_with(boxes, scores, iou_threshold, area_plus=0.0, inter_plus=0.0, suppress_equal=False):
    """Greedy NMS under another convention: "+1" pixels, or suppression at IoU >= threshold."""
    import torch

    order = torch.argsort(scores, descending=True)
    keep = []
    while order.numel():
        i = order[0]
        keep.append(i)
        rest = order[1:]
        iou = iou_with(boxes[i][None], boxes[rest], area_plus, inter_plus)[0].double()
        order = rest[iou < iou_threshold] if suppress_equal else rest[iou <= iou_threshold]
    return torch.stack(keep) if keep else torch.empty(0, dtype=torch.int64, device=boxes.device)


PROBLEM = Problem(
    slug="nms",
    kind="torch",
    params=["boxes", "scores", "iou_threshold"],
    cases=cases,
    check=check,
    forbidden=["torchvision.ops.nms", "torchvision.ops.batched_nms", "torchvision.ops.*nms*",
               "torchvision.ops.boxes.*nms*", "torch.ops.torchvision.*", "cv2.dnn.NMSBoxes*",
               "mmcv.ops.*nms*", "detectron2.layers.*nms*"],
    timed=Timed(make=_big, sizes=[1000, 2000, 4000], ratio=5.0, floor=0.01),
    shrink=shrink_rows(0, 1),
    variants=[Variant(PLUS_ONE[0], lambda b, s, t: nms_with(b, s, t, 1.0, 1.0), *PLUS_ONE[2:], name_zh=PLUS_ONE[1]),
              Variant(MIXED[0], lambda b, s, t: nms_with(b, s, t, 1.0, 0.0), *MIXED[2:], name_zh=MIXED[1]),
              Variant("suppression at IoU >= threshold",
                      lambda b, s, t: nms_with(b, s, t, suppress_equal=True),
                      "you also suppress a box whose IoU equals the threshold; only IoU strictly greater "
                      "than the threshold suppresses (torchvision's `ovr > iou_threshold`), so at IoU == "
                      "threshold the box is kept: compare with `>`, not `>=`",
                      "你把 IoU 恰好等于阈值的框也抑制了；只有 IoU 严格大于阈值才抑制（torchvision 的 "
                      "`ovr > iou_threshold`），等于阈值的框要保留：比较用 `>`，不要用 `>=`",
                      name_zh="IoU >= 阈值即抑制")],
    terms=["strictly greater", "is kept", "int64", "decreasing score", "distinct", "no \"+1\"",
           "n may be 0", "dtype", "device", "n = 4000", "5x"],
)
