# Zero to a negative power.
x = 0 ** -1
# expect error line 2: ZeroDivisionError: 0.0 cannot be raised to a negative power
