# versions: 2.4 2.15 2.16
# The functional API over a linear chain (keras.Input, layers called on KerasTensors,
# keras.Model(inputs, outputs)) builds each layer when it is called, so its weights take the
# same seeds in the same order as the Sequential model of the same layers (spec/tf-random.md
# s7), and it trains the same way. Names: Keras 2's unique_object_name ("model", "input_1"),
# Keras 3's auto_name ("input_layer"; the model is "functional_1" in Keras 3.0-3.3, whose
# Model.__new__ makes Python initialise the Functional twice): keras_functional.2.16.out.
import random

import numpy as np
import tensorflow as tf


def build(functional):
    tf.keras.backend.clear_session()
    random.seed(1234)  # Keras 2.15 and 3 draw initializer seeds from Python's random
    tf.random.set_seed(1234)
    if functional:
        inputs = tf.keras.Input(shape=(3,))
        x = tf.keras.layers.Dense(2, activation="relu")(inputs)
        x = tf.keras.layers.Dense(3, activation="relu")(x)
        return tf.keras.Model(inputs, tf.keras.layers.Dense(1, activation="sigmoid")(x))
    return tf.keras.Sequential([tf.keras.Input(shape=(3,)), tf.keras.layers.Dense(2, activation="relu"),
                                tf.keras.layers.Dense(3, activation="relu"), tf.keras.layers.Dense(1, activation="sigmoid")])


sums = []
for functional in (False, True):
    model = build(functional)
    print(model.name, [layer.name for layer in model.layers])
    before = sum(map(lambda w: w.sum(), model.get_weights()))
    model.compile(loss="mse", optimizer="adam")
    model.fit(np.ones((3, 3)), np.array([3.0, 2.0, 1.0]), epochs=3, batch_size=1, verbose=0)
    sums.append((before, sum(map(lambda w: w.sum(), model.get_weights()))))
print(sums[0] == sums[1])
