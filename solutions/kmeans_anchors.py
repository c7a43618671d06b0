"""Reference: YOLOv2's anchor clustering (Redmon & Farhadi, "YOLO9000", CVPR 2017, section 2,
Dimension Clusters): k-means on box sizes with the distance d = 1 - IoU(box, center).

    kmeans_anchors(wh, centers, max_iter=300) -> (centers [k,2] float64, assignment [N] int64)

- wh: [N,2] (w, h) of N boxes, > 0, float32 or float64; centers: [k,2] initial centers, > 0.
- IoU of two sizes with the boxes aligned at a common corner:
  inter = min(w1, w2) * min(h1, h2), union = w1*h1 + w2*h2 - inter.
- Assign each box to the center of smallest distance (np.argmin: ties go to the lowest
  index). Then up to max_iter times: move each center to the MEAN w and mean h of its
  boxes (a center without boxes stays where it is), reassign, and stop as soon as no box
  changes cluster. The returned assignment is the one to the returned centers.
- Everything in float64; N = 0 returns the initial centers and an empty assignment.
"""
import numpy as np


def _assign(wh: np.ndarray, centers: np.ndarray) -> np.ndarray:
    inter = (np.minimum(wh[:, None, 0], centers[None, :, 0]) *
             np.minimum(wh[:, None, 1], centers[None, :, 1]))  # [N,k]
    union = (wh[:, 0] * wh[:, 1])[:, None] + (centers[:, 0] * centers[:, 1])[None, :] - inter
    return np.argmin(1.0 - inter / union, axis=1).astype(np.int64)


def kmeans_anchors(wh, centers, max_iter=300):
    wh = np.asarray(wh, np.float64).reshape(-1, 2)
    centers = np.array(centers, np.float64).reshape(-1, 2)  # a copy: the input is not changed
    k = len(centers)
    if len(wh) == 0:
        return centers, np.zeros(0, np.int64)
    assign = _assign(wh, centers)
    for _ in range(int(max_iter)):
        counts = np.bincount(assign, minlength=k)
        sums = np.zeros((k, 2))
        np.add.at(sums, assign, wh)
        full = counts > 0
        centers[full] = sums[full] / counts[full, None]  # empty clusters keep their center
        new = _assign(wh, centers)
        if np.array_equal(new, assign):
            break
        assign = new
    return centers, assign
