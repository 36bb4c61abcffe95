# Parameters after * must be passed by keyword.
def f(a, *, scale=2, offset):
    return a * scale + offset
print(f(3, offset=1))  # expect: 7
print(f(3, offset=0, scale=10))  # expect: 30
