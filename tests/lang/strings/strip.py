# strip, lstrip and rstrip with and without characters.
print("[" + "  hi \n".strip() + "]")  # expect: [hi]
print("[" + "  hi ".lstrip() + "]", "[" + "  hi ".rstrip() + "]")  # expect: [hi ] [  hi]
print("xxhixx".strip("x"), "abcba".strip("ab"))  # expect: hi c
print("www.example.com".lstrip("w."), "file.txt".removesuffix(".txt"))  # expect: example.com file
print("prefix_name".removeprefix("prefix_"))  # expect: name
