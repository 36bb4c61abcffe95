# The format() builtin.
print(format(3.14159, ".2f"), format(42, "08b"), format("x", "^5"))  # expect: 3.14 00101010   x  
print(format(1e6), format(255, "x"), format(0.5, "%"))  # expect: 1000000.0 ff 50.000000%
print(format(12, ""), format(-0.0, ".1f"))  # expect: 12 -0.0
