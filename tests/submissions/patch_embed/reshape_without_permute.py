# expect: wrong_answer
# variant: a reshape without the permute
# message: values differ
# images.reshape(B, N, C*P*P) straight away: the right shape, but each "patch" is a run of
# C*P*P consecutive values in memory (whole pixel rows, possibly across channels), not a P x P square.
import torch


def patch_embed(images, weight, bias, patch_size):
    B, C, H, W = images.shape
    D, P = weight.shape[0], patch_size
    patches = images.reshape(B, (H // P) * (W // P), C * P * P)
    out = patches @ weight.reshape(D, -1).T
    return out + bias if bias is not None else out
