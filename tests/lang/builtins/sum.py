# sum with and without a start value.
print(sum([1, 2, 3]), sum([]), sum([1, 2], 10))  # expect: 6 0 13
print(sum([0.1] * 10))  # expect: 0.9999999999999999
print(sum([1, 2.5]), sum(range(101)))  # expect: 3.5 5050
print(sum([[1], [2, 3]], []))  # expect: [1, 2, 3]
print(sum(x * x for x in range(4)))  # expect: 14
