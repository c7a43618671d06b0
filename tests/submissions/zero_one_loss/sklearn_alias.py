# expect: forbidden
# sklearn's zero_one_loss under another name.
from sklearn.metrics import zero_one_loss as zol
import torch


def zero_one_loss(pred, target, threshold=None):
    return torch.tensor(zol(target.cpu().numpy(), pred.cpu().numpy()))
