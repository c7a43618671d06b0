# expect: accepted
# Correct: unbind the columns, continuous coordinates.
import torch


def box_area(boxes):
    x1, y1, x2, y2 = boxes.unbind(dim=1)
    return (x2 - x1) * (y2 - y1)
