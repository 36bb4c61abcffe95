# print with sep= and end=.
print(1, 2, 3, sep="-")  # expect: 1-2-3
print("a", "b", sep="")  # expect: ab
print("no newline", end="")
print(" then more")  # expect: no newline then more
print()  # expect: 
print("x", end="!\n")  # expect: x!
print(*[1, 2, 3], sep=", ")  # expect: 1, 2, 3
print(None, True, 1.0, "s", [1, "s"])  # expect: None True 1.0 s [1, 's']
print("a", "b", sep=None, end=None)  # expect: a b
print(sep="+")  # expect: 
