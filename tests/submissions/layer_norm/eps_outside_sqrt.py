# expect: wrong_answer
# variant: eps outside the square root
# (x - mean) / (std + eps): eps added to the standard deviation, not to the variance under the
# square root. Invisible at variance ~1, wrong where the variance is near or below eps.
# message: output: \d+ of \d+ values differ


def layer_norm(x, normalized_shape, weight=None, bias=None, eps=1e-5):
    if isinstance(normalized_shape, int):
        normalized_shape = (normalized_shape,)
    dims = tuple(range(-len(normalized_shape), 0))
    mean = x.mean(dim=dims, keepdim=True)
    std = ((x - mean) ** 2).mean(dim=dims, keepdim=True).sqrt()
    y = (x - mean) / (std + eps)
    if weight is not None:
        y = y * weight
    if bias is not None:
        y = y + bias
    return y
