# '+=' extends a list in place; '+' builds a new one.
a = [1]
b = a
a += [2]
print(a, b)  # expect: [1, 2] [1, 2]
a = a + [3]
print(a, b)  # expect: [1, 2, 3] [1, 2]
t = (1,)
u = t
t += (2,)
print(t, u)  # expect: (1, 2) (1,)
a += "xy"
print(a)  # expect: [1, 2, 3, 'x', 'y']
