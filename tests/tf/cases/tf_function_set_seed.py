# versions: 2.4 2.15 2.16
# tf.random.set_seed clears the eager context's caches (spec/tf-random.md s3.2). That drops the
# cached call kernel of an instantiated tf.function too, which releases the instantiation and
# its kernels, so the function's random op starts again from its traced seeds (inferred from
# TF's eager runtime, tests/tf/NOTES.md "Dropout and BatchNormalization in fit"); without a
# set_seed the kernel runs on (s3.4).
import numpy as np
import tensorflow as tf

tf.random.set_seed(1)


def draw():
    return tf.random.uniform([2], seed=3)


f = tf.function(draw)
a = f().numpy()
b = f().numpy()
tf.random.set_seed(1)
c = f().numpy()
d = f().numpy()
print(np.array_equal(a, b), np.array_equal(a, c), np.array_equal(b, d))
