# Lambda expressions: defaults, closures, immediate calls.
double = lambda x: x * 2
print(double(21))  # expect: 42
print((lambda a, b=10: a + b)(5))  # expect: 15
print((lambda *args: sum(args))(1, 2, 3))  # expect: 6
print((lambda: "no args")())  # expect: no args
make_adder = lambda n: lambda x: x + n
print(make_adder(3)(4))  # expect: 7
print(sorted([3, -1, 2], key=lambda v: abs(v)))  # expect: [-1, 2, 3]
fs = [lambda: i for i in range(3)]
print([f() for f in fs])  # expect: [2, 2, 2]
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])  # expect: [0, 1, 2]
