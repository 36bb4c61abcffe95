# Iteration order of a set of strings follows their salted hashes: fixed only when PYTHONHASHSEED is fixed.
words = {"seed", "random", "numpy", "tensor", "keras", "shuffle"}
print(words)
print(sorted(words))
print(list(words)[0])
