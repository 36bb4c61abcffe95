import numpy as np
ss = np.random.SeedSequence(12345)
print(ss)
print(ss.entropy, ss.spawn_key, ss.pool_size, ss.n_children_spawned)
print(ss.generate_state(4).tolist())
print(ss.generate_state(2, np.uint64).tolist())
print(ss.pool.tolist())
