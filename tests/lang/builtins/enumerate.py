# enumerate with and without start.
print(list(enumerate("ab")))  # expect: [(0, 'a'), (1, 'b')]
for i, v in enumerate([10, 20], start=1):
    print(i, v)
# expect: 1 10
# expect: 2 20
print(list(enumerate([], 5)))  # expect: []
