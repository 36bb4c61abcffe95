# masked rejection for every dtype; 8/16-bit values share 32-bit words within one call
import numpy as np
np.random.seed(0)
for dt in [np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64]:
    a = np.random.randint(0, 100, size=12, dtype=dt)
    print(a.dtype, a.tolist())
print(np.random.randint(0, 2, size=40, dtype=bool).tolist())
print(np.random.randint(-128, 128, size=10, dtype=np.int8).tolist())
print(np.random.randint(0, 256, size=10, dtype=np.uint8).tolist())
print(np.random.randint(0, 65536, size=6, dtype=np.uint16).tolist())
