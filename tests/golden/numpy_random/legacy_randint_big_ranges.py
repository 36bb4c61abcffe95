import numpy as np
np.random.seed(6)
print(np.random.randint(0, 2**40, size=5).tolist())
print(np.random.randint(-2**63, 2**63 - 1, size=3, dtype=np.int64).tolist())
print(np.random.randint(0, 2**64, size=3, dtype=np.uint64).tolist())
print(np.random.randint(0, 2**32, size=3, dtype=np.uint32).tolist())
print(np.random.randint(2**33, 2**33 + 7, size=6).tolist())
print(np.random.randint(7, 8, size=4).tolist())
