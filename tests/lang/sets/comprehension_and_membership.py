# Set comprehensions, membership, equality and frozenset.
print({x % 4 for x in range(10)})  # expect: {0, 1, 2, 3}
print(3 in {1, 3}, 3.0 in {3}, "a" not in {"b"})  # expect: True True True
print({1, 2} == {2, 1}, {1} == {1.0}, set() == set())  # expect: True True True
f = frozenset([3, 1])
print(f, frozenset(), len(f), 1 in f)  # expect: frozenset({1, 3}) frozenset() 2 True
print({(1, 2), (1, 2), (2, 1)} == {(2, 1), (1, 2)})  # expect: True
print({0.5, 1.5, 2.25}, {1, 1.0, True})  # expect: {0.5, 1.5, 2.25} {1}
print(sorted({3, 1, 2}), len({1, 2, 2, 3}))  # expect: [1, 2, 3] 3
