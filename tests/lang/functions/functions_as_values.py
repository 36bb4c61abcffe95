# Functions are values: stored, passed and returned.
def twice(f, x):
    return f(f(x))
def inc(v):
    return v + 1
print(twice(inc, 5))  # expect: 7
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
print(ops["mul"](3, 4), ops["add"](3, 4))  # expect: 12 7
print(list(map(inc, [1, 2])))  # expect: [2, 3]
print(callable(inc), callable(3))  # expect: True False
