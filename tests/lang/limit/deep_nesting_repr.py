# Printing a list nested 5000 deep exceeds CPython's recursion limit.
x = []
for i in range(5000):
    x = [x]
print(len(x))  # expect: 1
print(x)
# expect error line 6: RecursionError: maximum recursion depth exceeded while getting the repr of an object
