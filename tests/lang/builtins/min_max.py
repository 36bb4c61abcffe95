# min and max with several arguments, an iterable, key and default.
print(min(3, 1, 2), max(3, 1, 2))  # expect: 1 3
print(min([4, 9, 2]), max("hello"))  # expect: 2 o
print(max(["apple", "fig", "banana"], key=len))  # expect: banana
print(min([], default="empty"))  # expect: empty
print(max([1, 3, 3.0], key=lambda v: v))  # expect: 3
print(min([(2, "b"), (1, "z"), (1, "a")]))  # expect: (1, 'a')
print(max(1, 2.5), min(-1, -1.0))  # expect: 2.5 -1
