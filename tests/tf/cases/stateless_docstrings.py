# versions: 2.4 2.15 2.16
# ops/stateless_random_ops.py docstrings and the guide (spec/tf-random.md s8).
import tensorflow as tf
print(tf.random.stateless_normal(shape=[2, 3], seed=[1, 2]))     # G13 (CPU values)
print(tf.random.stateless_uniform([6], seed=[1, 2]))             # G13 model extras
print(tf.random.stateless_truncated_normal([6], seed=[1, 2]))    # G13 model extras
seed = [1, 2]
new_seeds = tf.random.experimental.stateless_split(seed, num=3)
print(new_seeds)                                                  # G14
print(repr(tf.random.stateless_normal(shape=[3], seed=new_seeds[0, :]).numpy()))  # G14
replica_seed = tf.random.experimental.stateless_fold_in([1, 2], 3)
print(replica_seed)                                               # G15
print(repr(tf.random.stateless_normal(shape=[3], seed=replica_seed).numpy()))      # G15
print(tf.random.stateless_uniform([], seed=(1, 2), minval=75, maxval=95, dtype=tf.int32))  # G26 quality 75
print(tf.random.stateless_uniform([1], seed=(2, 3)))              # G27: 0.17481351
print(tf.random.stateless_uniform([1], seed=(1, 2), minval=-0.2, maxval=0.2))  # G22: delta 0.13762416
