# 999 nested calls below the module frame is exactly CPython's limit of 1000 frames.
def depth(n):
    if n == 0:
        return "bottom"
    return depth(n - 1)
print(depth(998))  # expect: bottom
print(depth(999))
# expect error line 5: RecursionError: maximum recursion depth exceeded
# needs: deep-stack
