# sorted with key and reverse; sorting is stable.
print(sorted([3, 1, 2]), sorted("bca"))  # expect: [1, 2, 3] ['a', 'b', 'c']
print(sorted([3, 1, 2], reverse=True))  # expect: [3, 2, 1]
words = ["bb", "a", "ccc", "dd", "e"]
print(sorted(words, key=len))  # expect: ['a', 'e', 'bb', 'dd', 'ccc']
print(sorted(words, key=len, reverse=True))  # expect: ['ccc', 'bb', 'dd', 'a', 'e']
print(sorted({"b": 1, "a": 2}))  # expect: ['a', 'b']
print(sorted([(1, "b"), (0, "c"), (1, "a")]))  # expect: [(0, 'c'), (1, 'a'), (1, 'b')]
print(sorted([2, 1.5, True]))  # expect: [True, 1.5, 2]
