# range needs integers.
range(1.5)
# expect error line 2: TypeError: 'float' object cannot be interpreted as an integer
