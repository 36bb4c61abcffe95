# add, remove, discard, pop, update, clear and copy.
s = {1, 2, 3}
s.add(4); s.add(2)
print(s)  # expect: {1, 2, 3, 4}
s.remove(1); s.discard(10); s.discard(2)
print(s, len(s))  # expect: {3, 4} 2
s.update([7, 8], (9,))
print(s)  # expect: {3, 4, 7, 8, 9}
print(s.pop(), s.pop(), s)  # expect: 3 4 {7, 8, 9}
t = s.copy(); t.clear()
print(s, t)  # expect: {7, 8, 9} set()
