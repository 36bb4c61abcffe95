# two Generators over one bit generator share its state
import numpy as np
bg = np.random.PCG64(5)
g1 = np.random.Generator(bg)
g2 = np.random.default_rng(bg)
print(g1.random(), g2.random(), g1.random())
print(g1.bit_generator is bg, np.random.default_rng(g1) is g1)
