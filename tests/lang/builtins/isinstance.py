# isinstance with single types and tuples; bool is an int.
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool))  # expect: True True False
print(isinstance(1.0, (int, float)), isinstance("a", str))  # expect: True True
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict))  # expect: True True True
print(isinstance(1, float), isinstance(None, int), isinstance({1}, set))  # expect: False False True
