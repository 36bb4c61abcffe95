# Trailing commas in displays, calls and definitions.
print((1,), [1, 2,], {3,}, {"a": 1,})  # expect: (1,) [1, 2] {3} {'a': 1}
def f(a, b,):
    return a + b
print(f(1, 2,))  # expect: 3
t = 1, 2,
print(t)  # expect: (1, 2)
