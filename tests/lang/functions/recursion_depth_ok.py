# Recursion just below CPython's default limit of 1000 frames works.
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1
print(depth(998))  # expect: 998
# needs: deep-stack
