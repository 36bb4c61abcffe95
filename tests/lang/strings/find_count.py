# find, rfind, index, rindex and count.
s = "banana"
print(s.find("an"), s.rfind("an"), s.find("x"))  # expect: 1 3 -1
print(s.find("a", 2), s.find("a", 2, 3), s.index("n"))  # expect: 3 -1 2
print(s.count("a"), s.count("an"), s.count(""))  # expect: 3 2 7
print(s.rindex("a"), "héllo".find("l"))  # expect: 5 2
