# versions: 2.16
# Keras 3's BaseOptimizer rejects the `lr` alias (keras-fit.md s5): the program stops there.
import tensorflow as tf

print("before")
opt = tf.keras.optimizers.Adam(lr=0.001, epsilon=1e-8)
print("not reached")
