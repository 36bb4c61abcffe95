#!/usr/bin/env python3
"""An independent float32 model of Model.fit for the spec's tutorial network, written from
spec/keras-fit.md alone with NumPy float32 scalars (each operation correctly rounded, as in
TF's CPU kernels without FMA), in three flavours:

  tf24      TF 2.4 (s1): epoch orders from one RandomShuffle kernel seeded (1234, 0) that
            persists across epochs (s1.4); Adam's fused kernel with 1 - f32(beta) (s1.7);
            Eigen's 2020 logistic.
  keras215  Keras 2.15 (s4): the same epoch orders; Adam's separate ops with the Python
            double 1 - beta rounded to float32; Eigen's later logistic (below).
  keras3    Keras 3 / TF 2.16 (s5): a new kernel every epoch, so every epoch takes the
            first order of (1234, 0); Adam as Keras 2.15; the later logistic.

The later logistic (the Eigen commits TF 2.15 and 2.16 pin compile the float
specialisation out; see tests/tf/NOTES.md): on the scalar path e = expf(x), then 1 when e
is infinite, else e / (1 + e), with subnormal e flushed to zero (TF runs kernels with FTZ);
glibc's expf is called through ctypes, since NumPy's float32 exp may use a SIMD library
with other last bits.

It produces the expected outputs of cases/keras_fit.py, whose initial weights are
set explicitly so no TensorFlow random numbers are needed.

usage: /usr/bin/python3 tests/tf/reference/keras_fit_reference.py tf24 > tests/tf/cases/keras_fit.2.4.out
       (keras215 > keras_fit.2.15.out, keras3 > keras_fit.2.16.out)
"""
import ctypes
import sys
from fractions import Fraction

import numpy as np

f = np.float32
FLAVOUR = sys.argv[1] if len(sys.argv) > 1 else "tf24"
assert FLAVOUR in ("tf24", "keras215", "keras3"), FLAVOUR
ORDERS_1234_0 = [[0, 1], [1, 0], [0, 1], [0, 1], [1, 0], [1, 0], [0, 1], [1, 0], [0, 1], [1, 0]]  # s1.4, seeds (1234, 0)
ORDERS = ORDERS_1234_0 if FLAVOUR != "keras3" else [ORDERS_1234_0[0]] * 10

_libm = ctypes.CDLL("libm.so.6")
_libm.expf.restype = ctypes.c_float
_libm.expf.argtypes = [ctypes.c_float]


def glibc_expf(x):
    return f(_libm.expf(float(x)))


def round_f32(q):
    """The float32 nearest to the rational q > 0 (ties to even): what a correctly rounded
    powf returns, which glibc's powf is for these arguments (s1.7). NumPy's own float32
    power may use a SIMD library with other last bits, so it is not used."""
    e = q.numerator.bit_length() - q.denominator.bit_length()
    if Fraction(2) ** e > q:
        e -= 1
    scaled = q / Fraction(2) ** (e - 23)  # in [2^23, 2^24)
    n, r = divmod(scaled.numerator, scaled.denominator)
    twice = 2 * r
    if twice > scaled.denominator or (twice == scaled.denominator and n % 2 == 1):
        n += 1
    return f(n * 2.0 ** (e - 23))


def powf(base, t):
    return round_f32(Fraction(float(base)) ** t)


def logistic(x):
    return logistic_2020(x) if FLAVOUR == "tf24" else logistic_later(x)


def logistic_later(x):  # Eigen's generic scalar_logistic_op, scalar path
    e = glibc_expf(x)
    if abs(e) < np.finfo(f).tiny:
        e = f(0)
    if np.isinf(e):
        return f(1)
    return e / (f(1) + e)


def logistic_2020(x):  # Eigen scalar_logistic_op<float>, no FMA (s1.6)
    if x < f(-9):
        return f(np.exp(x))
    x = min(x, f(15.6437711715698242))
    x2 = x * x
    p = x2 * f(4.37031012579801e-11) + f(1.15627324459942e-07)
    p = x2 * p + f(6.08574864600143e-05)
    p = x2 * p + f(8.51377133304701e-03)
    p = x2 * p + f(2.48287947061529e-01)
    p = x * p
    q = x2 * f(6.10247389755681e-13) + f(5.76102136993427e-09)
    q = x2 * q + f(6.29106785017040e-06)
    q = x2 * q + f(1.70198817374094e-03)
    q = x2 * q + f(1.16817656904453e-01)
    q = x2 * q + f(9.93151921023180e-01)
    return p / q + f(0.5)


def dense(x, W, b, act):
    out = []
    for n in range(W.shape[1]):
        c = f(0)
        for k in range(W.shape[0]):
            c = c + W[k, n] * x[k]
        z = (f(0) + f(1) * c) + b[n]
        if act == "relu":
            z = f(0) if z < f(0) else z
        elif act == "sigmoid":
            z = logistic(z)
        out.append(z)
    return np.array(out, dtype=f)


ACTS = ["relu", "relu", "sigmoid"]


def forward(ws, x):
    outs = [x]
    for i, act in enumerate(ACTS):
        outs.append(dense(outs[-1], ws[2 * i], ws[2 * i + 1], act))
    return outs


class Adam:
    def __init__(self, lr, eps):
        self.lr, self.b1, self.b2, self.eps = f(lr), f(0.9), f(0.999), f(eps)
        if FLAVOUR == "tf24":  # ApplyAdam: 1 - the float32 beta
            self.c1, self.c2 = f(1) - self.b1, f(1) - self.b2
        else:  # (gradient - m) * (1 - self.beta_1): a Python double, then float32
            self.c1, self.c2 = f(1 - 0.9), f(1 - 0.999)
        self.t = 0
        self.m = None

    def step(self, ws, grads):
        if self.m is None:
            self.m = [np.zeros_like(w) for w in ws]
            self.v = [np.zeros_like(w) for w in ws]
        t = self.t + 1
        b1p, b2p = powf(self.b1, t), powf(self.b2, t)
        alpha = (self.lr * np.sqrt(f(1) - b2p)) / (f(1) - b1p)
        for w, g, m, v in zip(ws, grads, self.m, self.v):
            for i in np.ndindex(w.shape):
                m[i] = m[i] + (g[i] - m[i]) * self.c1
                v[i] = v[i] + (g[i] * g[i] - v[i]) * self.c2
                w[i] = w[i] - (m[i] * alpha) / (np.sqrt(v[i]) + self.eps)
        self.t += 1


def train_step(ws, opt, x, y):
    outs = forward(ws, x)
    p = outs[-1]
    d = p[0] - y
    loss = (d * d) / f(1)
    g = np.array([(f(2) * f(1)) * (p[0] - y)], dtype=f)
    grads = [None] * len(ws)
    for li in reversed(range(len(ACTS))):
        out, a = outs[li + 1], outs[li]
        if ACTS[li] == "relu":
            dz = np.array([g[n] * (f(1) if out[n] > f(0) else f(0)) for n in range(len(g))], dtype=f)
        else:
            dz = np.array([(g[n] * out[n]) * (f(1) - out[n]) for n in range(len(g))], dtype=f)
        grads[2 * li + 1] = dz
        grads[2 * li] = np.array([[a[k] * dz[n] for n in range(len(dz))] for k in range(len(a))], dtype=f)
        if li > 0:
            W = ws[2 * li]
            dx = []
            for k in range(W.shape[0]):
                c = f(0)
                for n in range(W.shape[1]):
                    c = c + W[k, n] * dz[n]
                dx.append(c)
            g = np.array(dx, dtype=f)
    opt.step(ws, grads)
    return loss


def fit(ws, opt, x, y):
    losses, val_losses = [], []
    for order in ORDERS:
        total, count = f(0), f(0)
        for i in order:
            total = total + train_step(ws, opt, x[i], y[i])
            count = count + f(1)
        losses.append(float(total / count))
        p = forward(ws, x[2])[-1][0]
        d = p - y[2]
        val_losses.append(float(((d * d) / f(1) + f(0)) / f(1)))
    return losses, val_losses


def initial_weights():
    return [
        np.array([[0.5, -0.25], [0.125, 0.75], [-0.625, 0.375]], dtype=f), np.array([0.0, 0.0], dtype=f),
        np.array([[0.3, -0.7, 0.45], [0.9, 0.2, -0.35]], dtype=f), np.array([0.0, 0.0, 0.0], dtype=f),
        np.array([[0.8], [-0.6], [0.55]], dtype=f), np.array([0.0], dtype=f),
    ]


def weight_sum(ws):
    return sum(map(lambda w: w.sum(), ws))


x = np.ones((3, 3), dtype=f)
y = np.array([3, 2, 1], dtype=f)
ws = initial_weights()
print(weight_sum(ws))
opt = Adam(0.001, 1e-8)
losses, val_losses = fit(ws, opt, x, y)
print(weight_sum(ws))
print(losses)
print(val_losses)
for w in ws:
    print(w)
print(float(forward(ws, x[0])[-1][0]))
opt2 = Adam(0.001, 1e-8)  # recompiled: a fresh optimizer, the same epoch orders (s1.4, s2)
fit(ws, opt2, x, y)
print(weight_sum(ws))
