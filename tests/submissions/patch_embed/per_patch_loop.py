# expect: time_limit_exceeded
# Right, but one small matrix-vector product per patch of every image, in Python loops.
import torch
def patch_embed(images, weight, bias, patch_size):
    B, C, H, W = images.shape
    D, P = weight.shape[0], patch_size
    wf = weight.reshape(D, -1)
    out = images.new_empty(B, (H // P) * (W // P), D)
    for b in range(B):
        n = 0
        for i in range(0, H, P):
            for j in range(0, W, P):
                v = wf @ images[b, :, i:i + P, j:j + P].reshape(-1)
                out[b, n] = v + bias if bias is not None else v
                n += 1
    return out
