# expect: wrong_answer
# message: shape \[\d+,1\], expected \[\d+\]
# Slices [:, 2:3] keep a column dimension: the answer is [N,1] instead of [N].
import torch


def box_area(boxes):
    return (boxes[:, 2:3] - boxes[:, 0:1]) * (boxes[:, 3:4] - boxes[:, 1:2])
