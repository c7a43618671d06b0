# expect: wrong_answer
# variant: edge padding
# Replicates the border (mode="edge"): a kernel whose 1s reach outside then picks up edge pixels
# that are not in the window of cv2.dilate.
# message: replicated
import numpy as np


def dilate(img, kernel):
    kh, kw = kernel.shape
    h, w = img.shape
    p = np.pad(img, ((kh // 2, kh // 2), (kw // 2, kw // 2)), mode="edge")
    return np.stack([p[a:a + h, b:b + w] for a, b in np.argwhere(kernel)]).max(axis=0)
