# versions: 2.15 2.16
# get_seed with op determinism enabled and no seeds (spec/tf-random.md s3.1).
import tensorflow as tf
tf.config.experimental.enable_op_determinism()
print(tf.random.uniform([1], seed=5))  # an op seed is enough: (87654321, 5), G28
tf.random.uniform([1])
