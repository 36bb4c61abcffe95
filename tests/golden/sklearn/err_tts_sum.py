from sklearn.model_selection import train_test_split
train_test_split(list(range(10)), test_size=0.6, train_size=0.6)
