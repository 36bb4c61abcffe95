# Generator.spawn arrived in numpy 1.25; 1.24 users spawn the SeedSequence
import numpy as np
rng = np.random.default_rng(0)
ss = rng.bit_generator._seed_seq
child = np.random.default_rng(ss.spawn(1)[0])
print(child.random(2).tolist())
rng.spawn(2)
