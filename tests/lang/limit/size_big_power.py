# An integer power with hundreds of millions of digits is refused.
x = 7 ** (10 ** 9)
# expect limit line 2: Size limit: the power would be too large for the playground.
