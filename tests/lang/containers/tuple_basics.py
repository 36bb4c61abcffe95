# Tuples: literals, single-element form, concatenation and methods.
t = (1, "a", 2.5)
print(t, t[1], len(t))  # expect: (1, 'a', 2.5) a 3
print((1,), (), tuple([1]))  # expect: (1,) () (1,)
print(t + (None,), t * 0, (0,) * 3)  # expect: (1, 'a', 2.5, None) () (0, 0, 0)
print((1, 2, 1).count(1), (1, 2, 1).index(2))  # expect: 2 1
nested = ((1, 2), [3])
nested[1].append(4)
print(nested)  # expect: ((1, 2), [3, 4])
x = 1, 2
print(x, type(x) is tuple)  # expect: (1, 2) True
