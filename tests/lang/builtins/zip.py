# zip stops at the shortest input.
print(list(zip([1, 2, 3], "ab")))  # expect: [(1, 'a'), (2, 'b')]
print(list(zip()))  # expect: []
names = ["a", "b"]
ages = [1, 2]
print(dict(zip(names, ages)))  # expect: {'a': 1, 'b': 2}
a, b = zip(*[(1, 2), (3, 4), (5, 6)])
print(a, b)  # expect: (1, 3, 5) (2, 4, 6)
