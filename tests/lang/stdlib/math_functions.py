# The math module: libm functions bit-identical to glibc, exact helpers, CPython's values.
import math
print(math.sqrt(2), math.sqrt(3.0 * 0.4), math.exp(1), math.log(10), math.log(8, 2), math.log10(1000))
print(math.sin(1.0), math.cos(1.0), math.atan2(1, 2), math.pow(2, 0.5), math.tanh(0.5), math.erf(0.5))
print(math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.floor(7), math.fabs(-3), math.copysign(2, -0.0))
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(math.nan), math.isinf(-math.inf), math.factorial(20), math.gcd(12, 18, -8))
print(math.fmod(7.5, 2), math.fmod(-7.5, 2), math.log1p(1e-10), math.expm1(1e-10))
math.floor(math.inf)
# expect: 1.4142135623730951 1.0954451150103324 2.718281828459045 2.302585092994046 3.0 3.0
# expect: 0.8414709848078965 0.5403023058681398 0.4636476090008061 1.4142135623730951 0.46211715726000974 0.5204998778130465
# expect: -3 3 -2 7 3.0 -2.0
# expect: 3.141592653589793 2.718281828459045 6.283185307179586 inf nan
# expect: True True True 2432902008176640000 2
# expect: 1.5 -1.5 9.999999999500001e-11 1.00000000005e-10
# expect error line 9: OverflowError: cannot convert float infinity to integer
