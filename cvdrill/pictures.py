"""Pictures of a failing case, drawn with text: boxes on a canvas, images as grey-scale
cells side by side, precision-recall curves. render.py places them under the verdict.

Each drawing is a rich Text made of ordinary characters (box-drawing lines, shade blocks),
so it reads the same piped or with NO_COLOR; colour only adds to it. Every picture fits in
`width` columns (80 by default).
"""
from __future__ import annotations

from typing import Optional

import numpy as np
from rich.text import Text

# line styles: the shape tells the role even without colour
LIGHT = "┌┐└┘─│"
HEAVY = "┏┓┗┛━┃"
DOUBLE = "╔╗╚╝═║"
DASHED = "┌┐└┘┄┆"
SHADES = " ░▒▓█"


class Canvas:
    """A grid of character cells; boxes in world coordinates are scaled to fit, with the
    y axis pointing down as in an image and cells counted twice as tall as wide."""

    def __init__(self, boxes: np.ndarray, width: int = 60, height: int = 18):
        b = np.asarray(boxes, np.float64).reshape(-1, 4)
        lo = np.minimum(b[:, :2], b[:, 2:]).min(axis=0) if len(b) else np.zeros(2)
        hi = np.maximum(b[:, :2], b[:, 2:]).max(axis=0) if len(b) else np.ones(2)
        span = np.maximum(hi - lo, 1e-9)
        # one cell is about twice as tall as it is wide: y gets half the scale of x
        self.s = min((width - 1) / span[0], 2 * (height - 1) / span[1])
        self.lo = lo
        self.w = int(np.ceil(span[0] * self.s)) + 1
        self.h = int(np.ceil(span[1] * self.s / 2)) + 1
        self.cells = [[(" ", "") for _ in range(self.w)] for _ in range(self.h)]

    def _xy(self, x: float, y: float) -> tuple[int, int]:
        cx = int(round((x - self.lo[0]) * self.s))
        cy = int(round((y - self.lo[1]) * self.s / 2))
        return min(max(cx, 0), self.w - 1), min(max(cy, 0), self.h - 1)

    def put(self, cx: int, cy: int, ch: str, style: str = "") -> None:
        if 0 <= cy < self.h and 0 <= cx < self.w:
            self.cells[cy][cx] = (ch, style)

    def rect(self, box, lines: str = LIGHT, style: str = "", label: str = "") -> None:
        x0, y0 = self._xy(min(box[0], box[2]), min(box[1], box[3]))
        x1, y1 = self._xy(max(box[0], box[2]), max(box[1], box[3]))
        tl, tr, bl, br, hz, vt = lines
        for x in range(x0 + 1, x1):
            self.put(x, y0, hz, style)
            self.put(x, y1, hz, style)
        for y in range(y0 + 1, y1):
            self.put(x0, y, vt, style)
            self.put(x1, y, vt, style)
        for (x, y), ch in (((x0, y0), tl), ((x1, y0), tr), ((x0, y1), bl), ((x1, y1), br)):
            self.put(x, y, ch, style)
        for k, ch in enumerate(label):  # inside the top-left corner, where it fits
            if x0 + 1 + k < x1 or x0 == x1:
                self.put(x0 + 1 + k, y0 + (1 if y1 > y0 + 1 else 0), ch, style)

    def text(self) -> Text:
        out = Text()
        for row in self.cells:
            for ch, style in row:
                out.append(ch, style=style or None)
            out.append("\n")
        return out


def _arr(d) -> Optional[np.ndarray]:
    """An input or value as the judge's --json gives it ({dtype, shape, values}) -> array."""
    if isinstance(d, dict) and "values" in d and "shape" in d:
        vals = d["values"]
        a = np.array(vals, dtype=object)
        if a.dtype == object:  # non-finite floats arrive as strings
            a = np.vectorize(lambda v: float(v) if isinstance(v, str) else v, otypes=[np.float64])(a)
        return np.asarray(a, dtype=np.float64).reshape(d["shape"])
    return None


def _ints(d) -> Optional[list[int]]:
    a = _arr(d)
    return None if a is None else [int(x) for x in a.reshape(-1)]


# ------------------------------------------------------------ boxes


def nms_picture(boxes, scores, expected: list[int], got: list[int], lang: str = "en", width: int = 80) -> Text:
    """Every box by index: kept by both (green, light lines), kept by you but suppressed by
    the reference (red, double lines), suppressed by you but kept by the reference (yellow,
    dashed), suppressed by both (dim). A legend and a table of scores follow."""
    zh = lang == "zh"
    boxes = np.asarray(boxes, np.float64).reshape(-1, 4)
    exp, yours = set(expected), set(got)
    roles = {}
    for i in range(len(boxes)):
        roles[i] = ("both" if i in exp and i in yours else "extra" if i in yours else
                    "missing" if i in exp else "gone")
    style = {"both": (LIGHT, "green"), "extra": (DOUBLE, "bold red"), "missing": (DASHED, "bold yellow"),
             "gone": (LIGHT, "dim")}
    c = Canvas(boxes, width=min(60, width - 2), height=16)
    for role in ("gone", "both", "missing", "extra"):  # the mistakes drawn last, on top
        for i in (i for i in roles if roles[i] == role):
            lines, st = style[role]
            c.rect(boxes[i], lines, st, str(i))
    out = c.text()
    legend = [("both", "─ kept by both" if not zh else "─ 双方都保留"),
              ("extra", "═ you kept it, the reference suppresses it" if not zh else "═ 你保留了，参考实现会抑制它"),
              ("missing", "┄ you suppressed it, the reference keeps it" if not zh else "┄ 你抑制了，参考实现会保留它"),
              ("gone", "─ suppressed by both" if not zh else "─ 双方都抑制")]
    for role, words in legend:
        if any(r == role for r in roles.values()):
            out.append(words + "\n", style=style[role][1])
    order = sorted(range(len(boxes)), key=lambda i: -float(scores[i]) if scores is not None else i)
    head = "box  score    reference  yours\n" if not zh else "框   分数     参考实现   你的\n"
    out.append(head, style="bold")
    word = {True: "kept" if not zh else "保留", False: "-"}
    for i in order:
        s = f"{float(scores[i]):.4g}" if scores is not None else ""
        out.append(f"{i:<4} {s:<8} {word[i in exp]:<10} {word[i in yours]}\n", style=style[roles[i]][1])
    return out


def pair_picture(a, b, name_a: str, name_b: str, want: float, got: float, what: str = "IoU",
                 lang: str = "en", width: int = 80) -> Text:
    """The two boxes whose value is wrong, with the expected value and yours."""
    c = Canvas(np.stack([a, b]), width=min(60, width - 2), height=14)
    c.rect(a, LIGHT, "cyan", "A")
    c.rect(b, HEAVY, "magenta", "B")
    out = c.text()
    out.append(f"A = {name_a} {np.round(np.asarray(a, float), 4).tolist()}\n", style="cyan")
    out.append(f"B = {name_b} {np.round(np.asarray(b, float), 4).tolist()}\n", style="magenta")
    out.append((f"{what}(A, B): 应为 {want:.6g}，你的 {got:.6g}" if lang == "zh" else
                f"{what}(A, B): expected {want:.6g}, yours {got:.6g}") + "\n", style="bold")
    return out


# ------------------------------------------------------------ images


def _cells(a: np.ndarray, lo: float, hi: float) -> list[tuple[str, str]]:
    """A row of values as two-character shade cells (a pixel is about square)."""
    out = []
    for v in a:
        if not np.isfinite(v):
            out.append(("??", "bold red"))
            continue
        k = 0 if hi <= lo else int(round((v - lo) / (hi - lo) * (len(SHADES) - 1)))
        out.append((SHADES[k] * 2, ""))
    return out


def images_picture(panels: list[tuple[str, np.ndarray]], width: int = 80) -> Text:
    """Grey-scale images side by side (each scaled to its own min..max; |difference| from
    0 to its max, so any nonzero difference shows), titled, with the value range under each."""
    arrs = [(t, np.asarray(a, np.float64)) for t, a in panels]
    arrs = [(t, a if a.ndim == 2 else a.reshape(a.shape[0], -1)) for t, a in arrs]
    cols = [max(2 * a.shape[1], len(t), 11) for t, a in arrs]
    while sum(cols) + 2 * len(cols) > width and len(arrs) > 1:  # too wide: drop the input first
        arrs, cols = arrs[1:], cols[1:]
    out = Text()
    out.append("  ".join(t.ljust(w) for (t, _), w in zip(arrs, cols)) + "\n", style="bold")
    rows = max(a.shape[0] for _, a in arrs)
    ranges = []
    for t, a in arrs:
        fin = a[np.isfinite(a)]
        lo, hi = (float(fin.min()), float(fin.max())) if fin.size else (0.0, 0.0)
        if t.startswith("|"):
            lo = 0.0
        ranges.append((lo, hi))
    for r in range(rows):
        for k, ((t, a), w, (lo, hi)) in enumerate(zip(arrs, cols, ranges)):
            line = _cells(a[r], lo, hi) if r < a.shape[0] else []
            used = 0
            for ch, st in line:
                out.append(ch, style=st or ("red" if t.startswith("|") and ch.strip() else None))
                used += 2
            out.append(" " * (w - used) + ("  " if k < len(arrs) - 1 else ""))
        out.append("\n")
    out.append("  ".join(f"{lo:.3g}..{hi:.3g}".ljust(w) for (lo, hi), w in zip(ranges, cols)) + "\n", style="dim")
    return out


# ------------------------------------------------------------ curves


def pr_picture(rec, prec, samples: Optional[np.ndarray] = None, lang: str = "en", width: int = 80,
               height: int = 11, x_name: str = "recall", y_name: str = "precision") -> Text:
    """Precision against recall: the raw points (●), the interpolated envelope (the max
    precision at any recall to the right; ─), and the recall levels the metric samples (┼)."""
    rec = np.asarray(rec, np.float64)
    prec = np.asarray(prec, np.float64)
    w = min(61, width - 8)
    grid = [[" "] * w for _ in range(height)]
    styles = [[""] * w for _ in range(height)]

    def put(x: float, y: float, ch: str, st: str):
        cx = int(round(min(max(x, 0.0), 1.0) * (w - 1)))
        cy = height - 1 - int(round(min(max(y, 0.0), 1.0) * (height - 1)))
        grid[cy][cx], styles[cy][cx] = ch, st

    for k in range(w):  # the envelope, column by column
        x = k / (w - 1)
        reach = prec[rec >= x - 1e-12]
        if reach.size:
            put(x, float(reach.max()), "─", "green")
    if samples is not None:
        for x in samples:
            reach = prec[rec >= x - 1e-12]
            put(float(x), float(reach.max()) if reach.size else 0.0, "┼", "bold cyan")
    for x, y in zip(rec, prec):
        put(float(x), float(y), "●", "yellow")
    out = Text()
    for r in range(height):
        label = f"{1 - r / (height - 1):4.2f} " if r in (0, height // 2, height - 1) else "     "
        out.append(label + "│", style="dim")
        for ch, st in zip(grid[r], styles[r]):
            out.append(ch, style=st or None)
        out.append("\n")
    out.append("     └" + "─" * w + "\n", style="dim")
    out.append(f"      0{' ' * (w // 2 - 3)}0.5{' ' * (w - w // 2 - 4)}1  {x_name}\n", style="dim")
    legend = ("● 原始点  ─ 插值包络（右侧最大值）" if lang == "zh" else
              f"● points  ─ envelope: max {y_name} to the right")
    if samples is not None:
        legend += "  ┼ 指标取样处" if lang == "zh" else "  ┼ where the metric samples"
    out.append(legend + "\n")
    return out


# ------------------------------------------------------------ choosing a picture


def for_failing_case(slug: str, fc: dict, lang: str = "en", width: int = 80) -> Optional[Text]:
    """The picture that fits a failing case, or None. Chosen by what the inputs are: boxes
    (an [N,4] argument named boxes*), an image (a 2-D first argument with a 2-D answer), or a
    precision/recall curve; the case must be small enough to have been shown in full."""
    inp = fc.get("input") or {}
    vals = fc.get("values") or {}
    exp, got = vals.get("expected"), vals.get("got")
    if not inp or exp is None or got is None:
        return None
    try:
        return _choose(slug, inp, exp, got, lang, width)
    except Exception:  # a picture is a help, never a reason for the report to fail
        return None


def _first_array(v):
    if isinstance(v, list) and v and isinstance(v[0], dict):
        return _arr(v[0]), 0
    return _arr(v), None


def _choose(slug, inp, exp, got, lang, width):
    boxes = {k: _arr(v) for k, v in inp.items() if k.startswith("boxes")}
    boxes = {k: v for k, v in boxes.items() if v is not None and v.ndim == 2 and v.shape[1] == 4 and len(v)}
    # nms-like: the answer is a list of kept indices
    e_idx, g_idx = _ints(exp), _ints(got)
    if "boxes" in boxes and e_idx is not None and g_idx is not None and _arr(exp).ndim == 1 \
            and exp.get("dtype", "").endswith("int64"):
        scores = _arr(inp.get("scores")) if "scores" in inp else None
        if all(0 <= i < len(boxes["boxes"]) for i in e_idx + g_idx):
            return nms_picture(boxes["boxes"], scores, e_idx, g_idx, lang, width)
    # pairwise: an [N,M] matrix over boxes1 x boxes2
    if "boxes1" in boxes and "boxes2" in boxes:
        e, g = _arr(exp), _arr(got)
        if e is not None and g is not None and e.shape == g.shape == (len(boxes["boxes1"]), len(boxes["boxes2"])):
            bad = np.argwhere(~np.isclose(e, g, rtol=1e-5, atol=1e-6, equal_nan=True))
            if len(bad):
                i, j = map(int, bad[0])
                what = "GIoU" if "generalized" in slug else "IoU"
                return pair_picture(boxes["boxes1"][i], boxes["boxes2"][j], f"boxes1[{i}]", f"boxes2[{j}]",
                                    float(e[i, j]), float(g[i, j]), what, lang, width)
    # images: a 2-D first input and a 2-D answer (the first component of a tuple answer)
    first = next(iter(inp.values()))
    img = _arr(first)
    e, k = _first_array(exp)
    g, _ = _first_array(got)
    if k is not None and isinstance(exp, list) and isinstance(got, list):
        # the first component that differs
        for kk, (ee, gg) in enumerate(zip(exp, got)):
            ea, ga = _arr(ee), _arr(gg)
            if ea is not None and ga is not None and (ea.shape != ga.shape or not np.allclose(ea, ga, equal_nan=True)):
                e, g, k = ea, ga, kk
                break
    if img is not None and img.ndim in (2, 3) and img.shape[0] * img.shape[1] >= 2 and e is not None and g is not None \
            and e.ndim == 2 and g.ndim == 2:
        name = f"[{k}]" if k is not None else ""
        zh = lang == "zh"
        panels = [(("输入" if zh else "input"), img if img.ndim == 2 else img.mean(axis=2)),
                  (("应为" if zh else "expected") + name, e), (("你的" if zh else "yours") + name, g)]
        if e.shape == g.shape:
            panels.append(("|diff|", np.abs(e - g)))
        return images_picture(panels, width)
    # precision/recall
    if slug == "voc_ap" and "rec" in inp and "prec" in inp:
        use07 = bool(inp.get("use_07_metric", False))
        samples = np.linspace(0, 1, 11) if use07 else None
        return pr_picture(_arr(inp["rec"]), _arr(inp["prec"]), samples, lang, width)
    if slug == "coco_ap_101" and {"tp", "scores", "npos"} <= set(inp):
        tp, sc, npos = _arr(inp["tp"]), _arr(inp["scores"]), inp["npos"]
        if npos and len(tp):
            order = np.argsort(-sc, kind="mergesort")
            t = np.cumsum(tp[order] > 0)
            f = np.cumsum(tp[order] <= 0)
            return pr_picture(t / float(npos), t / (t + f), np.linspace(0, 1, 101)[::10], lang, width)
    return None


# ------------------------------------------------------------ worked examples


def _iou(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """IoU of one box against many (continuous coordinates), for the worked examples."""
    lt = np.maximum(a[:2], b[:, :2])
    rb = np.minimum(a[2:], b[:, 2:])
    inter = np.prod(np.clip(rb - lt, 0, None), axis=1)
    area = lambda x: (x[..., 2] - x[..., 0]) * (x[..., 3] - x[..., 1])  # noqa: E731
    return inter / (area(a) + area(b) - inter)


EXAMPLE_BOXES = np.array([[10, 10, 50, 40], [14, 12, 54, 44], [30, 24, 70, 54], [60, 8, 96, 36], [62, 10, 98, 40]], float)
EXAMPLE_SCORES = np.array([0.90, 0.80, 0.75, 0.70, 0.95])


def nms_example(lang: str = "en", threshold: float = 0.5, width: int = 80) -> Text:
    """Greedy NMS on five boxes, step by step: the box taken (heavy, green), the IoU of
    each remaining box with it, which are suppressed (IoU > threshold: dashed, dim)."""
    zh = lang == "zh"
    boxes, scores = EXAMPLE_BOXES, EXAMPLE_SCORES
    out = Text()
    out.append(("五个框，按分数：" if zh else "Five boxes, by score: ") +
               ", ".join(f"{i} ({scores[i]:.2f})" for i in np.argsort(-scores)) +
               (f"；阈值 {threshold}（IoU 大于阈值才抑制）\n" if zh else
                f"; threshold {threshold} (suppressed when IoU > threshold)\n"), style="bold")
    remaining = list(np.argsort(-scores, kind="stable"))
    kept: list[int] = []
    gone: list[int] = []
    step = 0
    while remaining:
        step += 1
        i, rest = int(remaining[0]), [int(r) for r in remaining[1:]]
        kept.append(i)
        ious = _iou(boxes[i], boxes[rest]) if rest else np.zeros(0)
        drop = [r for r, v in zip(rest, ious) if v > threshold]
        c = Canvas(boxes, width=min(56, width - 2), height=12)
        for k in range(len(boxes)):
            if k in gone or k in drop:
                c.rect(boxes[k], DASHED, "dim", str(k))
        for k in rest:
            if k not in drop:
                c.rect(boxes[k], LIGHT, "", str(k))
        for k in kept:
            c.rect(boxes[k], HEAVY, "bold green", str(k))
        out.append(f"\n{'第' + str(step) + '步' if zh else 'Step ' + str(step)}: "
                   + (f"取出剩余中分数最高的框 {i}（{scores[i]:.2f}），保留它" if zh else
                      f"take the highest-scoring box left, {i} ({scores[i]:.2f}), and keep it") + "\n", style="bold")
        for r, v in zip(rest, ious):
            verdict = ("抑制" if zh else "suppressed") if v > threshold else ("留下" if zh else "stays")
            out.append(f"  IoU({i}, {r}) = {v:.3f} {'>' if v > threshold else '<='} {threshold}: {verdict}\n",
                       style="dim" if v > threshold else None)
        out.append(c.text())
        gone += drop
        remaining = [r for r in rest if r not in drop]
    out.append(("\n保留：" if zh else "\nkeep = ") + str(kept) +
               ("（按分数从高到低）\n" if zh else " (by decreasing score)\n"), style="bold green")
    return out


EXAMPLES = {"nms": nms_example}
