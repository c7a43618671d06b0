# expect: wrong_answer
# variant: the authors' cpu_soft_nms
# The authors' cpu_soft_nms (Bodla et al., github.com/bharatsingh430/soft-nms, lib/nms/cpu_nms.pyx)
# ported to Python with only its signature adapted: rows [x1, y1, x2, y2, score] (plus the input
# index, to answer with indices), the best row swapped to the front, "+1" pixel areas and overlaps,
# linear at IoU > Nt, a row under the threshold replaced by the last one.
import math

import torch


def soft_nms(boxes, scores, iou_threshold=0.3, sigma=0.5, score_threshold=0.001, method="gaussian"):
    Nt, threshold = iou_threshold, score_threshold
    method = {"linear": 1, "gaussian": 2}[method]
    dets = [b + [s, i] for i, (b, s) in enumerate(zip(boxes.tolist(), scores.tolist()))]
    N = len(dets)
    i = 0
    while i < N:
        maxpos = max(range(i, N), key=lambda p: (dets[p][4], -p))
        dets[i], dets[maxpos] = dets[maxpos], dets[i]
        tx1, ty1, tx2, ty2, ts, _ = dets[i]
        pos = i + 1
        while pos < N:
            x1, y1, x2, y2, s, _ = dets[pos]
            area = (x2 - x1 + 1) * (y2 - y1 + 1)
            iw = min(tx2, x2) - max(tx1, x1) + 1
            if iw > 0:
                ih = min(ty2, y2) - max(ty1, y1) + 1
                if ih > 0:
                    ua = (tx2 - tx1 + 1) * (ty2 - ty1 + 1) + area - iw * ih
                    ov = iw * ih / ua
                    if method == 1:
                        weight = 1 - ov if ov > Nt else 1
                    else:
                        weight = math.exp(-(ov * ov) / sigma)
                    dets[pos][4] = weight * s
            if dets[pos][4] < threshold:
                dets[pos] = dets[N - 1]
                N -= 1
                pos -= 1
            pos += 1
        i += 1
    keep = torch.tensor([int(d[5]) for d in dets[:N]], dtype=torch.int64, device=boxes.device)
    return keep, torch.tensor([d[4] for d in dets[:N]], dtype=scores.dtype, device=boxes.device)
