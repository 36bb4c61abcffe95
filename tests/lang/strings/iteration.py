# Iterating a string gives one-character strings.
for ch in "hé!":
    print(ch, ord(ch))
# expect: h 104
# expect: é 233
# expect: ! 33
print(list("ab"), [c * 2 for c in "xy"])  # expect: ['a', 'b'] ['xx', 'yy']
