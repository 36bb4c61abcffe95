# Conditional expressions nest to the right.
x = 5
print("big" if x > 3 else "small")  # expect: big
print("neg" if x < 0 else "zero" if x == 0 else "pos")  # expect: pos
print((lambda v: "even" if v % 2 == 0 else "odd")(4))  # expect: even
