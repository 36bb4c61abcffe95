# Known answers of NumPy's Dragon4 formatter (np.format_float_positional and
# np.format_float_scientific) over float64 and float32 values built deterministically:
# exact binary fractions, decimal-looking values, powers of ten, subnormals, and the
# rounding ties that decide 'unique' versus 'exact' digit generation.
import numpy as np

values = []
for k in range(-12, 13):
    values.append(2.0 ** k * 1.5)
    values.append(10.0 ** k)
    values.append(10.0 ** k * 3.0 + 1.0 / 7.0)
for k in range(1, 40):
    values.append(k / 7.0)
    values.append(k * 0.1)
    values.append(-k * 1.25e-3)
values += [0.0, -0.0, 0.5, 2.5, 0.125, 0.05, 0.15, 0.25, 0.35, 9.5, 99.5, 999.5, 5e-324, 2.2250738585072014e-308,
           1.7976931348623157e308, 123456789.0, 1e16, 1e-4, 0.1 + 0.2, 2 / 3]
for x in values:
    for v in [np.float64(x), np.float32(x)]:
        print(repr(v), np.format_float_positional(v), np.format_float_scientific(v))
        print(" ", np.format_float_positional(v, precision=3), np.format_float_positional(v, precision=3, unique=False),
              np.format_float_positional(v, precision=4, fractional=False, trim="-"))
        print(" ", np.format_float_scientific(v, precision=2, trim="."), np.format_float_scientific(v, precision=5, unique=False),
              np.format_float_scientific(v, exp_digits=3, sign=True), np.format_float_positional(v, min_digits=6, pad_left=5))
        print(" ", np.format_float_positional(v, precision=8, trim="0", pad_right=10) + "|",
              np.format_float_scientific(v, precision=8, min_digits=8, trim="k", pad_left=4))
