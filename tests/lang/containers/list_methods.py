# The methods of list.
a = [3, 1, 2]
a.append(4); print(a)  # expect: [3, 1, 2, 4]
a.extend([5, 6]); print(a)  # expect: [3, 1, 2, 4, 5, 6]
a.insert(0, 0); a.insert(100, 9); a.insert(-1, 8); print(a)  # expect: [0, 3, 1, 2, 4, 5, 6, 8, 9]
print(a.pop(), a.pop(0), a.pop(-2))  # expect: 9 0 6
print(a)  # expect: [3, 1, 2, 4, 5, 8]
a.remove(4); print(a)  # expect: [3, 1, 2, 5, 8]
print(a.index(5), a.count(1), [1, 1, 2].count(1))  # expect: 3 1 2
a.reverse(); print(a)  # expect: [8, 5, 2, 1, 3]
a.sort(); print(a)  # expect: [1, 2, 3, 5, 8]
b = a.copy(); b.append(0); print(a, b)  # expect: [1, 2, 3, 5, 8] [1, 2, 3, 5, 8, 0]
b.clear(); print(b)  # expect: []
print([1, 2, 3, 2].index(2, 2))  # expect: 3
