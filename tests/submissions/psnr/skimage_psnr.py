# expect: forbidden
# skimage's PSNR does the whole job.
# message: peak_signal_noise_ratio
from skimage.metrics import peak_signal_noise_ratio


def psnr(img1, img2, max_val=255.0):
    return float(peak_signal_noise_ratio(img1, img2, data_range=max_val))
