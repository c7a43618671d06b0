# expect: wrong_answer
# variant: patches numbered down the columns
# message: values differ
# Patches numbered down the columns first ((w, h) order, a permute with h and w swapped):
# Conv2d + flatten(2) numbers them row by row. Equal only when one side of the patch grid is 1.
import torch


def patch_embed(images, weight, bias, patch_size):
    B, C, H, W = images.shape
    D, P = weight.shape[0], patch_size
    h, w = H // P, W // P
    patches = images.reshape(B, C, h, P, w, P).permute(0, 4, 2, 1, 3, 5).reshape(B, h * w, -1)
    out = patches @ weight.reshape(D, -1).T
    return out + bias if bias is not None else out
