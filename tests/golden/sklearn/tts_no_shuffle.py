# shuffle=False keeps the order: the first samples train, the last test.
from sklearn.model_selection import train_test_split
print(train_test_split(list(range(10)), test_size=0.3, shuffle=False))
print(train_test_split(list(range(5)), list("abcde"), shuffle=False))
