from sklearn.model_selection import train_test_split
train_test_split([1, 2, 3, 4], [1, 2, 3])
