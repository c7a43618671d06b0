# expect: forbidden
# torch's cross_entropy with label_smoothing: the whole exercise in one call.
import torch.nn.functional as F


def label_smoothing_cross_entropy(logits, target, smoothing=0.1, reduction="mean", ignore_index=-100):
    return F.cross_entropy(logits, target, label_smoothing=smoothing, reduction=reduction,
                           ignore_index=ignore_index)
