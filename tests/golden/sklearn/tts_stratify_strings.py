# Stratifying on string labels, with ties broken by the RandomState (_approximate_mode).
from sklearn.model_selection import train_test_split
y = ["cat", "dog", "bird", "cat", "dog", "bird", "cat", "dog", "bird", "cat", "fish", "fish", "dog"]
X = list(range(len(y)))
for seed in [0, 1, 2]:
    Xtr, Xte, ytr, yte = train_test_split(X, y, test_size=5, stratify=y, random_state=seed)
    print(seed, Xtr, Xte)
    print(ytr, yte)
