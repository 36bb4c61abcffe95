from sklearn.model_selection import train_test_split
train_test_split(test_size=0.5)
