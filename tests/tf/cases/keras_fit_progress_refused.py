# versions: 2.4
# fit() prints a progress bar with timings unless verbose=0: those differ in every run, so
# the playground refuses them with a hint instead of inventing them (tests/tf/NOTES.md).
import tensorflow as tf
tf.random.set_seed(1)
model = tf.keras.Sequential([tf.keras.layers.Dense(1, input_shape=(2,))])
model.compile(loss="mse", optimizer="adam")
print("compiled")
model.fit(x=tf.ones((2, 2)), y=[1, 0], epochs=1, batch_size=1)
