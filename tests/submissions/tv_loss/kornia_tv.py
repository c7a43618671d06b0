# expect: forbidden
# kornia.losses.total_variation (per image and channel sums) does the anisotropic TV.
import kornia


def tv_loss(x, beta=None):
    return kornia.losses.total_variation(x).sum() / x.shape[0]
