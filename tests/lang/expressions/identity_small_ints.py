# Small ints are cached, and different values are never identical.
a = 5
b = 10 // 2
c = 6
s, t = "a", "b"
print(a is b, a is not c, [] is [], s is not t)  # expect: True True False True
