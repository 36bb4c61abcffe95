# A call from a builtin into Python costs CPython two levels of its recursion budget.
def g(n):
    return 0 if n == 0 else g(n - 1) + 1
print(list(map(g, [990])))  # expect: [990]
print(sorted([2, 1], key=lambda v: g(996)))
# expect error line 3: RecursionError: maximum recursion depth exceeded
# needs: deep-stack
