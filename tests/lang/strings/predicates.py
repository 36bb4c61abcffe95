# Character class tests.
print("123".isdigit(), "12a".isdigit(), "".isdigit())  # expect: True False False
print("abc".isalpha(), "ab1".isalnum(), " \t".isspace())  # expect: True True True
print("ABC".isupper(), "abc".islower(), "Abc".isupper())  # expect: True True False
print("Hello World".istitle(), "12".isnumeric(), "1.5".isdecimal())  # expect: True True False
