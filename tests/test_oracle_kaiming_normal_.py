"""The kaiming_normal_ reference against torch.nn.init.kaiming_normal_ and the paper's formula
(He et al. 2015: N(0, std^2), std = sqrt(2 / fan_in) for a = 0)."""
import math

import torch

from cvdrill.judge.run import load_reference
from oracle_init import fans_match_torch, gains_match_torch, same_values_as_torch, torch_passes_the_check, wrong_std_fails

kaiming_normal_ = load_reference("kaiming_normal_", "kaiming_normal_")
ORACLE = torch.nn.init.kaiming_normal_


def test_fans_and_gains_match_torch():
    fans_match_torch()
    gains_match_torch()


def test_same_values_as_torch_under_the_same_seed():
    same_values_as_torch("kaiming_normal_", ORACLE)


def test_torch_itself_passes_the_judge_for_many_seeds():
    torch_passes_the_check("kaiming_normal_", ORACLE, seeds=range(6))


def test_a_std_two_percent_off_fails():
    assert wrong_std_fails("kaiming_normal_", ORACLE, 1.02)
    assert wrong_std_fails("kaiming_normal_", ORACLE, 0.98)


def test_the_paper_formula():
    torch.manual_seed(0)
    w = kaiming_normal_(torch.empty(256, 1024, dtype=torch.float64))
    std = math.sqrt(2 / 1024)
    assert abs(w.std().item() / std - 1) < 0.01
    assert abs(w.mean().item()) < 6 * std / 512


def test_parameter_stays_a_parameter():
    p = torch.nn.Parameter(torch.empty(64, 32))
    assert kaiming_normal_(p) is p and p.requires_grad and torch.isfinite(p).all()
