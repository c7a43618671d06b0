# expect: forbidden
# functorch's grad, vectorised.
import torch
from torch.func import grad, vmap


def activation_grads(x):
    return {"sigmoid": vmap(grad(torch.sigmoid))(x.reshape(-1)).reshape(x.shape)}
