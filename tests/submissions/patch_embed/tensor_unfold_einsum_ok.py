# expect: accepted
# Tensor.unfold (a strided view, not F.unfold) along H, then W, and one einsum against the
# weight as it is: [B, C, h, w, P, P] x [D, C, P, P] -> [B, h, w, D].
import torch


def patch_embed(images, weight, bias, patch_size):
    P = patch_size
    tiles = images.unfold(2, P, P).unfold(3, P, P)  # [B, C, h, w, P(rows), P(cols)]
    out = torch.einsum("bchwuv,dcuv->bhwd", tiles, weight).flatten(1, 2)
    return out + bias if bias is not None else out
