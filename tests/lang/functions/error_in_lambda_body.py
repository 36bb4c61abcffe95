# The error line is the lambda's line, inside its own frame.
f = lambda x: 1 / x
print("before")  # expect: before
values = list(map(f, [1, 0]))
# expect error line 2: ZeroDivisionError: division by zero
