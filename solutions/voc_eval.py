"""Reference: PASCAL VOC detection AP for one class, as voc_eval() in py-faster-rcnn's
lib/datasets/voc_eval.py (the Python port of the VOC devkit), on arrays instead of files.

    voc_eval(det_image, det_scores, det_boxes, gt_image, gt_boxes, gt_difficult,
             iou_threshold=0.5, use_07_metric=False) -> (rec, prec, ap)

- det_image int64 [D], det_scores float64 [D], det_boxes float64 [D,4] (x1, y1, x2, y2):
  the detections of this class on every image.
- gt_image int64 [G], gt_boxes float64 [G,4], gt_difficult bool [G]: its ground truths.
- Boxes are inclusive pixel coordinates, as in the devkit: width x2 - x1 + 1 ("+1").
- Detections go by decreasing score, ties in input order (a stable sort; voc_eval.py's plain
  np.argsort is not stable). Each is compared with ALL ground truths of its image (matched
  or not, difficult or not); only the one with the highest IoU counts (the first on ties,
  np.argmax). If that IoU > iou_threshold (strictly): a difficult box -> neither TP nor FP;
  a box not yet matched -> TP, and the box is matched; a box already matched -> FP.
  Otherwise (IoU <= threshold, or no ground truth in the image) -> FP.
- npos = number of non-difficult ground truths; rec = cumsum(tp) / npos,
  prec = cumsum(tp) / max(cumsum(tp) + cumsum(fp), float64 eps); both float64 [D], in the
  sorted order. npos = 0 gives rec = nan (0/0), as numpy computes it.
- ap = voc_ap(rec, prec, use_07_metric) as a Python float (see _voc_ap).
"""
import numpy as np


def _voc_ap(rec: np.ndarray, prec: np.ndarray, use_07_metric: bool = False) -> float:
    if use_07_metric:
        # 11 points: t = np.arange(0., 1.1, 0.1) exactly as the devkit port (0.30000000000000004, ...)
        ap = 0.0
        for t in np.arange(0.0, 1.1, 0.1):
            above = rec >= t
            p = 0 if np.sum(above) == 0 else np.max(prec[above])
            ap = ap + p / 11.0
        return float(ap)
    mrec = np.concatenate(([0.0], rec, [1.0]))
    mpre = np.concatenate(([0.0], prec, [0.0]))
    mpre = np.maximum.accumulate(mpre[::-1])[::-1]  # the precision envelope, from the right
    i = np.where(mrec[1:] != mrec[:-1])[0]  # where recall changes
    return float(np.sum((mrec[i + 1] - mrec[i]) * mpre[i + 1]))


def _iou_plus_one(bb: np.ndarray, gt: np.ndarray) -> np.ndarray:
    """IoU of one box with [K,4] boxes, inclusive pixel coordinates (the devkit's "+1")."""
    iw = np.maximum(np.minimum(gt[:, 2], bb[2]) - np.maximum(gt[:, 0], bb[0]) + 1.0, 0.0)
    ih = np.maximum(np.minimum(gt[:, 3], bb[3]) - np.maximum(gt[:, 1], bb[1]) + 1.0, 0.0)
    inters = iw * ih
    uni = ((bb[2] - bb[0] + 1.0) * (bb[3] - bb[1] + 1.0)
           + (gt[:, 2] - gt[:, 0] + 1.0) * (gt[:, 3] - gt[:, 1] + 1.0) - inters)
    return inters / uni


def voc_eval(det_image, det_scores, det_boxes, gt_image, gt_boxes, gt_difficult,
             iou_threshold=0.5, use_07_metric=False):
    det_boxes = np.asarray(det_boxes, np.float64).reshape(-1, 4)
    gt_boxes = np.asarray(gt_boxes, np.float64).reshape(-1, 4)
    gt_difficult = np.asarray(gt_difficult, bool)
    gt_image = np.asarray(gt_image)
    npos = int(np.sum(~gt_difficult))

    # each image's ground truths, in input order, with a "matched" flag per box
    per_image = {}
    for img in np.unique(gt_image):
        rows = np.nonzero(gt_image == img)[0]
        per_image[img] = (gt_boxes[rows], gt_difficult[rows], np.zeros(len(rows), bool))

    order = np.argsort(-np.asarray(det_scores, np.float64), kind="stable")
    nd = len(order)
    tp = np.zeros(nd)
    fp = np.zeros(nd)
    for d, k in enumerate(order):
        boxes, difficult, matched = per_image.get(det_image[k], (np.zeros((0, 4)), None, None))
        ovmax = -np.inf
        if len(boxes):
            overlaps = _iou_plus_one(det_boxes[k], boxes)
            jmax = int(np.argmax(overlaps))
            ovmax = overlaps[jmax]
        if ovmax > iou_threshold:
            if not difficult[jmax]:
                if not matched[jmax]:
                    tp[d] = 1.0
                    matched[jmax] = True
                else:
                    fp[d] = 1.0  # a second detection of a box already found
        else:
            fp[d] = 1.0

    fp = np.cumsum(fp)
    tp = np.cumsum(tp)
    with np.errstate(invalid="ignore", divide="ignore"):
        rec = tp / float(npos)
    prec = tp / np.maximum(tp + fp, np.finfo(np.float64).eps)
    return rec, prec, _voc_ap(rec, prec, use_07_metric)
