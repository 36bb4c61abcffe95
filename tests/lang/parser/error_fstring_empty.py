# An f-string replacement field needs an expression.
x = f"value: {}"
# expect syntax error line 2: f-string: empty expression not allowed
