# inf and nan arithmetic and comparisons.
inf, nan = float("inf"), float("nan")
print(inf, -inf, nan, inf - inf, inf * 0)  # expect: inf -inf nan nan nan
print(inf > 1e308, -inf < -1e308, nan > 0, nan < 0, nan == nan)  # expect: True True False False False
print(1 / inf, inf + 1, max(1.0, inf))  # expect: 0.0 inf inf
print(10 ** 400 > inf, 10 ** 400 < inf)  # expect: False True
