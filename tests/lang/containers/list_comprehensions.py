# List comprehensions with conditions and nested loops.
print([x * x for x in range(5)])  # expect: [0, 1, 4, 9, 16]
print([x for x in range(10) if x % 3 == 0])  # expect: [0, 3, 6, 9]
print([(x, y) for x in range(3) for y in range(x)])  # expect: [(1, 0), (2, 0), (2, 1)]
print([[r * c for c in range(3)] for r in range(3)])  # expect: [[0, 0, 0], [0, 1, 2], [0, 2, 4]]
print([c.upper() for c in "ab" if c != "z"])  # expect: ['A', 'B']
print([k + str(v) for k, v in {"a": 1, "b": 2}.items()])  # expect: ['a1', 'b2']
print([x for x in range(20) if x % 2 if x % 3])  # expect: [1, 5, 7, 11, 13, 17, 19]
x = "outer"
print([x for x in "ab"], x)  # expect: ['a', 'b'] outer
