# len of every sized builtin.
print(len("hello"), len(""), len([1, 2]), len((1,)))  # expect: 5 0 2 1
print(len({"a": 1, "b": 2}), len({1, 2, 2}), len(range(0, 10, 3)))  # expect: 2 2 4
print(len("héllo wörld"))  # expect: 11
