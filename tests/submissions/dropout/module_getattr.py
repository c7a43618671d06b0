# expect: forbidden
# nn.Dropout reached through getattr.
import torch


def dropout(x, p, training=True):
    layer = getattr(torch.nn, "Dropout")(p)
    layer.train(training)
    return layer(x)
