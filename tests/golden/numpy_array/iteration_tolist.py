# Iterating over arrays, len(), tolist(), item(), and converting to Python numbers.
import numpy as np

m = np.arange(6).reshape(2, 3) / 2
for row in m:
    print(row, len(row))
for x in m[0]:
    print(x, float(x) * 2)
print(m.tolist(), np.arange(3).tolist(), np.array(2.5).tolist(), m.item(4), m.item(1, 2))
print(sum(np.arange(5)), max(np.array([3, 9, 2])), sorted(np.array([3, 1, 2])), list(np.array([1.5, 2.5])))
print(int(np.int64(5)) + 1, float(np.float32(0.5)), bool(np.array([1])), [int(v) for v in np.arange(3)])
