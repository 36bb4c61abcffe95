# '**' with float operands uses the C library's pow, as CPython does.
print(2 ** 0.5)  # expect: 1.4142135623730951
print(2.0 ** 10, 10.0 ** -2)  # expect: 1024.0 0.01
print(2 ** -1, 10 ** -3)  # expect: 0.5 0.001
print((-2.0) ** 3, (-2.0) ** 2)  # expect: -8.0 4.0
print(0.0 ** 0, 0.0 ** 2)  # expect: 1.0 0.0
print(1.5 ** 2.5)  # expect: 2.7556759606310752
print(9 ** 0.5, 27 ** (1 / 3))  # expect: 3.0 3.0
print(1.0001 ** 10000)  # expect: 2.7181459268249255
print(float("inf") ** 2, 2 ** float("-inf"))  # expect: inf 0.0
