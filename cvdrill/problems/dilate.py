"""dilate: [H,W] uint8/float32 image, odd 0/1 kernel -> max over the kernel's 1s, as cv2.dilate
(anchor at the centre, kernel not reflected, the outside of the image never wins)."""
from ..judge.spec import Problem, Timed, shrink_image
from . import _imgproc as I

PROBLEM = Problem(
    slug="dilate",
    kind="numpy",
    params=["img", "kernel"],
    cases=lambda rng: I.morph_cases(rng, "max"),
    check=I.morph_check("max"),
    forbidden=I.MORPH_FORBIDDEN,
    # Timed as erode (the same measurements: shifted slices 1x, stacked slices or
    # sliding_window_view 2-4x, np.where + max over two tiny axes 40-60x, per-pixel loop ~500x).
    timed=Timed(make=I.big_morph, sizes=[256, 1024], ratio=100.0, floor=0.02, unit="H=W"),
    shrink=shrink_image(0),
    terms=["[H,W]", "uint8", "float32", "[kh,kw]", "odd", "kh // 2", "anchor", "img[i + a - kh//2, j + b - kw//2]",
           "not reflected", "scipy.ndimage.grey_dilation", "never wins", "0 for uint8",
           "-np.finfo(np.float32).max", "no kernel position", "same shape and dtype", "exactly", "cv2.dilate", "100x"],
)
