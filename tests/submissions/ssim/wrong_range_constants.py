# expect: wrong_answer
# variant: constants fixed for 0-255
# C1 and C2 hard-coded for 0-255 images: wrong for images in [0, 1] with max_val=1.
# message: max_val=1
import numpy as np
from scipy.ndimage import gaussian_filter


def ssim(img1, img2, max_val=255.0):
    x, y = img1.astype(np.float64), img2.astype(np.float64)
    C1, C2 = (0.01 * 255) ** 2, (0.03 * 255) ** 2
    f = lambda a: gaussian_filter(a, 1.5, truncate=3.5)[5:-5, 5:-5]  # noqa: E731
    mx, my = f(x), f(y)
    vx, vy, cxy = f(x * x) - mx * mx, f(y * y) - my * my, f(x * y) - mx * my
    s = (2 * mx * my + C1) * (2 * cxy + C2) / ((mx * mx + my * my + C1) * (vx + vy + C2))
    return float(s.mean())
