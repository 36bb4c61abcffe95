# versions: 2.4
# tf.keras 2.4 initial weights (keras-fit.md s1.1, tf-random.md s7.2): GlorotUniform()
# without a seed runs the stateful tf.random.uniform with seed=None, so with a global
# seed the kernels take the eager op seeds of s3.2 in build order; biases are zeros.
import numpy as np
import tensorflow as tf

def build():
    tf.random.set_seed(1234)
    return tf.keras.Sequential([
        tf.keras.layers.Dense(2, activation="relu", input_shape=(3,)),
        tf.keras.layers.Dense(3, activation="relu"),
        tf.keras.layers.Dense(1, activation="sigmoid"),
    ])

a = build().get_weights()
b = build().get_weights()
print([w.shape for w in a])
print(all(np.array_equal(x, y) for x, y in zip(a, b)))  # the seed-article recipe: True

# The same draws made by hand: limit = sqrt(3 * 1 / max(1, (fan_in + fan_out) / 2)).
def limit(fan_in, fan_out):
    return np.sqrt(3.0 * (1.0 / max(1.0, (fan_in + fan_out) / 2.0)))
tf.random.set_seed(1234)
k1 = tf.random.uniform((3, 2), -limit(3, 2), limit(3, 2)).numpy()
k2 = tf.random.uniform((2, 3), -limit(2, 3), limit(2, 3)).numpy()
k3 = tf.random.uniform((3, 1), -limit(3, 1), limit(3, 1)).numpy()
print(np.array_equal(a[0], k1), np.array_equal(a[2], k2), np.array_equal(a[4], k3))
print(a[1], a[3], a[5])

# Without re-seeding (the notebook re-run), the op seeds go on and the weights drift.
c = tf.keras.Sequential([tf.keras.layers.Dense(2, input_shape=(3,))]).get_weights()
print(np.array_equal(c[0], a[0]))
print([l.name for l in build().layers])
tf.keras.backend.clear_session()
print([l.name for l in build().layers])
