# Raw strings keep backslashes.
print(r"a\nb")  # expect: a\nb
print(R'\d+\.\d*')  # expect: \d+\.\d*
print(len(r"\t"))  # expect: 2
print(r"\"")  # expect: \"
