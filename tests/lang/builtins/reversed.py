# reversed over sequences.
print(list(reversed([1, 2, 3])), list(reversed("abc")))  # expect: [3, 2, 1] ['c', 'b', 'a']
print(list(reversed(range(4))), tuple(reversed((1, 2))))  # expect: [3, 2, 1, 0] (2, 1)
for x in reversed([1, 2]):
    print(x)
# expect: 2
# expect: 1
