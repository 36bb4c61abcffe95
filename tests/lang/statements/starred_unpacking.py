# A starred target collects the rest as a list.
first, *rest = [1, 2, 3, 4]
print(first, rest)  # expect: 1 [2, 3, 4]
*init, last = "abc"
print(init, last)  # expect: ['a', 'b'] c
a, *mid, z = range(5)
print(a, mid, z)  # expect: 0 [1, 2, 3] 4
x, *empty = (1,)
print(x, empty)  # expect: 1 []
for head, *tail in [(1, 2, 3), (4,)]:
    print(head, tail)
# expect: 1 [2, 3]
# expect: 4 []
