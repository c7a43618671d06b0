"""The judge's CUDA pass. Without a GPU this module is skipped as a whole, with one line that
says why; bench/cuda_check.sh runs it (and the corpus on both devices) on a machine with one."""
import json
import os
import subprocess
import sys

import pytest
import torch

# NVML: counts GPUs without initialising CUDA in this process
if torch.cuda.device_count() == 0:
    pytest.skip("no CUDA device on this machine (bench/cuda_check.sh runs these on one)",
                allow_module_level=True)

from cvdrill.judge.run import (_expected, _on_device_of, case_rng, grade_file, load_problem,  # noqa: E402
                               load_reference, problem_slugs)
from test_judge_devices import _file, _reference  # noqa: E402
from test_judge_hostile import GOOD  # noqa: E402


def test_cuda_after_this_process_used_cuda(tmp_path):
    """This process has initialised CUDA (as a notebook or a test session would): the
    workers must still be able to use it."""
    torch.zeros(1, device="cuda").add_(1)
    (r,) = grade_file(_file(tmp_path, "good", GOOD), problem="box_iou", device="cuda")
    assert r.verdict == "accepted", r.message
    assert r.timing and {t["device"] for t in r.timing} == {"cuda"}


def test_both_devices_by_default(tmp_path):
    (r,) = grade_file(_file(tmp_path, "good", GOOD), problem="box_iou")
    (cpu,) = grade_file(_file(tmp_path, "good", GOOD), problem="box_iou", device="cpu")
    assert r.verdict == "accepted" and r.total == 2 * cpu.total, r.message
    assert {t["device"] for t in r.timing} == {"cpu", "cuda"}


def test_answer_must_stay_on_the_device(tmp_path):
    src = GOOD + "\n_ref = box_iou\ndef box_iou(boxes1, boxes2):\n    return _ref(boxes1, boxes2).cpu()\n"
    (r,) = grade_file(_file(tmp_path, "to_cpu", src), problem="box_iou")
    assert r.verdict == "wrong_answer", r.message
    assert "on cpu, expected it on cuda:0" in r.message and r.failing_case["device"] == "cuda"


def test_gpu_out_of_memory(tmp_path):
    src = "import torch\ndef box_iou(boxes1, boxes2):\n    return torch.empty(1 << 44, device=boxes1.device)\n"
    (r,) = grade_file(_file(tmp_path, "gpu_hog", src), problem="box_iou", device="cuda")
    assert r.verdict == "memory_limit_exceeded", r.message


def test_gpu_kernel_error_is_a_verdict(tmp_path):
    src = "import torch\ndef box_iou(boxes1, boxes2):\n    return boxes1[torch.full((3,), 10**6, device=boxes1.device)]\n"
    (r,) = grade_file(_file(tmp_path, "oob", src), problem="box_iou", device="cuda")
    assert r.verdict == "runtime_error", r.message


@pytest.mark.parametrize("slug", ["box_iou", "nms", "soft_nms", "dropout", "smooth_l1_loss", "conv2d",
                                  "fix_net", "inception_module", "batch_norm", "bilinear_resize"])
def test_reference_accepted_on_cuda(slug, tmp_path):
    (r,) = grade_file(_reference(tmp_path, slug), problem=slug, device="cuda")
    assert r.verdict == "accepted", r.message
    assert r.passed == r.total > 0


TORCH_SLUGS = [s for s in problem_slugs() if load_problem(s).kind == "torch" and not load_problem(s).statistical]


@pytest.mark.parametrize("slug", TORCH_SLUGS)
def test_reference_gives_the_same_answers_on_both_devices(slug):
    """What a CUDA submission is compared against must be what the CPU gives (torchvision's
    kernels agree across devices): roi_pool's bin size, a tensor divided by a Python number,
    is a multiplication by its reciprocal on CUDA, and ceil(13 * (14 / 13)) came out 15."""
    p = load_problem(slug)
    ref = load_reference(slug, p.entry)
    for c in p.cases(case_rng(2026, slug)):
        cpu, cuda = _expected(p, ref, c, "cpu"), _expected(p, ref, c, "cuda")
        assert p.check(c, cuda, _on_device_of(cuda, cpu)) is None, (c.name, p.check(c, cuda, _on_device_of(cuda, cpu)))


def test_cli_device_all(tmp_path):
    f = _file(tmp_path, "good", GOOD)
    env = dict(os.environ, CVDRILL_HOME=str(tmp_path))
    out = subprocess.run([sys.executable, "-m", "cvdrill", "grade", str(f), "--device", "all", "--json"],
                         capture_output=True, text=True, timeout=600, env=env)
    assert out.returncode == 0, out.stdout + out.stderr
    (res,) = json.loads(out.stdout)["results"]
    assert res["verdict"] == "accepted" and res["passed"] == res["total"]
