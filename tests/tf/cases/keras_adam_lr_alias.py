# versions: 2.4 2.15
# Adam(lr=...): TF 2.4's OptimizerV2 takes it as the learning rate, silently (keras-fit.md
# s1.2); Keras 2.15 logs an absl warning and drops it, so the default 0.001 trains (s4).
# (Keras 3 raises: keras3_adam_lr_refused.py.) Each pair trains the same model one step.
import numpy as np
import tensorflow as tf


def one_step(optimizer):
    model = tf.keras.Sequential([tf.keras.Input((2,)), tf.keras.layers.Dense(1)])
    model.set_weights([np.array([[0.5], [-0.25]]), np.zeros(1)])
    model.compile(loss="mse", optimizer=optimizer)
    model.fit(np.ones((1, 2)), np.ones(1), epochs=1, batch_size=1, verbose=0)
    return model.get_weights()[0].tolist()


alias = one_step(tf.keras.optimizers.Adam(lr=0.5))
print(alias == one_step(tf.keras.optimizers.Adam(learning_rate=0.5)))
print(alias == one_step(tf.keras.optimizers.Adam()))
