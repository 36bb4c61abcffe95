# An assignment expression inside a comprehension binds in the function.
def last_big(values):
    found = [v for v in values if (last := v) > 2]
    return found, last
print(last_big([1, 5, 3, 0]))  # expect: ([5, 3], 0)
total = 0
sums = [total := total + v for v in range(4)]
print(sums, total)  # expect: [0, 1, 3, 6] 6
