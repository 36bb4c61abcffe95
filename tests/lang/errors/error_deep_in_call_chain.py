# The innermost frame of a call chain is reported.
def a(x):
    return b(x) + 1
def b(x):
    return c(x) * 2
def c(x):
    return [1, 2][x]
print(a(1))  # expect: 5
print(a(5))
# expect error line 7: IndexError: list index out of range
