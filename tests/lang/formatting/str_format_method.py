# str.format with automatic, numbered and named fields.
print("{} + {} = {}".format(1, 2, 3))  # expect: 1 + 2 = 3
print("{0}{1}{0}".format("ab", "-"))  # expect: ab-ab
print("{name} is {age}".format(name="Ann", age=3))  # expect: Ann is 3
print("{:>6}|{:.2f}|{!r}".format("x", 3.14159, "y"))  # expect:      x|3.14|'y'
print("{{}} {}".format(1))  # expect: {} 1
print("{0[1]} {1[k]} {2.real}".format([5, 6], {"k": "v"}, 7))  # expect: 6 v 7
print("{:{w}}|".format(3, w=4))  # expect:    3|
