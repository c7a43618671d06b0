# expect: forbidden
# The ensemble-boxes package's soft_nms, imported by name at run time.
import importlib

import torch


def soft_nms(boxes, scores, iou_threshold=0.3, sigma=0.5, score_threshold=0.001, method="gaussian"):
    pkg = importlib.import_module("ensemble_boxes")
    fn = getattr(pkg, "soft_nms")
    return fn([boxes.tolist()], [scores.tolist()], [[0] * len(boxes)], sigma=sigma, thresh=score_threshold)
