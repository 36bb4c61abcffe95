# CPython 3.11 limits int-to-str conversion to 4300 digits.
print(len(str(10 ** 4299)))  # expect: 4300
print(10 ** 4300)
# expect error line 3: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
