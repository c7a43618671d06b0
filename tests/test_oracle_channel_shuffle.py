"""The channel_shuffle reference against torch.nn.ChannelShuffle and the index formula."""
import numpy as np
import torch

from cvdrill.judge.run import case_rng, load_problem, load_reference
from cvdrill.problems.channel_shuffle import shuffle_np

channel_shuffle = load_reference("channel_shuffle", "channel_shuffle")


def test_judge_cases_match_torch():
    p = load_problem("channel_shuffle")
    differ = 0
    for c in p.cases(case_rng(2026, "channel_shuffle")):
        x, g = torch.from_numpy(c.args[0]), c.args[1]
        got = channel_shuffle(x, g)
        assert got.dtype == x.dtype and torch.equal(got, torch.nn.ChannelShuffle(g)(x)), c.name
        # the two orders ([N, g, C/g] and [N, C/g, g]) must differ wherever they can
        wrong = shuffle_np(c.args[0], c.args[0].shape[1] // g)
        can = 1 < g < x.shape[1] and g * g != x.shape[1] and x.numel() > 0
        if can:
            assert not np.array_equal(wrong, got.numpy()), c.name
            differ += 1
    assert differ >= 10


def test_index_formula():
    c, g = 12, 3
    x = torch.arange(c).reshape(1, c, 1, 1)
    got = channel_shuffle(x, g).flatten().tolist()
    exp = [gi * (c // g) + j for j in range(c // g) for gi in range(g)]
    assert got == exp == [0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11]
    assert channel_shuffle(torch.arange(6).reshape(1, 6, 1, 1), 2).flatten().tolist() == [0, 3, 1, 4, 2, 5]
