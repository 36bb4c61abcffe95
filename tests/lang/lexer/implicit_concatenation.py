# Adjacent string literals are joined at compile time.
print("ab" 'cd' "ef")  # expect: abcdef
x = ("one "
     "two "
     "three")
print(x)  # expect: one two three
print(f"{1}" "b" f"{2}")  # expect: 1b2
