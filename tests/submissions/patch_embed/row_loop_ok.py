# expect: accepted
# One row of patches at a time (all images and columns at once): H/P matrix products, fast
# enough, as the statement says.
import torch
def patch_embed(images, weight, bias, patch_size):
    B, C, H, W = images.shape
    D, P = weight.shape[0], patch_size
    wf = weight.reshape(D, -1)
    rows = []
    for i in range(0, H - P + 1, P):  # one row of patches at a time, all images and columns at once
        strip = images[:, :, i:i + P, :(W // P) * P]                      # [B, C, P, W']
        strip = strip.reshape(B, C, P, W // P, P).permute(0, 3, 1, 2, 4)  # [B, nW, C, P, P]
        v = strip.reshape(B, W // P, C * P * P) @ wf.T
        rows.append(v + bias if bias is not None else v)
    return torch.cat(rows, dim=1) if rows else images.new_zeros(B, 0, D)
