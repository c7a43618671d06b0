"""The voc_eval reference against a line-by-line port of py-faster-rcnn's voc_eval.py
(detections as text lines, ground truths as per-image records) and hand-computed cases."""
import numpy as np

from cvdrill.judge.run import case_rng, load_problem, load_reference

voc_eval = load_reference("voc_eval", "voc_eval")


def devkit_voc_ap(rec, prec, use_07_metric=False):
    # lib/datasets/voc_eval.py, voc_ap(), unchanged
    if use_07_metric:
        ap = 0.
        for t in np.arange(0., 1.1, 0.1):
            if np.sum(rec >= t) == 0:
                p = 0
            else:
                p = np.max(prec[rec >= t])
            ap = ap + p / 11.
    else:
        mrec = np.concatenate(([0.], rec, [1.]))
        mpre = np.concatenate(([0.], prec, [0.]))
        for i in range(mpre.size - 1, 0, -1):
            mpre[i - 1] = np.maximum(mpre[i - 1], mpre[i])
        i = np.where(mrec[1:] != mrec[:-1])[0]
        ap = np.sum((mrec[i + 1] - mrec[i]) * mpre[i + 1])
    return ap


def devkit_voc_eval(det_image, det_scores, det_boxes, gt_image, gt_boxes, gt_difficult,
                    ovthresh=0.5, use_07_metric=False):
    """voc_eval() with its file reading replaced by the same data: the annotation records
    per image, the detection file as text lines; the only change is the stable sort."""
    imagenames = sorted(set(gt_image.tolist()) | set(det_image.tolist()))
    recs = {name: [{"name": "cls", "bbox": [float(v) for v in b], "difficult": int(d)}
                   for g, b, d in zip(gt_image.tolist(), gt_boxes, gt_difficult) if g == name]
            for name in imagenames}
    class_recs = {}
    npos = 0
    for imagename in imagenames:
        R = [obj for obj in recs[imagename] if obj["name"] == "cls"]
        bbox = np.array([x["bbox"] for x in R])
        difficult = np.array([x["difficult"] for x in R]).astype(bool)
        det = [False] * len(R)
        npos = npos + sum(~difficult)
        class_recs[imagename] = {"bbox": bbox, "difficult": difficult, "det": det}
    lines = [f"{i} {s!r} {b[0]!r} {b[1]!r} {b[2]!r} {b[3]!r}" for i, s, b in
             zip(det_image.tolist(), det_scores.tolist(), det_boxes.tolist())]
    splitlines = [x.strip().split(" ") for x in lines]
    image_ids = [int(x[0]) for x in splitlines]
    confidence = np.array([float(x[1]) for x in splitlines])
    BB = np.array([[float(z) for z in x[2:]] for x in splitlines]).reshape(-1, 4)
    sorted_ind = np.argsort(-confidence, kind="stable")  # voc_eval.py: np.argsort(-confidence)
    BB = BB[sorted_ind, :]
    image_ids = [image_ids[x] for x in sorted_ind]
    nd = len(image_ids)
    tp = np.zeros(nd)
    fp = np.zeros(nd)
    for d in range(nd):
        R = class_recs[image_ids[d]]
        bb = BB[d, :].astype(float)
        ovmax = -np.inf
        BBGT = R["bbox"].astype(float)
        if BBGT.size > 0:
            ixmin = np.maximum(BBGT[:, 0], bb[0])
            iymin = np.maximum(BBGT[:, 1], bb[1])
            ixmax = np.minimum(BBGT[:, 2], bb[2])
            iymax = np.minimum(BBGT[:, 3], bb[3])
            iw = np.maximum(ixmax - ixmin + 1., 0.)
            ih = np.maximum(iymax - iymin + 1., 0.)
            inters = iw * ih
            uni = ((bb[2] - bb[0] + 1.) * (bb[3] - bb[1] + 1.) +
                   (BBGT[:, 2] - BBGT[:, 0] + 1.) *
                   (BBGT[:, 3] - BBGT[:, 1] + 1.) - inters)
            overlaps = inters / uni
            ovmax = np.max(overlaps)
            jmax = np.argmax(overlaps)
        if ovmax > ovthresh:
            if not R["difficult"][jmax]:
                if not R["det"][jmax]:
                    tp[d] = 1.
                    R["det"][jmax] = 1
                else:
                    fp[d] = 1.
        else:
            fp[d] = 1.
    fp = np.cumsum(fp)
    tp = np.cumsum(tp)
    with np.errstate(invalid="ignore", divide="ignore"):
        rec = tp / float(npos)
    prec = tp / np.maximum(tp + fp, np.finfo(np.float64).eps)
    ap = devkit_voc_ap(rec, prec, use_07_metric)
    return rec, prec, ap


def same(got, want, name=""):
    np.testing.assert_allclose(got[0], want[0], rtol=1e-12, err_msg=name)
    np.testing.assert_allclose(got[1], want[1], rtol=1e-12, err_msg=name)
    assert got[0].dtype == got[1].dtype == np.float64
    assert isinstance(got[2], float), name
    np.testing.assert_allclose(got[2], want[2], rtol=1e-12, err_msg=name)


def test_judge_cases_against_devkit_port():
    for case in load_problem("voc_eval").cases(case_rng(2026, "voc_eval")):
        args = list(case.args[:6])
        thr = case.args[6] if len(case.args) > 6 else case.kwargs.get("iou_threshold", 0.5)
        m07 = case.args[7] if len(case.args) > 7 else case.kwargs.get("use_07_metric", False)
        same(voc_eval(*case.args, **case.kwargs), devkit_voc_eval(*args, thr, m07), case.name)


def test_many_random_against_devkit_port():
    from cvdrill.problems.voc_eval import _random
    rng = np.random.default_rng(7)
    for k in range(60):
        data = _random(rng, int(rng.integers(1, 30)), 4, 2.0, 0.3, 0.2, small=bool(k % 3 == 0))
        for thr in (0.3, 0.5, 0.7):
            for m07 in (False, True):
                same(voc_eval(*data, thr, m07), devkit_voc_eval(*data, thr, m07), f"seed 7 #{k}")


def test_hand_computed():
    # one image, 2 normal gts + 1 difficult; dets by score: TP, FP (nothing), difficult (ignored), TP
    di = np.array([1, 1, 1, 1])
    ds = np.array([0.9, 0.8, 0.7, 0.6])
    db = np.array([[0, 0, 9, 9], [50, 50, 60, 60], [100, 100, 109, 109], [20, 0, 29, 9]], float)
    gi = np.array([1, 1, 1])
    gb = np.array([[0, 0, 9, 9], [20, 0, 29, 9], [100, 100, 109, 109]], float)
    gd = np.array([False, False, True])
    rec, prec, ap = voc_eval(di, ds, db, gi, gb, gd)
    np.testing.assert_allclose(rec, [0.5, 0.5, 0.5, 1.0])
    np.testing.assert_allclose(prec, [1.0, 0.5, 0.5, 2 / 3])
    assert abs(ap - (0.5 * 1.0 + 0.5 * 2 / 3)) < 1e-12  # envelope: 1 up to recall 0.5, then 2/3
    # 11-point: t = 0 .. 0.5 -> 1 (6 points; t[5] = 0.5 exactly), t = 0.6 .. 1 -> 2/3 (5 points)
    _, _, ap07 = voc_eval(di, ds, db, gi, gb, gd, use_07_metric=True)
    assert abs(ap07 - (6 * 1.0 + 5 * 2 / 3) / 11) < 1e-12


def test_edges():
    e = np.zeros(0, np.int64), np.zeros(0), np.zeros((0, 4))
    g = np.array([1]), np.array([[0, 0, 9, 9.0]]), np.array([False])
    rec, prec, ap = voc_eval(*e, *g)
    assert rec.shape == prec.shape == (0,) and ap == 0.0
    d = np.array([1]), np.array([0.5]), np.array([[0, 0, 9, 9.0]])
    rec, prec, ap = voc_eval(*d, np.zeros(0, np.int64), np.zeros((0, 4)), np.zeros(0, bool))
    assert np.isnan(rec).all() and prec.tolist() == [0.0] and np.isnan(ap)
    assert voc_eval(*d, np.zeros(0, np.int64), np.zeros((0, 4)), np.zeros(0, bool), use_07_metric=True)[2] == 0.0
    # IoU with +1: [0,0,9,19] on [0,0,9,9] is 100/200 = 0.5 exactly -> not a match
    assert voc_eval(np.array([1]), np.array([0.5]), np.array([[0, 0, 9, 19.0]]), *g)[0].tolist() == [0.0]


def test_no_judged_11_point_case_has_a_recall_on_a_differing_threshold():
    """np.arange(0., 1.1, 0.1) and k / 10 differ at 0.3, 0.6 and 0.7; no judged 11-point
    case has a recall there, so both spellings of the thresholds get the same verdict."""
    n07 = 0
    for seed in (2026, 0, 1, 12345):
        for case in load_problem("voc_eval").cases(case_rng(seed, "voc_eval")):
            if not case.kwargs.get("use_07_metric", len(case.args) > 7 and case.args[7]):
                continue
            n07 += 1
            rec = voc_eval(*case.args, **case.kwargs)[0]
            assert not np.isin(rec, [0.3, 0.6, 0.7]).any(), case.name
    assert n07 >= 12
