# expect: wrong_answer
# variant: fan_in and fan_out swapped
# fan_in read from shape[0]: the weight is [out, in], so fan_in is shape[1].
# message: sample std|bound
import math
import torch


def kaiming_uniform_(tensor, a=0, mode="fan_in", nonlinearity="leaky_relu"):
    rf = math.prod(tensor.shape[2:])
    fan = (tensor.shape[0] if mode == "fan_in" else tensor.shape[1]) * rf
    gain = {"linear": 1.0, "sigmoid": 1.0, "tanh": 5 / 3, "relu": math.sqrt(2),
            "leaky_relu": math.sqrt(2 / (1 + a ** 2))}[nonlinearity]
    bound = math.sqrt(3) * gain / math.sqrt(fan)
    with torch.no_grad():
        return tensor.uniform_(-bound, bound)
