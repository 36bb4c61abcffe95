# Comparing lists nested 5000 deep exceeds CPython's recursion limit.
x, y = [], []
for i in range(5000):
    x, y = [x], [y]
print(x == y)
# expect error line 5: RecursionError: maximum recursion depth exceeded in comparison
# needs: deep-stack
