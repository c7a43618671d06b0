# expect: wrong_answer
# variant: the (x, y, w, h) box format
# Reads the boxes as (x, y, w, h): multiplies columns 2 and 3.
import torch


def box_area(boxes):
    return boxes[:, 2] * boxes[:, 3]
