# Decimal integers cannot have leading zeros.
x = 012
# expect syntax error line 2: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers
