# CPython 3.11 limits str-to-int conversion to 4300 digits.
n = int("7" * 4301)
# expect error line 2: ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit
