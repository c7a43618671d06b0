"""Input generators shared by the problems: boxes as detectors make them, images with
flat regions, probability vectors with zeros. All numpy, all driven by a Generator."""
from __future__ import annotations

import numpy as np


def boxes_uniform(rng: np.random.Generator, n: int, dtype=np.float32, size: float = 100.0) -> np.ndarray:
    """Valid xyxy boxes (x1<x2, y1<y2) spread over a size x size canvas, sides from
    size/100 to size/3 (any size > 0)."""
    xy = rng.uniform(0, size, (n, 2))
    wh = rng.uniform(size / 100, size / 3, (n, 2))
    return np.concatenate([xy, xy + wh], axis=1).astype(dtype)


def boxes_clustered(rng: np.random.Generator, n: int, clusters: int = 5, dtype=np.float32,
                    size: float = 400.0, jitter: float = 0.1) -> np.ndarray:
    """Boxes jittered around a few objects, as a detector's raw output before NMS."""
    if n == 0:
        return np.zeros((0, 4), dtype)
    centers = boxes_uniform(rng, clusters, np.float64, size)
    pick = rng.integers(0, clusters, n)
    base = centers[pick]
    w = (base[:, 2] - base[:, 0])[:, None]
    h = (base[:, 3] - base[:, 1])[:, None]
    noise = rng.normal(0, jitter, (n, 4)) * np.concatenate([w, h, w, h], axis=1)
    b = base + noise
    x1 = np.minimum(b[:, 0], b[:, 2] - 1)
    y1 = np.minimum(b[:, 1], b[:, 3] - 1)
    return np.stack([x1, y1, b[:, 2], b[:, 3]], axis=1).astype(dtype)


def boxes_grid(rng: np.random.Generator, n: int, dtype=np.float32, cells: int = 6) -> np.ndarray:
    """Integer-coordinate boxes on a small grid: many exact ties and repeated IoUs."""
    a = rng.integers(0, cells, (n, 2))
    wh = rng.integers(1, 4, (n, 2))
    return np.concatenate([a, a + wh], axis=1).astype(dtype)


def distinct_scores(rng: np.random.Generator, n: int, dtype=np.float32) -> np.ndarray:
    """Scores in (0, 1) with no two equal (so order is well defined)."""
    s = rng.permutation(n).astype(np.float64) + rng.uniform(0.1, 0.9, n)
    return (s / max(n, 1)).astype(dtype)


def image(rng: np.random.Generator, h: int, w: int, dtype=np.float64, flat: bool = True) -> np.ndarray:
    """A test image in [0, 255]: noise, with flat rectangles (ties for medians and zero gradients)."""
    img = rng.uniform(0, 255, (h, w))
    if flat and h > 2 and w > 2:
        for _ in range(3):
            y, x = rng.integers(0, h), rng.integers(0, w)
            img[y:y + rng.integers(1, h), x:x + rng.integers(1, w)] = rng.uniform(0, 255)
    if np.dtype(dtype) == np.uint8:
        return np.round(img).astype(np.uint8)
    return img.astype(dtype)


def prob_rows(rng: np.random.Generator, rows: int, k: int, zeros: bool = True, dtype=np.float64) -> np.ndarray:
    """Probability vectors along the last dim, some entries exactly zero."""
    p = rng.uniform(0, 1, (rows, k))
    if zeros and k > 1:
        p[rng.uniform(size=(rows, k)) < 0.3] = 0
        p[np.arange(rows), rng.integers(0, k, rows)] += 0.5  # no all-zero row
    return (p / p.sum(-1, keepdims=True)).astype(dtype)
