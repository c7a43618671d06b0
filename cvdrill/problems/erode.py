"""erode: [H,W] uint8/float32 image, odd 0/1 kernel -> min over the kernel's 1s, as cv2.erode
(anchor at the centre, the outside of the image never wins)."""
from ..judge.spec import Problem, Timed, shrink_image
from . import _imgproc as I

PROBLEM = Problem(
    slug="erode",
    kind="numpy",
    params=["img", "kernel"],
    cases=lambda rng: I.morph_cases(rng, "min"),
    check=I.morph_check("min"),
    forbidden=I.MORPH_FORBIDDEN,
    # Measured at 1024x1024 float32, 5x5 disk (21 ones), against this reference (~6 ms): stacked
    # shifted slices + min(0) 2-4x, sliding_window_view[..., kernel == 1].min(-1) 2-4x, a loop
    # over rows 9x, np.where(kernel, windows, inf).min(axis=(-2, -1)) 40-60x (a 25x temporary,
    # then a slow reduction over two tiny axes), a per-pixel loop (window[mask].min()) ~500x.
    # 100x passes every vectorised answer with margin and fails the per-pixel loop by 5x.
    timed=Timed(make=I.big_morph, sizes=[256, 1024], ratio=100.0, floor=0.02, unit="H=W"),
    shrink=shrink_image(0),
    terms=["[H,W]", "uint8", "float32", "[kh,kw]", "odd", "kh // 2", "anchor", "img[i + a - kh//2, j + b - kw//2]",
           "not reflected", "never wins", "255", "np.finfo(np.float32).max", "no kernel position",
           "same shape and dtype", "exactly", "cv2.erode", "100x"],
)
