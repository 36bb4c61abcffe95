# center, ljust, rjust and zfill.
print("[" + "ab".center(6) + "]", "[" + "ab".center(7, "*") + "]")  # expect: [  ab  ] [***ab**]
print("[" + "ab".ljust(5) + "]", "[" + "ab".rjust(5, ".") + "]")  # expect: [ab   ] [...ab]
print("42".zfill(5), "-42".zfill(5), "abc".zfill(2))  # expect: 00042 -0042 abc
