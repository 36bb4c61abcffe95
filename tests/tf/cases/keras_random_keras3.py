# versions: 2.16
# Keras 3's keras.random (spec/tf-random.md s7.1, Keras 3.0-3.3 sources): an int seed is
# [seed, 0]; a SeedGenerator gives [seed, 0], [seed, 1], ...; no seed draws from the global
# generator, made lazily from random.randint(1, 1e9) and stepped as
# (state + 1) * 5387 % 933199 in uint32; keras.utils.set_random_seed drops it. Each draw is
# the stateless op with that seed, computed here independently for comparison.
import random

import keras
import tensorflow as tf


def same(a, b):
    return a.numpy().tolist() == b.numpy().tolist()


print(same(keras.random.uniform((3,), seed=42), tf.random.stateless_uniform((3,), seed=[42, 0])))
print(same(keras.random.uniform((2,), minval=-1.0, maxval=2.0, seed=42), tf.random.stateless_uniform((2,), seed=[42, 0], minval=-1.0, maxval=2.0)))
g = keras.random.SeedGenerator(7)
print(same(keras.random.normal((2,), seed=g), tf.random.stateless_normal((2,), seed=[7, 0])))
print(same(keras.random.normal((2,), seed=g), tf.random.stateless_normal((2,), seed=[7, 1])))
print(same(keras.random.truncated_normal((4,), seed=g), tf.random.stateless_truncated_normal((4,), seed=[7, 2])))
print(same(keras.random.randint((5,), 0, 10, seed=3), tf.random.stateless_uniform((5,), seed=[3, 0], minval=0, maxval=10, dtype="int32")))

keras.utils.set_random_seed(5)
first = random.Random(5).randint(1, int(1e9))  # make_default_seed() after set_random_seed(5)
second = [(first + 1) * 5387 % 2**32 % 933199, (0 + 1) * 5387 % 933199]
third = [(second[0] + 1) * 5387 % 933199, (second[1] + 1) * 5387 % 933199]
print(same(keras.random.uniform((2,)), tf.random.stateless_uniform((2,), seed=[first, 0])))
print(same(keras.random.uniform((2,)), tf.random.stateless_uniform((2,), seed=second)))
print(same(keras.random.uniform((2,)), tf.random.stateless_uniform((2,), seed=third)))
keras.utils.set_random_seed(5)
print(same(keras.random.uniform((2,)), tf.random.stateless_uniform((2,), seed=[first, 0])))
print(keras.random.SeedGenerator(9).get_config())
