# versions: 2.15
# Keras 2.15 Model.fit on the spec's tutorial network (keras-fit.md s4): the epoch orders of
# TF 2.4 (one RandomShuffle kernel seeded (1234, 0) for the whole fit), the new optimizer's
# Adam with the Python-double constants 1 - beta, and `lr=` logged and discarded (so
# lr=0.5 trains with the default 0.001), and Eigen's generic logistic of the 2023 pins.
# The expected output comes from tests/tf/reference/keras_fit_reference.py keras215.
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
model.compile(loss="mse", optimizer=tf.keras.optimizers.Adam(lr=0.5, epsilon=1e-8))
history = model.fit(x=tf.ones((3, 3)), y=[3, 2, 1], epochs=10, batch_size=1, validation_split=0.1, verbose=0)
print(sum(map(lambda x: x.sum(), model.get_weights())))
print(history.history["loss"])
print(history.history["val_loss"])
for w in model.get_weights():
    print(w)
print(float(model.predict(np.ones((1, 3)), verbose=0)[0][0]))
model.compile(loss="mse", optimizer=tf.keras.optimizers.Adam(lr=0.5, epsilon=1e-8))
model.fit(x=tf.ones((3, 3)), y=[3, 2, 1], epochs=10, batch_size=1, validation_split=0.1, verbose=0)
print(sum(map(lambda x: x.sum(), model.get_weights())))
