# expect: forbidden
# Reaching for a detection-metrics package.
from pycocotools.cocoeval import COCOeval


def voc_ap(rec, prec, use_07_metric=False):
    raise NotImplementedError(COCOeval)
