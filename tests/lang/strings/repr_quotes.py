# repr picks the quote CPython picks and escapes the rest.
print(repr("plain"), repr("it's"), repr('say "hi"'))  # expect: 'plain' "it's" 'say "hi"'
print(repr("both ' and \""))  # expect: 'both \' and "'
print(repr("tab\there\n"), repr("back\\slash"))  # expect: 'tab\there\n' 'back\\slash'
print(repr("é"), repr("\x00\x7f"), repr("\u200b"))  # expect: 'é' '\x00\x7f' '\u200b'
print(["a", 'b"c', "d'e"])  # expect: ['a', 'b"c', "d'e"]
