# iter and next, with and without a default.
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))  # expect: 1 2 done
letters = iter("ab")
print(next(letters))  # expect: a
print(list(letters))  # expect: ['b']
next(it)
# expect error line 7: StopIteration
