# expect: accepted
# F.logsigmoid is stable too: log(1 - sigmoid(z)) = logsigmoid(-z).
import torch.nn.functional as F


def gan_losses(d_real_logits, d_fake_logits, mode="non_saturating"):
    d_loss = -F.logsigmoid(d_real_logits).mean() - F.logsigmoid(-d_fake_logits).mean()
    if mode == "minimax":
        return d_loss, F.logsigmoid(-d_fake_logits).mean()
    return d_loss, -F.logsigmoid(d_fake_logits).mean()
