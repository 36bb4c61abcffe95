import numpy as np
rs = np.random.RandomState(0)
np.random.seed(1)
print(rs.rand(5).tolist())
print(np.random.rand(5).tolist())
rs2 = np.random.RandomState(0)
print(rs2.rand(5).tolist())
print(rs.randint(0, 10, 5).tolist(), rs.randn(2).tolist())
print(rs)
