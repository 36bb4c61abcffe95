# True division of huge ints.
x = 10 ** 400 / 3
# expect error line 2: OverflowError: integer division result too large for a float
