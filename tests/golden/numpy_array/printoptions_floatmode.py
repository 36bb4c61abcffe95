# floatmode: fixed, unique, maxprec, maxprec_equal; sign='+' and ' '.
import numpy as np

a = np.array([1.0, 0.5, 0.123456789012])
for mode in ["fixed", "unique", "maxprec", "maxprec_equal"]:
    np.set_printoptions(floatmode=mode)
    print(mode, a, np.array([1.0, 2.5]))
np.set_printoptions(floatmode="maxprec", sign="+")
print(a, np.array([-1, 2]), np.array([1e-9, 1.0]))
np.set_printoptions(sign=" ")
print(np.array([1.5, 2.0]), np.array([-1.5, 2.0]))
np.set_printoptions(sign="-")
