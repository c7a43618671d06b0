# expect: forbidden
# The same kernel under its top-level name, imported under another name.
from torch import dropout as drop


def dropout(x, p, training=True):
    return drop(x, p, training)
