"""Shared by the image-processing problems (histogram_equalization, erode, dilate,
affine_warp, bilateral_filter): the OpenCV morphology contract written out once (for the
checks' diagnoses), structuring elements, and the cases erode and dilate share."""
from __future__ import annotations

import numpy as np

from ..judge import gen
from ..judge.spec import Case, compare

U8, F32 = np.uint8, np.float32


def extreme(dtype, op: str):
    """The value outside the image that never wins (OpenCV's morphologyDefaultBorderValue()
    turned into the dtype's extreme): 255 / FLT_MAX for erode (min), 0 / -FLT_MAX for dilate."""
    dtype = np.dtype(dtype)
    if dtype.kind in "ui":
        return np.iinfo(dtype).max if op == "min" else np.iinfo(dtype).min
    return np.finfo(dtype).max if op == "min" else -np.finfo(dtype).max


def morph(img, kernel, op: str, fill=None, reflect: bool = False, pad_mode: str = "constant"):
    """min (op="min") or max over the kernel's 1s of img[i + a - kh//2, j + b - kw//2];
    the variants (another fill, a reflected kernel, edge padding) name the classic mistakes."""
    k = np.asarray(kernel)[::-1, ::-1] if reflect else np.asarray(kernel)
    h, w = img.shape
    kh, kw = k.shape
    pad = ((kh // 2, kh // 2), (kw // 2, kw // 2))
    fill = extreme(img.dtype, op) if fill is None else fill
    if pad_mode == "edge":
        p = np.pad(img, pad, mode="edge")
    else:
        p = np.pad(img, pad, constant_values=fill)
    f = np.minimum if op == "min" else np.maximum
    dt = img.dtype
    # start from the identity of min/max (the kernel has at least one 1, so it never survives)
    if dt.kind == "f":
        ident = np.inf if op == "min" else -np.inf
    else:
        ident = np.iinfo(dt).max if op == "min" else np.iinfo(dt).min
    out = np.full((h, w), ident, dt)
    for a, b in zip(*np.nonzero(k)):
        f(out, p[a:a + h, b:b + w], out=out)
    return out


def disk(r: int) -> np.ndarray:
    """A (2r+1)x(2r+1) 0/1 disk, as cv2.getStructuringElement(MORPH_ELLIPSE) for small r."""
    y, x = np.mgrid[-r:r + 1, -r:r + 1]
    return (x * x + y * y <= r * r + r).astype(U8)


def cross(kh: int, kw: int) -> np.ndarray:
    k = np.zeros((kh, kw), U8)
    k[kh // 2, :] = 1
    k[:, kw // 2] = 1
    return k


def random_kernel(rng, kh: int, kw: int, centre: bool = True) -> np.ndarray:
    k = (rng.uniform(size=(kh, kw)) < 0.55).astype(U8)
    if centre:
        k[kh // 2, kw // 2] = 1
    if not k.any():
        k[kh // 2, kw // 2] = 1
    return k


def morph_image(rng, h, w, dtype):
    """uint8 noise with flat patches, or float32 values of both signs (so zero padding shows)."""
    if np.dtype(dtype) == U8:
        return gen.image(rng, h, w, U8)
    return (gen.image(rng, h, w, np.float64) - 127.5).astype(F32)


def morph_cases(rng, op: str):
    """The cases of erode (op="min") and dilate (op="max")."""
    ones3 = np.ones((3, 3), U8)
    yield Case("1x1 image, 3x3 kernel", (np.array([[42]], U8), ones3))
    yield Case("1x1 kernel [[1]] is the identity", (gen.image(rng, 4, 5, U8), np.ones((1, 1), U8)))
    binary = (rng.uniform(size=(7, 8)) < 0.5).astype(U8)
    yield Case("binary 0/1 image, 3x3 cross (binary morphology)", (binary, cross(3, 3)))
    dot = np.zeros((7, 7), U8)
    dot[3, 3] = 255
    dot[0, 6] = 255
    lshape = np.array([[0, 1, 0], [0, 1, 1], [0, 0, 0]], U8)
    yield Case("one bright pixel inside, one in the corner, asymmetric kernel", (dot, lshape))
    hole = 255 - dot
    yield Case("one dark pixel inside, one in the corner, asymmetric kernel", (hole, lshape))
    right = np.array([[0, 1, 1]], U8)
    yield Case("kernel [[0, 1, 1]]: the pixel and its right neighbour (not reflected)",
               (np.array([[3, 9, 1, 7, 5], [8, 2, 6, 0, 4]], U8), right))
    yield Case("kernel [[1], [1], [0]]: the pixel and the one above (not reflected)",
               (np.array([[1.5, -2.0, 3.0], [0.25, 4.0, -1.0], [2.0, 2.0, -3.5], [7.0, -8.0, 0.0]], F32),
                np.array([[1], [1], [0]], U8)))
    ring = np.ones((3, 3), U8)
    ring[1, 1] = 0
    yield Case("ring kernel: the centre pixel itself is not in its window", (gen.image(rng, 5, 6, U8), ring))
    far = np.array([[0, 0, 1]], U8)
    yield Case("no kernel position inside the image at the last column (uint8)", (np.array([[5, 7], [2, 9]], U8), far))
    yield Case("no kernel position inside the image at the last column (float32)",
               (np.array([[5.0, -7.0], [2.5, 9.0]], F32), far))
    yield Case("kernel 7x7 larger than a 3x4 image", (gen.image(rng, 3, 4, U8), np.ones((7, 7), U8)))
    frame = np.full((6, 6), 10, U8)
    frame[0, :] = frame[:, 0] = 200
    frame[-1, :] = frame[:, -1] = 0
    yield Case("bright top/left border, dark bottom/right border (the outside never wins)", (frame, ones3))
    yield Case("float32 of both signs (the outside is not 0)", (morph_image(rng, 6, 7, F32), ones3))
    yield Case("uint8 with 0 and 255, 5x5 disk", (np.where(rng.uniform(size=(9, 9)) < 0.3, 255, 0).astype(U8), disk(2)))
    yield Case("1xW image, 1x5 kernel", (np.array([[4, 250, 0, 17, 3, 99, 100]], U8), np.ones((1, 5), U8)))
    yield Case("Hx1 image, 5x1 kernel", (np.array([[0.5], [-1.0], [3.0], [2.0], [0.0], [9.0]], F32), np.ones((5, 1), U8)))
    yield Case("constant image", (np.full((4, 5), 77, U8), cross(3, 5)))
    specs = [(16, 16, U8, 3, 3), (31, 17, F32, 5, 5), (9, 40, U8, 1, 7), (40, 9, F32, 7, 1), (64, 64, U8, 5, 3),
             (33, 50, F32, 3, 7), (100, 120, U8, 7, 7), (60, 80, F32, 5, 5)]
    for i, (h, w, dt, kh, kw) in enumerate(specs):
        k = random_kernel(rng, kh, kw, centre=i % 3 != 2)
        yield Case(f"random {h}x{w} {np.dtype(dt).name}, random {kh}x{kw} kernel",
                   (morph_image(rng, h, w, dt), k), random=True)
    yield Case("random 50x50 uint8 binary 0/255, 5x5 disk",
               (np.where(rng.uniform(size=(50, 50)) < 0.5, 255, 0).astype(U8), disk(2)), random=True)


def morph_check(op: str):
    name = "erode" if op == "min" else "dilate"

    def check(case, expected, got):
        msg = compare(expected, got, exact=True, what="result")
        if not msg:
            return None
        img, kernel = case.args[0], case.args[1]
        if "values differ" in msg and isinstance(got, np.ndarray) and got.shape == expected.shape:
            fill = extreme(img.dtype, op)
            inf = np.inf if op == "min" else -np.inf
            alts = [(dict(reflect=True), " (the kernel is reflected: cv2." + name + " takes img[i + a - kh//2, "
                     "j + b - kw//2] for kernel[a, b] == 1, with no flip"
                     + (", unlike scipy.ndimage.grey_dilation and the textbook dilation)" if op == "max" else ")")),
                    (dict(fill=0), " (the outside of the image is taken as 0: it must never win)"),
                    (dict(pad_mode="edge"), " (the border is replicated: outside pixels must never win, they are"
                     f" {fill} for {img.dtype.name})")]
            if img.dtype.kind == "f":
                alts.append((dict(fill=inf), f" (where no kernel position falls inside the image the answer is"
                             f" {'' if op == 'min' else '-'}np.finfo(np.float32).max, as OpenCV's border value,"
                             f" not {inf})"))
            for kw, hint in alts:
                with np.errstate(all="ignore"):
                    alt = morph(img, kernel, op, **kw)
                if alt.dtype == got.dtype and np.array_equal(alt, got) and not np.array_equal(alt, expected):
                    msg += hint
                    break
        if img.dtype != U8 and "dtype" not in msg:
            msg += f" [the image is {img.dtype.name}]"
        return msg
    return check


def big_morph(rng, n):
    """The timed input of erode and dilate: uint8, where the reference's 21 passes stay in
    cache and its time holds still (on float32 it is memory-bound and moved 2x between
    runs, more than the gap between the slow vectorised answers and a pixel loop allows)."""
    return Case(f"{n}x{n} uint8 image, 5x5 disk kernel", (morph_image(rng, n, n, U8), disk(2)))


# What solves erosion/dilation outright (names checked statically and at run time).
_SCIPY_MORPH = [f"scipy.ndimage.{m}{f}" for m in ("", "_morphology.", "morphology.", "_filters.", "filters.")
                for f in ("grey_erosion", "grey_dilation", "grey_opening", "grey_closing", "binary_erosion",
                          "binary_dilation", "minimum_filter", "maximum_filter", "minimum_filter1d",
                          "maximum_filter1d", "rank_filter", "percentile_filter", "morphological_gradient")]
MORPH_FORBIDDEN = (["cv2.erode", "cv2.dilate", "cv2.morphologyEx", "cv2.cuda.*", "cv2.ximgproc.*",
                    "skimage.morphology.*", "skimage.filters.rank.*", "kornia.morphology.*",
                    "torch.nn.functional.max_pool2d", "torch.nn.functional.max_pool2d_with_indices",
                    "torch.max_pool2d", "torch.nn.MaxPool2d", "torch._C._nn.max_pool2d*",
                    "torch.ops.aten.max_pool2d*"] + _SCIPY_MORPH)
