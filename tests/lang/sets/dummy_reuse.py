# A removed slot is reused by a later add, which moves the new element forward.
s = {0, 8, 16}
s.discard(0)
s.add(24)
print(s)  # expect: {24, 8, 16}
s = set(range(5))
s.remove(2)
s.add(10)
print(s)  # expect: {0, 1, 3, 4, 10}
