# for over lists, strings, ranges, dicts and tuples.
for x in [1, 2]:
    print(x)
# expect: 1
# expect: 2
for ch in "hi":
    print(ch, end=".")
print()  # expect: h.i.
for key in {"b": 1, "a": 2}:
    print(key)
# expect: b
# expect: a
for i in range(10, 0, -4):
    print(i)
# expect: 10
# expect: 6
# expect: 2
print(i)  # expect: 2
