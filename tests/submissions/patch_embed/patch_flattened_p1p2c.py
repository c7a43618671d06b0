# expect: wrong_answer
# variant: the einops (p1 p2 c) patch flattening
# message: values differ
# The einops recipe of many ViT codebases, Rearrange('b c (h p1) (w p2) -> b (h w) (p1 p2 c)'),
# flattens each patch pixel by pixel with the channels innermost; paired with a conv weight
# reshaped to [D, C*P*P] (channel-major) every weight meets the wrong pixel. Right for C = 1 only.
import torch


def patch_embed(images, weight, bias, patch_size):
    B, C, H, W = images.shape
    D, P = weight.shape[0], patch_size
    h, w = H // P, W // P
    patches = images.reshape(B, C, h, P, w, P).permute(0, 2, 4, 3, 5, 1).reshape(B, h * w, -1)
    out = patches @ weight.reshape(D, -1).T
    return out + bias if bias is not None else out
