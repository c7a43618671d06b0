"""The pictures of a failing case, rendered to text and read back: which box is drawn how,
where the difference of two images lies, what a curve shows; within 80 columns, and the
same characters without colour."""
import os
import subprocess
import sys

import numpy as np
from rich.cells import cell_len

from cvdrill import pictures as pic


def rows(text) -> list[str]:
    return text.plain.rstrip("\n").split("\n")


def style_at(text, ch: str) -> str:
    """The style of the first occurrence of `ch` in a rich Text."""
    i = text.plain.index(ch)
    return " ".join(str(s.style) for s in text.spans if s.start <= i < s.end)


def test_nms_picture_tells_kept_extra_and_missing_boxes_apart():
    # three boxes far apart: 0 kept by both, 1 kept only by you, 2 kept only by the reference
    boxes = np.array([[0, 0, 10, 10], [20, 0, 30, 10], [40, 0, 50, 10], [60, 0, 70, 10]], float)
    scores = np.array([0.9, 0.8, 0.7, 0.6])
    t = pic.nms_picture(boxes, scores, expected=[0, 2], got=[0, 1])
    lines = rows(t)
    assert max(cell_len(x) for x in lines) <= 80
    canvas = "\n".join(lines[:lines.index(next(x for x in lines if "kept by both" in x))])
    assert canvas.count("╔") == 1 and canvas.count("┌") == 3  # 1 double (extra); 0, 2 (dashed) and 3 light
    assert "┄" in canvas
    # the double box is box 1: its label sits just inside its top-left corner
    r = next(k for k, x in enumerate(canvas.split("\n")) if "╔" in x)
    col = canvas.split("\n")[r].index("╔")
    assert canvas.split("\n")[r + 1][col + 1] == "1"
    # and the dashed one is box 2, left of box 3 and right of box 1
    top = canvas.split("\n")[r]
    assert top.index("╔") < top.index("┄") < top.rindex("┌")
    assert "bold red" in style_at(t, "╔") and "yellow" in style_at(t, "┄")
    legend = t.plain
    assert "you kept it, the reference suppresses it" in legend and "you suppressed it, the reference keeps it" in legend
    table = [x.split() for x in lines if x[:1].isdigit()]
    assert table[0][:2] == ["0", "0.9"] and [x[0] for x in table] == ["0", "1", "2", "3"]  # by score
    assert table[1][2:] == ["-", "kept"] and table[2][2:] == ["kept", "-"]


def test_pair_picture_names_both_values():
    t = pic.pair_picture(np.array([0, 0, 4, 4.]), np.array([2, 2, 6, 6.]), "boxes1[0]", "boxes2[3]", 1 / 7, 0.25)
    assert "expected 0.142857, yours 0.25" in t.plain and "A = boxes1[0]" in t.plain and "B = boxes2[3]" in t.plain
    assert t.plain.count("┌") == 1 and t.plain.count("┏") == 1


def test_soft_nms_picture_shows_final_scores_and_marks_a_wrong_one():
    boxes = np.array([[0, 0, 10, 10], [1, 1, 11, 11], [30, 0, 40, 10]], float)
    t = pic.nms_picture(boxes, np.array([0.9, 0.8, 0.7]), [0, 2, 1], [0, 1, 2],
                        new_scores=([0.9, 0.7, 0.3], [0.9, 0.8, 0.7]))
    lines = rows(t)
    table = {x.split()[0]: x.split()[1:] for x in lines if x[:1].isdigit()}
    assert table == {"0": ["0.9", "0.9", "0.9"], "1": ["0.8", "0.3", "0.8"], "2": ["0.7", "0.7", "0.7"]}
    # box 1 is kept by both but rescored differently: heavy and red; box 2 matches: light, green
    assert t.plain.count("┏") == 1 and "another final score" in t.plain
    assert "bold red" in style_at(t, "┏") and "green" in style_at(t, "┌")


def test_convert_picture_draws_expected_and_yours_in_the_output_format():
    t = pic.convert_picture([5, 5, 4, 2], "cxcywh", "xyxy", [3, 4, 7, 6], [5, 5, 9, 7], index=2)
    assert "input boxes[2] (cxcywh): [5.0, 5.0, 4.0, 2.0]" in t.plain
    assert "expected (xyxy): [3.0, 4.0, 7.0, 6.0]" in t.plain and "yours (read as xyxy): [5.0, 5.0, 9.0, 7.0]" in t.plain
    canvas = t.plain.split("input")[0]
    assert canvas.count("┌") == 1 and canvas.count("╔") == 1
    # yours starts right of and below the expected box's corner, as its numbers say
    top = canvas.split("\n")
    assert top[0].index("┌") < next(x for x in top if "╔" in x).index("╔")
    assert np.array_equal(pic.to_xyxy([[5, 5, 4, 2]], "cxcywh"), [[3, 4, 7, 6]])
    assert np.array_equal(pic.to_xyxy([[1, 2, 3, 4]], "xywh"), [[1, 2, 4, 6]])


def test_roc_picture_draws_the_curve_with_a_tie_as_a_diagonal():
    fpr, tpr = pic.roc_points([1, 0, 1, 0], [0.9, 0.5, 0.5, 0.1])
    # the positive and negative tied at 0.5 make one diagonal step from (0, 1/2) to (1/2, 1)
    assert fpr.tolist() == [0, 0, 0.5, 1] and tpr.tolist() == [0, 0.5, 1, 1]
    t = pic.roc_picture([1, 0, 1, 0], [0.9, 0.5, 0.5, 0.1], 0.875, 0.75)
    assert "expected 0.875, yours 0.75" in t.plain and "FPR" in t.plain
    grid = [x.split("│", 1)[1] for x in rows(t) if "│" in x]
    mid = grid[len(grid) // 4]  # TPR 0.75: on the diagonal step, at FPR 0.25
    assert "•" in mid and abs(mid.index("•") / (len(mid) - 1) - 0.25) < 0.05
    assert max(cell_len(x) for x in rows(t)) <= 80


def test_paired_box_loss_picture_shows_the_enclosing_box(tmp_path):
    from cvdrill.pictures import for_failing_case

    fc = {"input": {"boxes1": {"dtype": "float32", "shape": [2, 4], "values": [[0, 0, 4, 4], [0, 0, 1, 1]]},
                    "boxes2": {"dtype": "float32", "shape": [2, 4], "values": [[3, 1, 8, 6], [0, 0, 1, 1]]}},
          "values": {"expected": {"dtype": "float32", "shape": [2], "values": [0.9, 0.0]},
                     "got": {"dtype": "float32", "shape": [2], "values": [0.8, 0.0]}}}
    t = for_failing_case("diou_loss", fc)
    assert "DIoU loss(A, B): expected 0.9, yours 0.8" in t.plain and "┈" in t.plain and "┊" in t.plain
    assert t.plain.split("┈ the smallest")[0].count("+") == 2 and "A = boxes1[0]" in t.plain


def test_a_metric_of_two_images_shows_both_and_where_they_differ():
    from cvdrill.pictures import for_failing_case

    a = np.zeros((4, 5))
    b = a.copy()
    b[3, 4] = 255.0  # one pixel differs, in the corner
    fc = {"input": {"img1": {"dtype": "float64", "shape": [4, 5], "values": a.tolist()},
                    "img2": {"dtype": "float64", "shape": [4, 5], "values": b.tolist()}, "data_range": 255.0},
          "values": {"expected": 34.08, "got": 100.0}}
    t = for_failing_case("psnr", fc)
    lines = rows(t)
    assert lines[0].split() == ["img1", "img2", "|img1", "-", "img2|"] and "psnr: expected 34.08, yours 100" in t.plain
    diff = [x[2 * 12 + 4:] for x in lines[1:5]]  # the third panel: each panel 11 wide + 2 between, 2 cells a pixel
    assert [r.rstrip() for r in diff[:3]] == ["", "", ""] and diff[3].rstrip().endswith("██")


def test_box_answers_and_box_values_are_drawn():
    from cvdrill.pictures import for_failing_case

    def d(a):
        a = np.asarray(a, float)
        return {"dtype": "float32", "shape": list(a.shape), "values": a.tolist()}
    # anchors: the first wrong box, expected (light) against yours (double)
    fc = {"input": {"sizes": [[32]], "strides": [[16, 16]]},
          "values": {"expected": d([[0, 0, 4, 4], [-8, -8, 8, 8]]), "got": d([[0, 0, 4, 4], [-4, -4, 12, 12]])}}
    t = for_failing_case("anchor_generator", fc)
    assert "box 1 of the answer" in t.plain and "expected (xyxy): [-8.0, -8.0, 8.0, 8.0]" in t.plain
    assert t.plain.count("┌") == 1 and t.plain.count("╔") == 1
    # box_area with "+1": the box, its sides, both values
    fc = {"input": {"boxes": d([[0, 0, 4, 3], [1, 1, 2, 2]])},
          "values": {"expected": d([12, 1]), "got": d([20, 4])}}
    t = for_failing_case("box_area", fc)
    assert "boxes[0] = [0.0, 0.0, 4.0, 3.0]: width 4, height 3" in t.plain and "box_area: expected 12, yours 20" in t.plain
    # box inputs never fall through to the image picture
    fc = {"input": {"boxes": d([[0, 0, 4, 3]])}, "values": {"expected": d([[1, 2], [3, 4]]), "got": d([[1, 2], [3, 5]])}}
    assert for_failing_case("nms", fc) is None


def test_roi_pooling_shows_the_feature_map_and_the_wrong_pooled_map():
    from cvdrill.pictures import for_failing_case

    def d(a):
        a = np.asarray(a, float)
        return {"dtype": "float32", "shape": list(a.shape), "values": a.tolist()}
    x = np.arange(2 * 1 * 4 * 4, dtype=float).reshape(2, 1, 4, 4)
    want = np.zeros((2, 1, 2, 2))
    got = want.copy()
    got[1, 0, 1, 1] = 5.0  # the second RoI, on image 1, is wrong
    fc = {"input": {"input": d(x), "boxes": d([[0, 0, 0, 2, 2], [1, 1, 1, 3, 3]]), "output_size": [2, 2],
                    "spatial_scale": 0.5},
          "values": {"expected": d(want), "got": d(got)}}
    t = for_failing_case("roi_align", fc)
    assert rows(t)[0].split() == ["input[1,0]", "expected[1,0]", "yours[1,0]", "|diff|"]
    assert "boxes[1] = [1.0, 1.0, 1.0, 3.0, 3.0]: image 1, on the feature map (times spatial_scale 0.5) [0.5, 0.5, 1.5, 1.5]" \
        in " ".join(t.plain.split())


def test_images_show_a_border_only_difference():
    img = np.arange(36, dtype=float).reshape(6, 6)
    want = np.ones((6, 6))
    got = want.copy()
    got[0, :] = got[-1, :] = got[:, 0] = got[:, -1] = 3.0  # wrong on the border only
    t = pic.images_picture([("input", img), ("expected", want), ("yours", got), ("|diff|", np.abs(want - got))])
    lines = rows(t)
    assert lines[0].split() == ["input", "expected", "yours", "|diff|"]
    start = lines[0].index("|diff|")
    diff = [x[start:start + 12] for x in lines[1:7]]
    assert diff[0] == "█" * 12 and diff[5] == "█" * 12  # top and bottom rows
    for x in diff[1:5]:
        assert x[:2] == "██" and x[-2:] == "██" and x[2:10].strip() == ""  # the inside is blank
    assert max(cell_len(x) for x in lines) <= 80


def test_curve_shows_points_envelope_and_samples():
    rec = np.array([0.25, 0.25, 0.5, 0.75, 0.75, 1.0])
    prec = np.array([1.0, 0.5, 2 / 3, 0.75, 0.6, 2 / 3])
    t = pic.pr_picture(rec, prec, np.linspace(0, 1, 11))
    body = rows(t)[:11]
    assert sum(x.count("●") for x in body) >= 5 and sum(x.count("┼") for x in body) >= 8
    # the envelope never dips: at each column its row is at or above the rows to its right
    heights = []
    for col in range(6, 6 + 53):
        marks = [r for r, x in enumerate(body) if col < len(x) and x[col] in "─┼●"]
        if marks:
            heights.append(min(marks))
    assert heights == sorted(heights)
    assert max(cell_len(x) for x in rows(t)) <= 80


def test_grade_report_draws_the_failing_nms_case(tmp_path):
    f = tmp_path / "strict.py"  # < instead of <=: boxes at IoU exactly the threshold are dropped
    f.write_text("import torch\n"
                 "def nms(boxes, scores, iou_threshold):\n"
                 "    order = torch.argsort(scores, descending=True)\n"
                 "    keep = []\n"
                 "    while order.numel():\n"
                 "        i = order[0]; keep.append(i); rest = order[1:]; b = boxes[rest]\n"
                 "        lt = torch.maximum(b[:, :2], boxes[i, :2]); rb = torch.minimum(b[:, 2:], boxes[i, 2:])\n"
                 "        wh = (rb - lt).clamp(min=0); inter = wh[:, 0] * wh[:, 1]\n"
                 "        a = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])\n"
                 "        order = rest[inter / (a[i] + a[rest] - inter) < iou_threshold]\n"
                 "    return torch.stack(keep) if keep else torch.empty(0, dtype=torch.int64)\n")
    env = dict(os.environ, CVDRILL_HOME=str(tmp_path), COLUMNS="80")
    r = subprocess.run([sys.executable, "-m", "cvdrill", "grade", str(f), "--lang", "en"], capture_output=True,
                       text=True, timeout=120, env=env)
    assert r.returncode == 1
    assert "you suppressed it, the reference keeps it" in r.stdout and "┄" in r.stdout
    drawn = r.stdout.split("The failing call")[0]  # the paste-able lines after it are never wrapped
    assert max(cell_len(x) for x in drawn.splitlines()) <= 80


def test_show_example_runs_nms_step_by_step(tmp_path):
    env = dict(os.environ, CVDRILL_HOME=str(tmp_path), COLUMNS="80")
    r = subprocess.run([sys.executable, "-m", "cvdrill", "show", "nms", "--example", "--lang", "en"],
                       capture_output=True, text=True, timeout=120, env=env)
    assert r.returncode == 0, r.stderr
    out = r.stdout
    # every IoU it prints, recomputed by a slow obvious loop, and the final keep
    from cvdrill.examples import EXAMPLE_BOXES as boxes, EXAMPLE_SCORES as scores


    def iou(a, b):
        w = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
        h = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
        inter = w * h
        return inter / ((a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter)
    import re

    shown = re.findall(r"IoU\((\d), (\d)\) = ([0-9.]+) (>|<=) 0.5: (suppressed|stays)", out)
    assert len(shown) >= 4
    for i, j, v, op, word in shown:
        true = iou(boxes[int(i)], boxes[int(j)])
        assert abs(true - float(v)) < 5e-4 and (true > 0.5) == (op == ">") == (word == "suppressed")
    keep, left = [], sorted(range(5), key=lambda k: -scores[k])
    while left:
        keep.append(left[0])
        left = [k for k in left[1:] if iou(boxes[left[0]], boxes[k]) <= 0.5]
    assert f"keep = {keep}" in out and out.count("Step ") == len(keep)
    assert max(cell_len(x) for x in out.splitlines()) <= 80
    r = subprocess.run([sys.executable, "-m", "cvdrill", "show", "box_area", "--example"], capture_output=True,
                       text=True, timeout=120, env=env)
    assert r.returncode == 2 and "no worked example" in r.stderr and "nms" in r.stderr
