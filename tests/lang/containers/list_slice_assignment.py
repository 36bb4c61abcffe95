# Assigning to slices replaces, grows or shrinks the list.
a = [0, 1, 2, 3, 4]
a[1:3] = ["x"]
print(a)  # expect: [0, 'x', 3, 4]
a[:0] = [-2, -1]
print(a)  # expect: [-2, -1, 0, 'x', 3, 4]
a[::2] = [7, 8, 9]
print(a)  # expect: [7, -1, 8, 'x', 9, 4]
a[:] = "ab"
print(a)  # expect: ['a', 'b']
a[5:] = [1]
print(a)  # expect: ['a', 'b', 1]
