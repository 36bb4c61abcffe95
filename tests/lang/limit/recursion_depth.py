# Deep recursion ends with CPython's RecursionError at the same depth.
def down(n):
    return down(n + 1) + 1
down(0)
# expect error line 3: RecursionError: maximum recursion depth exceeded
# needs: deep-stack
