# Indexing and slicing strings, with negative indices and steps.
s = "abcdef"
print(s[0], s[-1], s[2])  # expect: a f c
print(s[1:3], s[:2], s[4:], s[-2:])  # expect: bc ab ef ef
print(s[::2], s[::-1], s[5:1:-2])  # expect: ace fedcba fd
print(s[10:], s[-100:2], s[3:1])  # expect:  ab 
print("héllo"[1], "héllo"[::-1])  # expect: é olléh
