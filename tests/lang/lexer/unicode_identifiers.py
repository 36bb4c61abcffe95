# Non-ASCII identifiers and string contents.
café = "crème"
print(café, len(café))  # expect: crème 5
π = 3.14
print(π)  # expect: 3.14
