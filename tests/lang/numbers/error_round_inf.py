# round() of infinity without ndigits.
n = round(float("inf"))
# expect error line 2: OverflowError: cannot convert float infinity to integer
