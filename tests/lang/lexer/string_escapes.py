# Escape sequences in ordinary string literals.
print("a\tb")  # expect: a	b
print("line1\nline2")  # expect: line1
# expect: line2
print('it\'s', "say \"hi\"")  # expect: it's say "hi"
print("back\\slash")  # expect: back\slash
print("\x41\x42", "\101", "\u00e9", "\U0001F600")  # expect: AB A é 😀
print(len("\n"), len("\\n"))  # expect: 1 2
print("a\
b")  # expect: ab
