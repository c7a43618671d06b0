"""Reference: ViT patch embedding (Dosovitskiy et al. 2021, Sec. 3.1, eq. 1) as a Conv2d
with kernel = stride = patch_size followed by flatten(2).transpose(1, 2), written as a
reshape/permute and one matmul.

    images [B, C, H, W], H and W divisible by P = patch_size; float32 or float64
    weight [D, C, P, P], bias [D] or None
    -> [B, N, D], N = (H/P) * (W/P), patches in row-major order (patch n at row n // (W/P),
       column n % (W/P)); each patch flattened channel-major (c, y, x), as weight.reshape(D, -1).
       Same dtype and device as the images.
"""
import torch


def patch_embed(images, weight, bias, patch_size):
    B, C, H, W = images.shape
    D, P = weight.shape[0], int(patch_size)
    h, w = H // P, W // P
    # [B, C, h, P, w, P] -> [B, h, w, C, P, P] -> [B, h*w, C*P*P]
    patches = images.reshape(B, C, h, P, w, P).permute(0, 2, 4, 1, 3, 5).reshape(B, h * w, C * P * P)
    out = torch.matmul(patches, weight.reshape(D, C * P * P).T)  # [B, N, D]
    if bias is not None:
        out = out + bias
    return out
