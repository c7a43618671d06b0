# expect: wrong_answer
# message: dtype torch.float32, expected torch.float64
# A loop into torch.tensor(list): the result is float32 whatever the input dtype.
import torch


def box_area(boxes):
    return torch.tensor([(x2 - x1) * (y2 - y1) for x1, y1, x2, y2 in boxes.tolist()])
