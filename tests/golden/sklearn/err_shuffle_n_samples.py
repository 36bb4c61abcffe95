from sklearn.utils import shuffle
shuffle([1, 2, 3], n_samples=5)
