# An error inside a comprehension.
values = [1, 2, 0, 4]
inverses = [1 / v for v in values]
# expect error line 3: ZeroDivisionError: division by zero
