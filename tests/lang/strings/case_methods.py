# upper, lower, title, capitalize, swapcase, casefold.
s = "hello World"
print(s.upper(), s.lower())  # expect: HELLO WORLD hello world
print(s.title(), s.capitalize(), s.swapcase())  # expect: Hello World Hello world HELLO wORLD
print("they're bill's".title())  # expect: They'Re Bill'S
print("ABC".casefold(), "a1b2".upper())  # expect: abc A1B2
