# expect: forbidden
# im2col with F.unfold (kernel = stride = P), then one matmul: F.unfold is forbidden here,
# the patches must be cut with reshape/permute.
import torch.nn.functional as F


def patch_embed(images, weight, bias, patch_size):
    D = weight.shape[0]
    cols = F.unfold(images, patch_size, stride=patch_size)  # [B, C*P*P, N]
    out = cols.transpose(1, 2) @ weight.reshape(D, -1).T
    return out + bias if bias is not None else out
