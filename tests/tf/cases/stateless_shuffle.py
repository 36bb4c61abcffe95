# versions: 2.15 2.16
# tf.random.experimental.stateless_shuffle docstring (spec/tf-random.md s8 G16).
import tensorflow as tf
v = tf.constant([[1, 2], [3, 4], [5, 6]])
shuffled = tf.random.experimental.stateless_shuffle(v, seed=[8, 9])
print(shuffled)                                                   # G16: permutation [2, 0, 1]
