# Class order by first appearance matters: string labels, then the same with floats.
from sklearn.model_selection import StratifiedKFold
y = ["b", "a", "b", "c", "a", "b", "c", "a", "b", "c", "a", "c"]
skf = StratifiedKFold(n_splits=4, shuffle=True, random_state=3)
for tr, te in skf.split(y, y):
    print(tr, te)
yf = [2.0, 1.0, 2.0, 3.0, 1.0, 2.0, 3.0, 1.0, 2.0, 3.0, 1.0, 3.0]
for tr, te in skf.split(yf, yf):
    print(te)
