# versions: 2.16
# Dropout inside fit() for Keras 3 (tests/tf/NOTES.md, "Dropout in fit"): Dropout(0.5) makes a
# SeedGenerator in __init__, seeded with random.randint(1, 10**9) from Python's global random
# (spec/tf-random.md s7.1); every training step takes its next seed [s, 0], [s, 1], ... and
# runs tf.nn.experimental.stateless_dropout, whose uniforms are tf.random.stateless_uniform's.
# A later model(x, training=True) takes the next seed. The masks are read back through the
# weights: with a zero kernel, SGD(1) and ones as input, a kernel entry moves exactly when
# its input was kept.
import random
import numpy as np
import tensorflow as tf
import keras

random.seed(7)
model = keras.Sequential([
    keras.Input((8,)),
    keras.layers.Dropout(0.5),
    keras.layers.Dense(1, use_bias=False, kernel_initializer="zeros"),
])
model.compile(loss="mse", optimizer=keras.optimizers.SGD(learning_rate=1.0))
x = np.ones((1, 8), dtype="float32")
y = np.ones((1, 1), dtype="float32")
masks = []
for step in range(3):
    before = model.get_weights()[0][:, 0]
    model.fit(x, y, epochs=1, batch_size=1, verbose=0)
    after = model.get_weights()[0][:, 0]
    masks.append([int(a != b) for a, b in zip(before, after)])

random.seed(7)
s = random.randint(1, 10**9)
expected = [[int(u >= 0.5) for u in tf.random.stateless_uniform([1, 8], seed=[s, t]).numpy()[0]] for t in range(3)]
print(masks == expected, len(masks))

# An eager call in training mode takes the layer's next seed; kept values are doubled.
random.seed(11)
only_dropout = keras.Sequential([keras.Input((8,)), keras.layers.Dropout(0.5)])
random.seed(11)
s2 = random.randint(1, 10**9)
out = only_dropout(x, training=True).numpy()[0]
u = tf.random.stateless_uniform([1, 8], seed=[s2, 0]).numpy()[0]
print(out.tolist() == [2.0 if v >= 0.5 else 0.0 for v in u])
print(only_dropout(x, training=False).numpy()[0].tolist() == [1.0] * 8)
# keras.random.dropout with an int seed runs stateless_dropout with seed [9, 0].
d = keras.random.dropout(x, 0.5, seed=9).numpy()[0]
u9 = tf.random.stateless_uniform([1, 8], seed=[9, 0]).numpy()[0]
print(d.tolist() == [2.0 if v >= 0.5 else 0.0 for v in u9])
