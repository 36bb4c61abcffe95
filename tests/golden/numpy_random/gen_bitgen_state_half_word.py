import numpy as np
rng = np.random.default_rng(1)
rng.integers(0, 10, 1)
print(rng.bit_generator.state)
for bg in [np.random.MT19937(3), np.random.Philox(3), np.random.SFC64(3)]:
    st = bg.state
    print(st['bit_generator'], sorted(st.keys()))
