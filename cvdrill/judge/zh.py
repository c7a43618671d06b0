"""The judge's messages in Chinese: the judge writes one English message per verdict (the
text --json carries and tests read); a zh screen shows it through these phrases.

Each phrase is a regular expression over the English message and its Chinese form; what
no phrase covers stays as it is: code (calls, shapes, dtypes, identifiers in backticks), a
case's name (an identifier: with --seed it finds the case again), and a traceback (Python's
own words). tests/test_judge_problems.py renders every corpus verdict through here and
finds no English sentence left.
"""
from __future__ import annotations

import re

_N = r"[-+0-9.e]+"  # a number as the judge prints it
_SHAPE = r"\[[0-9,]*\]"

# (pattern, replacement): applied in order, each everywhere it matches
PHRASES: list[tuple[str, str]] = [
    # the frame: which call, which case
    (r" \[case: (.*?)\](?=:| raised|$)", r" ［用例：\1］"),
    (r" \(line (\d+), as the string ('[^']*')\)", r"（第 \1 行，以字符串 \2 的形式）"),
    (r" \(line (\d+), as a string\)", r"（第 \1 行，以字符串的形式）"),
    (r" \(line (\d+)\)", r"（第 \1 行）"),
    (r"^called (\S+) is forbidden in this problem", r"调用了 \1：本题禁止使用"),
    (r"^called the operator (\S+) \(what a forbidden function runs, however it is reached\)",
     r"调用了算子 \1（这是被禁止的函数实际执行的算子，无论以什么方式调用）"),
    # labels of what is compared
    (r"(?<=］: )output(?=[:\[])", "输出"),
    (r"(?<=: )output(?=[:\[])", "输出"),
    (r"(\w+)\.grad \(by autograd, for a seeded grad_output\)", r"\1.grad（autograd 求得，grad_output 为固定种子生成）"),
    (r"(\w+)\.grad \(by autograd\)", r"\1.grad（autograd 求得）"),
    (r"forward\(x\) for x of shape (" + _SHAPE + r")", r"forward(x)（x 的形状为 \1）"),
    (r"(\w+)\.grad of (\w+) is None: the loss is not a differentiable function of that input \(no \.detach\(\), "
     r"\.item\(\), numpy or Python floats on the way\)",
     r"\2 的 \1.grad 是 None：损失不是该输入的可微函数（途中不能有 .detach()、.item()、numpy 或 Python float）"),
    (r"(\w+)\.grad is None after (\S+?)\.backward\((\w*)\): the (?:output|result) is not a differentiable function of "
     r"`?(\w+)`? \(no (.+?) on the way\)", r"\2.backward(\3) 之后 \1.grad 是 None：结果不是 \4 的可微函数（途中不能有 \5）"),
    (r"modified its input (.+?) in place: return new tensors and leave the inputs unchanged",
     r"原地修改了输入 \1：应返回新的张量，不要改动输入"),
    # verdict heads (run.py)
    (r"^uses (.+?): this problem is about writing it by hand", r"使用了 \1：本题要求手写实现"),
    (r"^called (\S+)$", r"调用了 \1（本题禁止）"),
    (r"^the file does not import: ", "文件无法导入："),
    (r"SyntaxError at line (\d+): ", r"SyntaxError，第 \1 行："),
    (r"^the file is over (\d+) MiB: a hand-written answer is a few KiB", r"文件超过 \1 MiB：手写的答案只有几 KiB"),
    (r"it is too large to compile", "文件太大，无法编译"),
    (r"it nests too deeply to compile", "嵌套太深，无法编译"),
    (r"^missing function: the file defines no function (\S+)", r"缺少函数：文件中没有定义函数 \1"),
    (r"^wrong signature: (.+?) cannot be called as the contract says: ", r"签名不对：\1 无法按约定的方式调用："),
    (r"^the worker ended while importing the file", "导入文件时工作进程就结束了"),
    (r"^the file did not finish importing in (\d+) s", r"文件在 \1 秒内没有导入完成"),
    (r"^the worker sent an unreadable answer( while being timed)? \(record (\d+) \((\w+)\): (.+)\)$",
     r"工作进程发回了无法读取的答案（第 \2 条记录（\3）：\4）"),
    (r"^the worker sent an unreadable answer( while being timed)? \(record (\d+) is not one the worker writes\)$",
     r"工作进程发回了无法读取的答案（第 \2 条记录不是工作进程会写的记录）"),
    (r"the answer could not be read: ", "无法读取返回值："),
    (r" did not finish: the worker was stopped after (" + _N + r") s", r" 没有运行完：工作进程在 \1 秒后被终止"),
    (r"the worker passed its memory limit \((\d+) MiB more than it started with\)( and was stopped)?",
     r"工作进程超出了内存上限（比启动时多 \1 MiB），已被终止"),
    (r"the worker was killed \(out of memory\?\)", "工作进程被杀掉了（内存不足？）"),
    (r"the worker ended without an answer", "工作进程没有给出答案就结束了"),
    (r" raised \(limit (\d+) MiB\):", r" 抛出异常（上限 \1 MiB）："),
    (r" raised:", " 抛出异常："),
    (r"^wrong on the large input (\S+) \((\w+)\), timed run (\d+): ", r"在大输入 \1（\2）的第 \3 次计时运行上答错了："),
    (r"\. Every timed run gets a fresh input of the same size, and every answer is checked$",
     "。每次计时运行都用一份同样大小的新输入，每个答案都会检查"),
    (r"^the worker sent an unreadable answer on the large input (\S+) \((\w+)\), timed run (\d+) \((.+)\)$",
     r"工作进程在大输入 \1（\2）的第 \3 次计时运行上发回了无法读取的答案（\4）"),
    (r"^on the large input (\S+) \((\w+)\), timed run (\d+):", r"在大输入 \1（\2）的第 \3 次计时运行上："),
    (r"^on the large input (\S+) \((\w+)\)", r"在大输入 \1（\2）上"),
    (r"^no timing finished within (\d+) s on (\S+) \((\w+)\)", r"\1 秒内在 \2（\3）上一次计时也没有完成"),
    (r"^(" + _N + r")x slower than the reference at (\S+) on (\w+) \(limit (" + _N + r")x\)\. Measured ",
     r"在 \3 上 \2 时比参考实现慢 \1 倍（上限 \4 倍）。实测："),
    (r"^at (\S+) on (\w+) your runs did not finish within (" + _N + r") s; the reference takes (" + _N + r") ms a run, "
     r"so at the (" + _N + r")x limit the (\d+) runs timed there take (" + _N + r") s: stopped, far slower than the "
     r"reference", r"在 \2 上 \1 时你的代码 \3 秒内没有跑完；参考实现每次 \4 ms，按 \5 倍的上限，这里计时的 \6 次"
     r"共需 \7 秒：已停止，比参考实现慢得多"),
    (r" \(measured before: (.+)\)$", r"（之前的实测：\1）"),
    (r" \(reference (" + _N + r") ms\)", r"（参考实现 \1 ms）"),
    (r" Time grows as (\S+)\^(" + _N + r")\.", r" 耗时约随 \1^\2 增长。"),
    (r"killed by (SIG\w+)", r"被 \1 终止"),
    (r"exit code 0 \(os\._exit or a stray exit\)", "退出码 0（os._exit 或多余的 exit）"),
    (r"exit code (-?\d+)", r"退出码 \1"),
    # comparisons (spec.compare)
    (r"(\d+) of (\d+) values differ; first at index (\[[0-9, ]*\])( \([^)]*\))?: expected ([^;（(]+?), got ",
     r"\2 个值中有 \1 个不同；第一个在下标 \3\4：应为 \5，得到 "),
    (r"(\d+) of (\d+) values differ( \([^)]*\))?; first: expected ([^;（(]+?), got ", r"\2 个值中有 \1 个不同\3；第一个：应为 \4，得到 "),
    (r"; the values differ( \([^)]*\))? too: ", r"；数值也不对\1："),
    (r"; max abs error (" + _N + r")", r"；最大绝对误差 \1"),
    (r"; the answer holds NaN or inf", "；答案里有 NaN 或 inf"),
    (r" ?\(tolerance rtol (" + _N + r"), atol (" + _N + r")\)", r"（容差 rtol \1，atol \2）"),
    (r" ?\(compared exactly\)", "（精确比较）"),
    (r" ?\(error (" + _N + r"|nan|inf); tolerance rtol (" + _N + r"), atol (" + _N + r")\)", r"（误差 \1；容差 rtol \2，atol \3）"),
    (r" ?\(error (" + _N + r"|nan|inf); compared exactly\)", r"（误差 \1；精确比较）"),
    (r"; the values differ too: ", "；数值也不对："),
    (r" \(the values themselves are right\)", "（数值本身是对的）"),
    (r"returned shape (" + _SHAPE + r"), expected (" + _SHAPE + r")", r"返回的形状是 \1，应为 \2"),
    (r"returned dtype (\S+), expected (\S+?)(?=[ ;(]|$)", r"返回的 dtype 是 \1，应为 \2"),
    (r"returned a tensor on (\S+), expected it on (\S+) \(the input's device\)", r"返回的张量在 \1 上，应与输入在同一设备 \2 上"),
    (r"returned a tensor on (\S+), expected it on (\S+) \((\w+)'s device\)", r"返回的张量在 \1 上，应与 \3 在同一设备 \2 上"),
    (r" \((\w+)'s (dtype|shape)\)", r"（与 \1 相同的 \2）"),
    (r"returned a numpy array of shape (" + _SHAPE + r") for an int step, expected a float",
     r"步数为 int 时返回了形状为 \1 的 numpy 数组，应为 float"),
    (r"returned a numpy array of shape (" + _SHAPE + r"), expected a (Python )?float", r"返回了形状为 \1 的 numpy 数组，应为 float"),
    (r"returned (\d+) values, expected (\d+)", r"返回了 \1 个值，应为 \2 个"),
    (r"returned (\d+) pairs, expected ", r"返回了 \1 对，应为 "),
    (r"returned (\d+) tensors, expected (\d+) \(one per parameter\)", r"返回了 \1 个张量，应为 \2 个（每个参数一个）"),
    (r"returned (.+?), expected a list of (\d+) tensors", r"返回了 \1，应为含 \2 个张量的 list"),
    (r"returned (.+?), expected a tuple of (\d+)", r"返回了 \1，应为含 \2 个元素的 tuple"),
    (r"returned (.+?), expected a tuple ", r"返回了 \1，应为 tuple "),
    (r"returned (.+?), expected a dict with the keys ", r"返回了 \1，应为含这些键的 dict："),
    (r"returned (.+?), expected a 1-D numpy array of int64", r"返回了 \1，应为 int64 的一维 numpy 数组"),
    (r"returned (.+?), expected (a|an) ", r"返回了 \1，应为 "),
    (r"returned (.+?), expected None", r"返回了 \1，应为 None"),
    (r"(?<=[：:] )expected (.+?), got ", r"应为 \1，得到 "),
    (r"^expected (.+?), got ", r"应为 \1，得到 "),
    (r"cannot compare ", "无法比较 "),
    (r"\ba tensor on (\w+)", r"位于 \1 的张量"),
    (r"\ban object of type (\S+)", r"类型为 \1 的对象"),
    (r"\ba torch tensor\b", "torch 张量"),
    (r"\ba numpy array\b", "numpy 数组"),
    (r"\b(a|an) (bool|number|float|int|list|tuple|dict|str|NoneType|ndarray|Tensor)\b", r"\2"),
    (r" of two arrays", "（两个数组）"),
    (r" of 0-d tensors", "（0 维张量）"),
    (r"^result(?=[\[:])", "结果"),
    (r"(?<=: )result(?=[\[:])", "结果"),
    (r"\[the (image|images|input) (is|are) ([\w, ]+)\]", r"［输入为 \3］"),
    # known hints of the problems' checks
    # (x = ...) after an index: the input value there, kept as code
    (r"\(x = ", "(x = "),
    # the modules (basic_block, inception_module, depthwise_separable_conv, fix_net)
    (r" \(and for each of the (\d+) other ways to give the weights to layers of the same shape\)",
     r"（把权重分给同形状各层的另外 \1 种方式也都不对）"),
    (r" \(identity shortcut: no parameters\)", "（恒等捷径：没有参数）"),
    (r", plus the shortcut's 1x1 conv and BN ", "，加上捷径的 1x1 卷积和 BN "),
    (r", with (in_planes=)", r"，其中 \1"),
    (r" with (Cin=\d+, Cout=\d+) \(depthwise (\d+), pointwise (\d+), BatchNorm (\d+) \+ (\d+)\)",
     r"，其中 \1（depthwise \2，pointwise \3，BatchNorm \4 + \5）"),
    (r" \(every conv has a bias\)", "（每个卷积都有 bias）"),
    # dropout and the initialisers (statistical checks)
    (r"neighbouring elements along dim (\d+) are both zeroed (\S+) of the time, expected about p\*p = (\S+) "
     r"\(a correct dropout: (\[[^\]]*\])\): each element must be dropped independently \(not whole rows, channels or a "
     r"regular pattern\)", r"沿第 \1 维相邻的两个元素同时被置零的比例是 \2，应约为 p*p = \3（正确的 dropout：\4）："
     r"每个元素要独立地丢弃（不能整行、整通道或按固定模式丢弃）"),
    (r"every value must be 0 \(dropped\) or x / \(1 - p\) \(kept\): (\d+) of (\d+) values are neither; first at index "
     r"(\[[0-9, ]*\]): x = (\S+), p = (\S+), expected (\S+) or (\S+), got ",
     r"每个值要么是 0（被丢弃），要么是 x / (1 - p)（被保留）：\2 个值中有 \1 个两者都不是；第一个在下标 \3：x = \4，p = \5，"
     r"应为 \6 或 \7，得到 "),
    (r"with training=False the input must come back unchanged: ", "training=False 时输入应原样返回："),
    (r"with p=1 every element must be zeroed: (\d+) of (\d+) values are not 0; first at index (\[[0-9, ]*\]): got (\S+) "
     r"\(0 / 0 = nan: p = 1 needs its own branch\)", r"p=1 时每个元素都应置零：\2 个值中有 \1 个不是 0；第一个在下标 \3："
     r"得到 \4（0 / 0 = nan：p = 1 要单独处理）"),
    (r"two calls with the same x zeroed the same elements (\S+) of the time, expected about p\*p = (\S+) \(the same mask "
     r"twice\): the mask must be drawn at random on every call \(not fixed, not reseeded\)",
     r"同一个 x 调用两次，相同元素被置零的比例是 \1，应约为 p*p = \2（两次用了同一个掩码）：每次调用都要随机生成掩码"
     r"（不能固定，也不能重设种子）"),
    (r" \(scaled by 1 / p: is p used as the keep probability\?\)", "（缩放了 1 / p：是把 p 当成保留概率了吗？）"),
    (r" \(not rescaled: kept values must be divided by \(1 - p\)\)", "（没有缩放：保留的值要除以 (1 - p)）"),
    (r" \(scaled by \(1 - p\) instead of 1 / \(1 - p\)\)", "（乘了 (1 - p)，而不是 1 / (1 - p)）"),
    (r"sample std (\S+), expected ", r"样本标准差 \1，应为 "),
    (r" \(gain for ('\w+'), a=(\S+?)\)", r"（\1 的增益，a=\2）"),
    (r" \((\S+) standard errors away; n = (\d+)\)", r"（相差 \1 个标准误；n = \2）"),
    (r"the values are not normal with std (\S+): Kolmogorov-Smirnov sqrt\(n\) \* D = (\S+) \(limit (\S+)\); fraction within "
     r"\+-(\S+) std (\S+), expected (\S+)", r"数值不服从标准差为 \1 的正态分布：Kolmogorov-Smirnov sqrt(n) * D = \2（上限 \3）；"
     r"落在 +-\4 倍标准差内的比例为 \5，应为 \6"),
    (r"values reach (\S+), outside the bound \+-(\S+) = sqrt\(3\) \* std with std ",
     r"数值达到了 \1，超出了边界 +-\2 = sqrt(3) * std，其中 std = "),
    (r"values only reach \+-(\S+); uniform on \[-bound, bound\] with bound (\S+) \(= sqrt\(3\) \* std, std (.+)\) "
     r"comes within (\S+) of it", r"数值只达到 +-\1；在 [-bound, bound] 上均匀分布、bound 为 \2（= sqrt(3) * std，std = \3）时，"
     r"应能接近到 \4 以内"),
    (r"the input's storage was replaced \(tensor\.data = \.\.\.\): fill the tensor in place, e\.g\. (.+)$",
     r"输入的存储被替换了（tensor.data = ...）：应原地填充这个张量，例如 \1"),
    (r"(\d+) of (\d+) values are not finite after the call \(the tensor held nan before it\): fill every element",
     r"调用之后 \2 个值中有 \1 个不是有限值（调用前张量里是 nan）：每个元素都要填充"),
    (r"returned a new tensor: fill the input in place and return it \(e\.g\. (.+)\)$",
     r"返回了一个新张量：应原地填充输入并返回它（例如 \1）"),
    (r"returned None: return the tensor itself \(torch\.nn\.init returns its argument\)",
     "返回了 None：应返回这个张量本身（torch.nn.init 会返回它的参数）"),
    (r"after the same torch\.manual_seed the call gave different values: draw from torch's random generator "
     r"\((.+)\), not numpy or random", r"同一个 torch.manual_seed 之后两次调用结果不同：应使用 torch 的随机数生成器（\1），"
     r"不要用 numpy 或 random"),
    (r"scaled by 1 / p: is p used as the keep probability\?", "乘了 1 / p：是把 p 当成保留概率了吗？"),
    (r"not rescaled: kept values must be divided by \(1 - p\)", "没有缩放：保留的值要除以 (1 - p)"),
    (r"scaled by \(1 - p\) instead of 1 / \(1 - p\)", "乘了 (1 - p)，而不是 1 / (1 - p)"),
    (r"(?<=[ （(])(\.\w+\(\)|numpy|Python floats), (?=\.|numpy|torch|Python)", r"\1、"),
    (r"(?<=[、，,] )(numpy|\.tolist\(\)) or (numpy|torch\.no_grad\(\))", r"\1 或 \2"),
    (r"(?<=、)(numpy|\.tolist\(\)) or (numpy|torch\.no_grad\(\))", r"\1 或 \2"),
    (r" under torch\.no_grad\(\)", " 并放在 torch.no_grad() 下"),
    (r"under torch\.no_grad\(\)", "放在 torch.no_grad() 下"),
    (r" \(these look like boxes: return the indices of the kept boxes\)", "（这些看起来是框：应返回保留框的下标）"),
    (r" \(the right boxes in the wrong order: sort the indices by decreasing score\)", "（框对了但顺序不对：按分数从高到低排列下标）"),
    (r" \(the right boxes in another order: each step selects the highest CURRENT score\)",
     "（框对了但顺序不对：每一步选的是当前分数最高的框）"),
    (r"kept (\[[0-9, ]*\](?:\.\.\.)?), which should be suppressed", r"保留了 \1，它们应被抑制"),
    (r"suppressed (\[[0-9, ]*\](?:\.\.\.)?), which should be kept", r"抑制了 \1，它们应被保留"),
    (r"\(kept (\[[0-9, ]*\]), which should be dropped\)", r"（保留了 \1，它们应被丢弃）"),
    (r"\(dropped (\[[0-9, ]*\]), which should be kept\)", r"（丢弃了 \1，它们应被保留）"),
    (r"; the (\d+) missing boxes rank ([0-9, -]+) of (\d+) by score", r"；缺少的 \1 个框按分数排在第 \2 名（共 \3 个）"),
    (r", below every box you kept \(all within the top (\d+)\): do you only look at the top_k highest-scored boxes\? "
     r"Every box takes part", r"，低于你保留的所有框（都在前 \1 名内）：你是不是只看了分数最高的 top_k 个框？每个框都要参与"),
    (r" \(every value has the opposite sign: convolution instead of cross-correlation\?\)",
     "（每个值的符号都相反：是用了卷积而不是互相关吗？）"),
    (r" \(gx and gy are swapped: gx differentiates along x, the columns; gy along y, the rows\)",
     "（gx 和 gy 弄反了：gx 沿 x 方向（列）求导，gy 沿 y 方向（行）求导）"),
    (r" \(\|gx\| \+ \|gy\| instead of sqrt\(gx\*\*2 \+ gy\*\*2\)\?\)", "（用了 |gx| + |gy| 而不是 sqrt(gx**2 + gy**2)？）"),
    (r" \(gx\*\*2 \+ gy\*\*2 without the square root\?\)", "（gx**2 + gy**2 忘了开平方？）"),
    (r" \(arctan\(gy / gx\) only covers \[-pi/2, pi/2\]: use arctan2\(gy, gx\) for the full circle\)",
     "（arctan(gy / gx) 只覆盖 [-pi/2, pi/2]：用 arctan2(gy, gx) 才能覆盖整个圆周）"),
    (r" \(arctan2\(gx, gy\): the arguments are swapped; arctan2 takes y first\)", "（arctan2(gx, gy)：参数反了，arctan2 先传 y）"),
    (r" \(degrees instead of radians\?\)", "（用了角度而不是弧度？）"),
    (r" \(every angle has the opposite sign: gy measured upward\? gy is positive where intensity rises downward\)",
     "（每个角度的符号都相反：gy 是向上量的吗？亮度向下增加时 gy 为正）"),
    (r" \(every direction is off by pi: gx and gy both have the wrong sign; convolution instead of cross-correlation\?\)",
     "（每个方向都差了 pi：gx 和 gy 的符号都反了；是用了卷积而不是互相关吗？）"),
    (r" \(an \[N,N\] matrix: the rows of X are the samples, so the covariance is between its D columns\)",
     "（得到了 [N,N] 矩阵：X 的每一行是一个样本，协方差是在 D 列之间算的）"),
    (r" \(divided by N: the sample covariance divides by N - 1\)", "（除以了 N：样本协方差除以 N - 1）"),
    (r" \(the channels did not move: a reshape alone changes nothing; transpose before flattening back\)",
     "（通道没有移动：只 reshape 什么也不会改变；先转置再展平回去）"),
    (r" \(a constant image is returned unchanged, as cv2\.equalizeHist does: every pixel stays (\d+)\)",
     r"（常数图像原样返回，与 cv2.equalizeHist 一致：每个像素保持 \1）"),
    (r" \(class (\d+) is in neither the prediction nor the target: NaN\)", r"（类别 \1 既不在预测中也不在标签中：NaN）"),
    (r" \(index (\d+) is the recall threshold ([0-9.e-]+)\)", r"（下标 \1 对应召回率阈值 \2）"),
    (r"two calls in a row gave the same values: do not reseed inside the function", "连续两次调用得到相同的值：不要在函数内部重设随机种子"),
    (r"the result holds NaN or inf: first at index (\S+) \(x = (\S+), p = (\S+)\): got ",
     r"结果里有 NaN 或 inf：第一个在下标 \1（x = \2，p = \3）：得到 "),
    (r"every branch is right but concatenated as (.+?); expected 1x1, 3x3, 5x5, pool",
     r"每个分支都对，但拼接顺序是 \1；应为 1x1、3x3、5x5、pool"),
    (r"the module has ([0-9,]+) parameters, expected ([0-9,]+) = ", r"模块有 \1 个参数，应为 \2 = "),
    (r"total cost (\S+), the optimum is (\S+) \(difference (\S+)\)", r"总代价 \1，最优为 \2（差 \3）"),
    (r"row_ind has (\d+) entries but col_ind has (\d+)", r"row_ind 有 \1 个元素，col_ind 却有 \2 个"),
    (r"the dict's keys: (.+) \(expected exactly (.+)\)", r"dict 的键：\1（应恰好是 \2）"),
    (r" index (\d+) is out of range (\[[0-9, )]+)", r" 下标 \1 越界 \2"),
    (r" (\d+) is matched twice", r" \1 被匹配了两次"),
    (r"expected None \(momentum = 0 keeps no buffers\)", "应为 None（momentum = 0 不保留缓冲区）"),
    (r" for a \[(\d+),(\d+)\] cost matrix", r"（[\1,\2] 代价矩阵）"),
    (r"\(got x \* (" + _N + r"): ", r"（得到的是 x * \1："),
    (r" \(each output is compared with the mean of its own batch: use the other batch's mean\)",
     "（每个输出减去的是它自己那一批的均值：应减去另一批的均值）"),
    (r" \(one mean over real and fake together: take each mean on its own, then add them\)",
     "（对真假样本一起取了一个均值：应各自取均值再相加）"),
    (r" \(pairwise C\(x_r\) - C\(x_f\), the plain relativistic GAN: the average version subtracts the other batch's mean\)",
     "（逐对 C(x_r) - C(x_f) 是普通的相对 GAN：平均版本减去的是另一批的均值）"),
    (r" \(that is d_loss: the generator's loss swaps the roles of real and fake\)", "（这是 d_loss：生成器的损失要交换真假的角色）"),
    (r" \(that is the minimax loss; \"non_saturating\" is mean -log sigmoid\(fake\)\)",
     "（这是 minimax 损失；\"non_saturating\" 是 mean -log sigmoid(fake)）"),
    (r" \(that is the non_saturating loss; mode=\"minimax\" is mean log\(1 - sigmoid\(fake\)\)\)",
     "（这是 non_saturating 损失；mode=\"minimax\" 是 mean log(1 - sigmoid(fake))）"),
    (r" \(the labels are swapped: real logits should be pushed up, -log sigmoid\(real\)\)",
     "（标签反了：真实样本的 logit 应被推高，-log sigmoid(real)）"),
    (r" \(the sign: minimax g_loss = mean log\(1 - sigmoid\(fake\)\), which G minimises; it is <= 0\)",
     "（符号：minimax 的 g_loss = mean log(1 - sigmoid(fake))，由 G 最小化；它 <= 0）"),
    (r" \(the standard GAN loss: D_Ra compares each output with the mean of the OTHER batch\)",
     "（这是标准 GAN 损失：D_Ra 把每个输出与另一批的均值比较）"),
    (r" \(the standard non-saturating GAN loss: D_Ra compares with the mean of the other batch\)",
     "（这是标准的非饱和 GAN 损失：D_Ra 与另一批的均值比较）"),
    (r" \(the two means are averaged: the contract sums them, mean\(real\) \+ mean\(fake\)\)",
     "（两个均值取了平均：约定是相加，mean(real) + mean(fake)）"),
    (r"the judge could not read the module's answer", "评测无法读取模块的返回值"),
    (r"missing ('\w+')", r"缺少 \1"),
    # image problems
    (r" \(the outside of the image is taken as (\S+): it must never win\)", r"（图像外部当成了 \1：它永远不应胜出）"),
    (r" \(the border is replicated: outside pixels must never win, they are (\S+) for uint8\)",
     r"（边界用了复制填充：外部像素永远不应胜出，对 uint8 它们是 \1）"),
    (r" \(where no kernel position falls inside the image the answer is (-?)np\.finfo\(np\.(float\d+)\)\.max, as OpenCV's "
     r"border value, not (-?)inf\)", r"（核的所有位置都落在图像外时，答案是 \1np.finfo(np.\2).max，即 OpenCV 的边界值，不是 \3inf）"),
    (r" \(the kernel is reflected: cv2\.dilate takes img\[i \+ a - kh//2, j \+ b - kw//2\] for kernel\[a, b\] == 1, with no flip, "
     r"unlike scipy\.ndimage\.grey_dilation and the textbook dilation\)",
     "（核被翻转了：cv2.dilate 对 kernel[a, b] == 1 取 img[i + a - kh//2, j + b - kw//2]，不翻转，"
     "这一点与 scipy.ndimage.grey_dilation 和教科书上的膨胀不同）"),
    (r" \(a circular window dx\^2 \+ dy\^2 <= r\^2, as OpenCV: the window is the whole \(2r\+1\) x \(2r\+1\) square\)",
     "（用了 dx^2 + dy^2 <= r^2 的圆形窗口，像 OpenCV 那样：本题的窗口是整个 (2r+1) x (2r+1) 正方形）"),
    (r" \(exp\(-d\^2 / sigma\^2\): both Gaussians have 2 sigma\^2 in the denominator\)",
     "（用了 exp(-d^2 / sigma^2)：两个高斯的分母都是 2 sigma^2）"),
    (r" \(the border is replicated \(mode=\"edge\"\): it is np\.pad\(mode=\"reflect\"\)\)", "（边界用了复制填充（mode=\"edge\"）：应为 np.pad(mode=\"reflect\")）"),
    (r" or \(zero padding: the border is np\.pad\(mode=\"reflect\"\)\)", "或（零填充：边界应为 np.pad(mode=\"reflect\")）"),
    (r" \(np\.pad mode=\"symmetric\" repeats the edge pixel \(OpenCV's BORDER_REFLECT\): the border is mode=\"reflect\", which does "
     r"not\)", "（np.pad mode=\"symmetric\" 会重复边缘像素（OpenCV 的 BORDER_REFLECT）：本题边界是 mode=\"reflect\"，不重复）"),
    (r" \(s = d \* in / out: the half-pixel offsets \(d \+ 0\.5\) \.\.\. - 0\.5 are missing\)",
     "（用了 s = d * in / out：缺少半像素偏移 (d + 0.5) ... - 0.5）"),
    (r" \(the align_corners=True mapping: with align_corners=False pixel centres are at half-pixel offsets, "
     r"s = \(d \+ 0\.5\) \* in / out - 0\.5\)", "（用了 align_corners=True 的映射：align_corners=False 时像素中心在半像素处，"
     "s = (d + 0.5) * in / out - 0.5）"),
    (r" \(nearest neighbour, not bilinear interpolation\)", "（这是最近邻，不是双线性插值）"),
    (r" \(the source coordinate is not clamped at 0: \(d \+ 0\.5\) \* in / out - 0\.5 < 0 near the top/left border must become 0, "
     r"not extrapolate\)", "（源坐标没有在 0 处截断：靠近上/左边界时 (d + 0.5) * in / out - 0.5 < 0，应变为 0，而不是外推）"),
    (r" \(the source coordinate is not clamped at 0: near the top/left border floor\(s\) = -1, and index -1 wraps round to "
     r"the last row/column\)", "（源坐标没有在 0 处截断：靠近上/左边界时 floor(s) = -1，而下标 -1 会绕到最后一行/列）"),
    (r" \(the edge pixel replicated\? the border is reflected: np\.pad mode=\"symmetric\"\)",
     "（复制了边缘像素？边界应为反射：np.pad mode=\"symmetric\"）"),
    (r" \(default ksize from int\((\d)\*sigma\): it is 2\*ceil\(3\*sigma\)\+1\)", r"（默认 ksize 用了 int(\1*sigma)：应为 2*ceil(3*sigma)+1）"),
    (r" \(ksize used as the radius: the kernel has ksize taps, radius ksize // 2\)", "（把 ksize 当成了半径：核有 ksize 个抽头，半径是 ksize // 2）"),
    (r" \(np\.pad mode=\"reflect\" does not repeat the edge pixel; the contract's border is np\.pad mode=\"symmetric\", scipy's "
     r"\"reflect\"\)", "（np.pad mode=\"reflect\" 不重复边缘像素；约定的边界是 np.pad mode=\"symmetric\"，即 scipy 的 \"reflect\"）"),
    (r" \(the kernel is normalised by 1/\(sqrt\(2\*pi\)\*sigma\), not by its own sum: it must sum to 1\)",
     "（核用 1/(sqrt(2*pi)*sigma) 归一化，而不是除以它自己的和：核的和必须为 1）"),
    (r" \(exp\(-x\*\*2 / \(2\*sigma\)\): sigma is the standard deviation, not the variance\)",
     "（用了 exp(-x**2 / (2*sigma))：sigma 是标准差，不是方差）"),
    (r" \(zero padding\? the border is reflected: scipy\.ndimage mode \"reflect\" = np\.pad mode \"symmetric\"\)",
     "（零填充？边界应为反射：scipy.ndimage mode \"reflect\" = np.pad mode \"symmetric\"）"),
    (r" \(rounding the float64 value: OpenCV multiplies in float32, (.+?), then rounds half to even\)",
     r"（对 float64 的值取整：OpenCV 用 float32 相乘，\1，再四舍六入五成双）"),
    (r" \(the cdf is not shifted: subtract hist\[min\] \(the first non-empty bin\) from the cdf and divide by H\*W - hist\[min\]\)",
     "（cdf 没有平移：应从 cdf 中减去 hist[min]（第一个非空的 bin），再除以 H*W - hist[min]）"),
    (r" \(rounded half up, floor\(x \+ 0\.5\): OpenCV's cvRound rounds half to even, like np\.rint\)",
     "（用了四舍五入 floor(x + 0.5)：OpenCV 的 cvRound 是四舍六入五成双，与 np.rint 相同）"),
    (r" \(truncated: the LUT value is rounded \(half to even\), not floored\)", "（截断了：LUT 的值应四舍六入五成双，而不是向下取整）"),
    (r" \(a sign error in gx or gy: convolution instead of cross-correlation, or gy measured upward\? gy is positive where "
     r"intensity rises downward\)", "（gx 或 gy 的符号错了：是用了卷积而不是互相关，还是 gy 是向上量的？亮度向下增加时 gy 为正）"),
    (r" \(this is the shuffle with the two factors swapped, (\[[^\]]*\]) = (\[[^\]]*\]); view the channels as (\[[^\]]*\])\)",
     r"（这是两个因子交换后的 shuffle，\1 = \2；应把通道看作 \3）"),
    (r" \(the align_corners=True convention: with align_corners=False -1 and 1 are the outer edges of the image, (.+?)\)$",
     r"（用了 align_corners=True 的约定：align_corners=False 时 -1 和 1 是图像的外边缘，\1）"),
    (r" \(a neighbour outside the image is clamped to the border: with zero padding it contributes 0\)",
     "（图像外的邻点被截到了边界上：零填充时它的贡献是 0）"),
    (r" \(theta is applied to \(y, x\): its first row gives the x \(width\) coordinate from \(x, y, 1\)\)",
     "（theta 作用在了 (y, x) 上：它的第一行由 (x, y, 1) 给出 x（宽度方向）坐标）"),
    # soft-NMS, FID, GAN losses, optimisers
    (r" \(every value is the box's original score: either nothing was rescored, or the original scores were returned instead of "
     r"the scores at selection\)", "（每个值都是框的原始分数：要么没有重新打分，要么返回的是原始分数而不是被选中时的分数）"),
    (r" \(eps added to the diagonals although sqrtm's result was finite: pytorch-fid adds it only when it is not\)",
     "（sqrtm 的结果是有限值却仍在对角线上加了 eps：pytorch-fid 只在结果不是有限值时才加）"),
    (r" \(the square root of the FID: FID is the squared distance d\^2\)", "（这是 FID 的平方根：FID 是距离的平方 d^2）"),
    (r" \(np\.sqrt is elementwise: the matrix square root is scipy\.linalg\.sqrtm\)", "（np.sqrt 是逐元素的：矩阵平方根是 scipy.linalg.sqrtm）"),
    (r" \(the factor 2 in front of Tr\(sqrtm\(S1 S2\)\) is missing\)", "（缺少 Tr(sqrtm(S1 S2)) 前面的系数 2）"),
    (r" \(\|\|mu1 - mu2\|\| not squared\)", "（||mu1 - mu2|| 没有平方）"),
    (r" \(sqrtm\(S1\) @ sqrtm\(S2\) is not sqrtm\(S1 @ S2\) unless the covariances commute\)",
     "（除非两个协方差矩阵可交换，否则 sqrtm(S1) @ sqrtm(S2) 不等于 sqrtm(S1 @ S2)）"),
    (r" \(halved: BasicSR's ESRGAN training code weights each term by 0\.5; the contract is the paper's sum of the two "
     r"expectations\)", "（减半了：BasicSR 的 ESRGAN 训练代码给每一项乘 0.5；约定是论文里两个期望之和）"),
    (r" \(only -E\[log D_Ra\(x_f, x_r\)\]: ESRGAN's generator loss also has the real term -E\[log\(1 - D_Ra\(x_r, x_f\)\)\]\)",
     "（只有 -E[log D_Ra(x_f, x_r)]：ESRGAN 的生成器损失还有真实样本项 -E[log(1 - D_Ra(x_r, x_f))]）"),
    (r"应为 None \(momentum = 0 keeps no buffers\)", "应为 None（momentum = 0 不保留缓冲区）"),
    (r"(?<=[：:] )expected (None) \(momentum = 0 keeps no buffers\), got ", r"应为 \1（momentum = 0 不保留缓冲区），得到 "),
    (r"\(the statistics over N, H and W\)", "（统计量在 N、H、W 上求）"),
]


def _compiled(table: list[tuple[str, str]]) -> list:
    return [(re.compile(p, re.M), r) for p, r in table]


def _say(table: list, text: str) -> str:
    """Every phrase of a compiled table, in order, everywhere it matches."""
    for rx, repl in table:
        text = rx.sub(repl, text)
    return text


_COMPILED = _compiled(PHRASES)


def to_zh(message: str, case: str = "") -> str:
    """The message with every phrase this module knows in Chinese; `case` is the failing
    case's name (it may hold brackets of its own, so it is matched as it is first)."""
    hidden = case and f" [case: {case}]" in message
    if hidden:  # the name is an identifier: no phrase may touch it
        message = message.replace(f" [case: {case}]", " ［用例：\x00］")
    message = _say(_COMPILED, message)
    return message.replace("\x00", case) if hidden else message


# usage errors (cli.py, run.py's UsageError, the store and the data folder)
USAGE: list[tuple[str, str]] = [
    (r"; did you mean (.+?)\?", r"；你是想找 \1 吗？"),
    (r" \(did you mean (.+?)\?\)", r"（你是想找 \1 吗？）"),
    (r"^no topic or tag named ('[^']*')", r"没有名为 \1 的主题或标签"),
    (r"^no topic, tag or problem named ('[^']*')", r"没有名为 \1 的主题、标签或题目"),
    (r"^no topic named ('[^']*')", r"没有名为 \1 的主题"),
    (r"^no card or problem ('[^']*')", r"没有卡片或题目 \1"),
    (r"^no problem named ('[^']*')", r"没有名为 \1 的题目"),
    (r"; `cvdrill list` shows them", "；`cvdrill list` 会列出全部题目"),
    (r"^--example: no worked example for ('[^']*') yet; there is one for ", r"--example：\1 还没有图解示例；有示例的是 "),
    (r"^--stub: ('[^']*') is not a problem slug \(see `cvdrill list`\)", r"--stub：\1 不是题目名（见 `cvdrill list`）"),
    (r"^(--dump-case \S+): is a folder: give a file name, e\.g\. ", r"\1：这是一个文件夹，请给出文件名，例如 "),
    (r"^(--dump-case \S+): its folder does not exist", r"\1：所在的文件夹不存在"),
    (r"^the judge could not run: (.+) \(not your file's doing; try reinstalling cvdrill\)",
     r"评测程序无法运行：\1（与你的文件无关；请尝试重新安装 cvdrill）"),
    (r"^reset asks for confirmation: run it in a terminal, or pass --yes", "reset 需要确认：请在终端中运行，或加上 --yes"),
    (r"^(\S+) is a folder: give a file name, e\.g\. ", r"\1 是一个文件夹，请给出文件名，例如 "),
    (r"^(\S+) is a folder: give the Python file in it that holds your function, e\.g\. ",
     r"\1 是一个文件夹，请给出其中写有你的函数的 Python 文件，例如 "),
    (r"^(\S+) defines no function named like a problem \(e\.g\. (.+?)\); use --problem SLUG to force one",
     r"\1 中没有与题目同名的函数（例如 \2）；可用 --problem SLUG 指定题目"),
    (r"^no such file: ", "没有这个文件："),
    (r"^cannot write (\S+): ", r"无法写入 \1："),
    (r"^cannot read (\S+): ", r"无法读取 \1："),
    (r"^--device (\w+): CUDA is not available on this machine", r"--device \1：这台机器上没有可用的 CUDA"),
    (r"^the question bank has errors:", "题库有错误："),
    (r"^cannot use (\S+) as cvdrill's data folder \((.+?)\)(: set CVDRILL_HOME to a folder)?$",
     r"无法把 \1 用作 cvdrill 的数据文件夹（\2）\3"),
    (r": set CVDRILL_HOME to a folder$", "：请把 CVDRILL_HOME 设为一个文件夹"),
    (r"it is a file, not a folder", "它是文件，不是文件夹"),
    (r"^(\S+) is not a cvdrill progress database \((.+?)\)\. It was left as it is: move it away \(or set CVDRILL_HOME "
     r"to another folder\) to start afresh\.", r"\1 不是 cvdrill 的进度数据库（\2）。它保持原样：把它移走（或把 CVDRILL_HOME "
     r"设为另一个文件夹）即可重新开始。"),
    (r"^(\S+) was written by a newer cvdrill \(schema (\d+), this one knows (\d+)\)\. It was left as it is: upgrade "
     r"cvdrill \(pip install -U cvdrill\) to use it\.", r"\1 由更新版本的 cvdrill 写入（schema \2，本版本只认识 \3）。"
     r"它保持原样：升级 cvdrill（pip install -U cvdrill）后再用。"),
    (r"^(\S+): cannot use the progress database \((.+?)\); it was left as it is\.", r"\1：无法使用进度数据库（\2）；它保持原样。"),
    (r"^not a cvdrill export \(expected the JSON written by `cvdrill export`\)",
     "不是 cvdrill 的导出文件（应为 `cvdrill export` 写出的 JSON）"),
    (r"^the export is malformed \((.+?)\); nothing was imported", r"导出文件格式有误（\1）；什么也没有导入"),
    # click's own words (a bad option or value on the command line)
    (r"^No such option: (\S+)", r"没有这个选项：\1"),
    (r"^No such command '([^']*)'\.", r"没有这个命令：'\1'。"),
    (r"\s*Did you mean (.+?)\?$", r"（你是想用 \1 吗？）"),
    (r"\s*\(Possible options: (.+?)\)$", r"（可用的选项：\1）"),
    (r"^Invalid value for (.+?): ", r"\1 的值无效："),
    (r"(\S+) is not in the range (\S+)\.", r"\1 不在范围 \2 内。"),
    (r"('[^']*') is not a valid (integer|float)( range)?\.", r"\1 不是有效的\2。"),
    (r"('[^']*') is not one of (.+)\.$", r"\1 不是可选值 \2 之一。"),
    (r"^Missing argument ('[^']*')\.", r"缺少参数 \1。"),
    (r"^Missing option ('[^']*')\.", r"缺少选项 \1。"),
    (r"^Got unexpected extra arguments? \((.+)\)", r"多余的参数（\1）"),
    (r"^Option ('[^']*') requires an argument\.", r"选项 \1 需要一个值。"),
    (r"^Option ('[^']*') requires (\d+) arguments\.", r"选项 \1 需要 \2 个值。"),
    (r"^Option ('[^']*') does not take a value\.", r"选项 \1 不接受值。"),
    (r"(?<=不是有效的)integer", "整数"),
    (r"(?<=不是有效的)float", "浮点数"),
]
_USAGE = _compiled(USAGE)


def usage_zh(message: str) -> str:
    """A usage error in Chinese (paths, names and the system's own words stay as they are)."""
    return _say(_USAGE, message)


# the live progress line while grading
PROGRESS: list[tuple[str, str]] = [
    (r"^starting the judge \(importing torch\)$", "正在启动评测（导入 torch）"),
    (r"^starting the judge$", "正在启动评测"),
    (r"^(\S+): starting$", r"\1：正在启动"),
    (r"^(\S+): the reference's answers$", r"\1：正在计算参考答案"),
    (r"^(\S+): case (\d+)/(\d+) · (" + _N + r") s$", r"\1：用例 \2/\3 · \4 秒"),
    (r"^(\S+): making the failing case smaller$", r"\1：正在缩小失败的用例"),
    (r"^(\S+): timing the reference at (\S+)=(.+) \((\w+)\)$", r"\1：正在 \4 上为参考实现计时，\2=\3"),
    (r"^(\S+): timing (\S+) \(reference (" + _N + r") ms\) on (\w+) · (" + _N + r") s$",
     r"\1：正在 \4 上计时 \2（参考实现 \3 ms）· \5 秒"),
    (r"^(\S+): timing the reference and yours again at (\S+)$", r"\1：在 \2 上再为参考实现和你的代码各计时一次"),
]
_PROGRESS = _compiled(PROGRESS)  # one line each: ^ and $ mean the same with re.M


def progress_zh(line: str) -> str:
    return _say(_PROGRESS, line)
