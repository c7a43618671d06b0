"""`cvdrill show SLUG --example`: every worked example's numbers agree with the hidden
reference of each problem it is shown for, and every drawing fits in 80 columns, in en and zh."""
import os
import re
import subprocess
import sys

import numpy as np
import pytest
import torch
from rich.cells import cell_len
from rich.console import Console

from cvdrill import examples as ex
from cvdrill.judge.run import load_reference


def shown(fn, lang="en") -> str:
    c = Console(width=80, record=True, file=open(os.devnull, "w"), no_color=True)
    c.print(fn(lang, width=80))
    return c.export_text()


@pytest.mark.parametrize("slug", sorted(ex.EXAMPLES))
def test_every_example_fits_and_reads_in_both_languages(slug):
    for lang in ("en", "zh"):
        out = shown(ex.EXAMPLES[slug], lang)
        assert max(cell_len(x) for x in out.splitlines()) <= 80, (slug, lang)
    assert "yes" not in shown(ex.EXAMPLES[slug], "zh").split("\n", 1)[1]


def test_iou_family_matches_the_references():
    a, b = (torch.tensor(x[None], dtype=torch.float64) for x in ex.PAIR)
    f = ex.iou_family(*ex.PAIR)
    assert load_reference("box_iou", "box_iou")(a, b).item() == pytest.approx(f["iou"], rel=1e-12)
    assert load_reference("generalized_box_iou", "generalized_box_iou")(a, b).item() == pytest.approx(f["giou"], rel=1e-12)
    assert load_reference("diou_loss", "diou_loss")(a, b).item() == pytest.approx(f["diou_loss"], rel=1e-6)
    assert load_reference("ciou_loss", "ciou_loss")(a, b).item() == pytest.approx(f["ciou_loss"], rel=1e-6)
    assert f["v"] > 0.001  # the aspect ratios differ: the CIoU term shows
    out = shown(ex.iou_example)
    for key in ("iou", "giou", "diou_loss", "ciou_loss"):
        assert f"= {f[key]:.4f}" in out


def test_soft_nms_example_matches_the_reference():
    ref = load_reference("soft_nms", "soft_nms")
    keep, scores = ref(torch.tensor(ex.EXAMPLE_BOXES), torch.tensor(ex.EXAMPLE_SCORES), 0.3, 0.5, 0.001, "gaussian")
    out = shown(ex.soft_nms_example)
    assert f"keep = {keep.tolist()}" in out
    assert "new_scores = [" + ", ".join(f"{v:.4f}" for v in scores.tolist()) + "]" in out
    nms_keep = load_reference("nms", "nms")(torch.tensor(ex.EXAMPLE_BOXES), torch.tensor(ex.EXAMPLE_SCORES), 0.5)
    assert f"keeps only {nms_keep.tolist()}" in " ".join(out.split())


def test_sobel_example_matches_the_reference():
    gx, gy = load_reference("sobel", "sobel")(ex.EDGE)
    assert np.array_equal(ex.correlate3(ex.EDGE, ex.SOBEL_X), gx) and np.array_equal(ex.correlate3(ex.EDGE, ex.SOBEL_X.T), gy)
    out = shown(ex.sobel_example)
    assert f"  = {gx[2, 3]:g}\n" in out and f"opposite sign: {-gx[2, 3]:g}" in out
    mag, _ = load_reference("sobel_magnitude", "sobel_magnitude")(ex.EDGE)
    assert np.allclose(np.hypot(gx, gy), mag) and f"0..{mag.max():.3g}" in out


def test_ap_example_matches_the_references():
    rec, prec = ex.ap_curve()
    voc = load_reference("voc_ap", "voc_ap")
    out = " ".join(shown(ex.ap_example).split())
    assert f"= {voc(rec, prec):.4f} " in out and f"= {voc(rec, prec, True):.4f} " in out
    tp = np.array([t for _, t in ex.DETS], np.float64)
    ap101 = load_reference("coco_ap_101", "coco_ap_101")(tp, np.array([s for s, _ in ex.DETS]), ex.NPOS)[0]
    assert out.endswith(f"= {ap101:.4f}")
    # the three are different numbers here, so the example tells them apart
    assert len({round(voc(rec, prec), 4), round(voc(rec, prec, True), 4), round(ap101, 4)}) == 3


def test_roc_example_matches_the_reference():
    won, pairs = ex.pair_auc(ex.ROC_Y, ex.ROC_S)
    auc = load_reference("roc_auc", "roc_auc")(ex.ROC_Y, ex.ROC_S)
    assert won / pairs == pytest.approx(auc) and won % 1 == 0.5  # the tie shows
    assert f"= {auc:.6g}" in shown(ex.roc_example)


def test_show_example_through_the_cli(tmp_path):
    env = dict(os.environ, CVDRILL_HOME=str(tmp_path), COLUMNS="80")
    r = subprocess.run([sys.executable, "-m", "cvdrill", "show", "soft_nms", "--example", "--lang", "zh"],
                       capture_output=True, text=True, timeout=120, env=env)
    assert r.returncode == 0 and re.search(r"第5步", r.stdout), r.stderr
