# versions: 2.16
# Model.summary() in Keras 3 (TF 2.16): the rich table of keras/src/utils/summary_utils.py
# (v3.0.5-v3.3.3) as a script's piped output shows it: 76 columns by default, cells wrapped
# at spaces and cut with an ellipsis, a wider table cropped at the 80-column console, a
# functional model's InputLayer row, unbuilt layers, and the optimizer's variables after
# fit. The expected output comes from Keras's own print_summary run by
# tests/tf/reference/keras3_summary_reference.py.
import numpy as np
import keras

model = keras.Sequential([
    keras.Input(shape=(3,)),
    keras.layers.Dense(2, activation="relu"),
    keras.layers.Dense(3, activation="relu"),
    keras.layers.BatchNormalization(),
    keras.layers.Dropout(0.5),
    keras.layers.Dense(1000, activation="sigmoid", name="a_rather_long_layer_name_for_wrapping"),
])
model.summary()
model.summary(line_length=60)
model.summary(line_length=100)
inputs = keras.Input(shape=(4,))
outputs = keras.layers.Dense(1)(keras.layers.Dense(8, activation="relu")(inputs))
keras.Model(inputs, outputs).summary()
unbuilt = keras.Sequential([keras.layers.Dense(2), keras.layers.Dense(1)])
unbuilt.summary()
small = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(1)])
small.compile(optimizer="adam", loss="mse")
small.fit(np.ones((4, 2)), np.ones((4, 1)), epochs=1, verbose=0)
small.summary()
