# int() of nan.
n = int(float("nan"))
# expect error line 2: ValueError: cannot convert float NaN to integer
