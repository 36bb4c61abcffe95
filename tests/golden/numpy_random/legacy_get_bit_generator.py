import numpy as np
np.random.seed(0)
bg = np.random.get_bit_generator()
print(bg.state['state']['pos'])
print(bg.random_raw(3).tolist())
print(np.random.randint(0, 2**32, size=2, dtype=np.uint32).tolist())
