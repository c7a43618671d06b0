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
DOTTED = "╭╮╰╯┈┊"
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


def _two(want: float, got: float) -> tuple[str, str]:
    """Two numbers with enough digits to read apart (1 and 0.99999997, not 1 and 1)."""
    for digits in (6, 9, 12, 17):
        a, b = f"{want:.{digits}g}", f"{got:.{digits}g}"
        if a != b:
            break
    return a, b


def _arr(d) -> Optional[np.ndarray]:
    """An input or value as the judge's --json gives it ({dtype, shape, values}) -> array."""
    if isinstance(d, dict) and "values" in d and "shape" in d:
        vals = d["values"]
        a = np.array(vals, dtype=object)
        if a.dtype == object:  # non-finite floats arrive as strings
            a = np.vectorize(lambda v: float(v) if isinstance(v, str) else v, otypes=[np.float64])(a)
        return np.asarray(a, dtype=np.float64).reshape(d["shape"])
    return None


def _differs(e: np.ndarray, g: np.ndarray, beyond: bool = False) -> np.ndarray:
    """Where an answer differs from the expected one, element by element (nan equals nan);
    with `beyond`, an answer wrong only below that tolerance shows where it differs at all."""
    bad = ~np.isclose(e, g, rtol=1e-5, atol=1e-6, equal_nan=True)
    if beyond and not bad.any():
        bad = (e != g) & ~(np.isnan(e) & np.isnan(g))
    return bad


def _first_wrong_row(e: np.ndarray, g: np.ndarray, beyond: bool = False) -> Optional[int]:
    """The first index along the first axis whose row (box, RoI, value) differs, or None."""
    rows = np.nonzero(_differs(e, g, beyond).reshape(len(e), -1).any(axis=1))[0]
    return int(rows[0]) if len(rows) else None


def _ints(d) -> Optional[list[int]]:
    """Indices (an integer array as --json gives it), or None for anything else."""
    a = _arr(d)
    if a is None or "int" not in str(d.get("dtype", "")) or not np.isfinite(a).all():
        return None
    return [int(x) for x in a.reshape(-1)]


# ------------------------------------------------------------ boxes


def nms_picture(boxes, scores, expected: list[int], got: list[int], lang: str = "en", width: int = 80,
                new_scores: Optional[tuple[list[float], list[float]]] = None) -> Text:
    """Every box by index: kept by both (green, light lines), kept by you but suppressed by
    the reference (red, double lines), suppressed by you but kept by the reference (yellow,
    dashed), suppressed by both (dim). A legend and a table of scores follow; for soft-NMS
    (`new_scores`: the decayed scores of the kept boxes, the reference's and yours, in keep
    order) the table shows each kept box's final score, and a box kept by both whose score
    differs is drawn as a mistake (red)."""
    zh = lang == "zh"
    final = None
    if new_scores is not None:
        final = ({i: float(v) for i, v in zip(expected, new_scores[0])}, {i: float(v) for i, v in zip(got, new_scores[1])})
    boxes = np.asarray(boxes, np.float64).reshape(-1, 4)
    exp, yours = set(expected), set(got)
    roles = {}
    for i in range(len(boxes)):
        roles[i] = ("both" if i in exp and i in yours else "extra" if i in yours else
                    "missing" if i in exp else "gone")
        if final and roles[i] == "both" and not np.isclose(final[0][i], final[1][i], rtol=1e-4, atol=1e-7):
            roles[i] = "score"
    style = {"both": (LIGHT, "green"), "extra": (DOUBLE, "bold red"), "missing": (DASHED, "bold yellow"),
             "gone": (LIGHT, "dim"), "score": (HEAVY, "bold red")}
    c = Canvas(boxes, width=min(60, width - 2), height=16)
    for role in ("gone", "both", "missing", "score", "extra"):  # the mistakes drawn last, on top
        for i in (i for i in roles if roles[i] == role):
            lines, st = style[role]
            c.rect(boxes[i], lines, st, str(i))
    out = c.text()
    legend = [("both", "─ kept by both" if not zh else "─ 双方都保留"),
              ("extra", "═ you kept it, the reference suppresses it" if not zh else "═ 你保留了，参考实现会抑制它"),
              ("missing", "┄ you suppressed it, the reference keeps it" if not zh else "┄ 你抑制了，参考实现会保留它"),
              ("score", "━ kept by both, with another final score" if not zh else "━ 双方都保留，但最终分数不同"),
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
        if final:  # the final (decayed) score of a kept box instead of the word
            ref, mine = (f"{f[i]:.4g}" if i in f else "-" for f in final)
        else:
            ref, mine = word[i in exp], word[i in yours]
        out.append(f"{i:<4} {s:<8} {ref:<10} {mine}\n", style=style[roles[i]][1])
    return out


def pair_picture(a, b, name_a: str, name_b: str, want: float, got: float, what: str = "IoU",
                 lang: str = "en", width: int = 80, enclosing: bool = False) -> Text:
    """The two boxes whose value is wrong, with the expected value and yours; with
    `enclosing`, the smallest box around both (dotted) and the two centres (+), which
    GIoU, DIoU and CIoU measure against."""
    a, b = np.asarray(a, np.float64), np.asarray(b, np.float64)
    c = Canvas(np.stack([a, b]), width=min(60, width - 2), height=14)
    if enclosing:
        c.rect(np.concatenate([np.minimum(a[:2], b[:2]), np.maximum(a[2:], b[2:])]), DOTTED, "dim")
    c.rect(a, LIGHT, "cyan", "A")
    c.rect(b, HEAVY, "magenta", "B")
    if enclosing:
        for box, st in ((a, "cyan"), (b, "magenta")):
            c.put(*c._xy((box[0] + box[2]) / 2, (box[1] + box[3]) / 2), "+", st)
    out = c.text()
    if enclosing:
        out.append("┈ 包住两框的最小框   + 中心点\n" if lang == "zh" else "┈ the smallest box around both   + centres\n",
                   style="dim")
    for key, name, box, st in (("A", name_a, a, "cyan"), ("B", name_b, b, "magenta")):
        out.append(" ".join(x for x in (key, "=", name, str(np.round(box, 4).tolist())) if x) + "\n", style=st)
    w, g = _two(want, got)
    out.append((f"{what}(A, B): 应为 {w}，你的 {g}" if lang == "zh" else
                f"{what}(A, B): expected {w}, yours {g}") + "\n", style="bold")
    return out


def to_xyxy(b: np.ndarray, fmt: str) -> np.ndarray:
    """[N,4] boxes in xyxy, xywh (corner, size) or cxcywh (centre, size) -> xyxy."""
    b = np.asarray(b, np.float64).reshape(-1, 4)
    if fmt == "xywh":
        return np.concatenate([b[:, :2], b[:, :2] + b[:, 2:]], axis=1)
    if fmt == "cxcywh":
        return np.concatenate([b[:, :2] - b[:, 2:] / 2, b[:, :2] + b[:, 2:] / 2], axis=1)
    return b


def convert_picture(box, in_fmt: str, out_fmt: str, want, got, index: int = 0, lang: str = "en",
                    width: int = 80) -> Text:
    """A box_convert mistake: the input box, and the expected and your answer both read in
    the output format and drawn where they would sit (light: expected, double: yours)."""
    zh = lang == "zh"
    w, g = to_xyxy(want, out_fmt)[0], to_xyxy(got, out_fmt)[0]
    c = Canvas(np.stack([w, g]), width=min(60, width - 2), height=14)
    c.rect(w, LIGHT, "green", "E")
    c.rect(g, DOUBLE, "bold red", "Y")
    out = c.text()
    r = lambda v: np.round(np.asarray(v, float).reshape(-1), 4).tolist()  # noqa: E731
    if box is not None:
        out.append((f"输入 boxes[{index}]（{in_fmt}）：{r(box)}\n" if zh else f"input boxes[{index}] ({in_fmt}): {r(box)}\n"))
    else:
        out.append((f"第 {index} 个框：\n" if zh else f"box {index} of the answer:\n"))
    out.append((f"─ E 应为（{out_fmt}）：{r(want)}\n" if zh else f"─ E expected ({out_fmt}): {r(want)}\n"), style="green")
    out.append((f"═ Y 你的（按 {out_fmt} 读）：{r(got)}\n" if zh else f"═ Y yours (read as {out_fmt}): {r(got)}\n"),
               style="bold red")
    return out


def roc_points(y_true, y_score) -> tuple[np.ndarray, np.ndarray]:
    """The ROC curve's corners: one point per distinct score, from the highest down, so a
    tie between a positive and a negative is one diagonal step (it counts 1/2)."""
    y = np.asarray(y_true, np.float64).reshape(-1) > 0
    sc = np.asarray(y_score, np.float64).reshape(-1)
    order = np.argsort(-sc, kind="mergesort")
    y, sc = y[order], sc[order]
    last = np.r_[np.nonzero(np.diff(sc))[0], len(sc) - 1]  # the last index of each run of equal scores
    tp, fp = np.cumsum(y)[last], np.cumsum(~y)[last]
    pos, neg = max(int(y.sum()), 1), max(int((~y).sum()), 1)
    return np.r_[0.0, fp / neg], np.r_[0.0, tp / pos]


class Plot:
    """A unit square of character cells (x and y from 0 to 1), with y axis labels and an
    x axis under it: the frame of the precision-recall and ROC curves."""

    def __init__(self, width: int = 80, height: int = 11):
        self.w, self.h = min(61, width - 8), height
        self.grid = [[" "] * self.w for _ in range(height)]
        self.styles = [[""] * self.w for _ in range(height)]

    def put(self, x: float, y: float, ch: str, st: str) -> None:
        cx = int(round(min(max(x, 0.0), 1.0) * (self.w - 1)))
        cy = self.h - 1 - int(round(min(max(y, 0.0), 1.0) * (self.h - 1)))
        self.grid[cy][cx], self.styles[cy][cx] = ch, st

    def text(self, x_name: str) -> Text:
        w, h = self.w, self.h
        out = Text()
        for r in range(h):
            label = f"{1 - r / (h - 1):4.2f} " if r in (0, h // 2, h - 1) else "     "
            out.append(label + "│", style="dim")
            for ch, st in zip(self.grid[r], self.styles[r]):
                out.append(ch, style=st or None)
            out.append("\n")
        out.append("     └" + "─" * w + "\n", style="dim")
        out.append(f"      0{' ' * (w // 2 - 3)}0.5{' ' * (w - w // 2 - 4)}1  {x_name}\n", style="dim")
        return out


def roc_picture(y_true, y_score, want: float, got: Optional[float], lang: str = "en", width: int = 80,
                height: int = 11) -> Text:
    """The ROC curve (true positive rate against false positive rate) drawn from the
    inputs, the chance diagonal, and the area the metric is: expected and yours."""
    fpr, tpr = roc_points(y_true, y_score)
    plot = Plot(width, height)
    w = plot.w
    for k in range(w):  # chance: a random score
        plot.put(k / (w - 1), k / (w - 1), "·", "dim")
    for (x0, y0), (x1, y1) in zip(zip(fpr, tpr), zip(fpr[1:], tpr[1:])):
        for t in np.linspace(0, 1, 2 * (w + height)):
            plot.put(x0 + t * (x1 - x0), y0 + t * (y1 - y0), "•", "green")
    for x, y in zip(fpr, tpr):
        plot.put(float(x), float(y), "●", "yellow")
    out = plot.text("FPR")
    zh = lang == "zh"
    out.append(("● 每个不同分数处的拐点  • ROC 曲线（TPR 对 FPR）  · 随机猜测\n"
                "  正负样本同分是一段斜线，计 1/2\n" if zh else
                "● a corner per distinct score  • the ROC curve (TPR against FPR)  · chance\n"
                "  a positive and a negative with equal scores make one diagonal step, worth 1/2\n"))
    if got is None:  # a worked example: one value
        out.append((f"AUC = 曲线下面积 = {want:.6g}\n" if zh else f"AUC = the area under it = {want:.6g}\n"), style="bold")
    else:
        w, g = _two(want, got)
        out.append((f"AUC = 曲线下面积：应为 {w}，你的 {g}\n" if zh else
                    f"AUC = the area under it: expected {w}, yours {g}\n"), style="bold")
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
    plot = Plot(width, height)
    w = plot.w
    for k in range(w):  # the envelope, column by column
        x = k / (w - 1)
        reach = prec[rec >= x - 1e-12]
        if reach.size:
            plot.put(x, float(reach.max()), "─", "green")
    if samples is not None:
        for x in samples:
            reach = prec[rec >= x - 1e-12]
            plot.put(float(x), float(reach.max()) if reach.size else 0.0, "┼", "bold cyan")
    for x, y in zip(rec, prec):
        plot.put(float(x), float(y), "●", "yellow")
    out = plot.text(x_name)
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
    # soft-NMS: (keep, new_scores), both sides
    if "boxes" in boxes and isinstance(exp, list) and isinstance(got, list) and len(exp) == len(got) == 2 \
            and isinstance(exp[0], dict) and exp[0].get("dtype", "").endswith("int64"):
        e_idx, g_idx = _ints(exp[0]), _ints(got[0])
        e_sc, g_sc = _arr(exp[1]), _arr(got[1])
        if all(v is not None for v in (e_idx, g_idx, e_sc, g_sc)) and len(e_sc) == len(e_idx) and len(g_sc) == len(g_idx) \
                and all(0 <= i < len(boxes["boxes"]) for i in e_idx + g_idx):
            scores = _arr(inp.get("scores")) if "scores" in inp else None
            return nms_picture(boxes["boxes"], scores, e_idx, g_idx, lang, width,
                               new_scores=(e_sc.tolist(), g_sc.tolist()))
    if slug == "box_convert" and "boxes" in boxes and isinstance(inp.get("in_fmt"), str):
        e, g = _arr(exp), _arr(got)
        if e is not None and g is not None and e.shape == g.shape == boxes["boxes"].shape:
            i = _first_wrong_row(e, g)
            if i is not None:
                return convert_picture(boxes["boxes"][i], inp["in_fmt"], inp["out_fmt"], e[i], g[i], i, lang, width)
    if slug == "roc_auc" and {"y_true", "y_score"} <= set(inp):
        e, g = _arr(exp), _arr(got)
        if e is None and isinstance(exp, (int, float)) and isinstance(got, (int, float)):
            return roc_picture(_arr(inp["y_true"]), _arr(inp["y_score"]), float(exp), float(got), lang, width)
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
            bad = np.argwhere(_differs(e, g, beyond=True))
            if len(bad):
                i, j = map(int, bad[0])
                what = "GIoU" if "generalized" in slug else "IoU"
                return pair_picture(boxes["boxes1"][i], boxes["boxes2"][j], f"boxes1[{i}]", f"boxes2[{j}]",
                                    float(e[i, j]), float(g[i, j]), what, lang, width, enclosing=what == "GIoU")
        # paired: one value per row (box losses with reduction "none")
        n = len(boxes["boxes1"])
        if e is not None and g is not None and e.shape == g.shape == (n,) and len(boxes["boxes2"]) == n:
            i = _first_wrong_row(e, g, beyond=True)
            if i is not None:
                what = {"diou_loss": "DIoU loss", "ciou_loss": "CIoU loss"}.get(slug, slug)
                return pair_picture(boxes["boxes1"][i], boxes["boxes2"][i], f"boxes1[{i}]", f"boxes2[{i}]",
                                    float(e[i]), float(g[i]), what, lang, width, enclosing=True)
    # RoI pooling: the feature map the first wrong RoI reads, then the pooled maps
    if slug in ("roi_align", "roi_pool") and {"input", "boxes"} <= set(inp):
        x, rois = _arr(inp["input"]), _arr(inp["boxes"])
        (e, _), (g, _) = _first_array(exp), _first_array(got)  # the output (a gradient may follow)
        if all(v is not None for v in (x, rois, e, g)) and x.ndim == 4 and e.ndim == 4 and e.shape == g.shape and rois.ndim == 2:
            k = _first_wrong_row(e, g)
            if k is not None:
                b = int(rois[k, 0])
                c = _first_wrong_row(e[k], g[k])  # the channel shown
                scale = float(inp.get("spatial_scale", 1.0)) if isinstance(inp.get("spatial_scale", 1.0), (int, float)) else 1.0
                zh = lang == "zh"
                out = images_picture([(f"input[{b},{c}]", x[b, c]), ((f"应为[{k},{c}]" if zh else f"expected[{k},{c}]"), e[k, c]),
                                      ((f"你的[{k},{c}]" if zh else f"yours[{k},{c}]"), g[k, c]),
                                      ("|diff|", np.abs(e[k, c] - g[k, c]))], width)
                box = np.round(rois[k, 1:] * scale, 4).tolist()
                out.append((f"boxes[{k}] = {np.round(rois[k], 4).tolist()}：第 {b} 张图，乘以 spatial_scale {scale:g} 后在特征图上是 {box}\n"
                            if zh else f"boxes[{k}] = {np.round(rois[k], 4).tolist()}: image {b}, on the feature map "
                            f"(times spatial_scale {scale:g}) {box}\n"), style="bold")
                return out
    # one value per box (box_area): the first box whose value is wrong, with its sides
    e, g = _arr(exp), _arr(got)
    if "boxes" in boxes and e is not None and g is not None and e.shape == g.shape == (len(boxes["boxes"]),):
        i = _first_wrong_row(e, g)
        if i is not None:
            b = boxes["boxes"][i]
            c = Canvas(b[None], width=min(40, width - 2), height=8)
            c.rect(b, LIGHT, "cyan", str(i))
            out = c.text()
            w, h = b[2] - b[0], b[3] - b[1]
            we, ge = _two(float(e[i]), float(g[i]))
            out.append((f"boxes[{i}] = {np.round(b, 4).tolist()}：宽 {w:.6g}，高 {h:.6g}\n{slug}：应为 {we}，你的 {ge}\n"
                        if lang == "zh" else f"boxes[{i}] = {np.round(b, 4).tolist()}: width {w:.6g}, height {h:.6g}\n"
                        f"{slug}: expected {we}, yours {ge}\n"), style="bold")
            return out
    # an answer of boxes ([K,4], e.g. anchors): the first wrong one, expected against yours
    if e is not None and g is not None and e.ndim == 2 and e.shape == g.shape and e.shape[1] == 4 and len(e):
        i = _first_wrong_row(e, g)
        if i is not None:
            return convert_picture(None, "", "xyxy", e[i], g[i], i, lang, width)
    if boxes:  # box inputs are no image
        return None
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
    # a metric of two images (psnr, ssim): the two inputs and where they differ
    pair = [(k, _arr(v)) for k, v in list(inp.items())[:2]]
    if len(pair) == 2 and all(a is not None and a.ndim == 2 and a.size >= 2 for _, a in pair) \
            and pair[0][1].shape == pair[1][1].shape and isinstance(exp, (int, float)) and isinstance(got, (int, float)):
        out = images_picture(pair + [(f"|{pair[0][0]} - {pair[1][0]}|", np.abs(pair[0][1] - pair[1][1]))], width)
        w, g = _two(exp, got)
        out.append((f"{slug}：应为 {w}，你的 {g}" if lang == "zh" else f"{slug}: expected {w}, yours {g}") + "\n",
                   style="bold")
        return out
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
