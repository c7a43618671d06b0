# expect: accepted
# The paper's four expectations with F.logsigmoid (log(1 - sigmoid(z)) = logsigmoid(-z)).
import torch.nn.functional as F


def relativistic_losses(c_real, c_fake):
    d_rf = c_real - c_fake.mean()   # D_Ra(x_r, x_f) = sigmoid(d_rf)
    d_fr = c_fake - c_real.mean()   # D_Ra(x_f, x_r) = sigmoid(d_fr)
    d_loss = -F.logsigmoid(d_rf).mean() - F.logsigmoid(-d_fr).mean()
    g_loss = -F.logsigmoid(-d_rf).mean() - F.logsigmoid(d_fr).mean()
    return d_loss, g_loss
