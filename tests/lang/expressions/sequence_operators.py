# '+' and '*' on sequences.
print([1, 2] + [3], (1,) + (2, 3), "ab" + "cd")  # expect: [1, 2, 3] (1, 2, 3) abcd
print([0] * 3, (1, 2) * 2, "ab" * 3)  # expect: [0, 0, 0] (1, 2, 1, 2) ababab
print(3 * "x", 2 * [1])  # expect: xxx [1, 1]
print("a" * 0, [1] * -2, "b" * True)  # expect:  [] b
