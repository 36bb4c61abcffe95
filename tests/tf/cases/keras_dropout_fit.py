# versions: 2.4 2.15
# Dropout inside fit() for TF 2.4 and Keras 2.15 (tests/tf/NOTES.md, "Dropout in fit"): the
# layer's tf.nn.dropout is a stateful RandomUniform op in Model.train_function, traced once
# with the global seed of that moment, so an unseeded Dropout gets op seed 0 from the
# function graph's counter and its kernel runs on across steps and fit() calls. Its masks
# therefore equal what a tf.function holding tf.random.uniform draws call after call (the
# verified stateful op, G-cases of spec/tf-random.md s3.4).
# The masks are read back through the weights: with a zero kernel, SGD(1) and ones as
# input, a kernel entry moves in a step exactly when its input was kept.
import numpy as np
import tensorflow as tf

tf.random.set_seed(7)
model = tf.keras.Sequential([
    tf.keras.Input((8,)),
    tf.keras.layers.Dropout(0.5),
    tf.keras.layers.Dense(1, use_bias=False, kernel_initializer="zeros"),
])
model.compile(loss="mse", optimizer=tf.keras.optimizers.SGD(learning_rate=1.0))
x = np.ones((1, 8), dtype="float32")
y = np.ones((1, 1), dtype="float32")
masks = []
for step in range(3):
    before = model.get_weights()[0][:, 0]
    model.fit(x, y, epochs=1, batch_size=1, verbose=0)
    after = model.get_weights()[0][:, 0]
    masks.append([int(a != b) for a, b in zip(before, after)])


def uniform():
    return tf.random.uniform([1, 8])


draw = tf.function(uniform)

expected = [[int(u >= 0.5) for u in draw().numpy()[0]] for _ in range(3)]
print(masks == expected, len(masks))
# Kept inputs are scaled by 1 / (1 - rate): the first step's kernel entries move by
# -lr * (2 * (0 - 1)) * 2 = 4 where kept.
print(sorted(set(model.get_weights()[0][:, 0].tolist())) != [0.0])

# Inference (predict) runs no dropout: the output is the plain product.
k = model.get_weights()[0][:, 0]
print(float(model.predict(x, verbose=0)[0][0]) == float(np.float32(k.sum())))

# compile() makes a new train function: its Dropout kernel starts again from seeds (7, 0).
model.compile(loss="mse", optimizer=tf.keras.optimizers.SGD(learning_rate=1.0))
before = model.get_weights()[0][:, 0]
model.fit(x, y, epochs=1, batch_size=1, verbose=0)
after = model.get_weights()[0][:, 0]
print([int(a != b) for a, b in zip(before, after)] == expected[0])

# A Dropout(0.0) before the Dropout(0.5): TF 2.4's layer still calls tf.nn.dropout (op seed 0
# of the train function), so the second layer gets op seed 1; Keras 2.15 returns the inputs
# for rate 0 without drawing, so the second layer gets op seed 0.
model2 = tf.keras.Sequential([
    tf.keras.Input((8,)),
    tf.keras.layers.Dropout(0.0),
    tf.keras.layers.Dropout(0.5),
    tf.keras.layers.Dense(1, use_bias=False, kernel_initializer="zeros"),
])
model2.compile(loss="mse", optimizer=tf.keras.optimizers.SGD(learning_rate=1.0))
model2.fit(x, y, epochs=1, batch_size=1, verbose=0)
moved = [int(v != 0.0) for v in model2.get_weights()[0][:, 0]]


def two_uniforms():
    return tf.random.uniform([1, 8]), tf.random.uniform([1, 8])


first, second = tf.function(two_uniforms)()
print(moved == [int(u >= 0.5) for u in first.numpy()[0]], moved == [int(u >= 0.5) for u in second.numpy()[0]])
