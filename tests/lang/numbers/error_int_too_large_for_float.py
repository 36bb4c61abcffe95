# Converting a huge int to float.
x = float(10 ** 400)
# expect error line 2: OverflowError: int too large to convert to float
