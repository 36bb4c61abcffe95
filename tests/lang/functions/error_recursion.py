# Unbounded recursion hits CPython's recursion limit.
def forever(n):
    return forever(n + 1)
forever(0)
# expect error line 3: RecursionError: maximum recursion depth exceeded
# needs: deep-stack
