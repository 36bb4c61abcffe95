# Integer floor division by zero.
x = 10 // 0
# expect error line 2: ZeroDivisionError: integer division or modulo by zero
