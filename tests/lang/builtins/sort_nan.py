# nan makes the order inconsistent; CPython's timsort decides the result.
nan = float("nan")
print(sorted([3, nan, 1, 2]))  # expect: [3, nan, 1, 2]
print(sorted([3.0, 1.0, nan, 0.5, 2.0]))  # expect: [0.5, 1.0, 2.0, 3.0, nan]
print(max([1, nan, 3]), min([nan, 1, 3]))  # expect: 3 nan
