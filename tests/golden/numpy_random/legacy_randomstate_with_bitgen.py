# RandomState over other bit generators: same legacy samplers, different words
import numpy as np
rs = np.random.RandomState(np.random.PCG64(0))
print(rs.rand(3).tolist())
print(rs.randn(3).tolist())
print(rs.randint(0, 10, 5).tolist())
rs2 = np.random.RandomState(np.random.MT19937(0))
print(rs2.rand(3).tolist())
print(rs2)
