# expect: wrong_answer
# message: returned a numpy array, expected a torch tensor
# Computes in numpy and returns a numpy array instead of a tensor.
import numpy as np


def box_area(boxes):
    b = boxes.cpu().numpy()
    return (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
