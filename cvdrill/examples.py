"""Worked examples for `cvdrill show SLUG --example`: one small case of a problem worked
through by hand, drawn with the pictures of pictures.py. Every number is computed here
with plain numpy (tests/test_examples.py checks them against the hidden references).
"""
from __future__ import annotations

import math

import numpy as np
from rich.text import Text

from .pictures import DASHED, HEAVY, LIGHT, Canvas, images_picture, pair_picture, pr_picture, roc_picture


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


def soft_nms_example(lang: str = "en", sigma: float = 0.5, width: int = 80) -> Text:
    """Gaussian soft-NMS on the same five boxes: at each step the highest CURRENT score is
    taken, and every other box's score is multiplied by exp(-IoU^2 / sigma)."""
    zh = lang == "zh"
    boxes, s = EXAMPLE_BOXES, EXAMPLE_SCORES.copy()
    out = Text()
    out.append(("五个框（与 nms 的例子相同），高斯衰减 sigma = " if zh else
                "The five boxes of the nms example, Gaussian decay, sigma = ") + f"{sigma}:\n", style="bold")
    c = Canvas(boxes, width=min(56, width - 2), height=12)
    for k in range(len(boxes)):
        c.rect(boxes[k], LIGHT, "", str(k))
    out.append(c.text())
    out.append(("每一步取当前分数最高的框，其余框的分数乘以 exp(-IoU² / sigma)：IoU 越大，降得越多，但不会直接删掉。\n" if zh else
                "Each step takes the box with the highest CURRENT score and multiplies every other box's score "
                "by exp(-IoU² / sigma): the more it overlaps, the more it loses, but nothing is deleted outright.\n"))
    left = list(range(len(boxes)))
    keep, final = [], []
    step = 0
    while left:
        step += 1
        m = max(left, key=lambda k: (s[k], -k))
        keep.append(m)
        final.append(s[m])
        left.remove(m)
        out.append(f"\n{'第' + str(step) + '步' if zh else 'Step ' + str(step)}: "
                   + (f"取框 {m}（当前分数 {s[m]:.4f}）" if zh else f"take box {m} (current score {s[m]:.4f})") + "\n",
                   style="bold green")
        if left:
            ious = _iou(boxes[m], boxes[left])
            for k, v in zip(left, ious):
                new = s[k] * math.exp(-v * v / sigma)
                out.append(f"  box {k}: IoU {v:.3f} -> {s[k]:.4f} x exp(-{v:.3f}² / {sigma}) = {new:.4f}\n",
                           style="dim" if v == 0 else None)
                s[k] = new
    out.append(("\nkeep = " + str(keep) + "，分数 = " if zh else "\nkeep = " + str(keep) + ", new_scores = ")
               + "[" + ", ".join(f"{v:.4f}" for v in final) + "]\n", style="bold green")
    out.append(("nms（阈值 0.5）只保留 " if zh else "nms (threshold 0.5) keeps only ") + str(_greedy(boxes, EXAMPLE_SCORES, 0.5))
               + ("：soft-NMS 保留了所有框，重叠的框排在后面、分数更低。\n" if zh else
                  ": soft-NMS keeps every box, the overlapping ones later and with lower scores.\n"))
    return out


def _greedy(boxes, scores, thr) -> list[int]:
    left, keep = list(np.argsort(-scores, kind="stable")), []
    while left:
        keep.append(int(left[0]))
        left = [k for k in left[1:] if _iou(boxes[left[0]], boxes[[k]])[0] <= thr]
    return keep


PAIR = (np.array([10.0, 10.0, 50.0, 40.0]), np.array([34.0, 22.0, 84.0, 52.0]))


def iou_family(a: np.ndarray, b: np.ndarray) -> dict:
    """IoU, GIoU, DIoU and CIoU of two xyxy boxes, term by term (continuous coordinates)."""
    area = lambda x: (x[2] - x[0]) * (x[3] - x[1])  # noqa: E731
    iw, ih = max(0.0, min(a[2], b[2]) - max(a[0], b[0])), max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = iw * ih
    union = area(a) + area(b) - inter
    cw, ch = max(a[2], b[2]) - min(a[0], b[0]), max(a[3], b[3]) - min(a[1], b[1])
    rho2 = ((a[0] + a[2]) / 2 - (b[0] + b[2]) / 2) ** 2 + ((a[1] + a[3]) / 2 - (b[1] + b[3]) / 2) ** 2
    iou = inter / union
    v = 4 / math.pi ** 2 * (math.atan((b[2] - b[0]) / (b[3] - b[1])) - math.atan((a[2] - a[0]) / (a[3] - a[1]))) ** 2
    alpha = v / (1 - iou + v)
    d = dict(area_a=area(a), area_b=area(b), inter=inter, union=union, iou=iou, c_area=cw * ch,
             giou=iou - (cw * ch - union) / (cw * ch), rho2=rho2, c2=cw ** 2 + ch ** 2, v=v, alpha=alpha)
    d["diou_loss"] = 1 - iou + rho2 / d["c2"]
    d["ciou_loss"] = d["diou_loss"] + alpha * v
    return d


def iou_example(lang: str = "en", width: int = 80) -> Text:
    """Two boxes, and every quantity of IoU, GIoU, DIoU and CIoU worked out."""
    zh = lang == "zh"
    a, b = PAIR
    f = iou_family(a, b)
    out = Text()
    out.append(("两个框（xyxy，连续坐标，不加 1）：\n" if zh else "Two boxes (xyxy, continuous coordinates, no \"+1\"):\n"),
               style="bold")
    pic = pair_picture(a, b, "", "", 0.0, 0.0, "IoU", lang, width, enclosing=True)
    out.append_text(Text("\n".join(pic.plain.split("\n")[:-2]) + "\n"))  # the drawing, without the value line
    (ax0, ay0, ax1, ay1), (bx0, by0, bx1, by1) = a, b
    g = lambda v: f"{v:g}"  # noqa: E731
    lines = [
        (f"area(A) = {g(ax1 - ax0)} x {g(ay1 - ay0)}", g(f["area_a"])),
        (f"area(B) = {g(bx1 - bx0)} x {g(by1 - by0)}", g(f["area_b"])),
        (f"inter = ({g(min(ax1, bx1))}-{g(max(ax0, bx0))}) x ({g(min(ay1, by1))}-{g(max(ay0, by0))})", g(f["inter"])),
        ("union = area(A) + area(B) - inter", g(f["union"])),
        ("IoU = inter / union", f"{f['iou']:.4f}"),
        (f"C = the smallest box around both = {g(max(ax1, bx1) - min(ax0, bx0))} x {g(max(ay1, by1) - min(ay0, by0))}",
         g(f["c_area"])),
        ("GIoU = IoU - (C - union) / C", f"{f['giou']:.4f}"),
        (f"rho² = squared distance of the centres ({g((ax0 + ax1) / 2)},{g((ay0 + ay1) / 2)})-"
         f"({g((bx0 + bx1) / 2)},{g((by0 + by1) / 2)})", g(f["rho2"])),
        (f"c² = squared diagonal of C = {g(max(ax1, bx1) - min(ax0, bx0))}² + {g(max(ay1, by1) - min(ay0, by0))}²",
         g(f["c2"])),
        ("DIoU loss = 1 - IoU + rho² / c²", f"{f['diou_loss']:.4f}"),
        ("v = 4/pi² (atan(wB/hB) - atan(wA/hA))²: the aspect ratios", f"{f['v']:.4f}"),
        ("alpha = v / (1 - IoU + v)", f"{f['alpha']:.4f}"),
        ("CIoU loss = DIoU loss + alpha v", f"{f['ciou_loss']:.4f}"),
    ]
    zh_words = {"the smallest box around both": "包住两框的最小框", "squared distance of the centres": "中心点距离的平方",
                "squared diagonal of C": "C 的对角线长度的平方", "the aspect ratios": "宽高比之差"}
    for lhs, val in lines:
        if zh:
            for en, cn in zh_words.items():
                lhs = lhs.replace(en, cn)
        out.append(f"  {lhs} = {val}\n")
    out.append(("box_iou、generalized_box_iou、diou_loss、ciou_loss 用的都是这些量。\n" if zh else
                "box_iou, generalized_box_iou, diou_loss and ciou_loss are all built from these.\n"), style="dim")
    return out


EDGE = np.zeros((6, 6))
EDGE[:, 3:] = 10.0  # a vertical step edge: dark left, bright right
SOBEL_X = np.array([[-1.0, 0.0, 1.0], [-2.0, 0.0, 2.0], [-1.0, 0.0, 1.0]])


def correlate3(img: np.ndarray, k: np.ndarray) -> np.ndarray:
    """3x3 cross-correlation with zero padding, same size: out[i, j] = sum(k * window)."""
    p = np.pad(img, 1)
    h, w = img.shape
    return sum(k[u, v] * p[u:u + h, v:v + w] for u in range(3) for v in range(3))


def sobel_example(lang: str = "en", width: int = 80) -> Text:
    """A step edge: one window of gx worked out, then the image, gx, gy and the magnitude."""
    zh = lang == "zh"
    gx, gy = correlate3(EDGE, SOBEL_X), correlate3(EDGE, SOBEL_X.T)
    r, c = 2, 3
    win = np.pad(EDGE, 1)[r:r + 3, c:c + 3]
    out = Text()
    out.append(("6x6 图像，第 3 列起由 0 变 10（竖直边缘）。互相关（不翻转核），零填充。\n" if zh else
                "A 6x6 image that steps from 0 to 10 at column 3 (a vertical edge). Cross-correlation "
                "(the kernel is not flipped), zero padding.\n"), style="bold")
    out.append((f"gx[{r}, {c}] = sum(Kx * 窗口)：\n" if zh else f"gx[{r}, {c}] = sum(Kx * window):\n"))
    for i in range(3):
        out.append("  " + " ".join(f"{v:3g}" for v in SOBEL_X[i]) + "    " + " ".join(f"{v:3g}" for v in win[i])
                   + ("    " + " + ".join(f"{SOBEL_X[i, j]:g}*{win[i, j]:g}" for j in range(3))) + "\n")
    out.append(f"  = {gx[r, c]:g}\n", style="bold green")
    out.append(("（卷积会翻转核，结果符号相反：-40。）\n" if zh else
                "(Convolution flips the kernel and gives the opposite sign: -40.)\n"), style="dim")
    mag = np.hypot(gx, gy)
    out.append_text(images_picture([("image" if not zh else "图像", EDGE), ("gx", gx), ("gy", gy),
                                    ("|g|" if not zh else "幅值", mag)], width))
    out.append(("gx 在边缘两侧为 40；gy 只在上下边界（零填充让边界看到一个台阶）不为 0。\n" if zh else
                "gx is 40 on both sides of the edge; gy is nonzero only on the top and bottom rows, where the zero "
                "padding is a step of its own.\n"))
    return out


DETS = [(0.95, 1), (0.90, 1), (0.85, 0), (0.80, 1), (0.70, 0), (0.60, 1), (0.50, 1), (0.45, 0), (0.40, 1)]
# ground-truth objects: one is never found. 7 is prime to 10, so no recall k/7 sits on an
# 11-point level (0.6 as 3/5 would, where np.arange(0, 1.1, 0.1) holds 0.6000000000000001)
NPOS = 7


def ap_curve(dets=DETS, npos: int = NPOS) -> tuple[np.ndarray, np.ndarray]:
    tp = np.cumsum([t for _, t in dets])
    fp = np.cumsum([1 - t for _, t in dets])
    return tp / npos, tp / (tp + fp)


def all_point_ap(rec: np.ndarray, prec: np.ndarray) -> tuple[float, list]:
    """VOC2010+ AP: the precision envelope (max to the right) summed over recall steps."""
    r = np.r_[0.0, rec, 1.0]
    p = np.r_[0.0, prec, 0.0]
    for i in range(len(p) - 2, -1, -1):
        p[i] = max(p[i], p[i + 1])
    steps = [(r[i + 1] - r[i], p[i + 1]) for i in range(len(r) - 1) if r[i + 1] != r[i]]
    return sum(d * q for d, q in steps), steps


def ap_example(lang: str = "en", width: int = 80) -> Text:
    """Eight ranked detections against five objects: precision and recall down the list,
    the envelope, and all-point and 11-point AP."""
    zh = lang == "zh"
    rec, prec = ap_curve()
    out = Text()
    out.append((f"按分数排序的 {len(DETS)} 个检测，{NPOS} 个真实目标（有一个没被检出）：\n" if zh else
                f"{len(DETS)} detections by score, {NPOS} ground-truth objects (one is never found):\n"), style="bold")
    out.append(("名次  分数  TP?  精确率  召回率\n" if zh else "rank  score  TP?  precision  recall\n"), style="bold")
    for k, ((sc, t), p, r) in enumerate(zip(DETS, prec, rec), 1):
        yes = ("是" if t else "否") if zh else ("yes" if t else "no")
        out.append(f"{k:<5} {sc:<6.2f}{yes:<{4 if zh else 5}}{p:<10.3f} {r:.2f}\n")
    out.append_text(pr_picture(rec, prec, np.linspace(0, 1, 11), lang, width))
    ap, steps = all_point_ap(rec, prec)
    out.append(("全点 AP（VOC2010 起）= Σ 召回率增量 × 包络精确率 = " if zh else
                "all-point AP (VOC2010 on) = sum of recall step x envelope precision = ")
               + " + ".join(f"{d:.3f}x{q:.3f}" for d, q in steps) + f" = {ap:.4f}\n", style="bold green")
    ap11 = point_ap(rec, prec, 11)
    out.append(("11 点 AP（VOC2007）= 在召回率 0, 0.1, ..., 1 处取包络的平均 = " if zh else
                "11-point AP (VOC2007) = mean of the envelope at recall 0, 0.1, ..., 1 = ") + f"{ap11:.4f}\n")
    out.append(("101 点 AP（COCO，单个 IoU 阈值）= 在召回率 0, 0.01, ..., 1 处取包络的平均 = " if zh else
                "101-point AP (COCO, one IoU threshold) = mean of the envelope at recall 0, 0.01, ..., 1 = ")
               + f"{point_ap(rec, prec, 101):.4f}\n")
    return out


def point_ap(rec: np.ndarray, prec: np.ndarray, n: int) -> float:
    """Mean of the precision envelope at n evenly spaced recall levels (0 where none reach)."""
    return float(np.mean([max([p for p, r in zip(prec, rec) if r >= k / (n - 1)] or [0.0]) for k in range(n)]))


ROC_Y = np.array([1, 1, 0, 1, 0, 1, 0, 0])
ROC_S = np.array([0.9, 0.8, 0.7, 0.6, 0.6, 0.4, 0.3, 0.1])  # one positive and one negative tie at 0.6


def pair_auc(y, s) -> tuple[float, int]:
    """AUC as the share of (positive, negative) pairs ranked right, a tie counting 1/2."""
    pos, neg = s[y == 1], s[y == 0]
    won = sum(1.0 if p > n else 0.5 if p == n else 0.0 for p in pos for n in neg)
    return won, len(pos) * len(neg)


def roc_example(lang: str = "en", width: int = 80) -> Text:
    zh = lang == "zh"
    won, pairs = pair_auc(ROC_Y, ROC_S)
    out = Text()
    out.append(("8 个样本（4 正 4 负），一对正负样本同分 0.6：\n" if zh else
                "Eight samples (4 positive, 4 negative); a positive and a negative tie at 0.6:\n"), style="bold")
    out.append("y_true  = " + str(ROC_Y.tolist()) + "\ny_score = " + str(ROC_S.tolist()) + "\n")
    out.append_text(roc_picture(ROC_Y, ROC_S, won / pairs, None, lang, width))
    out.append((f"同一个数：正样本得分高于负样本的 (正, 负) 对所占比例，同分计 1/2 = {won:g} / {pairs} = {won / pairs:.4f}\n"
                if zh else f"The same number: the share of (positive, negative) pairs with the positive scored higher, "
                f"a tie counting 1/2 = {won:g} / {pairs} = {won / pairs:.4f}\n"), style="bold green")
    return out


EXAMPLES = {"nms": nms_example, "soft_nms": soft_nms_example,
            "box_iou": iou_example, "generalized_box_iou": iou_example, "diou_loss": iou_example,
            "ciou_loss": iou_example, "sobel": sobel_example, "sobel_magnitude": sobel_example,
            "voc_ap": ap_example, "coco_ap_101": ap_example, "roc_auc": roc_example}
