# versions: 2.4 2.15 2.16
# Seeded Keras initializers are stateless ops with seed [seed, 0] in every version
# (tf-random.md s7.1, s7.2); G43 gives GlorotUniform(seed=42) on (3, 2).
import numpy as np
import tensorflow as tf
init = tf.keras.initializers
print(init.GlorotUniform(seed=42)(shape=(3, 2)).numpy())  # G43

def fans_scale(shape, mode, scale):
    fan_in, fan_out = shape
    d = {"fan_in": fan_in, "fan_out": fan_out, "fan_avg": (fan_in + fan_out) / 2.0}[mode]
    return scale / max(1.0, d)

shape = (4, 3)
cases = [
    (init.HeUniform(seed=7), "uniform", fans_scale(shape, "fan_in", 2.0)),
    (init.LecunUniform(seed=7), "uniform", fans_scale(shape, "fan_in", 1.0)),
    (init.GlorotNormal(seed=7), "truncated", fans_scale(shape, "fan_avg", 1.0)),
    (init.HeNormal(seed=7), "truncated", fans_scale(shape, "fan_in", 2.0)),
    (init.VarianceScaling(0.5, "fan_out", "untruncated_normal", seed=7), "normal", fans_scale(shape, "fan_out", 0.5)),
]
for obj, kind, scale in cases:
    got = obj(shape).numpy()
    if kind == "uniform":
        lim = np.sqrt(3.0 * scale)
        want = tf.random.stateless_uniform(shape, seed=[7, 0], minval=-lim, maxval=lim)
    elif kind == "truncated":
        want = tf.random.stateless_truncated_normal(shape, seed=[7, 0], mean=0.0, stddev=np.sqrt(scale) / .87962566103423978)
    else:
        want = tf.random.stateless_normal(shape, seed=[7, 0], mean=0.0, stddev=np.sqrt(scale))
    print(type(obj).__name__, np.array_equal(got, want.numpy()))

u = init.RandomUniform(minval=-1.0, maxval=2.0, seed=3)((2, 2)).numpy()
print(np.array_equal(u, tf.random.stateless_uniform((2, 2), seed=[3, 0], minval=-1.0, maxval=2.0).numpy()))
n = init.RandomNormal(mean=1.0, stddev=0.5, seed=3)((2, 2)).numpy()
print(np.array_equal(n, tf.random.stateless_normal((2, 2), seed=[3, 0], mean=1.0, stddev=0.5).numpy()))
t = init.TruncatedNormal(stddev=2.0, seed=3)((2, 2)).numpy()
print(np.array_equal(t, tf.random.stateless_truncated_normal((2, 2), seed=[3, 0], stddev=2.0).numpy()))
print(init.Zeros()((2,)).numpy(), init.Ones()((2,)).numpy(), init.Constant(0.25)((2,)).numpy())
d = tf.keras.layers.Dense(2, kernel_initializer="he_uniform", bias_initializer=init.Constant(0.5))
m = tf.keras.Sequential([d])
m.build((None, 4))
print(type(d.kernel_initializer).__name__, m.get_weights()[1], d.kernel.shape)
