# Float divmod by zero.
x = divmod(1.5, 0)
# expect error line 2: ZeroDivisionError: float divmod()
