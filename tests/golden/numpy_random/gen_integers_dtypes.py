import numpy as np
rng = np.random.default_rng(0)
for dt in [np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64]:
    a = rng.integers(0, 100, size=12, dtype=dt)
    print(a.dtype, a.tolist())
print(rng.integers(0, 2, size=40, dtype=bool).tolist())
print(rng.integers(0, 256, size=10, dtype=np.uint8).tolist())
print(rng.integers(0, 2**64, size=3, dtype=np.uint64).tolist())
print(rng.integers(0, 255, size=8, dtype=np.uint8, endpoint=True).tolist())
