# expect: forbidden
# exp(logsigmoid(x)) is sigmoid with torch's stability.
import torch
import torch.nn.functional as F


def sigmoid(x):
    return torch.exp(F.logsigmoid(x))
