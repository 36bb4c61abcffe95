# Float power that overflows.
x = 10.0 ** 400
# expect error line 2: OverflowError: (34, 'Numerical result out of range')
