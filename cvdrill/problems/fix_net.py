"""fix_net: repair a small broken CNN (tuples from trailing commas, nn.Linear without its
sizes, no flatten, torch not imported); judged by output shape, parameter count and the
eval-mode output with deterministic weights loaded matched by type and shape."""
from ..judge.spec import Problem, Variant
from ._modules import ctor_case, module_check, module_driver


def cases(rng):
    yield ctor_case("num_classes=10 by default")
    yield ctor_case("num_classes=10", 10)
    yield ctor_case("num_classes=1", 1)
    yield ctor_case("num_classes=7 as a keyword", num_classes=7)
    yield ctor_case("num_classes=100", 100)
    yield ctor_case("num_classes=3", 3, random=True)


def inputs(ints, kw):
    return [(2, 3, 32, 32), (1, 3, 32, 32), (5, 3, 32, 32)]


def formula(ints, kw):
    k = ints[0] if ints else kw.get("num_classes", 10)
    return (f"(3*16*9 + 16) + (16*32*9 + 32) + (32*8*8*num_classes + num_classes) = 448 + 4640 + {2049 * k}"
            f" with num_classes={k}")


# ------------------------------------------------------------ known mistakes, named


def net_with(head=None, relu=True):
    """A Net class (a callable with its constructor's signature) repaired another way: head
    "softmax" or "log_softmax" applied to the logits; relu=False drops both ReLUs."""
    def build(num_classes=10):
        import torch
        import torch.nn as nn

        class Net(nn.Module):
            def __init__(self):
                super().__init__()
                self.conv1 = nn.Conv2d(3, 16, 3, padding=1)
                self.conv2 = nn.Conv2d(16, 32, 3, padding=1)
                self.fc = nn.Linear(32 * 8 * 8, num_classes)

            def forward(self, x):
                act = torch.relu if relu else (lambda t: t)
                x = torch.max_pool2d(act(self.conv1(x)), 2)
                x = torch.max_pool2d(act(self.conv2(x)), 2)
                x = self.fc(torch.flatten(x, 1))
                return getattr(torch, head)(x, dim=1) if head else x

        return Net()
    return build


VARIANTS = [
    Variant("softmax on the output", net_with(head="softmax"),
            "you return softmax(fc(x)), probabilities that sum to 1 in each row; Net returns the logits fc(x) "
            "themselves, as classifiers trained with nn.CrossEntropyLoss do (it applies log_softmax itself)",
            "你返回的是 softmax(fc(x))，即每行和为 1 的概率；Net 应返回 logits 本身 fc(x)，与用 nn.CrossEntropyLoss "
            "训练的分类器一样（它内部自己做 log_softmax）",
            name_zh="输出上做了 softmax"),
    Variant("log_softmax on the output", net_with(head="log_softmax"),
            "you return log_softmax(fc(x)), as the PyTorch MNIST example does for nn.NLLLoss; Net returns the logits "
            "fc(x) themselves (log_softmax shifts each row by its logsumexp)",
            "你返回的是 log_softmax(fc(x))，PyTorch 的 MNIST 示例为配合 nn.NLLLoss 就是这样写的；Net 应返回 logits 本身 "
            "fc(x)（log_softmax 会让每行减去它的 logsumexp）",
            name_zh="输出上做了 log_softmax"),
    Variant("the ReLUs removed", net_with(relu=False),
            "your convs go straight into the max pools (a way out of the NameError on torch.relu without importing "
            "torch); the network is conv1, ReLU, pool, conv2, ReLU, pool, and without the ReLUs only the max pools "
            "are left to make it nonlinear",
            "你的卷积直接接最大池化（不导入 torch、而是删掉 torch.relu 来绕过 NameError）；网络应是 conv1、ReLU、"
            "池化、conv2、ReLU、池化；去掉 ReLU 后，整个网络只剩最大池化这一处非线性",
            name_zh="删掉了 ReLU"),
]


PROBLEM = Problem(
    slug="fix_net",
    entry="Net",
    kind="torch",
    params=["num_classes"],
    cases=cases,
    check=module_check(formula, inputs, order="conv1, conv2, fc"),
    driver=module_driver("Net", inputs),
    variants=VARIANTS,
    terms=["[N, 3, 32, 32]", "[N, num_classes]", "padding 1", "ReLU", "2x2 max pool", "flatten",
           "Linear(32*8*8, num_classes)", "type and shape", "conv1, conv2, fc", "eval mode", "runtime error",
           "num_classes=10", "float32", "device"],
)
