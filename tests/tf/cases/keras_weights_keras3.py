# versions: 2.16
# Keras 3 initial weights (tf-random.md s7.1, keras-fit.md s5): an unseeded initializer
# draws its seed from Python's global random when it is made (in Dense.__init__), and a
# Dropout with rate > 0 makes a SeedGenerator that draws one too. keras.utils.set_random_seed
# seeds Python's random, so the weights repeat after it.
import random
import numpy as np
import tensorflow as tf
import keras

keras.utils.set_random_seed(42)
m = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(2), keras.layers.Dropout(0.5), keras.layers.Dense(1)])
w = m.get_weights()

random.seed(42)
s1 = random.randint(1, 10**9)
s_dropout = random.randint(1, 10**9)
s2 = random.randint(1, 10**9)
print(s1, s2, m.layers[0].kernel_initializer.seed == s1)
lim1 = np.sqrt(3.0 * (1.0 / max(1.0, (3 + 2) / 2.0)))
lim2 = np.sqrt(3.0 * (1.0 / max(1.0, (2 + 1) / 2.0)))
k1 = tf.random.stateless_uniform((3, 2), seed=[s1, 0], minval=-lim1, maxval=lim1).numpy()
k2 = tf.random.stateless_uniform((2, 1), seed=[s2, 0], minval=-lim2, maxval=lim2).numpy()
print(np.array_equal(w[0], k1), np.array_equal(w[2], k2))
print([l.name for l in m.layers], m.count_params())

# tf.keras is Keras 3 here, and a seed set after the layers were made is too late.
layer = tf.keras.layers.Dense(4)
keras.utils.set_random_seed(42)
m2 = keras.Sequential([keras.Input(shape=(3,)), layer])
random.seed(42)
print(layer.kernel_initializer.seed == random.randint(1, 10**9))
