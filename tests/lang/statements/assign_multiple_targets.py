# Chained assignment binds every target to the same object.
a = b = c = 7
print(a, b, c)  # expect: 7 7 7
x = y = []
x.append(1)
print(y)  # expect: [1]
i = data = [0, 0]
print(i, data)  # expect: [0, 0] [0, 0]
