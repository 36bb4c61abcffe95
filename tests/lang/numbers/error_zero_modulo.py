# Integer modulo by zero.
x = 10 % 0
# expect error line 2: ZeroDivisionError: integer modulo by zero
