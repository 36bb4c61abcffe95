# versions: 2.4
# TF 2.4 Model.fit on the spec's tutorial network (keras-fit.md s1): validation split from
# the end (s1.3), epoch orders from RandomShuffle seeded (1234, 0) persisting across
# epochs (s1.4), one-sample steps in TF's float32 order (s1.5, s1.6), Adam's kernel (s1.7),
# the weight sum in float64 (s1.8). The initial weights are set explicitly; the expected
# output comes from the independent float32 model tests/tf/reference/keras_fit_tf24.py.
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
model.compile(loss="mse", optimizer=tf.keras.optimizers.Adam(lr=0.001, epsilon=1e-8))
history = model.fit(x=tf.ones((3, 3)), y=[3, 2, 1], epochs=10, batch_size=1, validation_split=0.1, verbose=0)
print(sum(map(lambda x: x.sum(), model.get_weights())))
print(history.history["loss"])
print(history.history["val_loss"])
for w in model.get_weights():
    print(w)
print(float(model.predict(np.ones((1, 3)))[0][0]))
model.compile(loss="mse", optimizer=tf.keras.optimizers.Adam(lr=0.001, epsilon=1e-8))
model.fit(x=tf.ones((3, 3)), y=[3, 2, 1], epochs=10, batch_size=1, validation_split=0.1, verbose=0)
print(sum(map(lambda x: x.sum(), model.get_weights())))
