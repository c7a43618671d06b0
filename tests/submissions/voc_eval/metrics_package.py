# expect: forbidden
# torchmetrics' mean average precision instead of writing the evaluation.
import numpy as np
from torchmetrics.detection import MeanAveragePrecision


def voc_eval(det_image, det_scores, det_boxes, gt_image, gt_boxes, gt_difficult,
             iou_threshold=0.5, use_07_metric=False):
    metric = MeanAveragePrecision(iou_thresholds=[iou_threshold])
    raise NotImplementedError
