# versions: 2.4 2.15 2.16
# Model.fit on the spec's tutorial network, per version (expected: keras_fit.<version>.out,
# from tests/tf/reference/keras_fit_reference.py tf24 | keras215 | keras3):
#   TF 2.4 (keras-fit.md s1): validation split from the end (s1.3), epoch orders from one
#     RandomShuffle kernel seeded (1234, 0) for the whole fit (s1.4), one-sample steps in TF's
#     float32 order (s1.5, s1.6), the ApplyAdam kernel (s1.7), the sum in float64 (s1.8).
#   Keras 2.15 (s4): the same epoch orders; the new Adam with the Python-double 1 - beta;
#     Eigen's generic logistic of the 2023 pins.
#   Keras 3 (s5): every epoch starts a new RandomShuffle kernel seeded (1234, 0), so every
#     epoch takes the same order; Adam and the logistic as Keras 2.15.
# The initial weights are set explicitly. The lr= spellings are keras_adam_lr_alias.py's.
import numpy as np
import tensorflow as tf

tf.random.set_seed(1234)
model = tf.keras.Sequential([
    tf.keras.layers.Dense(2, activation="relu", input_shape=(3,)),
    tf.keras.layers.Dense(3, activation="relu"),
    tf.keras.layers.Dense(1, activation="sigmoid"),
])
model.set_weights([
    np.array([[0.5, -0.25], [0.125, 0.75], [-0.625, 0.375]]), np.zeros(2),
    np.array([[0.3, -0.7, 0.45], [0.9, 0.2, -0.35]]), np.zeros(3),
    np.array([[0.8], [-0.6], [0.55]]), np.zeros(1),
])
print(sum(map(lambda x: x.sum(), model.get_weights())))
model.compile(loss="mse", optimizer=tf.keras.optimizers.Adam(learning_rate=0.001, epsilon=1e-8))
history = model.fit(x=tf.ones((3, 3)), y=[3, 2, 1], epochs=10, batch_size=1, validation_split=0.1, verbose=0)
print(sum(map(lambda x: x.sum(), model.get_weights())))
print(history.history["loss"])
print(history.history["val_loss"])
for w in model.get_weights():
    print(w)
print(float(model.predict(np.ones((1, 3)), verbose=0)[0][0]))
model.compile(loss="mse", optimizer=tf.keras.optimizers.Adam(learning_rate=0.001, epsilon=1e-8))
model.fit(x=tf.ones((3, 3)), y=[3, 2, 1], epochs=10, batch_size=1, validation_split=0.1, verbose=0)
print(sum(map(lambda x: x.sum(), model.get_weights())))
