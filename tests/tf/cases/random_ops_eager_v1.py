# versions: 1.15 2.4 2.15 2.16
# G17, G18 and G28 through the v1 API in eager mode (TF 1.15 needs enable_eager_execution;
# in TF 2 it is a no-op). spec/tf-random.md s3.2-3.3, s8.
import tensorflow as tf
tf.compat.v1.enable_eager_execution()
tf.compat.v1.set_random_seed(5)
print(tf.random.normal([2,2], 0, 1, tf.float32, seed=1))                       # G17
tf.compat.v1.set_random_seed(5)
print(tf.random.uniform(shape=[], maxval=3, dtype=tf.int32, seed=10))          # G18: 2
print(tf.random.uniform(shape=[], maxval=3, dtype=tf.int32, seed=10))          # G18: 0
tf.compat.v1.set_random_seed(5)
print(tf.random.uniform(shape=[], maxval=3, dtype=tf.int32, seed=10))          # G18: 2 again
tf.compat.v1.set_random_seed(None)
print(tf.random.uniform([1], seed=5))                                          # G28: (87654321, 5)
print(tf.random.uniform([2], seed=6))                                          # G28: (87654321, 6)
