# Appending to a list while iterating it sees the new items.
items = [1, 2]
for v in items:
    if v < 4:
        items.append(v + 2)
print(items)  # expect: [1, 2, 3, 4, 5]
