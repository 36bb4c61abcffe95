# Backslash continuation and implicit joining inside brackets.
total = 1 + \
    2 + \
    3
print(total)  # expect: 6
items = [
    1,
    2,  # a comment inside brackets
    3,
]
print(items)  # expect: [1, 2, 3]
d = {"a": 1,
     "b": 2}
print(d)  # expect: {'a': 1, 'b': 2}
print(max(4,
          9,
          2))  # expect: 9
