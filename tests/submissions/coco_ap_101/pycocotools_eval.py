# expect: forbidden
# pycocotools' COCOeval to do the accumulation.
import numpy as np
from pycocotools.cocoeval import COCOeval


def coco_ap_101(tp, scores, npos):
    ev = COCOeval()
    raise NotImplementedError
