# Lists in, lists out; test_size as a float rounds the test set up (ceil).
from sklearn.model_selection import train_test_split
X = [[i, i * i] for i in range(7)]
y = ["a", "b", "c", "d", "e", "f", "g"]
a, b, c, d = train_test_split(X, y, test_size=0.3, random_state=0)
print(a)
print(b)
print(c, d)
