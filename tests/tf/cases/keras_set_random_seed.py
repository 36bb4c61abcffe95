# versions: 2.15 2.16
# tf.keras.utils.set_random_seed seeds Python's random, NumPy's global RandomState and
# TensorFlow's global seed (spec/tf-random.md s7.1, s7.2); the op seeds then follow s3.2.
import random
import numpy as np
import tensorflow as tf
tf.keras.utils.set_random_seed(1234)
a = random.random()
b = np.random.rand()
print(tf.compat.v1.get_seed(None))    # s3.2: first op seed for 1234
random.seed(1234)
np.random.seed(1234)
print(a == random.random(), b == np.random.rand())
