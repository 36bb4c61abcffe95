# any and all short-circuit over iterables.
print(any([0, "", 1]), any([]), all([1, "a"]), all([]))  # expect: True False True True
print(all(x > 0 for x in [1, 2, -1]), any(x > 5 for x in range(3)))  # expect: False False
