import numpy as np
print(np.random.SeedSequence([1, 2, 3]).generate_state(4).tolist())
print(np.random.SeedSequence(2**100 + 7).generate_state(4).tolist())
print(np.random.SeedSequence(0).generate_state(4).tolist())
print(np.random.SeedSequence(5, spawn_key=(1, 2)).generate_state(3).tolist())
print(np.random.SeedSequence(5, pool_size=8).generate_state(3).tolist())
print(np.random.SeedSequence([2**40, 1]).generate_state(2).tolist())
