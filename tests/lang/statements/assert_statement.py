# assert passes silently or raises AssertionError with the message.
assert 1 + 1 == 2
assert [1], "not raised"
print("ok")  # expect: ok
value = 3
assert value > 5, f"value too small: {value}"
# expect error line 6: AssertionError: value too small: 3
