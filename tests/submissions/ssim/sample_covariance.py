# expect: wrong_answer
# variant: the sample covariance (N-1)
# Sample (N-1) statistics: variances and covariance times N/(N-1), N = 121 (skimage's default
# use_sample_covariance=True); the contract asks for population statistics.
import numpy as np
from scipy.ndimage import gaussian_filter


def ssim(img1, img2, max_val=255.0):
    x, y = img1.astype(np.float64), img2.astype(np.float64)
    C1, C2 = (0.01 * max_val) ** 2, (0.03 * max_val) ** 2
    f = lambda a: gaussian_filter(a, 1.5, truncate=3.5)[5:-5, 5:-5]  # noqa: E731
    n = 121
    mx, my = f(x), f(y)
    vx = (f(x * x) - mx * mx) * n / (n - 1)
    vy = (f(y * y) - my * my) * n / (n - 1)
    cxy = (f(x * y) - mx * my) * n / (n - 1)
    s = (2 * mx * my + C1) * (2 * cxy + C2) / ((mx * mx + my * my + C1) * (vx + vy + C2))
    return float(s.mean())
