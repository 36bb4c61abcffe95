# split, rsplit, splitlines and join.
print("a b  c".split())  # expect: ['a', 'b', 'c']
print("a,b,,c".split(","))  # expect: ['a', 'b', '', 'c']
print("a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))  # expect: ['a', 'b,c'] ['a,b', 'c']
print("  x  y ".split(None, 1))  # expect: ['x', 'y ']
print("".split(), "".split(","))  # expect: [] ['']
print("l1\nl2\r\nl3".splitlines())  # expect: ['l1', 'l2', 'l3']
print("-".join(["a", "b"]), "".join("xyz"), ", ".join(map(str, [1, 2])))  # expect: a-b xyz 1, 2
