# expect: forbidden
# mmcv's compiled soft_nms, through an alias.
import torch
from mmcv.ops import soft_nms as mm_soft_nms


def soft_nms(boxes, scores, iou_threshold=0.3, sigma=0.5, score_threshold=0.001, method="gaussian"):
    dets, inds = mm_soft_nms(boxes, scores, iou_threshold, sigma, score_threshold=score_threshold, method=method)
    return inds, dets[:, 4]
