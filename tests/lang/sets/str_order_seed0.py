# With PYTHONHASHSEED=0, str hashes (SipHash-1-3) and so set order are fixed.
# env: PYTHONHASHSEED=0
print({"apple", "banana", "cherry"})  # expect: {'banana', 'cherry', 'apple'}
print(set("hello"))  # expect: {'e', 'h', 'l', 'o'}
print(hash("a"), hash(""))  # expect: 4644417185603328019 0
print(list({"x", "y", "z"}))  # expect: ['y', 'x', 'z']
words = "the quick brown fox jumps over the lazy dog".split()
print(set(words))  # expect: {'brown', 'fox', 'the', 'over', 'quick', 'jumps', 'lazy', 'dog'}
print({w[0] for w in words})  # expect: {'d', 'q', 'f', 't', 'b', 'o', 'j', 'l'}
