# expect: wrong_answer
# message: missing boxes rank .* by score, below every box you kept .*top_k
# ssd.pytorch's box_utils.nms (top_k=200), adapted only in its signature: it looks at the 200
# highest-scored boxes alone, so it is right up to N=200 and loses every kept box ranked below.
import torch


def _ssd_nms(boxes, scores, overlap=0.5, top_k=200):
    keep = scores.new(scores.size(0)).zero_().long()
    if boxes.numel() == 0:
        return keep, 0
    x1, y1, x2, y2 = boxes[:, 0], boxes[:, 1], boxes[:, 2], boxes[:, 3]
    area = torch.mul(x2 - x1, y2 - y1)
    v, idx = scores.sort(0)  # ascending
    idx = idx[-top_k:]  # indices of the top-k largest scores
    count = 0
    while idx.numel() > 0:
        i = idx[-1]
        keep[count] = i
        count += 1
        if idx.size(0) == 1:
            break
        idx = idx[:-1]
        xx1 = torch.clamp(torch.index_select(x1, 0, idx), min=x1[i])
        yy1 = torch.clamp(torch.index_select(y1, 0, idx), min=y1[i])
        xx2 = torch.clamp(torch.index_select(x2, 0, idx), max=x2[i])
        yy2 = torch.clamp(torch.index_select(y2, 0, idx), max=y2[i])
        w = torch.clamp(xx2 - xx1, min=0.0)
        h = torch.clamp(yy2 - yy1, min=0.0)
        inter = w * h
        rem_areas = torch.index_select(area, 0, idx)
        union = (rem_areas - inter) + area[i]
        iou = inter / union
        idx = idx[iou.le(overlap)]
    return keep, count


def nms(boxes, scores, iou_threshold):
    keep, count = _ssd_nms(boxes, scores, iou_threshold)
    return keep[:count]
