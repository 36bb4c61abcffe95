# A hex prefix with no digits is a syntax error (found by the fuzzer: it used to crash).
print(0x )
# expect syntax error line 2: invalid hexadecimal literal
