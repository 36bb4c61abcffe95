# Unpacking inside displays and calls.
a = [1, 2]
b = (3, 4)
print([*a, *b, 5])  # expect: [1, 2, 3, 4, 5]
print((*a, *b))  # expect: (1, 2, 3, 4)
print({**{"x": 1}, "y": 2, **{"x": 3}})  # expect: {'x': 3, 'y': 2}
print(*a, *b)  # expect: 1 2 3 4
print(max(*a, 0, *b))  # expect: 4
