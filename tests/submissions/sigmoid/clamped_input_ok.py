# expect: accepted
# The naive formula on x clamped to [-80, 80]: exp(80) is finite even in float32, and
# beyond +-80 sigmoid and its gradient are below the tolerance (1.8e-35).
import torch


def sigmoid(x):
    return 1 / (1 + torch.exp(-x.clamp(-80, 80)))
