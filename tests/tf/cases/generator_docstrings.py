# versions: 2.4 2.15 2.16
# tf.random.Generator examples of ops/stateful_random_ops.py (spec/tf-random.md s8).
import tensorflow as tf
g = tf.random.Generator.from_seed(1234)
print(repr(g.state))                                       # G6: state [1234, 0, 0]
print(repr(g.normal(shape=(2, 3)).numpy()))                # G4
print(repr(g.state))                                       # G6: 1234 + 6*256 = 2770
g = tf.random.Generator.from_seed(123, alg="philox")
print(repr(g.normal(shape=(2, 3)).numpy()))                # G5
print(repr(tf.random.create_rng_state(1234, "philox")))     # G6
print(repr(tf.random.create_rng_state([12, 34], "threefry")))  # G6
