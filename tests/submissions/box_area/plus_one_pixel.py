# expect: wrong_answer
# variant: the "+1" pixel convention
# message: "\+1" pixel convention
# The "+1" pixel convention of old VOC code: wrong for continuous coordinates.
import torch


def box_area(boxes):
    return (boxes[:, 2] - boxes[:, 0] + 1) * (boxes[:, 3] - boxes[:, 1] + 1)
