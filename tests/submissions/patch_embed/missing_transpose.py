# expect: wrong_answer
# variant: the [B, D, N] layout (flatten(2) without the transpose)
# message: returned shape
# The weight on the left, W @ patches^T: the result is [B, D, N], conv + flatten(2)'s layout, not [B, N, D].
import torch


def patch_embed(images, weight, bias, patch_size):
    B, C, H, W = images.shape
    D, P = weight.shape[0], patch_size
    patches = images.reshape(B, C, H // P, P, W // P, P).permute(0, 2, 4, 1, 3, 5).reshape(B, -1, C * P * P)
    out = weight.reshape(D, -1) @ patches.transpose(1, 2)  # [B, D, N]
    if bias is not None:
        out = out + bias[:, None]
    return out
