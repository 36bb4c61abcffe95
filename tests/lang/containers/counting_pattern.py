# Common counting and grouping idioms.
text = "the cat and the hat"
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(counts)  # expect: {'the': 2, 'cat': 1, 'and': 1, 'hat': 1}
groups = {}
for word in text.split():
    groups.setdefault(len(word), []).append(word)
print(groups)  # expect: {3: ['the', 'cat', 'and', 'the', 'hat']}
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))  # expect: [('the', 2), ('and', 1), ('cat', 1), ('hat', 1)]
