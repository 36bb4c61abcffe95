from sklearn.model_selection import train_test_split
train_test_split(list(range(6)), stratify=[0, 0, 0, 1, 1, 2], random_state=0)
