# versions: 2.15
# Keras 2.15 initial weights (keras-fit.md s4, tf-random.md s7.2): initializers are
# stateless; an unseeded one draws randint(1, 1e9) at its first call from the
# random.Random(seed) that tf.keras.utils.set_random_seed made, else from Python's global
# random. tf.random.set_seed alone therefore no longer fixes the weights (TF issue 57763).
import random
import numpy as np
import tensorflow as tf

def build():
    return tf.keras.Sequential([tf.keras.layers.Dense(2, input_shape=(3,)), tf.keras.layers.Dense(1)])

tf.random.set_seed(1234)
a = build().get_weights()
tf.random.set_seed(1234)
b = build().get_weights()
print(np.array_equal(a[0], b[0]))  # False: seeds come from Python's global random

tf.keras.utils.set_random_seed(1234)
c = build().get_weights()
tf.keras.utils.set_random_seed(1234)
d = build().get_weights()
print(np.array_equal(c[0], d[0]), np.array_equal(c[2], d[2]))  # True True

# By hand: the first two randint(1, 1e9) of random.Random(1234), stateless [seed, 0].
gen = random.Random(1234)
s1, s2 = gen.randint(1, 10**9), gen.randint(1, 10**9)
print(s1, s2)
lim1 = np.sqrt(3.0 * (1.0 / max(1.0, (3 + 2) / 2.0)))
lim2 = np.sqrt(3.0 * (1.0 / max(1.0, (2 + 1) / 2.0)))
k1 = tf.random.stateless_uniform((3, 2), seed=[s1, 0], minval=-lim1, maxval=lim1).numpy()
k2 = tf.random.stateless_uniform((2, 1), seed=[s2, 0], minval=-lim2, maxval=lim2).numpy()
print(np.array_equal(c[0], k1), np.array_equal(c[2], k2))

# An initializer instance keeps the seed it drew: calling it again repeats its values.
init = tf.keras.initializers.GlorotUniform()
print(np.array_equal(init((2, 2)).numpy(), init((2, 2)).numpy()))
