# Integer division by zero.
print(10 / 2)  # expect: 5.0
x = 10 / 0
# expect error line 3: ZeroDivisionError: division by zero
