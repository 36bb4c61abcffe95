# Slices of lists with negative indices and steps.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:])  # expect: [2, 3, 4] [0, 1, 2] [7, 8, 9] [7, 8, 9]
print(a[::3], a[1::2], a[::-1][:3])  # expect: [0, 3, 6, 9] [1, 3, 5, 7, 9] [9, 8, 7]
print(a[8:2:-2], a[-1:-4:-1], a[5:100], a[100:])  # expect: [8, 6, 4] [9, 8, 7] [5, 6, 7, 8, 9] []
print(a[:], a[:] is a, a[-100:-8])  # expect: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] False [0, 1]
print((1, 2, 3)[::-1], (1, 2, 3)[1:])  # expect: (3, 2, 1) (2, 3)
