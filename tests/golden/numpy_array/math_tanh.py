# np.tanh uses NumPy's own table-driven FMA kernel (not glibc) on x86-64 CPUs with
# FMA3, for float64 and float32 alike.
import numpy as np

x = np.linspace(-4, 4, 17)
print(np.tanh(x))
print(repr(np.tanh(x.astype(np.float32))))
for v in [0.1, 0.5, 1.0, 2.5, 19.5, 25.0, 1e-8, -0.75]:
    print(repr(np.tanh(v)), repr(np.tanh(np.float32(v))))
print(np.tanh(np.array([0.0, -0.0, np.inf, -np.inf, np.nan])))
print(repr(np.tanh(np.arange(1, 6) / 3).sum()))
