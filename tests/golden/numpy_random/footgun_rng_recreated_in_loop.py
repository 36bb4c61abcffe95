# default_rng(0) created inside the loop repeats the same draw every time
import numpy as np
for epoch in range(3):
    rng = np.random.default_rng(0)
    print(epoch, rng.random())
rng = np.random.default_rng(0)
for epoch in range(3):
    print(epoch, rng.random())
