# Float modulo by zero.
x = 1.5 % 0.0
# expect error line 2: ZeroDivisionError: float modulo
