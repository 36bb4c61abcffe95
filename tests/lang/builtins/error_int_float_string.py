# int() does not parse floats in strings.
n = int("3.5")
# expect error line 2: ValueError: invalid literal for int() with base 10: '3.5'
