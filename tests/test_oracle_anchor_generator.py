"""The anchor_generator reference against torchvision's AnchorGenerator (every anchors golden
case, exactly; its strides are image // feature map) and a loop in numpy float32 (every
judged case, exactly)."""
import numpy as np
import torch

from cvdrill.judge.run import case_rng, load_problem, load_reference
from oracle_detection import det_golden, golden_cases  # noqa: F401

anchors = load_reference("anchor_generator", "anchor_generator")


def slow_anchors(sizes, ratios, maps, strides):
    f = np.float32
    out = []
    for s_l, r_l, (fh, fw), (sh, sw) in zip(sizes, ratios, maps, strides):
        base = []
        for r in r_l:  # ratio-major
            hr = np.sqrt(f(r))
            wr = f(1) / hr
            for s in s_l:
                ws, hs = wr * f(s), hr * f(s)
                base.append([np.round(v / f(2)) for v in (-ws, -hs, ws, hs)])  # half to even
        for y in range(fh):
            for x in range(fw):
                for a in base:
                    out.append([x * sw + float(a[0]), y * sh + float(a[1]), x * sw + float(a[2]), y * sh + float(a[3])])
    return np.array(out, np.float64).reshape(-1, 4)


def test_against_torchvision(det_golden):
    cases = golden_cases(det_golden, "anchors")
    assert len(cases) >= 5
    for name, c in cases.items():
        cuts = np.cumsum(c["n_sizes"])[:-1]
        sizes = [lv.tolist() for lv in np.split(c["sizes"], cuts)]
        ratios = [lv.tolist() for lv in np.split(c["ratios"], np.cumsum(c["n_ratios"])[:-1])]
        maps = [tuple(int(v) for v in m) for m in c["feature_map_sizes"]]
        ih, iw = (int(v) for v in c["image_size"])
        strides = [(ih // h, iw // w) for h, w in maps]
        got = anchors(sizes, ratios, maps, strides, dtype=getattr(torch, str(c["dtype"])))
        assert str(got.dtype) == f"torch.{c['dtype']}", name
        np.testing.assert_array_equal(got.numpy(), c["anchors"], err_msg=f"golden anchors/{name}")
        np.testing.assert_array_equal(slow_anchors(sizes, ratios, maps, strides), c["anchors"], err_msg=name)


def test_every_judged_case_against_loop():
    problem = load_problem("anchor_generator")
    for case in problem.cases(case_rng(2026, "anchor_generator")):
        got = problem.run(anchors, case.args, dict(case.kwargs))
        assert got.dtype == getattr(torch, case.kwargs.get("dtype", "float32")), case.name
        np.testing.assert_array_equal(got.numpy(), slow_anchors(*case.args), err_msg=case.name)


def test_half_to_even():
    got = anchors([[5, 7, 9]], [[1.0]], [(1, 1)], [(1, 1)])
    np.testing.assert_array_equal(got.numpy(), [[-2, -2, 2, 2], [-4, -4, 4, 4], [-4, -4, 4, 4]])
