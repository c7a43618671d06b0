"""js_divergence: Jensen-Shannon divergence per row along the last dim, natural log."""
import math

from ._divergence import cases_for, check, shrink
from ..judge.spec import Problem, Variant
from .kl_divergence import FORBIDDEN, LOG2, kl


def js(p, q, scale=0.5):
    """scale * (KL(p || m) + KL(q || m)), m = (p + q) / 2: JS for scale 0.5."""
    m = (p + q) / 2
    return scale * (kl(p, m) + kl(q, m))


PROBLEM = Problem(
    slug="js_divergence",
    kind="torch",
    params=["p", "q"],
    cases=cases_for(disjoint_ok=True),
    check=check,
    forbidden=FORBIDDEN,
    shrink=shrink,
    variants=[
        Variant(LOG2[0], lambda p, q: js(p, q) / math.log(2), *LOG2[2:], name_zh=LOG2[1]),
        Variant("the JS distance", lambda p, q: js(p, q).sqrt(),
                "you return the square root of the divergence, the Jensen-Shannon distance (what "
                "scipy.spatial.distance.jensenshannon returns); the statement asks for the divergence itself, "
                "0.5 * KL(p || m) + 0.5 * KL(q || m), with no square root",
                "你返回的是散度的平方根，即 Jensen-Shannon 距离（scipy.spatial.distance.jensenshannon 返回的就是它）；"
                "题目要求散度本身，0.5 * KL(p || m) + 0.5 * KL(q || m)，不开平方根",
                name_zh="JS 距离"),
        Variant("the symmetrised KL, without the mixture m", lambda p, q: 0.5 * (kl(p, q) + kl(q, p)),
                "you average KL(p || q) and KL(q || p) (half of Jeffreys' divergence), which is infinite as soon "
                "as one "
                "distribution has a zero where the other has not; JS compares each of p and q with their mixture "
                "m = (p + q) / 2: 0.5 * KL(p || m) + 0.5 * KL(q || m), finite and at most ln 2",
                "你对 KL(p || q) 和 KL(q || p) 取了平均（Jeffreys 散度的一半），只要一个分布在另一个分布非零的位置为 0，"
                "它就是无穷大；JS 是把 p 和 q 分别与它们的混合分布 m = (p + q) / 2 比较："
                "0.5 * KL(p || m) + 0.5 * KL(q || m)，有限且不超过 ln 2",
                name_zh="对称化的 KL（没有混合分布 m）"),
        Variant("KL(p || m) + KL(q || m) without the halves", lambda p, q: js(p, q, scale=1.0),
                "you add KL(p || m) and KL(q || m) without the 0.5 factors, twice the divergence (up to 2 ln 2); "
                "JS is their average: 0.5 * KL(p || m) + 0.5 * KL(q || m)",
                "你把 KL(p || m) 和 KL(q || m) 直接相加，没有乘 0.5，得到的是散度的两倍（最大 2 ln 2）；"
                "JS 是两者的平均：0.5 * KL(p || m) + 0.5 * KL(q || m)",
                name_zh="KL(p || m) + KL(q || m) 没有乘 1/2"),
    ],
    terms=["0.5 * kl(p || m) + 0.5 * kl(q || m)", "m = (p + q) / 2", "last dim", "natural log",
           "0 * log(0 / x) = 0", "ln 2", "not its square root", "p.shape[:-1]", "0-d", "per row", "[0,K]",
           "dtype", "device"],
)
