# map and filter are lazy iterators.
print(list(map(str, [1, 2])))  # expect: ['1', '2']
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))  # expect: [4, 10]
print(list(filter(lambda v: v % 2, range(6))))  # expect: [1, 3, 5]
print(list(filter(None, [0, 1, "", "a", None])))  # expect: [1, 'a']
m = map(lambda v: print("saw", v), [1, 2])
print("nothing yet")  # expect: nothing yet
list(m)
# expect: saw 1
# expect: saw 2
