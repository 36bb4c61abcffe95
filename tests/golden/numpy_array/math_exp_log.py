# exp, log, sin, cos, log1p, expm1, arctan of float64 arrays (glibc-exact on AVX2 hosts).
import numpy as np

x = np.linspace(-2, 2, 9)
print(np.exp(x))
print(np.log(np.arange(1, 6)))
print(np.sin(x), np.cos(x))
print(np.log1p(np.array([1e-10, 0.5])), np.expm1(np.array([1e-10, 0.5])), np.arctan(x))
print(repr(np.exp(1.0)), repr(np.log(10.0)), repr(np.sin(np.pi / 6)), repr(np.cos(1.0)))
for v in np.exp(np.array([0.1, 0.2, 0.3])):
    print(repr(v))
print(np.log10(np.array([1.0, 2.0, 1000.0, 0.5])), repr(np.log10(7.0)))
f = np.array([1.5, 2.0, 3.0], dtype=np.float32)
print(repr(f ** 3), repr(np.power(f, np.float32(0.25))), repr(np.float32(2.0) ** np.float32(1.5)))
