# versions: 2.4 2.15 2.16
# ops/random_ops.py and nn_ops.py docstrings (spec/tf-random.md s8): global + op seed,
# the eager kernel cache (a second identical call reads counter + 256), set_seed resets it.
import tensorflow as tf
tf.random.set_seed(5);
print(repr(tf.random.normal([2,2], 0, 1, tf.float32, seed=1)))                 # G17
tf.random.set_seed(5)
print(repr(tf.random.uniform(shape=[], maxval=3, dtype=tf.int32, seed=10)))    # G18: 2
print(repr(tf.random.uniform(shape=[], maxval=3, dtype=tf.int32, seed=10)))    # G18: 0
tf.random.set_seed(5)
print(repr(tf.random.uniform(shape=[], maxval=3, dtype=tf.int32, seed=10)))    # G18: 2
print(repr(tf.random.uniform(shape=[], maxval=3, dtype=tf.int32, seed=10)))    # G18: 0
tf.random.set_seed(0)
x = tf.ones([3,5])
print(repr(tf.nn.dropout(x, rate = 0.5, seed = 1).numpy()))                     # G19
tf.random.set_seed(0)
print(repr(tf.nn.dropout(x, rate = 0.8, seed = 1).numpy()))                     # G19
tf.random.set_seed(0)
print(tf.random.uniform([3, 5], seed=1))                                        # G19: the uniform under dropout
