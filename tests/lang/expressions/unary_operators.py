# Unary minus, plus, invert and not.
x = 5
print(-x, +x, ~x, not x)  # expect: -5 5 -6 False
print(-(-x), ~~x)  # expect: 5 5
print(-0.0, -1.5, +2.5)  # expect: -0.0 -1.5 2.5
print(-True, ~False, +True)  # expect: -1 -1 1
print(not 0, not "", not [], not None)  # expect: True True True True
