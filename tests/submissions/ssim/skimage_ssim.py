# expect: forbidden
# skimage's structural_similarity with the contract's settings.
# message: structural_similarity
from skimage import metrics


def ssim(img1, img2, max_val=255.0):
    return float(metrics.structural_similarity(img1, img2, data_range=max_val, gaussian_weights=True,
                                               sigma=1.5, use_sample_covariance=False))
