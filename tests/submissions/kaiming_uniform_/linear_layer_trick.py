# expect: forbidden
# Builds an nn.Linear and copies its weight: its constructor calls torch.nn.init.
import torch


def kaiming_uniform_(tensor, a=0, mode="fan_in", nonlinearity="leaky_relu"):
    layer = torch.nn.Linear(tensor.shape[1], tensor.shape[0])
    with torch.no_grad():
        return tensor.copy_(layer.weight)
