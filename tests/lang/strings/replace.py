# replace with an optional count.
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2))  # expect: bbb bba
print("hello".replace("l", ""), "abc".replace("", "-"))  # expect: heo -a-b-c-
print("x".replace("y", "z"))  # expect: x
